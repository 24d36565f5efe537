"""Regulation records: identities, addresses, proofs, permanent documents and encrypted files.

Encrypted files are uploaded as multipart forms carrying the fingerprint of the published public
keys; one that is not attached to a proof, document or verification expires after a day. The
form's fields, which of them are required and the file's size limit are the catalog's
(``ResourceInfo.multipart``, from the spec), the same form the SDK's upload sends.

What a version's document adds to these records is gated by the frozensets below:
:data:`EMAIL_CHECKED`, :data:`DOCUMENT_SUPERSEDES` and :data:`IN_USE_REFUSES_DELETE`. That a
business identity needs a ``company_name``, that a 2026-10-22 personal identity takes none of the
company fields, and that a 2026-10-22 ``vat_id`` needs a ``country``, are conditions of the
resource in the spec, which the simulator answers for every resource alike
(:func:`~didww.testing._flows.check_resource_conditions`).
"""

from __future__ import annotations

import re

from didww._catalog import FORM_FILE, FORM_FINGERPRINT, FormFieldInfo, MultipartInfo, ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import (
    Flow,
    build_record,
    require_relationships,
)
from didww.testing._http import SimRequest
from didww.testing._keys import ENCRYPTION_FINGERPRINT
from didww.testing._multipart import Part, field_pointer, parse_multipart, refuse_unknown_fields
from didww.testing._store import Record, Ref
from didww.testing._validation import NOT_ACCEPTED_IS_BAD_REQUEST, Draft

EMAIL_CHECKED = frozenset({"2026-10-22"})
"""The API versions whose document gives the identity's ``contact_email`` ``format: email``
(2026-10-22; 2026-04-16 has a plain string). The simulator's check is deliberately simple: no
white space, exactly one ``@`` with text before it, and after it a domain of at least two
non-empty labels separated by dots (``jane@example.com``). Anything else is a 422 pointing at
``/data/attributes/contact_email``; null is fine (the member is nullable)."""

DOCUMENT_SUPERSEDES = frozenset({"2026-10-22"})
"""The API versions whose document has a new permanent supporting document replace (and remove)
the identity's earlier one for the same template (2026-10-22). The create states no exception,
so the earlier document goes even when a pending address verification relies on it. 2026-04-16
states nothing of it, and keeps them all."""

