"""What the benchmark scripts share. They run as `python bench/NAME.py`, so this folder is
on sys.path and they import it as `common`."""

from __future__ import annotations


def postgres_database_create(url: str) -> None:
    """Create the PostgreSQL database named in `url` if it does not exist (no migration)."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    with psycopg.connect(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{config["NAME"]}"')
