"""Feeds: the RSS/Atom feeds a desk follows, polled by beat, their new entries ingested once."""
