"""The review workflow: triaging findings, correcting claims, writing and publishing verdicts,
with an audit trail of every change a person makes (services.py writes, selectors.py reads,
charts.py draws the event timeline)."""
