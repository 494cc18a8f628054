"""POST /api/v1/documents (scope `submit`) and GET /api/v1/documents[/{id}] (scope `read`, or
`submit` for the documents the partner submitted): documents and their processing state."""

from __future__ import annotations

from datetime import UTC
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.text import slugify
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Document
from claims.services import IngestError, parse_published_at
from factcheck.api.access import request_partner, scope_require
from factcheck.api.base import (
    HOST_PATTERN,
    PartnerDetailAPI,
    PartnerListAPI,
    StrictCharField,
    StrictInput,
)
from factcheck.api.filters import DocumentFilter
from factcheck.api.parsers import BodyTooLarge
from factcheck.api.selectors import DOCUMENT_SORT_KEYS, partner_document_list
from partners.models import Partner, Scope
from partners.services import DocumentOwnedElsewhere, document_submit


@extend_schema_field(
    {
        "type": "string",
        "maxLength": 2000,
        "pattern": f"^(?:https?://{HOST_PATTERN}(?::[0-9]{{1,5}})?(?:[/?#]\\S*)?)?$",
        "description": "Where it was published: an http(s) URL, or blank",
    }
)
class HttpUrlOrBlankField(StrictCharField):
    """An http(s) URL or "": as a pattern in the schema (a `format: uri` alternative next to
    a blank one reads, to a schema fuzzer, as if "" broke the format)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, allow_blank=True, max_length=2000, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if value:
            # Here rather than in `validators`, which the schema generator turns into a format.
            try:
                URLValidator(schemes=["http", "https"])(value)
            except DjangoValidationError:
                self.fail("invalid_url")
        return value

    default_error_messages: ClassVar = {"invalid_url": "Enter a valid http(s) URL."}


# Fields sent with html or a url override what the page says (document_ingest's names).
PAGE_OVERRIDES = {
    "title": "title",
    "publisher": "publisher",
    "published_at": "published_at",
    "language": "language",
}


# An ISO date or datetime from 1900 to 2025 whatever the day (days up to 28): what the schema
# promises is always accepted; the API itself takes any real date from 1900 to tomorrow.
PUBLISHED_AT_PATTERN = (
    r"^(?:(?:19[0-9]{2}|20[01][0-9]|202[0-5])-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    r"(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9])?)?)?$"
)


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": PUBLISHED_AT_PATTERN,
        "description": "ISO date or datetime (naive means UTC), 1900 to tomorrow",
    }
)
class PublishedAtField(StrictCharField):
    pass


class DocumentInput(StrictInput):
    """The fields of `manage.py ingest`'s JSON documents; instead of `text`, a saved page's
    `html`, or only a `url` to fetch (claims.web_ingest: read like a saved page)."""

    text = StrictCharField(required=False, trim_whitespace=False)
    html = StrictCharField(
        required=False, trim_whitespace=False, help_text="A saved web page, instead of text"
    )
    title = StrictCharField(required=False, allow_blank=True, max_length=1000)
    url = HttpUrlOrBlankField()
    publisher = StrictCharField(required=False, allow_blank=True, allow_null=True, max_length=200)
    published_at = PublishedAtField(required=False, allow_blank=True, allow_null=True)
    language = StrictCharField(required=False, allow_blank=True, max_length=20)
    event = StrictCharField(
        required=False, allow_blank=True, allow_null=True, max_length=120, help_text="Event key"
    )

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("The text is empty.")
        limit = settings.FACTCHECK_MAX_DOCUMENT_BYTES
        if len(value.encode("utf-8")) > limit:
            raise BodyTooLarge(f"The text is over {limit} bytes.")
        return value

    def validate_html(self, value: str) -> str:
        return self.validate_text(value)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        given = [name for name in ("text", "html") if name in attrs]
        if len(given) > 1:
            raise serializers.ValidationError("Send text or html, not both.")
        if not given and not attrs.get("url"):
            # Under `text`, as before html and links: text is what most clients send.
            raise serializers.ValidationError({"text": ["This field is required."]})
        return attrs

    def validate_published_at(self, value: str | None) -> Any:
        try:
            published_at = parse_published_at(value)
        except IngestError as exc:
            raise serializers.ValidationError(str(exc)) from None
        # In UTC: PostgreSQL refuses offsets past 15:59 that Python accepts (up to 23:59).
        return published_at.astimezone(UTC) if published_at else None

    def validate_event(self, value: str | None) -> str | None:
        if value and not slugify(value, allow_unicode=True):
            raise serializers.ValidationError("The event key has no letters or digits.")
        return value or None

    def ingest_kwargs(self) -> dict[str, Any]:
        """document_ingest's arguments. A page (html, or the url fetched: network I/O, before
        any transaction) gives text and metadata; fields sent explicitly win. Raises
        IngestError for a page or link that holds no storable story."""
        data = self.validated_data
        if "text" not in data:
            from claims.web_ingest import html_document_fields, link_document_fields

            if "html" in data:
                page = html_document_fields(html=data["html"], url=data.get("url", ""))
            else:
                page = link_document_fields(url=data["url"])
            given = {
                key: data[name]
                for key, name in PAGE_OVERRIDES.items()
                if data.get(name) not in (None, "")
            }
            return {**page, **given, "event_key": data.get("event")}
        return {"text": data["text"], **self._plain_kwargs(data)}

    @staticmethod
    def _plain_kwargs(data: dict[str, Any]) -> dict[str, Any]:
        return {
            "title": data.get("title", ""),
            "url": data.get("url", ""),
            "publisher": data.get("publisher") or "",
            "published_at": data.get("published_at"),
            "language": data.get("language") or "en",
            "event_key": data.get("event"),
        }


class DocumentOutput(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.SerializerMethodField(help_text="This document in the API")
    url = serializers.CharField(help_text="Where it was published")
    title = serializers.CharField()
    publisher = serializers.CharField(source="publisher.name", allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    language = serializers.CharField()
    event = serializers.CharField(source="event.key", allow_null=True, help_text="Event key")
    state = serializers.ChoiceField(choices=Document.State.choices)
    state_reason = serializers.CharField(help_text="Why it failed, when it did")
    previous_version = serializers.IntegerField(source="previous_version_id", allow_null=True)
    submitted_by = serializers.CharField(
        allow_null=True,
        help_text="The partner whose submission stored this version; null: the desk's own",
    )
    ingested_at = serializers.DateTimeField()
    extracted_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, document: Document) -> str:
        return document_api_url(document, request=self.context["request"])


class DocumentDetailOutput(DocumentOutput):
    text = serializers.CharField()


class DocumentSubmitOutput(DocumentOutput):
    """The stored document and what the submission did (context["ingest_status"])."""

    ingest_status = serializers.SerializerMethodField(
        help_text="duplicate: this text at this url was already there (status 200)"
    )

    @extend_schema_field({"type": "string", "enum": ["stored", "new_version", "duplicate"]})
    def get_ingest_status(self, document: Document) -> str:
        return self.context["ingest_status"]


def document_api_url(document: Document, *, request: Request) -> str:
    return request.build_absolute_uri(reverse("api:document-detail", kwargs={"pk": document.pk}))


class DocumentRead:
    model = Document
    required_scopes: ClassVar = {"GET": (Scope.READ, Scope.SUBMIT), "POST": (Scope.SUBMIT,)}
    ordering_fields: ClassVar = {"id": "id", "published_at": "published_order"}
    sort_keys: ClassVar = DOCUMENT_SORT_KEYS

    def select(self, *, partner: Partner) -> QuerySet[Document]:
        return partner_document_list(partner=partner)


class DocumentListAPI(DocumentRead, PartnerListAPI):
    serializer_class = DocumentOutput
    filterset_class = DocumentFilter

    @extend_schema(summary="List documents and their processing state", tags=["documents"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Submit a document",
        description=(
            "Stores the document once and queues it for claim extraction. A new document "
            "(or a new version of one at the same url) gets 202 and its URL in Location; "
            "the same text at the same url again gets 200 and the stored document. A new "
            "version is accepted only from the partner that submitted the first one at that "
            "url (409 otherwise; the desk's own documents take no partner's versions)."
        ),
        tags=["documents"],
        request=DocumentInput,
        responses={
            202: DocumentSubmitOutput,
            200: DocumentSubmitOutput,
            400: OpenApiResponse(description="Malformed JSON or invalid fields"),
            409: OpenApiResponse(
                description="A changed text at a url whose first version another source "
                "submitted: only that source makes new versions"
            ),
            413: OpenApiResponse(description="Body or text over the size limit"),
            415: OpenApiResponse(description="Not application/json"),
        },
    )
    def post(self, request: Request) -> Response:
        partner = request_partner(request)
        scope_require(partner, Scope.SUBMIT)
        serializer = DocumentInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            result = document_submit(partner=partner, **serializer.ingest_kwargs())
        except IngestError as exc:
            raise serializers.ValidationError({"non_field_errors": [str(exc)]}) from None
        except DocumentOwnedElsewhere as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        document = partner_document_list(partner=partner).get(pk=result.document.pk)
        context = {"request": request, "ingest_status": result.status}
        data = DocumentSubmitOutput(document, context=context).data
        return Response(
            data,
            status=status.HTTP_202_ACCEPTED if result.is_new else status.HTTP_200_OK,
            headers={"Location": data["api_url"]},
        )


class DocumentDetailAPI(DocumentRead, PartnerDetailAPI):
    serializer_class = DocumentDetailOutput

    def select(self, *, partner: Partner) -> QuerySet[Document]:
        return partner_document_list(partner=partner, with_text=True)

    @extend_schema(summary="Show a document with its text and state", tags=["documents"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)
