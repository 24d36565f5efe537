"""Regulation records: identities, addresses, proofs, permanent documents and encrypted files.

Encrypted files are uploaded as multipart forms carrying the fingerprint of the published public
keys; one that is not attached to a proof, document or verification expires after a day. The
form's fields, which of them are required and the file's size limit are the catalog's
(``ResourceInfo.multipart``, from the spec), the same form the SDK's upload sends.
"""

from __future__ import annotations

from didww._catalog import FORM_FILE, FORM_FINGERPRINT, FormFieldInfo, MultipartInfo, ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import Flow, build_record, require_relationships
from didww.testing._http import SimRequest
from didww.testing._keys import ENCRYPTION_FINGERPRINT
from didww.testing._multipart import Part, field_pointer, parse_multipart, refuse_unknown_fields
from didww.testing._store import Record
from didww.testing._validation import NOT_ACCEPTED_IS_BAD_REQUEST, Draft


def attach_files(ctx: Context, record: Record, relationship: str) -> None:
    """Encrypted files used by a record no longer expire."""
    for upload in ctx.store.related(record, relationship):
        upload.facts["attached"] = True


class IdentityFlow(Flow):
    """A business identity needs its company name."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        if draft.attributes.get("identity_type") == "business" and not draft.attributes.get(
            "company_name"
        ):
            raise err.invalid(
                "/data/attributes/company_name", "company_name", "can't be blank for a business"
            )
        return super().create(ctx, info, draft)


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
        return record


class EncryptedFileFlow(Flow):
    """Multipart uploads of the catalog's form, checked against the public keys' fingerprint."""

    create_content_type = "application/json"

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
