"""The admin of the desk, on the engine side: the record (sources, events, documents, claims,
verdicts, the audit trail) in `record`, the desk's working pages (the findings queue, rule
configuration, rule runs) in `desk`. The record (`claims/`) imports nothing from here: its
models are registered by this package, which Django's autodiscovery imports as
`factcheck.admin`."""

from django.contrib import admin

from factcheck.admin import desk, record

# The queue and a finding's sides need the width the navigation sidebar would take at
# 1400 px; the index and the breadcrumbs lead to every page.
admin.site.enable_nav_sidebar = False

__all__ = ["desk", "record"]