IN_USE_REFUSES_DELETE = frozenset({"2026-10-22"})
"""The API versions whose document refuses to delete regulation records still in use.

2026-10-22 refuses a DELETE

- of a proof, or of a permanent supporting document, that an address verification under review
  relies on, with 422. The simulator reads that as a ``pending`` address verification of the
  proof's address, or of an address of the proof's (or document's) identity;
- of an address while a verification of it is new or pending, or an emergency calling service
  registered to it has not finished, with 409: a ``pending`` address or emergency verification
  of the address, or a calling service that is not ``canceled`` whose verification (or, while it
  is ``pending_update``, the verification it is being replaced from) is of the address;
- of an identity while such a calling service is registered to one of its addresses, with 409.

The other reasons that document gives (an account's billing address or identity, a DID naming
the identity, an SMS campaign) are nothing the simulator has. Nothing is removed when refused.
2026-04-16 documents only 204 and 404 for these deletes, so its simulator deletes them as
before."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def attach_files(ctx: Context, record: Record, relationship: str) -> None:
    """Encrypted files used by a record no longer expire."""
    for upload in ctx.store.related(record, relationship):
        upload.facts["attached"] = True


class IdentityFlow(Flow):
    """2026-10-22 adds the rules of :data:`EMAIL_CHECKED` and :data:`IN_USE_REFUSES_DELETE`
    (the company fields, and the country a ``vat_id`` needs, are the resource's conditions)."""

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        if ctx.schema.api_version in EMAIL_CHECKED:
            email = draft.attributes.get("contact_email")
            if isinstance(email, str) and not _EMAIL.fullmatch(email):
                raise err.invalid(
                    "/data/attributes/contact_email",
                    "contact_email",
                    "is not an email address",
                )

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version in IN_USE_REFUSES_DELETE:
            addresses = {a.ref for a in ctx.store.related(record, "addresses")}
            if any(_registered_addresses(ctx, s) & addresses for s in _running_services(ctx)):
                raise err.conflict(
                    f"Identity {record.id} is still in use: an emergency calling service "
                    "registered to it has not finished.",
                    title="Identity in use",
                )
        super().delete(ctx, record)


def _running_services(ctx: Context) -> list[Record]:
    """The emergency calling services that have not finished (are not canceled)."""
    return [
        s
        for s in ctx.store.all("emergency_calling_services")
        if s.attributes.get("status") != "canceled"
    ]


def _registered_addresses(ctx: Context, service: Record) -> set[Ref]:
    """The addresses an emergency calling service is registered to: that of its verification,
    and while a re-verification is pending, that of the verification it replaces too."""
    addresses: set[Ref] = set()
    seen: set[Ref] = set()
    verification = ctx.store.one(service, "emergency_verification")
    while verification is not None and verification.ref not in seen:
        seen.add(verification.ref)
        address = verification.relationships.get("address")
        if isinstance(address, tuple):
            addresses.add(address)
        if verification.attributes.get("status") != "pending":
            break
        verification = ctx.store.deref(verification.facts.get("service_verification"))
    return addresses


def _pending(ctx: Context, type_: str) -> list[Record]:
    """The verifications of ``type_`` still under review."""
    return [v for v in ctx.store.all(type_) if v.attributes.get("status") == "pending"]


def _under_review(ctx: Context, identity: Ref | None, address: Ref | None = None) -> bool:
    """Whether a pending address verification is of ``address``, or of an address of
    ``identity``: what it relies on (proofs, permanent documents) must stay."""
    for verification in _pending(ctx, "address_verifications"):
        verified = ctx.store.one(verification, "address")
        if verified is None:
            continue
        if verified.ref == address or (
            identity is not None and verified.relationships.get("identity") == identity
        ):
            return True
    return False


class AddressFlow(Flow):
    """Addresses belong to an identity and are placed in a known city when the name matches."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "identity", "country")
        record = super().create(ctx, info, draft)
        self._locate(ctx, record)
        return record

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        super().update(ctx, record, draft)
        if "city_name" in draft.attributes:
            self._locate(ctx, record)

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version in IN_USE_REFUSES_DELETE:
            reason = None
            if any(
                v.relationships.get("address") == record.ref
                for type_ in ("address_verifications", "emergency_verifications")
                for v in _pending(ctx, type_)
            ):
                reason = "a verification of it is still pending"
            elif any(record.ref in _registered_addresses(ctx, s) for s in _running_services(ctx)):
                reason = "an emergency calling service registered to it has not finished"
            if reason is not None:
                raise err.conflict(
                    f"Address {record.id} is still in use: {reason}.", title="Address in use"
                )
        super().delete(ctx, record)

    def _locate(self, ctx: Context, record: Record) -> None:
        name = str(record.attributes.get("city_name") or "").casefold()
        country = record.relationships.get("country")
        city = next(
            (
                c
                for c in ctx.store.all("cities")
                if str(c.attributes.get("name")).casefold() == name
                and c.relationships.get("country") == country
            ),
            None,
        )
        ctx.store.link(record, "city", city.ref if city else None)
        area = ctx.store.one(city, "area") if city is not None else None
        ctx.store.link(record, "area", area.ref if area else None)


class ProofFlow(Flow):
    """A proof document for an identity or an address, of a matching proof type."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "proof_type", "entity", "files")
        proof_type = ctx.store.deref(draft.relationships["proof_type"])
        entity = ctx.store.deref(draft.relationships["entity"])
        if proof_type is not None and entity is not None:
            kind = proof_type.attributes.get("entity_type")
            if entity.type == "addresses":
                wanted = "Address"
            else:
                wanted = str(entity.attributes.get("identity_type", "")).capitalize()
            if kind not in (wanted, "Porting"):
                raise err.invalid(
                    "/data/relationships/proof_type",
                    "proof_type",
                    f"is a proof for {kind} entities, not for this {wanted.lower()} one",
                )
        record = super().create(ctx, info, draft)
        attach_files(ctx, record, "files")
        return record

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version in IN_USE_REFUSES_DELETE:
            entity = record.relationships.get("entity")
            ref = entity if isinstance(entity, tuple) else None
            identity = ref if ref is not None and ref[0] == "identities" else None
            address = ref if ref is not None and ref[0] == "addresses" else None
            if _under_review(ctx, identity, address):
                raise err.unprocessable(
                    f"Proof {record.id} is relied on by an address verification still under "
                    "review; delete it after the review.",
                    title="Proof in use",
                )
        super().delete(ctx, record)


class PermanentDocumentFlow(Flow):
    """A permanent supporting document fills in a permanent template for an identity."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "template", "identity", "files")
        template = ctx.store.deref(draft.relationships["template"])
        if template is not None and not template.attributes.get("permanent"):
            raise err.invalid(
                "/data/relationships/template", "template", "is not a permanent template"
            )
        record = super().create(ctx, info, draft)
        attach_files(ctx, record, "files")
        if ctx.schema.api_version in DOCUMENT_SUPERSEDES:
            for earlier in ctx.store.all(info.type):
                if earlier is not record and all(
                    earlier.relationships.get(n) == record.relationships.get(n)
                    for n in ("identity", "template")
                ):
                    ctx.store.remove(earlier)
        return record

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version in IN_USE_REFUSES_DELETE:
            identity = record.relationships.get("identity")
            if isinstance(identity, tuple) and _under_review(ctx, identity):
                raise err.unprocessable(
                    f"Permanent supporting document {record.id} is relied on by an address "
                    "verification still under review; delete it after the review.",
                    title="Document in use",
                )
        super().delete(ctx, record)


class EncryptedFileFlow(Flow):
    """Multipart uploads of the catalog's form, checked against the public keys' fingerprint."""

    def create_from_request(
        self, ctx: Context, info: ResourceInfo, request: SimRequest
    ) -> Record | None:
        form = info.multipart
        if form is None:  # the loader gives every multipart create its form
            raise AssertionError(f"{info.type}: the catalog has no upload form")
        parts = parse_multipart(request.headers.get("Content-Type"), request.body)
        # 2026-10-22 lists the form's fields (EncryptedFileUploadRequest) and answers 400 for "a
        # field the API does not accept"; 2026-04-16 describes the body as one binary string and
        # documents no 400, so there any other field is still ignored.
        if ctx.schema.api_version in NOT_ACCEPTED_IS_BAD_REQUEST:
            refuse_unknown_fields(parts, info.type, form.names)
        for form_field in form.fields:
            if form_field.required and _blank(parts.get(form_field.name), form_field):
                raise _invalid(info, form_field, "can't be blank")
        fingerprint = _given(parts, form.fingerprint)
        if form.fingerprint is not None and fingerprint != ENCRYPTION_FINGERPRINT:
            raise _invalid(info, form.fingerprint, "does not match the current public keys")
        upload = parts.get(form.file.name)
        if upload is None or _blank(upload, form.file):  # a file the form leaves optional
            raise _invalid(info, form.file, "can't be blank")
        _check_size(info, form, upload)
        record = build_record(ctx, info, Draft())
        for form_field in form.fields:
            if form_field.attribute is not None:
                record.attributes[form_field.attribute] = _given(parts, form_field)
        record.attributes["expires_at"] = ctx.iso(ctx.settings.encrypted_file_ttl)
        record.facts.update(
            {
                "expires": ctx.now + ctx.settings.encrypted_file_ttl,
                "size": len(upload.data),
                "filename": upload.filename,
            }
        )
        return ctx.store.add(record)

    def tick(self, ctx: Context) -> None:
        for upload in ctx.store.all("encrypted_files"):
            expires = upload.facts.get("expires", float("inf"))
            if not upload.facts.get("attached") and expires <= ctx.now:
                ctx.store.remove(upload)


def _blank(part: Part | None, form_field: FormFieldInfo) -> bool:
    """Whether a field is missing or empty: a file without bytes, a text of whitespace only."""
    if part is None:
        return True
    return not (part.data if form_field.role == FORM_FILE else part.data.strip())


def _given(parts: dict[str, Part], form_field: FormFieldInfo | None) -> str | None:
    """The text of a string field of the form; None when the form or the request lacks it."""
    part = parts.get(form_field.name) if form_field is not None else None
    if part is None:
        return None
    text = part.data.decode("utf-8", errors="replace")
    # The fingerprint is compared, so a trailing newline from a hand-made form does not count.
    return text.strip() if form_field is not None and form_field.role == FORM_FINGERPRINT else text


def _invalid(info: ResourceInfo, form_field: FormFieldInfo, message: str) -> err.SimError:
    """A 422 on one field of the form, pointing where the API's errors about it do."""
    pointer = field_pointer(form_field.name, info.type)
    if pointer is None:  # a name outside the resource's wrapper stands for no member of it
        return err.invalid("/data", form_field.name, message)
    return err.invalid(pointer, pointer.rsplit("/", 1)[-1], message)


def _check_size(info: ResourceInfo, form: MultipartInfo, upload: Part) -> None:
    """The file's size limit, where the version's document states one (2026-10-22: "At most
    20 MB"). The document does not say how a larger file is answered. Simulator choice: a 422
    pointing at the file, like the endpoint's other refusals of a field, rather than 413 Payload
    Too Large: 422 ("the upload was rejected") is among the statuses the document lists for this
    endpoint and 413 is not, and the limit is stated on the field, not on the request."""
    limit = form.file.max_bytes
    if limit is not None and len(upload.data) > limit:
        raise _invalid(info, form.file, f"is too large ({len(upload.data)} bytes; at most {limit})")
