from importlib import import_module

from django.db import migrations, models

# SQLite adds a column by rebuilding the table, which drops its triggers: the span check
# of 0002 is put back there (PostgreSQL keeps it)
_span_check = import_module("claims.migrations.0002_claim_span_inside_document")


def restore_sqlite_span_check(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _span_check.drop_trigger(apps, schema_editor)
        _span_check.create_trigger(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_claim_cause_misfire_natural"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="hedge",
            field=models.CharField(
                blank=True,
                help_text='The hedge on a cause: "likely", "may have"',
                max_length=40,
            ),
        ),
        migrations.RunPython(restore_sqlite_span_check, migrations.RunPython.noop),
    ]
