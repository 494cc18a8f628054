from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Count

from claims.models import Document
from config.celery_app import app as celery_app
from factcheck.feeds.selectors import feeds_failing
from factcheck.models import RuleRun
from factcheck.readouts import table


def queue_depths() -> dict[str, int | str]:
    """Messages waiting in each known queue (Redis or RabbitMQ), or why it can't tell."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"(in process)": "tasks run eagerly: no queue"}
    names = [queue.name for queue in settings.CELERY_TASK_QUEUES]
    depths: dict[str, int | str] = {}
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            for name in names:
                try:
                    _, waiting, _ = conn.default_channel.queue_declare(queue=name, passive=True)
                    depths[name] = waiting
                except Exception as exc:  # a queue nobody declared yet
                    depths[name] = f"0 (not declared yet: {type(exc).__name__})"
    except Exception as exc:
        return {"(broker)": f"unreachable: {exc}"}
    return depths


class Command(BaseCommand):
    help = (
        "Queue depths, documents by state, failed documents, feeds failing for a day and the "
        "last rule runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=10, help="How many rule runs to show")

    def handle(self, *args, runs: int, **options):
        self.stdout.write("== queues")
        for name, depth in queue_depths().items():
            self.stdout.write(f"{name}: {depth}")

        self.stdout.write("\n== documents by state")
        states = dict(
            Document.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n")
        )
        for state in Document.State.values:
            self.stdout.write(f"{state}: {states.get(state, 0)}")

        failed = Document.objects.filter(state=Document.State.FAILED).order_by("-id")[:20]
        self.stdout.write("\n== failed documents (latest 20)")
        self.stdout.write(
            table(
                ((d.pk, d.url or d.title, d.state_reason) for d in failed),
                ("id", "document", "reason"),
                (7, 50, 70),
            )
        )

        failing = list(feeds_failing())
        self.stdout.write(f"\n== feeds failing for a day or more: {len(failing)}")
        if failing:
            self.stdout.write(
                table(
                    (
                        (f.pk, f.url, f.failing_since.strftime("%Y-%m-%d %H:%M"), f.last_error)
                        for f in failing
                    ),
                    ("id", "feed", "failing since", "last error"),
                    (5, 50, 16, 70),
                )
            )

        self.stdout.write(f"\n== last {runs} rule runs")
        recent = RuleRun.objects.select_related("event").order_by("-started_at")[:runs]
        self.stdout.write(
            table(
                (
                    (
                        r.started_at.strftime("%Y-%m-%d %H:%M:%S"),
                        r.event.key,
                        f"{r.duration_ms:.1f} ms",
                        r.claims_count,
                        f"+{r.findings_created} ~{r.findings_updated} "
                        f"-{r.findings_resolved} ^{r.findings_reopened}",
                        ", ".join(f"{k}: {v}" for k, v in r.errors.items()) or "",
                    )
                    for r in recent
                ),
                ("started", "event", "took", "claims", "findings", "errors"),
                (19, 36, 10, 6, 16, 40),
            )
        )
