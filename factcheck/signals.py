"""What the pipeline announces, for the interfaces to act on.

The pipeline and the review desk send these inside the transaction that made the change, so
a receiver's writes (webhook deliveries, sent on commit) stand or fall with it. The
interfaces listen: factcheck.apps connects the partner API's webhooks at start-up, so the
pipeline never imports an interface.
"""

from django.dispatch import Signal

# Findings created or reopened by an evaluation. Keyword argument: finding_ids (list[int]).
findings_opened = Signal()

# A verdict published, or corrected once published. Keyword arguments: verdict_id (int),
# corrected (bool).
verdict_published = Signal()

# A published verdict retracted. Keyword argument: verdict_id (int).
verdict_retracted = Signal()
