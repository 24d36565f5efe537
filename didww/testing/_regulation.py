"""Regulation records: identities, addresses, proofs, permanent documents and encrypted files.

Encrypted files are uploaded as multipart forms carrying the fingerprint of the published public
keys; one that is not attached to a proof, document or verification expires after a day.
"""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import Flow, build_record, require_relationships
from didww.testing._http import SimRequest
from didww.testing._keys import ENCRYPTION_FINGERPRINT
from didww.testing._multipart import parse_multipart, refuse_unknown_fields
from didww.testing._store import Record
from didww.testing._validation import NOT_ACCEPTED_IS_BAD_REQUEST, Draft

FIELD = "encrypted_files[{}]"
UPLOAD_FIELDS = ("file", "encryption_fingerprint", "description")
"""The fields of an encrypted file upload, each as ``encrypted_files[<name>]``."""


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
    """Multipart uploads checked against the public keys' fingerprint."""

    create_content_type = "application/json"

    def create_from_request(
        self, ctx: Context, info: ResourceInfo, request: SimRequest
    ) -> Record | None:
        parts = parse_multipart(request.headers.get("Content-Type"), request.body)
        # 2026-10-22 lists these three fields (EncryptedFileUploadRequest) and answers 400 for "a
        # field the API does not accept"; 2026-04-16 describes the body as one binary string and
        # documents no 400, so there any other field is still ignored.
        if ctx.schema.api_version in NOT_ACCEPTED_IS_BAD_REQUEST:
            refuse_unknown_fields(parts, "encrypted_files", UPLOAD_FIELDS)
        fingerprint = parts.get(FIELD.format("encryption_fingerprint"))
        given = fingerprint.data.decode("utf-8", errors="replace").strip() if fingerprint else ""
        if given != ENCRYPTION_FINGERPRINT:
            raise err.invalid(
                "/data/attributes/encryption_fingerprint",
                "encryption_fingerprint",
                "does not match the current public keys",
            )
        upload = parts.get(FIELD.format("file"))
        if upload is None or not upload.data:
            raise err.invalid("/data/attributes/file", "file", "can't be blank")
        description = parts.get(FIELD.format("description"))
        record = build_record(ctx, info, Draft())
        record.attributes["description"] = (
            description.data.decode("utf-8", errors="replace") if description else None
        )
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
