"""`manage.py create_partner_token --name NAME --scopes read,read:findings,submit`: make (or
update) a partner with these scopes and print a new API token for it, on stdout alone, so a
script can capture it. The token is stored hashed: this is the only time it is shown."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from partners.models import Scope
from partners.services import api_token_create, partner_ensure


class Command(BaseCommand):
    help = "Create (or update) a partner with the given scopes and print a new API token."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True, help="The partner's name")
        parser.add_argument(
            "--scopes",
            default=Scope.READ.value,
            help=f"Comma-separated, among {', '.join(Scope.values)} (default: read)",
        )
        parser.add_argument("--email", default="", help="Contact address of a new partner")
        parser.add_argument("--rate-limit", type=int, help="Requests per minute")
        parser.add_argument("--label", default="created by create_partner_token")

    def handle(self, *args: Any, **options: Any) -> None:
        scopes = [s.strip() for s in options["scopes"].split(",") if s.strip()]
        try:
            partner, created = partner_ensure(
                name=options["name"],
                scopes=scopes,
                contact_email=options["email"],
                rate_limit_per_minute=options["rate_limit"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        _, plain = api_token_create(partner=partner, label=options["label"])
        self.stderr.write(
            f"{'created' if created else 'updated'} partner {partner.name!r} "
            f"with scopes {', '.join(partner.scopes) or '(none)'}; its new token:"
        )
        self.stdout.write(plain)
