"""A synthetic news corpus for the benchmark suite: events x claimants x updates.

Each event is an incident (an aircraft lost somewhere on some day) covered by several
claimants (wire services, the militaries of both sides, state media, outlets) in several
updates over the following days. Each document is one claimant's report at one update,
about 600 words: a headline, a dateline lead, casualty counts with hedges ("at least five",
"four of the six", "all six") that get revised between updates, official statements quoted,
cause claims and denials ("not the result of hostile fire", "struck by a missile"), and the
background paragraphs real reports carry. Wording varies from template to template, so the
extractor meets the language of news rather than one sentence repeated.

Deterministic for a given seed. No Django: `python bench/corpus.py --events 2 --claimants 3
--updates 2` prints a sample.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# (type as written, what it is, crew it usually carries, the usual word for the loss)
AIRCRAFT = (
    ("KC-135 Stratotanker", "refueling plane", (4, 6), "went down"),
    ("C-130 Hercules", "military transport plane", (5, 9), "crashed"),
    ("UH-60 Black Hawk", "helicopter", (3, 5), "crashed"),
    ("CH-47 Chinook", "helicopter", (4, 7), "went down"),
    ("F-15E Strike Eagle", "fighter jet", (2, 2), "was lost"),
    ("MQ-9 Reaper", "drone", (0, 0), "was shot down"),
    ("E-3 Sentry", "surveillance plane", (12, 18), "crashed"),
    ("AH-64 Apache", "attack helicopter", (2, 2), "went down"),
)
PLACES = (
    ("western Iraq", "BAGHDAD"),
    ("northern Iraq", "ERBIL, Iraq"),
    ("eastern Syria", "DAMASCUS"),
    ("the Gulf of Oman", "DUBAI"),
    ("southern Lebanon", "BEIRUT"),
    ("the Red Sea", "SANAA, Yemen"),
    ("Anbar province", "BAGHDAD"),
    ("northern Syria", "BEIRUT"),
)
# Claimants by role: (source name as written, the publisher it is, its side).
WIRES = (
    ("Reuters", "Reuters"),
    ("AP", "Associated Press"),
    ("AFP", "AFP"),
    ("Bloomberg", "Bloomberg"),
)
OUTLETS = (
    "CNN",
    "BBC",
    "Al Jazeera",
    "The New York Times",
    "The Washington Post",
    "Fox News",
    "Shafaq News",
    "Rudaw",
)
STATE_MEDIA = ("Press TV", "Tasnim News Agency", "IRNA", "Fars", "Mehr")
OFFICIALS = (
    "US Central Command",
    "US Department of Defense",
    "IRGC",
    "Iraqi Joint Operations Command",
    "Islamic Resistance in Iraq",
)
US_VOICES = ("U.S. Central Command", "the Pentagon", "Central Command", "the Defense Department")
IRAN_VOICES = (
    "the Islamic Revolutionary Guard Corps",
    "Iran's Revolutionary Guards",
    "the Islamic Resistance in Iraq",
    "Khatam al-Anbiya Central Headquarters",
)
IRAQ_VOICES = ("Iraq's Security Media Cell", "the Iraqi Joint Operations Command")
SPOKESPEOPLE = ("a spokesman", "a spokeswoman", "the spokesman", "a military spokesman")


def words(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


@dataclass(frozen=True)
class Event:
    key: str
    aircraft: str
    kind: str
    verb: str
    place: str
    dateline: str
    occurred_on: date
    crew: int  # aboard
    killed: tuple[int, ...]  # the official toll at each update (revised upwards)
    claimed_killed: int  # what the other side claims


@dataclass(frozen=True)
class CorpusDocument:
    """The keyword arguments of claims.services.document_ingest."""

    text: str
    title: str
    url: str
    publisher: str
    published_at: str
    event_key: str

    def as_kwargs(self) -> dict[str, str]:
        return {
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published_at": self.published_at,
            "event_key": self.event_key,
            "language": "en",
        }


def _events(rnd: random.Random, count: int, updates: int) -> list[Event]:
    first = date(2026, 3, 2)
    events = []
    for i in range(count):
        aircraft, kind, (low, high), verb = AIRCRAFT[i % len(AIRCRAFT)]
        place, dateline = PLACES[(i * 3 + i // len(AIRCRAFT)) % len(PLACES)]
        occurred = first + timedelta(days=i % 200)
        crew = rnd.randint(low, high) or rnd.choice((0, 0, 2))
        # The official toll rises as the search goes on, until it reaches the crew.
        toll, tolls = max(0, crew - rnd.randint(1, 3)), []
        for _ in range(updates):
            tolls.append(toll)
            if toll < crew and rnd.random() < 0.5:
                toll += 1
        events.append(
            Event(
                key=f"bench-{i:04d}-{aircraft.split()[0].lower()}-{occurred:%Y-%m-%d}",
                aircraft=aircraft,
                kind=kind,
                verb=verb,
                place=place,
                dateline=dateline,
                occurred_on=occurred,
                crew=crew,
                killed=tuple(tolls),
                claimed_killed=crew + rnd.randint(3, 20),
            )
        )
    return events


def _claimants(count: int) -> list[tuple[str, str]]:
    """(publisher, role): a mix like a real story's, wires first."""
    pool = (
        [(name, "wire") for _, name in WIRES]
        + [(name, "state") for name in STATE_MEDIA]
        + [(name, "official") for name in OFFICIALS]
        + [(name, "outlet") for name in OUTLETS]
    )
    # Interleave the roles so any prefix of the list has every kind of claimant.
    by_role: dict[str, list[tuple[str, str]]] = {}
    for item in pool:
        by_role.setdefault(item[1], []).append(item)
    mixed: list[tuple[str, str]] = []
    while any(by_role.values()):
        for role in ("wire", "state", "official", "outlet"):
            if by_role[role]:
                mixed.append(by_role[role].pop(0))
    return [mixed[i % len(mixed)] for i in range(count)]


