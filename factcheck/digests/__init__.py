"""Email digests: subscriptions with double opt-in, one delivery per (subscription, period),
sent exactly once by Celery beat's fan-out."""
