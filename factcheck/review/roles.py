"""The desk's roles as groups: Reviewer, Editor and Admin, with their permissions.

- Reviewer: reads the record and the findings; triages findings, corrects claims, writes
  verdicts and submits them for review. Cannot publish (no `claims.publish_verdict`).
- Editor: a Reviewer who also publishes, corrects and retracts verdicts (a second person:
  the database refuses a publisher who is the author) and edits sources, events, documents.
- Admin: everything in the desk's apps, rule configuration, partners and users.

Partners are API clients (partners.Partner), not users: no partner has a staff account, so
none can log into the admin. The definitions are plain data so that the migration that
creates the groups (claims 0004) and `roles_ensure` share them.
"""

from __future__ import annotations

from typing import Any

Triple = tuple[str, str, str]  # (app label, model, verb)

VIEW_ALL: list[Triple] = [
    ("claims", m, "view")
    for m in ("source", "event", "document", "claim", "verdict", "verdictrevision", "auditentry")
] + [("factcheck", m, "view") for m in ("finding", "findingchange", "ruleconfig", "rulerun")]

REVIEWER: list[Triple] = [
    *VIEW_ALL,
    ("factcheck", "finding", "change"),
    ("claims", "claim", "change"),
    ("claims", "claim", "add"),
    ("claims", "verdict", "add"),
    ("claims", "verdict", "change"),
]

EDITOR: list[Triple] = [
    *REVIEWER,
    ("claims", "source", "add"),
    ("claims", "source", "change"),
    ("claims", "event", "add"),
    ("claims", "event", "change"),
    ("claims", "document", "add"),
    ("claims", "document", "change"),
]
EDITOR_EXTRA = [("claims", "publish_verdict")]  # (app label, codename)

ADMIN_APPS = ("claims", "factcheck", "partners", "auth", "django_celery_beat")


def groups_create(*, group_model: Any, permission_model: Any) -> None:
    """Create or update the three groups. Takes the models so that a migration can pass its
    historical ones; `roles_ensure` passes the real ones. Safe to run twice."""

    def permissions(triples: list[Triple]) -> list[Any]:
        return [
            permission_model.objects.get(
                content_type__app_label=app_label, codename=f"{verb}_{model}"
            )
            for app_label, model, verb in triples
        ]

    reviewer, _ = group_model.objects.get_or_create(name="Reviewer")
    reviewer.permissions.set(permissions(REVIEWER))
    editor, _ = group_model.objects.get_or_create(name="Editor")
    editor.permissions.set(
        [
            *permissions(EDITOR),
            *(
                permission_model.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in EDITOR_EXTRA
            ),
        ]
    )
    admin, _ = group_model.objects.get_or_create(name="Admin")
    admin.permissions.set(permission_model.objects.filter(content_type__app_label__in=ADMIN_APPS))


def roles_ensure() -> None:
    """The groups exist with their permissions (after a database was emptied, for example:
    the migration that creates them runs only once). Safe to run twice."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    groups_create(group_model=Group, permission_model=Permission)
