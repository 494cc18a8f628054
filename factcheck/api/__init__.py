"""The partner REST API under /api/v1/: one module per resource, plus access (tokens, scopes,
rate limits), parsers, pagination, filters and the partner-scoped selectors."""
