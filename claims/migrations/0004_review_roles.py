"""The desk's roles as groups (see factcheck/review/roles.py for what each may do)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from factcheck.review.roles import groups_create


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    groups_create(
        group_model=apps.get_model("auth", "Group"),
        permission_model=apps.get_model("auth", "Permission"),
    )


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
