"""An index in the findings queue's order (open first, by severity, then the most recent), so
the admin's first page is read from the index instead of sorting every finding.

Its expressions are the queue's ORDER BY (factcheck.review.selectors: STATUS_RANK,
SEVERITY_RANK), written out here so the migration does not move with the code; a test checks
that the two stay the same. It lives outside the model's Meta on purpose: the ranks are
the review workflow's, not the rules engine's; the migration state is left unchanged.
"""

from django.db import migrations, models
from django.db.models import Case, F, IntegerField, Value, When

NAME = "finding_queue_order"
STATUS_RANK = Case(
    When(status="open", then=Value(0)),
    When(status="acknowledged", then=Value(1)),
    When(status="dismissed", then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)
SEVERITY_RANK = Case(
    When(severity="critical", then=Value(0)),
    When(severity="warning", then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _index():
    return models.Index(
        STATUS_RANK, SEVERITY_RANK, F("created_at").desc(), F("id").desc(), name=NAME
    )


def create(apps, schema_editor):
    schema_editor.add_index(apps.get_model("factcheck", "Finding"), _index())


def drop(apps, schema_editor):
    schema_editor.remove_index(apps.get_model("factcheck", "Finding"), _index())


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0002_evaluate_all_events_schedule")]

    operations = [migrations.RunPython(create, drop)]
