from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "The main job: migrate, load the reference sources, ingest the sample documents in "
        "seeds/documents, run the pipeline, print the findings, and serve the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="Stop after the findings")
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args, no_serve: bool, addrport: str, **options):
        self.stdout.write("== migrating the database")
        call_command("migrate", verbosity=0)
        self.stdout.write("== loading reference sources")
        call_command("load_sources")
        self.stdout.write("== ingesting seeds/documents (extraction and rules run on commit)")
        call_command("ingest", str(settings.BASE_DIR / "seeds" / "documents"))
        if not settings.CELERY_TASK_ALWAYS_EAGER:  # a broker is configured
            self.stdout.write("(tasks went to the broker: findings appear as workers run them)")
        self.stdout.write("== findings")
        call_command("findings")

        password = demo_password()
        user, _ = get_user_model().objects.get_or_create(username="demo")
        if not (user.is_staff and user.is_superuser and user.check_password(password)):
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
        self.stdout.write(f"== admin: http://{addrport}/admin/  login: demo  password: {password}")
        if not no_serve:
            # --insecure: serve the admin's static files without DEBUG, for the demo only.
            call_command("runserver", addrport, insecure=True, use_reloader=False)


def demo_password() -> str:
    """The demo user's password: made once, then kept in the var folder (next to the secret
    key and the database), so that every run prints the same one and a browser stays logged
    in."""
    path = Path(settings.VAR_DIR) / "demo_password"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    path.touch(mode=0o600)
    path.write_text(password + "\n")
    return password