class Writer:
    """Writes one report: every method returns sentences; `pick` varies the wording."""

    def __init__(self, rnd: random.Random, event: Event, update: int, when: datetime) -> None:
        self.rnd = rnd
        self.e = event
        self.update = update
        self.when = when
        self.day = WEEKDAYS[event.occurred_on.weekday()]
        self.toll = event.killed[update]
        self.before = event.killed[update - 1] if update else None

    def pick(self, *options: str) -> str:
        return self.rnd.choice(options)

    def count(self, n: int, total: int | None = None) -> str:
        """A count as the news writes it, with a hedge now and then."""
        n_w = words(n)
        if n <= 1:
            return n_w
        options = [n_w, n_w, f"at least {n_w}", f"as many as {n_w}", f"up to {n_w}"]
        if n > 3:
            options.append(f"about {n_w}")
        if total and total > n:
            options += [f"{n_w} of the {words(total)}"] * 2
        if total and total == n:
            options += [f"all {n_w}"] * 2
        return self.rnd.choice(options)

    def us(self) -> str:
        return self.pick(*US_VOICES)

    def iran(self) -> str:
        return self.pick(*IRAN_VOICES)

    # -- paragraphs ----------------------------------------------------------------------

    def headline(self, role: str) -> str:
        e, toll = self.e, self.toll
        if role == "state":
            return self.pick(
                f"Resistance shoots down US {e.kind} over {e.place}, all {words(e.crew)} crew dead",
                f"US {e.aircraft.split()[0]} downed over {e.place} by resistance missile",
                f"Resistance forces bring down American {e.kind} in {e.place}",
            )
        if role == "official":
            return self.pick(
                f"Statement on the loss of a {e.aircraft} in {e.place}",
                f"Update on the {e.kind} incident in {e.place}",
            )
        if toll:
            return self.pick(
                f"{words(toll).capitalize()} crew killed as US {e.kind} {e.verb} in {e.place}",
                f"US {e.kind} {e.verb} in {e.place}; {words(toll)} dead, search goes on",
                f"Death toll in {e.place} {e.kind} loss rises to {words(toll)}",
            )
        return self.pick(
            f"US military {e.kind} {e.verb} in {e.place}, rescue under way",
            f"US {e.aircraft} lost over {e.place}, crew status unknown",
        )

    def lead(self, publisher: str, role: str) -> list[str]:
        e = self.e
        agency = {"Associated Press": "AP"}.get(publisher, publisher)
        dateline = f"{e.dateline} ({agency}) - " if role == "wire" else ""
        return [
            dateline
            + self.pick(
                f"A U.S. {e.aircraft} {e.kind} {e.verb} in {e.place} on {self.day}, "
                f"{self.us()} said, and a search and rescue operation was under way.",
                f"A U.S. military {e.kind}, a {e.aircraft}, {e.verb} over {e.place} on "
                f"{self.day}, according to {self.us()}.",
                f"An American {e.aircraft} {e.verb} in {e.place} on {self.day}, the U.S. "
                "military said in a brief statement.",
            )
        ]

    def casualties(self) -> list[str]:
        e, toll = self.e, self.toll
        out = []
        if e.crew:
            out.append(
                self.pick(
                    f"A U.S. official, speaking on condition of anonymity, said "
                    f"{self.count(e.crew)} crew members were on board.",
                    f"The {e.kind} was carrying {self.count(e.crew)} crew, officials said.",
                    f"There were {words(e.crew)} people aboard, according to {self.us()}.",
                )
            )
        if toll == 1:
            out.append(
                self.pick(
                    f"{self.us()[0].upper() + self.us()[1:]} said one crew member was killed.",
                    f"One of the {words(e.crew)} crew was confirmed dead, {self.us()} said.",
                )
            )
        elif toll:
            out.append(
                self.pick(
                    f"{self.us()[0].upper() + self.us()[1:]} said {self.count(toll, e.crew)} "
                    "crew members were killed.",
                    f"{self.count(toll, e.crew).capitalize()} of the crew were confirmed "
                    f"dead by {WEEKDAYS[self.when.weekday()]}, {self.us()} said.",
                    f"Officials said {self.count(toll, e.crew)} service members had been "
                    "killed and the search for the others continued.",
                )
            )
        missing = e.crew - toll
        if toll and missing > 0:
            out.append(
                self.pick(
                    f"Rescue teams were still searching for {words(missing)} crew "
                    + ("member" if missing == 1 else "members")
                    + ", the military added.",
                    f"{words(missing).capitalize()} "
                    + ("other remains" if missing == 1 else "others remain")
                    + " missing, an official said.",
                )
            )
        elif e.crew:
            out.append(
                self.pick(
                    "It was not immediately clear whether anyone aboard had been killed or hurt.",
                    "Officials did not say whether the crew had survived.",
                )
            )
        if self.before is not None and self.before != toll:
            out.append(
                self.pick(
                    f"Earlier, {self.us()} had put the number of dead at {words(self.before)}.",
                    f"The toll was revised from {words(self.before)} announced a day earlier.",
                    f"Hours earlier, officials had said {words(self.before)} were killed.",
                )
            )
        return out

    def statement(self) -> list[str]:
        e = self.e
        quote = self.pick(
            f'"The loss of the aircraft was not the result of hostile fire or friendly fire,'
            f'" {self.us()} said in a statement.',
            f'"The circumstances of the incident are under investigation," '
            f"{self.pick(*SPOKESPEOPLE)} for {self.us()} said.",
            f'"We mourn the loss of our airmen and our thoughts are with their families," '
            f"{self.us()} said on {WEEKDAYS[self.when.weekday()]}.",
            f'"Our priority is the recovery of the crew of the {e.aircraft}," the command '
            "said in a post on X.",
        )
        return [
            quote,
            self.pick(
                f"{self.us()[0].upper() + self.us()[1:]} said the {e.kind} was not brought "
                "down by hostile fire.",
                "The Pentagon denied that the aircraft had been shot down.",
                "A U.S. defense official said there was no indication of hostile fire.",
            ),
        ]

    def other_side(self) -> list[str]:
        e = self.e
        return [
            self.pick(
                f"{self.iran()[0].upper() + self.iran()[1:]} said in a statement on Telegram "
                f"that its fighters had shot down the {e.kind} with a missile.",
                f"{self.iran()[0].upper() + self.iran()[1:]} claimed responsibility, saying "
                f"the {e.kind} was struck by a surface-to-air missile.",
                f"In a statement, {self.iran()} said the aircraft had been hit by a missile "
                "launched by the resistance.",
            ),
            self.pick(
                f"It said {self.count(e.claimed_killed)} Americans were killed in the attack.",
                f"The group said {words(e.claimed_killed)} U.S. personnel had died.",
                f"State media put the number of dead at {words(e.claimed_killed)}.",
            ),
        ]

    def iraq(self) -> list[str]:
        return [
            self.pick(
                f"{self.pick(*IRAQ_VOICES)[0].upper()}{self.pick(*IRAQ_VOICES)[1:]} said the "
                "cause of the crash was under investigation.",
                "Iraqi officials said the incident was being investigated and gave no cause.",
            )
        ]

    def state_voice(self, publisher: str) -> list[str]:
        e = self.e
        return [
            self.pick(
                f"The {e.aircraft} was brought down over {e.place} by the resistance, "
                f"killing all {words(e.crew)} American crew on board.",
                f"All {words(e.crew)} crew of the American {e.kind} were killed when it was "
                f"shot down on {self.day}.",
            ),
            self.pick(
                "Washington has insisted that neither hostile nor friendly fire was behind the "
                "loss of the aircraft.",
                "The US military has denied that the aircraft was shot down.",
            ),
            f"{publisher} reported that {words(e.claimed_killed)} US troops were killed, "
            "citing a military source.",
        ]

    def cumulative(self) -> list[str]:
        total = 10 + self.update + self.e.crew
        return [
            self.pick(
                f"The Pentagon said {words(total) if total <= 20 else total} service members "
                "have been killed since the war began on March 2.",
                f"According to Pentagon figures, at least {total} U.S. troops have now been "
                "killed since the conflict began.",
            )
        ]

    def background(self) -> list[str]:
        """Context sentences without claims, shuffled, none twice in one report."""
        e, rnd = self.e, self.rnd
        region = self.pick("the region", "the Gulf", "the Middle East", e.place)
        hours = self.pick("several", "a few", "nearly six", "two")
        pool = [
            f"The {e.aircraft} has been flown by the U.S. military for decades and is used "
            f"across {region}.",
            "Analysts say the conflict has strained an ageing fleet that was already short of "
            "spare parts and trained maintainers.",
            f"Witnesses in {e.place} described a loud explosion and a column of smoke rising "
            f"{self.pick('from the desert', 'over the hills', 'near the coast')} before dawn.",
            "Local media reported that the wreckage was scattered across a wide area and that "
            "the site had been cordoned off.",
            f"The incident comes amid a sharp escalation in attacks on U.S. forces and their "
            f"partners in {region}.",
            f"Oil prices rose {self.pick('in early trading', 'on the news', 'in Asian trade')} "
            "as investors weighed the risk of a wider war.",
            f"Diplomats in {region} said talks on a ceasefire had stalled again this week.",
            "Congressional leaders were briefed on the incident, an aide said, and several "
            "lawmakers called for an inquiry.",
            "The aircraft had taken off from a base in the region on a routine mission, "
            "according to a person familiar with the flight.",
            "Footage shared on social media, which could not be independently verified, showed "
            f"burning debris in {self.pick('a field', 'an orchard', 'open desert')}.",
            "Residents said helicopters circled the area for hours after the crash.",
            "The United Nations called on all parties to exercise restraint and to protect "
            "civilians.",
            f"Commercial flights were diverted away from the area for {hours} hours, flight "
            "tracking data showed.",
            "Independent verification of claims from either side has been difficult because "
            "access to the area is restricted.",
            "Military experts said it could take weeks before investigators establish what "
            "happened.",
            "Families of the crew have been notified, the military said, and names would be "
            "released after next of kin were informed.",
            "The war has displaced thousands of people and disrupted shipping through the "
            "region's main sea lanes.",
            "Previous incidents involving similar aircraft were blamed on mechanical failure "
            "and pilot error.",
            f"The {e.kind} was part of a larger formation, and the other aircraft returned to "
            "base safely.",
            "Tankers and surveillance planes fly long orbits over the area, often within reach "
            "of air defences that have never been fully mapped.",
            "A former air force officer said the loss would complicate operations planned for "
            "the coming weeks.",
            f"Markets in {self.pick('Tokyo', 'London', 'New York')} were little changed, with "
            "traders focused on central bank meetings.",
            "The White House said the president had been briefed and was monitoring the "
            "situation closely.",
            "Neighbouring governments urged their citizens to avoid travel to border areas "
            "until further notice.",
            "Search teams were hampered by high winds and poor visibility through the night.",
            "The embassy in Baghdad issued a security alert advising staff to limit movement.",
            "It was the latest in a series of incidents that have raised questions about the "
            "safety of flights over contested airspace.",
            "Humanitarian groups warned that fuel shortages were affecting hospitals in "
            "several cities.",
            f"Satellite images taken on {self.day} showed scorch marks near a road junction.",
            "The ministry said it had opened an inquiry and would publish its findings.",
            "Insurance rates for shipping in the area have tripled since the start of the "
            "fighting, brokers said.",
            "Officials in Washington have struggled to keep the conflict from spreading to "
            "neighbouring countries.",
            "Opposition politicians accused the government of withholding information from "
            "the public.",
            "Hospitals in the nearest town said they had been put on alert but had received "
            "no casualties.",
            "A regional airline suspended flights to two cities, citing safety concerns.",
            "The defence ministry declined to comment on the aircraft's mission or its route.",
            "Veterans' groups held vigils at several bases on the evening after the crash.",
            "Investigators were expected to recover the flight data recorders within days, an "
            "official familiar with the search said.",
        ]
        rnd.shuffle(pool)
        return pool


