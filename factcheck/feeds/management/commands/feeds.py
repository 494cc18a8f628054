from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.services import IngestError
from factcheck.feeds import services
from factcheck.feeds.models import Feed
from factcheck.readouts import table


class Command(BaseCommand):
    help = (
        "Feeds the desk follows: `add URL --publisher NAME [--every MINUTES]`, "
        "`follow EVENT_KEY --keyword WORD ...` (new matching reports join the event), "
        "`poll` (the feeds due now, as beat does; --all for every feed), `list`."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="Follow a feed")
        add.add_argument("url")
        add.add_argument("--publisher", default="", help="Who publishes its entries")
        add.add_argument("--title", default="")
        add.add_argument("--every", type=int, default=15, help="Minutes between polls")
        follow = sub.add_parser("follow", help="An event follows feeds with keywords")
        follow.add_argument("event")
        follow.add_argument("--keyword", action="append", required=True, dest="keywords")
        follow.add_argument("--feed", action="append", default=[], help="Feed URL (default all)")
        follow.add_argument("--title", default="", help="The event's title, when it is new")
        poll = sub.add_parser("poll", help="Poll the feeds due now")
        poll.add_argument("--all", action="store_true", help="Every active feed, due or not")
        sub.add_parser("list", help="The feeds and their state")

    def handle(self, *args, action: str, **options):
        getattr(self, f"_{action}")(**options)

    def _add(self, *, url, publisher, title, every, **_):
        if every < 1:
            raise CommandError("--every is at least 1 minute")
        feed = services.feed_create(
            url=url, publisher=publisher, title=title, interval_minutes=every
        )
        self.stdout.write(f"feed #{feed.pk} {feed.url}: polled every {every} min")

    def _follow(self, *, event, keywords, feed, title, **_):
        feeds = list(Feed.objects.filter(url__in=feed))
        if len(feeds) != len(set(feed)):
            raise CommandError("unknown feed url (add it first with `feeds add`)")
        try:
            follow = services.event_follow(
                event_key=event, keywords=keywords, feeds=feeds, title=title
            )
        except IngestError as exc:
            raise CommandError(str(exc)) from None
        where = ", ".join(f.url for f in feeds) or "every feed"
        self.stdout.write(
            f"event {follow.event.key} follows {where} for: {', '.join(follow.keywords)}"
        )

    def _poll(self, *, all, **_):
        if all:
            feed_ids = list(Feed.objects.filter(active=True).values_list("id", flat=True))
        else:
            feed_ids = services.feeds_claim_due()
        for feed_id in feed_ids:
            result = services.feed_poll(feed_id=feed_id)
            line = f"feed #{feed_id}: {result.status}, {result.new} new, {result.ingested} stored"
            self.stdout.write(line)
            for error in result.errors:
                self.stderr.write(f"  {error}")
        self.stdout.write(f"summary: {len(feed_ids)} feeds polled")

    def _list(self, **_):
        self.stdout.write(
            table(
                (
                    (
                        f.pk,
                        f.url,
                        f.publisher.name if f.publisher else "",
                        f"{f.interval_minutes} min",
                        f.last_success_at.strftime("%Y-%m-%d %H:%M") if f.last_success_at else "",
                        f"{f.failures}: {f.last_error}" if f.failures else "ok",
                    )
                    for f in Feed.objects.select_related("publisher")
                ),
                ("id", "url", "publisher", "every", "last success", "failures"),
                (5, 50, 24, 8, 16, 50),
            )
        )
