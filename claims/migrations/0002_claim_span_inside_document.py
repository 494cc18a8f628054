"""A claim's span lies inside its document: enforced by the database with a trigger.

A check constraint cannot read another table, so each backend gets a trigger that refuses a
claim whose span_end runs past the text (or title) it points into. Documents are immutable
(a changed text is a new version), so only writes to claims need checking.
"""

from django.db import migrations

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION claims_claim_span_inside_document() RETURNS trigger AS $$
DECLARE
    available integer;
BEGIN
    SELECT CASE WHEN NEW.span_in = 'title' THEN char_length(d.title) ELSE char_length(d.text) END
      INTO available FROM claims_document d WHERE d.id = NEW.document_id;
    IF available IS NOT NULL AND NEW.span_end > available THEN
        RAISE EXCEPTION 'claim span % - % lies outside its document (% characters)',
            NEW.span_start, NEW.span_end, available USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER claims_claim_span_inside_document
    BEFORE INSERT OR UPDATE OF span_start, span_end, span_in, document_id ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_span_inside_document();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS claims_claim_span_inside_document ON claims_claim;
DROP FUNCTION IF EXISTS claims_claim_span_inside_document();
"""

SQLITE_CHECK = """
SELECT RAISE(ABORT, 'claim span lies outside its document')
WHERE NEW.span_end > (
    SELECT CASE WHEN NEW.span_in = 'title' THEN length(d.title) ELSE length(d.text) END
    FROM claims_document d WHERE d.id = NEW.document_id
);
"""
SQLITE_UP = [
    "CREATE TRIGGER claims_claim_span_inside_document_insert BEFORE INSERT ON claims_claim "
    f"BEGIN {SQLITE_CHECK} END;",
    "CREATE TRIGGER claims_claim_span_inside_document_update BEFORE UPDATE ON claims_claim "
    f"BEGIN {SQLITE_CHECK} END;",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claims_claim_span_inside_document_insert;",
    "DROP TRIGGER IF EXISTS claims_claim_span_inside_document_update;",
]


def create_trigger(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_UP, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE_UP:
            schema_editor.execute(statement)


def drop_trigger(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE_DOWN:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