def _document(
    rnd: random.Random,
    event: Event,
    publisher: str,
    role: str,
    update: int,
    target_words: int,
) -> CorpusDocument:
    when = datetime.combine(event.occurred_on, datetime.min.time(), tzinfo=UTC) + timedelta(
        hours=6 + 9 * update, minutes=rnd.randint(0, 59)
    )
    w = Writer(rnd, event, update, when)
    title = w.headline(role)
    paragraphs: list[list[str]] = [[title], w.lead(publisher, role)]
    if role == "state":
        paragraphs += [w.state_voice(publisher), w.other_side(), w.casualties()]
    elif role == "official":
        paragraphs += [w.casualties(), w.statement()]
    else:
        paragraphs += [w.casualties(), w.statement(), w.other_side(), w.iraq()]
    paragraphs.append(w.cumulative())
    # Background paragraphs to the target length (claims are a minority of sentences).
    length = sum(len(s.split()) for p in paragraphs for s in p)
    filler = w.background()
    while length < target_words:
        paragraph = []
        for _ in range(rnd.randint(2, 3)):
            sentence = filler.pop() if filler else w.background()[0]
            paragraph.append(sentence)
            length += len(sentence.split())
        paragraphs.insert(rnd.randint(3, len(paragraphs)), paragraph)
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    slug = publisher.lower().replace(" ", "-").replace(".", "")
    return CorpusDocument(
        text=text,
        title=title,
        url=f"https://{slug}.example.org/{event.key}/update-{update}",
        publisher=publisher,
        published_at=when.isoformat(),
        event_key=event.key,
    )


def corpus_build(
    *, events: int, claimants: int, updates: int, seed: int = 1, words: int = 600
) -> list[CorpusDocument]:
    """events x claimants x updates documents, in publication order (updates interleave)."""
    rnd = random.Random(seed)
    story_events = _events(rnd, events, updates)
    who = _claimants(claimants)
    documents = [
        _document(rnd, event, publisher, role, update, words)
        for update in range(updates)
        for event in story_events
        for publisher, role in who
    ]
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1)
    parser.add_argument("--claimants", type=int, default=4)
    parser.add_argument("--updates", type=int, default=2)
    parser.add_argument("--stats", action="store_true", help="word counts only")
    args = parser.parse_args()
    docs = corpus_build(events=args.events, claimants=args.claimants, updates=args.updates)
    sizes = [len(d.text.split()) for d in docs]
    print(f"{len(docs)} documents, words min {min(sizes)} mean {sum(sizes) / len(sizes):.0f} "
          f"max {max(sizes)}")  # fmt: skip
    if not args.stats:
        for d in docs[:3]:
            print(f"\n--- {d.publisher} {d.published_at} {d.event_key}\n{d.text}")


if __name__ == "__main__":
    main()
