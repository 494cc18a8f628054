"""The admin of the desk, on the engine side: the record (sources, events, documents, claims,
verdicts, the audit trail) in `record`, the desk's working pages (the findings queue, rule
configuration, rule runs) in `desk`. The record (`claims/`) imports nothing from here: its
models are registered by this package, which Django's autodiscovery imports as
`factcheck.admin`."""

from factcheck.admin import desk, record

__all__ = ["desk", "record"]
