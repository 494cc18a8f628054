"""The shipped reference sources (seeds/sources.json) load with `migrate`, so a new install
or an API user has them without a separate `load_sources`. Sources already present (by name)
are left as a site edited them; `load_sources` still updates them from the file."""

import json
from pathlib import Path

from django.db import migrations

SEED = Path(__file__).resolve().parent.parent.parent / "seeds" / "sources.json"


def load_reference_sources(apps, schema_editor):
    Source = apps.get_model("claims", "Source")
    if not SEED.is_file():
        return
    rows = json.loads(SEED.read_text(encoding="utf-8"))
    db = schema_editor.connection.alias
    by_name = {}
    for row in rows:
        source, _ = Source.objects.using(db).get_or_create(
            name=row["name"],
            defaults={
                "kind": row.get("kind", "other"),
                "country": row.get("country", ""),
                "side": row.get("side", ""),
                "aliases": list(row.get("aliases", [])),
                "reliability": row.get("reliability", "F"),
                "provisional": False,
            },
        )
        by_name[source.name] = source
    for row in rows:
        parent = by_name.get(row.get("parent") or "")
        if parent is not None:
            Source.objects.using(db).filter(name=row["name"], parent__isnull=True).update(
                parent=parent
            )


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_claim_relayed_by")]

    operations = [migrations.RunPython(load_reference_sources, migrations.RunPython.noop)]
