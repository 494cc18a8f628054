"""The desk's roles as groups: Reviewer, Editor and Admin, with their permissions.

- Reviewer: reads the record and the findings; triages findings, corrects claims, writes
  verdicts and submits them for review. Cannot publish (no `claims.publish_verdict`).
- Editor: a Reviewer who also publishes, corrects and retracts verdicts (a second person:
  the database refuses a publisher who is the author) and edits sources, events, documents.
- Admin: everything in the desk's apps, rule configuration, partners and users.

Partners are API clients (partners.Partner), not users: no partner has a staff account, so
none can log into the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_ALL = [
    ("claims", m, "view")
    for m in ("source", "event", "document", "claim", "verdict", "verdictrevision", "auditentry")
] + [("factcheck", m, "view") for m in ("finding", "findingchange", "ruleconfig", "rulerun")]

REVIEWER = [
    *VIEW_ALL,
    ("factcheck", "finding", "change"),
    ("claims", "claim", "change"),
    ("claims", "claim", "add"),
    ("claims", "verdict", "add"),
    ("claims", "verdict", "change"),
]

EDITOR = [
    *REVIEWER,
    ("claims", "source", "add"),
    ("claims", "source", "change"),
    ("claims", "event", "add"),
    ("claims", "event", "change"),
    ("claims", "document", "add"),
    ("claims", "document", "change"),
]

ADMIN_APPS = ("claims", "factcheck", "partners", "auth", "django_celery_beat")


def _permissions(apps, triples):
    Permission = apps.get_model("auth", "Permission")
    wanted = []
    for app_label, model, verb in triples:
        wanted.append(
            Permission.objects.get(
                content_type__app_label=app_label, codename=f"{verb}_{model}"
            )
        )
    return wanted


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewer, _ = Group.objects.get_or_create(name="Reviewer")
    reviewer.permissions.set(_permissions(apps, REVIEWER))
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(
        [
            *_permissions(apps, EDITOR),
            Permission.objects.get(content_type__app_label="claims", codename="publish_verdict"),
        ]
    )
    admin, _ = Group.objects.get_or_create(name="Admin")
    admin.permissions.set(Permission.objects.filter(content_type__app_label__in=ADMIN_APPS))


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Reviewer", "Editor", "Admin"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_review_history_audit"),
        ("factcheck", "0001_initial"),
        ("partners", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
