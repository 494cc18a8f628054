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


class Targets:
    """The targets a benchmark checks. Each check returns the mark printed beside its figure
    ("[target ...: ok]" or "[target ...: MISSED]"); exit_status() prints every miss and is 1
    when there was one, so a benchmark that misses a target says so and exits non-zero."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    def check(self, what: str, ok: bool, target: str) -> str:
        if not ok:
            self.missed.append(f"{what} (target {target})")
        return f"[target {target}: {'ok' if ok else 'MISSED'}]"

    def exit_status(self) -> int:
        for line in self.missed:
            print(f"MISSED: {line}")
        print("targets: " + (f"{len(self.missed)} missed" if self.missed else "all met"))
        return 1 if self.missed else 0
