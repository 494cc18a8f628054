"""A casualty claim may carry a ceiling alone ("up to 20 people": min null, max 20)."""

from importlib import import_module

from django.db import migrations, models

# SQLite changes a check constraint by rebuilding the table, which drops its triggers: the
# span check of 0002 is put back there (PostgreSQL keeps it)
_span_check = import_module("claims.migrations.0002_claim_span_inside_document")


def restore_sqlite_span_check(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _span_check.drop_trigger(apps, schema_editor)
        _span_check.create_trigger(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_verdict_correction"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="claim",
            name="claim_casualty_has_values",
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("kind", "casualty"), _negated=True),
                    models.Q(
                        models.Q(("category", ""), _negated=True),
                        models.Q(
                            ("count_min__isnull", False),
                            ("count_max__isnull", False),
                            _connector="OR",
                        ),
                    ),
                    _connector="OR",
                ),
                name="claim_casualty_has_values",
            ),
        ),
        migrations.RunPython(restore_sqlite_span_check, migrations.RunPython.noop),
    ]
