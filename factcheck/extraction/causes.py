"""Causes of a loss, affirmed or denied: hostile fire, friendly fire, accident,
mechanical failure, collision, under investigation.

"not due to hostile fire or friendly fire" is two denials; "struck by a missile fired by
the Resistance Front" affirms hostile fire with an agent. A crash alone is no cause.
Speculation ("whether", "has not been ruled out") affirms nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import cause_words
from .dates import MONTHS, WEEKDAYS
from .lexicon import Vocabulary, any_of, phrase

_TERM = r"(?:hostile|enemy|friendly)(?:\s+(?:fire|action|activity))?"
_TERMLIST = rf"(?P<list>{_TERM}(?:\s*(?:,|or|and|nor)\s+(?:by\s+)?{_TERM})*)"

DENIALS = [
    re.compile(
        rf"\bneither\s+(?P<a>{_TERM}|air\s+defen[cs]e\s+\w+)\s+nor\s+(?P<b>{_TERM}|air\s+defen[cs]e"
        r"\s+\w+)(?:\s+fire)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+){0,3}?(?:due\s+to|the\s+result\s+of|a\s+result\s+of|"
        r"caused\s+by|because\s+of|related\s+to|attributable\s+to|from|involv\w*|lost\s+to|"
        rf"due\s+to)\s+{_TERMLIST}",
        re.IGNORECASE,
    ),
    re.compile(rf"\bunrelated\s+to\s+{_TERMLIST}", re.IGNORECASE),
    re.compile(rf"{_TERMLIST}\s+(?:fire\s+)?played\s+no\s+(?:part|role)", re.IGNORECASE),
    re.compile(
        r"\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:[\w'’]+\s+){0,5}?(?P<hverb>struck|strik"
        r"ing|hit|hitting|bomb(?:ed|ing)?|shot\s+down|shooting\s+down|downed|downing|targeted|"
        r"targeting|attack(?:ed|ing)?)\b|\b(?:did|does|had|has)\s+not\s+(?P<hverb2>strike|hit|bomb|"
        r"shoot\s+down|down|target|attack)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_TERMLIST}\s+(?:fire\s+)?(?:was|were|is|are|had|has|did|does)(?:\s+not|n['’]t|\s+never)\s+"
        r"(?:been\s+)?(?:the\s+cause|behind|cause|caused|to\s+blame|responsible|involved|a\s+factor)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bno\s+(?:sign\s+of\s+|indication\s+of\s+|evidence\s+of\s+)?{_TERMLIST}", re.IGNORECASE
    ),
    re.compile(
        r"\bno\s+fire\s+involved,?\s+(?P<list>friendly\s+or\s+hostile|hostile\s+or\s+friendly)",
        re.IGNORECASE,
    ),
    re.compile(rf"(?<!not\s)(?<!n't\s)(?<!n’t\s)\bruled\s+out\s+{_TERMLIST}", re.IGNORECASE),
    re.compile(rf"{_TERMLIST}\s+(?:has\s+been|was|had\s+been)\s+ruled\s+out", re.IGNORECASE),
]
NON_HOSTILE = re.compile(r"\bnon-?\s?(?:hostile|combat)\b", re.IGNORECASE)
NONE_BROUGHT_DOWN = re.compile(
    rf"{_TERMLIST}(?:\s+fire)?(?:\s+from\s+(?P<agent>[A-Z][\w-]+))?\s+(?:brought\s+down|downed|"
    r"caused|hit)\s+none\b",
    re.IGNORECASE,
)
NOT_SHOT_DOWN = re.compile(
    r"\b(?:was|were|had|has)\s+not\s+(?:been\s+)?(?:shot\s+down|downed|brought\s+down|"
    r"targeted)|\bdenied\s+(?:that\s+)?(?:\w+\s+){0,4}?(?:shot\s+down|downed)|"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,1}?(?:shot|brought)\s+(?:\w+\s+){0,2}?down",
    re.IGNORECASE,
)

# what brought an aircraft down that is no weapon: "a technical fault downed the helicopter"
_NO_WEAPON_DOWNED = re.compile(
    r"\b(?:fault|failure|malfunction|problem|error|storm|weather|winds?|icing|fog|lightning|"
    r"turbulence|bird\s+strike)\s*['\"’”]?\s*(?:had\s+|has\s+|may\s+have\s+)?$",
    re.IGNORECASE,
)
HOSTILE = re.compile(
    r"\b(?:shot\s+down|shoots?\s+down|shooting\s+down|downed|downing|downs|brought\s+down|"
    r"bringing\s+down|brings?\s+down|bring\s+down|(?:was|were|been)\s+hit\b|"
    r"hit\s+(?:it\s+)?from\s+the\s+ground|claims?\s+(?:the\s+)?attack|"
    r"claimed\s+(?:the\s+)?attack|"
    r"(?:struck|hit)\s+by\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:missile|rocket|drone|"
    r"projectile|anti-aircraft\s+fire|fire)|(?<!communications\s)(?<!calls\s)(?<!messages\s)intercepted(?!\s+(?:communications?|calls?|messages?|conversations?|phone|radio|signals?))|targeted|claimed\s+responsibility|"
    r"(?:was|were)\s+behind\s+the\s+(?:crash|downing|attack|incident)|shooting\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:aircraft|plane|jet|tanker)\s+down|taken\s+down|"
    r"(?:shot|shoot|brought|bring)\s+(?:the|a|an|both|two|three|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:aircraft|planes?|jets?|tankers?|helicopters?|drones?)\s+down|"
    r"down\s+(?:two|three|four|five|\d+|a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:drones?|aircraft|planes?|"
    r"jets?|helicopters?))\b",
    re.IGNORECASE,
)
# strikes on the ground: no aircraft needed
STRIKE = re.compile(
    r"\b(?:(?:ballistic\s+|cruise\s+)?missiles?\s+(?:struck|hit|slammed\s+into|rained\s+on)|"
    r"(?:missile|rocket|drone|air)\s+(?:attack|strike)s?|fired\s+(?:\w+\s+)?(?:missiles|rockets)"
    r"\s+(?:at(?!\s+once)|on|toward)|missiles?\s+(?:\w+\s+){0,2}fired\s+by|attack\s+was\s+carried\s+out\s+by"
    r"|missile\s+(?:\w+\s+){0,6}?(?:had\s+)?(?:hit|struck|downed|brought\s+down|brings\s+down)|"
    r"(?:was|were)\s+bombed|bombed\s+(?:the|a|an)\b|air\s*strikes?\s+(?:on|hit|struck)|"
    r"bombed\s+from\s+the\s+air|(?:warplanes|jets|aircraft|drones)\s+(?:had\s+)?(?:bombed|struck|"
    r"hit|attacked))\b",
    re.IGNORECASE,
)
REJECTION = re.compile(
    r"\b(?:baseless|a\s+lie|lies|false|fabricated|fabrication|untrue|ridiculous|fiction|"
    r"propaganda|unfounded|groundless|nonsense|insult|lies|absurd|preposterous|provocation)\b|\b(?:dismiss\w*|reject\w*|den(?:y|ied|ies))\b",
    re.IGNORECASE,
)
_REVERSAL = re.compile(
    r"\b(?:revers\w*|retract\w*|abandon\w*|withdr[ae]w\w*|walk\w*\s+back)\b", re.IGNORECASE
)
CLAIM_NOUN = re.compile(
    r"\b(?:claims?|reports?|allegations?|propaganda|assertions?|rumou?rs?|account|accusations?|"
    r"suggestions?|theor(?:y|ies)|charges?)\b",
    re.I,
)
TERRORIST = re.compile(
    r"\b(?:terrorist|militia|rebel|insurgent|group|militant|fighter)s?\b", re.IGNORECASE
)
FRIENDLY_MARK = re.compile(
    r"\b(?:mistaken(?:ly)?|accidental(?:ly)?|erroneous(?:ly)?|inadvertent(?:ly)?|friendly[-\s]fire|"
    r"by\s+(?:its|their)\s+own|allied)\b",
    re.IGNORECASE,
)
FRIENDLY_AFFIRMED = re.compile(
    r"\b(?:mistakenly|accidentally|erroneously|inadvertently)\s+(?:shot\s+down|fired\s+(?:on|at)|"
    r"downed|hit|struck|targeted)|\bfriendly[-\s]fire\s+(?:incident|accidents?|attack|strike)s?\b|"
    r"\b(?:downed|shot\s+down)\s+(?:\w+\s+){0,4}by\s+friendly\s+fire",
    re.IGNORECASE,
)
COLLISION = re.compile(
    r"\b(?:collided|collide|colliding|collisions?|mid-?air\s+collision|crashed\s+into\s+"
    r"(?:each\s+other|another\s+(?:aircraft|plane))|(?:struck|hit|rammed)\s+by\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:boat|ship|vessel|truck|train|bus|tanker\s+ship)|(?:boat|ship|vessel)\s+"
    r"(?:hit|rammed|struck)\s+(?:the\s+)?(?:vessel|ferry|ship|boat|side)|came\s+straight\s+at\s+us)\b",
    re.IGNORECASE,
)
ACCIDENT = re.compile(
    r"\b(?<!fire\s)(?<!friendly-fire\s)accident\b|\b(?:detonated|exploded|went\s+off)\s+"
    r"accidentally\b|\boverload(?:ed|ing)\b|\b(?:arms|ammunition|weapons)\s+(?:cache|"
    r"store|depot|dump)\s+(?:[\w\s]{0,60}?)(?:exploded|detonated|blew\s+up)\b|\b(?:ammunition|"
    r"arms)\s+stored\b[^.]{0,80}\bdetonated\b",
    re.IGNORECASE,
)
COLLISION_RULED_OUT = re.compile(
    r"\brul(?:ed|es|ing)\s+out\s+(?:any\s+|a\s+)?collision|\bdenied\s+(?:that\s+)?(?:any\s+of\s+)?"
    r"(?:its|their)\s+(?:vessels|boats|ships|aircraft)\s+(?:had\s+been|were|was)\s+involved",
    re.IGNORECASE,
)
MECHANICAL = re.compile(
    r"\b(?:mechanical|technical)\s+(?:failure|fault|problem|issue|malfunction|error|"
    r"difficulties)s?\b|\bengine\s+(?:failure|malfunction|fire)\b|\bmalfunction(?:ed|ing|s)?\b|"
    r"\bengine\s+(?:had\s+|has\s+)?failed\b",
    re.IGNORECASE,
)
UNDER_INVESTIGATION = re.compile(
    r"\bunder\s+investigation\b|\bbeing\s+investigated\b|\b(?:is|are|were|was)\s+investigating\b"
    r"|\binvestigating\s+(?:the|what|how|why)\b|\blaunched\s+an\s+investigation\b|"
    r"\ban\s+investigation\s+(?:is|was|has\s+been)\s+(?:under\s*way|ongoing|opened|launched)\b|"
    r"\b(?:not\s+(?:yet\s+)?(?:clear|known)|unclear)\s+(?:what|how|why)\s+(?:\w+\s+){0,2}?"
    r"(?:caused|happened|led)\b|\breports\s+differ\s+on\s+(?:whether|what)\b|"
    r"\bcause\s+(?:of\s+the\s+\w+\s+)?(?:is|was|remains)\s+(?:still\s+)?(?:under\s+review|being"
    r"\s+determined)\b",
    re.IGNORECASE,
)
UNKNOWN = re.compile(
    r"\bcause\s+(?:of\s+the\s+\w+\s+)?(?:is|was|remains)\s+(?:still\s+)?(?:unknown|unclear|not"
    r"\s+known)\b",
    re.IGNORECASE,
)
SPECULATION = re.compile(
    r"\b(?:whether|if|speculation|speculate|possible|possibly|may\s+have|might\s+have|could\s+have|"
    r"repeatedly|routinely|frequently|regularly|"
    r"not\s+been\s+ruled\s+out|not\s+ruled\s+out|rumou?rs?|unconfirmed)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"(?:\b(?:not|never|no|denied|denies|deny|rejected|dismissed|ruled\s+out)|n['’]t)\b", re.I
)
AIRCRAFT_CONTEXT = re.compile(
    r"\b(?:aircraft|planes?|jets?|\w*tankers?|helicopters?|drones?|fighters?|"
    r"KC-\d+|F-\d+|Mi-\d+|crash|it)\b",
    re.IGNORECASE,
)
_AGENT_BY = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+)?(?P<agent>(?:[A-Z][\w'’-]*|al-\w+|of|in|the)(?:\s+(?:[A-Z][\w'’-]*"
    r"|al-\w+|of|in|the)){0,6}|resistance(?:\s+groups?|\s+fighters)?|(?:its|their)\s+fighters"
    r"|[A-Z][a-z]+(?:ian|i|an|ese|ish)\s+\w+(?:\s+\w+)?)",
)
_AFTER_AIRCRAFT_NOUN = re.compile(
    r"\b(?:aircraft|plane|jet|\w*tanker|helicopter|drone|KC-\d+\w*)\s+$", re.IGNORECASE
)
CLAUSE_SPLIT = re.compile(r";|\bbut\b|\bwhile\b|\bhowever\b|—", re.IGNORECASE)


# a sentence without any of these names no cause: skip the patterns
_MAY_CAUSE = re.compile(
    r"fire|shot|shoot|down|missile|rocket|strike|struck|hit|collid|collision|accident|mechanic|"
    r"technical|engine|malfunction|investigat|clear|cause|bomb|target|intercept|responsib|attack|"
    r"hostile|friendly|overload|storm|weather|explod|detonat|ruled?\s+out|deni|deny|claim|rammed|"
    r"came\s+straight|fault|fail|known|behind|blam|insult|lie|play|nobody|no\s+one",
    re.IGNORECASE,
)


_DESCRIBED_WEAPON = re.compile(
    r"(?:missiles?|rockets?|projectiles?)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:hit|struck)\b",
    re.IGNORECASE,
)


@dataclass
class CauseMention:
    start: int  # relative to the sentence
    end: int
    trigger: int
    cause: str
    polarity: str
    agent: str | None = None
    hedge: str | None = None  # "likely", "may have": the claim stands, qualified
    # the cause is the one the text before accused: "X denied responsibility" ("fallback":
    # hostile fire when nothing was), "this is not true" ("required": nothing without one;
    # "required_claim": "dismissed the claim", which may be a side's claim of its own deed);
    # "agrees": "X endorsed that conclusion", the cause another affirmed just before;
    # "own_side": a denial that the munition was the agent's, a claim only from that side
    context: str | None = None


def rejected_span(text: str) -> tuple[int, int] | None:
    """Where a sentence reports a claim it calls false ("claims ... are baseless")."""
    if not _MAY_CAUSE.search(text):
        return None
    return _rejected_claim(text)[1]


def _rejected_claim(text: str) -> tuple[list[CauseMention], tuple[int, int] | None]:
    """ "claims that it shot down the aircraft are baseless": a denial of that cause.

    Returns the denial and the span it covers (no affirmation is read inside it).
    """
    rejection = REJECTION.search(text)
    if not rejection:
        return [], None
    # the claim noun nearest the rejection: "dismissing ... propaganda about ..."
    claims = list(CLAIM_NOUN.finditer(text))
    if not claims:
        return [], None
    claim = min(claims, key=lambda c: abs(c.start() - rejection.start()))
    window_end = max(rejection.end(), claim.end() + 120)
    candidates = []
    for cause, pattern in (("hostile_fire", HOSTILE), ("hostile_fire", STRIKE),
                           ("mechanical", MECHANICAL)):  # fmt: skip
        m = pattern.search(text, max(0, claim.start() - 10), window_end)
        if m:
            candidates.append((m.start() - claim.start(), cause, m))
    if candidates:
        _, cause, m = min(candidates, key=lambda c: abs(c[0]))
        start = min(claim.start(), rejection.start(), m.start())
        end = max(rejection.end(), m.end())
        return [CauseMention(start, end, m.start(), cause, "denied")], (start, end)
    # (after the claim noun: "claims that militants attacked"; a group before it is its owner
    # or another clause's: "... by Ridge fighters, and called reports of friendly fire false")
    group = TERRORIST.search(text, claim.start(), claim.end() + 40)
    owner = TERRORIST.search(text, max(0, claim.start() - 40), claim.start())
    # "called the group's claims baseless", "terrorist claims baseless": what a group claims
    # is its attack
    owned = (
        owner is not None
        and re.fullmatch(r"(?:['’]s?)?\s+(?:\w+\s+)?", text[owner.end() : claim.start()])
        is not None
        and re.match(r"claims?|boasts?", claim.group(), re.IGNORECASE) is not None
    )
    if (group and not _CLAIM_OWNER.match(text, group.end())) or owned:
        start, end = min(claim.start(), rejection.start()), max(claim.end(), rejection.end())
        return [CauseMention(start, end, claim.start(), "hostile_fire", "denied")], (start, end)
    return [], None


# "the group's statement was propaganda": the group owns the rejected words; they name no
# cause ("called the group's claims baseless" rejects what a group claims: its attack)
_CLAIM_OWNER = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:statement|post|message|account|version)\b")


def _terms(listing: str) -> list[str]:
    low = listing.lower()
    if re.search(r"struck|strik|hit|bomb|shoot|shot|down|target|attack", low):
        return ["hostile_fire"]
    found = []
    if re.search(r"hostile|enemy", low):
        found.append("hostile_fire")
    if "friendly" in low:
        found.append("friendly_fire")
    return found


def _clause(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _agent(text: str, trigger_end: int) -> str | None:
    m = _AGENT_BY.search(text, trigger_end, min(len(text), trigger_end + 70))
    if not m:
        return None
    agent = m.group("agent").strip()
    agent = re.sub(r"\s+(?:in|of|the)$", "", agent)
    agent = re.sub(
        r"\s+(?:in|over|near)\s+(?:western|eastern|northern|southern)?\s*\w+$", "", agent
    )
    if not re.search(r"[A-Z]", agent):
        return None  # "by the extremist group": a kind, no name ("the" alone is no agent)
    return agent or None


def find_causes(
    text: str, agent_of: Callable[[str, int, int], str | None] | None = None
) -> list[CauseMention]:
    """Every cause in one sentence, with its polarity, agent and hedge.

    `agent_of(text, trigger_start, trigger_end)` names who fired, when it can tell. The
    constructions of aircraft losses are read first; the general vocabulary adds what they
    did not cover (another cause, another agent).
    """
    out = [
        c
        for c in _find_aircraft_causes(text, agent_of)
        if not _DESCRIBED_WEAPON.match(text, c.start)  # "the missile that hit the farm"
        and not _FLED_FROM.search(text, max(0, c.start - 50), c.start)  # "who fled air strikes"
    ]
    general = find_causes_general(text, agent_of)
    claimed = _CLAIMED_BY.search(text)
    by_claim: list[CauseMention] = []
    if claimed and not re.search(r"\b(?:not|no|never)\b", claimed.group(0), re.IGNORECASE):
        # "responsibility for the blast has been claimed by the Front": the Front did it
        at = claimed.start("verb")
        by_claim = [
            CauseMention(at, claimed.end(), at, "hostile_fire", "affirmed", agent, None)
            for agent in _agents_after(text, claimed.end())
            if agent not in [c.agent for c in general]
        ]
        general += by_claim
    for m in _CLAIMED_WHICH.finditer(text):
        # "a terrorist act, which the Front has claimed": the Front says it did it
        who = m.group("who")
        if who not in [c.agent for c in general] and not _NOT_AN_AGENT.match(who):
            mention = CauseMention(
                m.start("who"), m.end(), m.start("who"), "hostile_fire", "affirmed", who, None
            )
            by_claim.append(mention)
            general.append(mention)
    named = by_claim + [
        c
        for c in general
        if c.agent == _CLAIMANT_AGENT or (c.agent and _RESP_ANY.search(text, c.start, c.end))
    ]
    for own in named:
        # "X says it was behind the deadly Zerman bombings", "responsibility for the Zerman
        # attack was claimed by X": the one who claims it is the agent; the word before the
        # deed names where (or whose people) it struck, not a second culprit
        general = [
            c
            for c in general
            if not (
                c is not own
                and c.cause == own.cause
                and c.polarity == own.polarity
                and c.agent not in (None, _CLAIMANT_AGENT, own.agent)
                and _modifier_agent(text, c)
            )
        ]
    for mention in general:
        if any(
            c.cause == mention.cause
            and (
                (c.polarity != mention.polarity and c.start < mention.end and mention.start < c.end)
                or (
                    c.polarity == mention.polarity
                    and (
                        c.agent == mention.agent
                        or mention.agent is None
                        or (
                            _CLAIMANT_AGENT in (c.agent, mention.agent)
                            # "either itself or its ally Y was behind it": two agents of one cue
                            and (c.start, c.end) != (mention.start, mention.end)
                        )
                    )
                )
            )
            for c in out
        ):
            continue
        out.append(mention)
    for denied in [c for c in out if c.polarity == "denied"]:
        # "the missile strike was not a deliberate attack": the strike names the event, the
        # claim is the denial
        out = [
            c
            for c in out
            if not (
                c.cause == denied.cause
                and c.polarity == "affirmed"
                and c.agent is None
                and c.end <= denied.start
                and _IS_NOT.match(text[c.end : denied.start])
            )
        ]
    if _MUNITION.search(text):  # "the missile was an accident": a munition that strayed
        out = [
            replace(c, cause="misfire")
            if c.cause == "accident" and _BARE_ACCIDENT.fullmatch(text[c.start : c.end])
            else c
            for c in out
        ]
    # "hit by a rocket that fell short": the munition the strike names failed; a misfire
    # the sentence names besides is that one
    failed_after = [
        c
        for c in out
        if c.cause == "hostile_fire"
        and c.polarity == "affirmed"
        and re.search(r"(?:rocket|missile|projectile|munition|shell)s?$", text[c.start : c.end])
        and _FAILED_AFTER.match(text, c.end)
    ]
    if failed_after and any(c.cause == "misfire" and c.polarity == "affirmed" for c in out):
        out = [c for c in out if c not in failed_after]
        failed_after = []
    out = [
        replace(c, cause="misfire")  # "hit by the militants' misfired rocket"
        if c.cause == "hostile_fire"
        and c.polarity == "affirmed"
        and (_FAILED_MUNITION.search(text[c.start : c.end]) or c in failed_after)
        else c
        for c in out
    ]
    out = [c for c in out if not _background_strike(text, c, out)]
    out = [
        c
        for c in out
        if not (
            c.cause == "accident"
            and _BARE_ACCIDENT.fullmatch(text[c.start : c.end])
            and _ACCIDENT_BODY_AFTER.match(text, c.end)
        )
    ]  # "the air accident investigation board", "accident and emergency": a name, no claim
    out = [
        c
        for c in out
        if not (
            c.cause == "accident"
            and (
                _TEAR_BEFORE.search(text, max(0, c.start - 6), c.start)
                or _FIRED_AFTER.match(text, c.end)
            )
        )
    ]  # "tear gas canisters", "gas canisters fired at them": riot police's weapon, not a leak
    out = [
        c
        for c in out
        if not (
            c.cause == "accident"
            and _BARE_ACCIDENT.fullmatch(text[c.start : c.end])
            and _CAUSE_OF_THE.search(text, max(0, c.start - 40), c.start)
        )
    ]  # "the cause of the accident is under investigation": the event, its cause untold
    if any(
        c.cause == "accident"
        and c.polarity == "affirmed"
        and _NEGLECT.search(text[c.start : c.end])
        for c in out
    ):
        # "the negligence that led the dams to collapse": the collapse is what the neglect did
        # ("warnings went unheeded before the dams burst" keeps both)
        out = [c for c in out if not (c.cause == "mechanical" and c.polarity == "affirmed")]
    out = [
        c
        for c in out
        if not (
            c.polarity == "affirmed"
            and c.cause != "under_investigation"
            and _INQUIRY_INTO.search(text, max(0, c.start - 40), c.start)
        )
    ]  # "an inquiry into the collapse of the dams": the event looked into, not its cause
    out = [  # "its own missiles had come down": one munition, read as a misfire
        c
        for c in out
        if not (
            c.cause == "hostile_fire"
            and any(
                m.cause == "misfire"
                and m.polarity == c.polarity
                and m.start < c.end
                and c.start < m.end
                for m in out
            )
        )
    ]
    if any(c.cause == "under_investigation" for c in out):
        # "reports it may have been hit by a drone are under review": the review is the claim
        out = [c for c in out if c.hedge not in _OPEN_HEDGES]
    for event in [c for c in out if c.cause == "natural" and c.polarity == "affirmed"]:
        before = text[max(0, event.start - 100) : event.start]
        blamed = _BLAMED_FOR.search(before)
        on_what = _ON_WHAT.match(text, event.end) if _BLAMED_THE.search(before) else None
        blamed_on = (blamed and blamed.group("x")) or (on_what and on_what.group("x"))
        if blamed_on and not _CUE["natural"].search(blamed_on):
            out = [c for c in out if c is not event]  # the landslides blamed on logging
            continue
        caused_by = _EVENT_CAUSED_BY.match(text, event.end)
        if caused_by and not _CUE["natural"].search(
            text, caused_by.end(), min(len(text), caused_by.end() + 60)
        ):  # "the avalanche was triggered by skiers": not nature (but "by heavy rain" is)
            out = [c for c in out if c is not event]
    out = [
        c
        for c in out
        if not (
            c.cause == "natural"
            and re.search(r"winds?$", text[c.start : c.end], re.IGNORECASE)
            and _SPREAD_BY_WIND.search(text, max(0, c.start - 40), c.start)
        )
    ]
    # "did not comment on the strike": silence, neither a denial nor a claim
    out = [
        c
        for c in out
        if not (
            c.polarity == "denied" and _NO_COMMENT_ON.search(text, max(0, c.start - 80), c.start)
        )
    ]
    if any(c.cause == "friendly_fire" and c.polarity == "affirmed" for c in out):
        # "the strike was carried out by our own aircraft": the strike is the friendly fire
        out = [
            c
            for c in out
            if not (
                c.cause == "hostile_fire" and re.match(r"(?:our|its|their)\s+own\b", c.agent or "")
            )
        ]
    # "a missile breached the dam wall", "blew up the dam": a weapon broke the structure, which
    # did not give way of itself
    # ("Xland blamed Yland, saying a Yland missile breached the dam": Yland's strike)
    broken = []
    for c in out:
        reach = len(text) if c.agent else c.end
        if c.cause != "mechanical" or not _WEAPON_BROKE.search(text, max(0, c.start - 25), reach):
            broken.append(c)
        elif c.agent and c.polarity == "affirmed":
            broken.append(replace(c, cause="hostile_fire"))
    out = broken
    # "reversing earlier statements that blamed the Front": what it said before, and no longer
    out = [c for c in out if not _REVERSED_ACCOUNT.search(text, max(0, c.start - 120), c.start)]
    # "examining all versions, including sabotage": one possibility among those open
    out = [
        c
        for c in out
        if not (
            c.polarity == "affirmed"
            and c.cause != "under_investigation"
            and _AMONG_OPEN.search(text, max(0, c.start - 100), c.start)
        )
    ]
    named = {(c.cause, c.polarity) for c in out if c.agent is not None}
    out = [c for c in out if c.agent is not None or (c.cause, c.polarity) not in named]
    pushed = _PUSHED_CLAIM.search(text)
    if pushed:  # "X was pushing the theory that it was a Y missile": X's claim, not the speaker's
        out = [c for c in out if not (c.polarity == "affirmed" and c.start >= pushed.end())]
    if not any(c.cause not in ("under_investigation", "unknown") for c in out):
        referred = _REFERRED_DENIAL.search(text)
        if referred:  # "This is not true.", "Kyiv rejects this": the claim before, denied
            # "dismissed the claim": a claim of any kind, a side's boast of its own deed too
            claim = re.search(r"\bclaims?\b", referred.group(), re.IGNORECASE)
            out.append(
                CauseMention(referred.start(), referred.end(), referred.start(), "hostile_fire",
                             "denied", _CLAIMANT_AGENT, None,
                             "required_claim" if claim else "required")
            )  # fmt: skip
    agreed = _AGREED_WITH.search(text)
    if agreed and not any(c.start >= agreed.end() for c in out):
        # "X has endorsed that conclusion": X affirms the cause stated just before
        out.append(
            CauseMention(agreed.start(), agreed.end(), agreed.start(), "hostile_fire",
                         "affirmed", None, None, "agrees")
        )  # fmt: skip
    return out


_NO_COMMENT_ON = re.compile(
    # "did not comment on the strike", "neither side commented on the strike"
    r"\b(?:(?:not|never|no)|(?:neither|nor)\s+(?:\w+\s+){0,2}?)\s*"
    r"(?:immediately\s+|yet\s+|publicly\s+)?(?:comment\w*|respond\w*|"
    r"repl\w*|react\w*|address\w*)\s+(?:on|to|about)?\s*(?:the\s+|a\s+|an\s+|reports?\s+"
    r"(?:of|on|about)\s+(?:the\s+|a\s+)?)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# someone else's story, told to be disbelieved: "pushing the theory that ...", "spreading claims
# that ..."
_PUSHED_CLAIM = re.compile(
    r"\b(?:push|spread|promot|peddl|circulat|disseminat)\w*\s+(?:the|a|an|its|their|his|her)?\s*"
    r"(?:[\w-]+\s+)?(?:theory|theories|claims?|narratives?|versions?|story|stories|lines?|"
    r"allegations?|rumou?rs?)\s+[\"“‘']?(?:that|of)\b",
    re.IGNORECASE,
)
# a denial of what was said before, by reference: "This is a lie", "Kyiv rejects this",
# "rejected the accusation" (not "rejected the claim that ...": that claim is in the sentence)
# "X has endorsed that conclusion", "Y backed the finding": agreement with a cause stated before
# (not "the conclusion that ...", whose content follows and is read as such)
_AGREED_WITH = re.compile(
    r"\b(?:endors(?:e|es|ed|ing)|back(?:s|ed|ing)?|support(?:s|ed|ing)?|shar(?:e|es|ed|ing)|"
    r"accept(?:s|ed|ing)?|echo(?:es|ed|ing)?|concur(?:s|red|ring)?\s+with|agree(?:s|d|ing)?\s+with)"
    r"\s+(?:that|this|the|those|these)\s+(?:(?:same|initial|earlier|early|military|army|"
    r"government|official)\s+)?(?:conclusion|finding|findings|assessment|account|version)\b"
    r"(?!\s+(?:that|of|by|from|about)\b)",
    re.IGNORECASE,
)
_WEAPON_BROKE = re.compile(
    r"\b(?:missiles?|rockets?|shells?|bombs?|explosives?|blew\s+up|blown\s+up|"
    r"blowing\s+up|blow\s+up)\b",
    re.IGNORECASE,
)
_REVERSED_ACCOUNT = re.compile(
    r"\b(?:revers|retract|abandon|withdr[ae]w|walk\w*\s+back|contradict)\w*\s+(?:(?:its|their|his|"
    r"her|the|an?)\s+)?(?:own\s+)?(?:earlier|previous|prior|initial|first|original)\s+(?:statements?|"
    r"accounts?|claims?|versions?|reports?|assessments?)\b"
    r"(?:(?!\b(?:and|but|saying|said|says|instead)\b)[^.;])*$",
    re.IGNORECASE,
)
# the possibilities an inquiry keeps open, one of which is named: "all versions, including"
_AMONG_OPEN = re.compile(
    r"\b(?:versions?|possibilit(?:y|ies)|hypothes[ie]s|theories|scenarios|options|"
    r"lines\s+of\s+(?:inquiry|investigation)|(?:possible|potential)\s+causes)\b[^.;]{0,40}?"
    r"\b(?:including|such\s+as|among\s+them|from)\s+(?:an?\s+|the\s+)?[\"“]?$",
    re.IGNORECASE,
)
_REFERRED_DENIAL = re.compile(
    r"\b(?:this|that|it|these|those)\s+(?:is|was|are|were)\s+(?:(?:completely|totally|absolutely|"
    r"simply|all|utterly|entirely)\s+)?(?:not\s+true|untrue|false|a\s+lie|lies|incorrect|baseless|"
    r"nonsense|a\s+fabrication|fabricated|groundless|unfounded|absurd)\b|"
    r"\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+"
    r"(?:this|these|them|the\s+(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?|"
    r"findings?|assessments?|conclusions?|theory|version|account))\b(?!\s+(?:that|of|about|by|from)\b)|"
    # a headline drops the article: "Norland rejects claim", "Vell denies accusations as lies"
    r"\b(?:reject(?:s|ed)?|den(?:y|ies|ied)|dismiss(?:es|ed)?|refut(?:e|es|ed))\s+"
    r"(?:claims?|accusations?|allegations?|charges?|reports?)(?=\s*(?:[,;:.!?—–]|as\b|$))|"
    # "called the accusation absurd", "branded the claims lies"
    r"\b(?:call|brand|label|describ)\w*\s+(?:this|these|it|them|the\s+(?:claims?|accusations?|"
    r"allegations?|charges?|reports?))\s+(?:as\s+)?(?:(?:an?|completely|totally|utterly|simply)\s+)?"
    r"(?:absurd|false|baseless|lies|lie|nonsense|groundless|unfounded|fabricated|fabrication|"
    r"propaganda|untrue|ridiculous)\b",
    re.IGNORECASE,
)


# the setting of the incident, not its cause: "during a massive missile attack on the capital",
# "since the militia began its offensive", "days after a terrorist attack", "such rocket attacks"
_SETTING_BEFORE = re.compile(
    r"(?:\b(?:since|during|amid|amidst|in\s+the\s+(?:middle|midst|course)\s+of|"
    r"(?:hours|days|weeks|months|years)\s+after|c(?:a|o)me\s+under|coming\s+under)\s+"
    r"(?:[\w'’-]+\s+){0,6}|\bsuch\s+(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
# how one person died, years before: "marking the death of the general in a drone strike",
# "Petrov, killed in a drone attack", "the general killed by a strike in 2020"
_PAST_DEATH = re.compile(
    r"(?:\banniversary\s+of\b[^,;:]{0,60}|(?:\b(?:assassination|killing|death)\s+of\s+"
    r"(?-i:(?:[A-Z][\w’'-]*\s+){1,4})|['’]s\s+(?:assassination|killing|death)\s+|"
    r"(?-i:\b[A-Z][\w’'-]+),\s+(?:who\s+was\s+)?(?:killed|assassinated)\s+|"
    r"\b(?:general|commander|leader|chief|founder)\s+(?:who\s+was\s+)?(?:killed|assassinated)\s+)"
    r"(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3})$",
    re.IGNORECASE,
)
_NOT_FIRST_TIME = re.compile(
    r"\b(?:not|nor\s+is\s+(?:this|it|that))\s+(?:\w+\s+)?the\s+first\s+time\b", re.IGNORECASE
)
_GOES_ON = re.compile(
    r"\s+(?:(?:also|still)\s+)?(?:goes\s+on|go\s+on|went\s+on|continu\w+|rage[sd]?|raging|persist\w*)\b",
    re.IGNORECASE,
)
_INQUIRY_INTO = re.compile(
    r"\b(?:inquiry|investigation|probe|look|looking|looked)\s+into\s+(?:the\s+|a\s+|an\s+)?$|"
    r"\b(?:reports?|claims?|media|posts?|rumou?rs?)\s+alleging\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "In response, the army struck the launch site": another act, after the incident
_RETALIATION = re.compile(r"\bin\s+(?:response|retaliation|reprisal)\b(?!\s+(?:to|for))", re.I)
_RETALIATION_AFTER = re.compile(
    r"[^.;:—–]{0,80}?\bin\s+(?:response|retaliation|reprisal)\s+(?:to|for)\b", re.IGNORECASE
)
# a strike on where the fire came from: a reply, another act after the incident
_SEQUEL = re.compile(
    r"\blaunch(?:ing)?\s+(?:points?|sites?|positions?|pads?)\b|\b(?:rocket\s+)?launchers\b",
    re.IGNORECASE,
)
# "post-strike images": a word of time, not a strike
_PREFIXED = re.compile(r"\b(?:post|pre|anti|non|counter)-$", re.IGNORECASE)
# "a Ruritanian-made missile": who built it, not who fired it
_MADE = re.compile(r"-(?:made|built|manufactured)\b|\bmanufacture\b|\bmade\s+in\b", re.I)
# the misfire words that say a munition failed or strayed (not "anti-aircraft fire", a weapon)
_FAILED_MUNITION = re.compile(
    r"misfir|fail|errant|wayward|misguided|fell\s+short|malfunction|poorly|incoming|"
    r"air[\s-]defen|interceptor",
    re.IGNORECASE,
)


# "a rocket that fell short", "a missile which had misfired": the munition just named failed
_FAILED_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:had\s+|apparently\s+|probably\s+)?(?:misfired|fell\s+short|failed|"
    r"malfunctioned|went\s+astray|veered\s+off\s+course|strayed)\b",
    re.IGNORECASE,
)
_OPEN_HEDGES = frozenset({"may have", "might have", "could have"})


def _background_strike(text: str, c: CauseMention, found: list[CauseMention]) -> bool:
    """A strike named as the setting, or a munition that failed read as a strike."""
    if c.cause != "hostile_fire" or c.polarity != "affirmed":
        return False
    cs, ce = _clause_of(text, c.start)
    if _SETTING_BEFORE.search(text, cs, c.start) or _RETALIATION.search(text, cs, c.start):
        return True
    if re.search(
        r"\bas\s+(?:[\w'’-]+\s+){0,3}$", text[max(cs, c.start - 40) : c.start]
    ) and _GOES_ON.match(text, c.end):
        return True  # "as the bombardment goes on across the region": the war around it
    if _RETALIATION_AFTER.match(text, c.end) and _RETALIATION_AFTER.match(text, c.end).end() <= ce:
        return True  # "carried out airstrikes on the city in response to the raid": a campaign
    if _SEQUEL.search(text, max(cs, c.start - 40), c.end):
        return True  # "the launch point was then struck by the army": not the incident
    if _NOT_FIRST_TIME.search(text, cs, c.start):
        return True  # "nor is this the first time a missile has struck a school": history
    if _PAST_DEATH.search(text, max(cs, c.start - 70), c.start):
        return True  # "the anniversary of the general's killing in a drone strike"
    if _PREFIXED.search(text, max(0, c.start - 9), c.start) or re.match(
        r"\s*once\b", text[c.end :]
    ):
        return True  # "post-strike images", "fired two missiles at once"
    if _MADE.search(text, max(cs, c.start - 25), c.end) and (
        c.agent is None or c.agent in text[max(cs, c.start - 25) : c.end]
    ):
        return True  # "a missile of Ruritanian manufacture hit the farm"
    return any(  # "a misguided missile fired by X": the misfire is the claim
        m.cause == "misfire"
        and m.polarity == "affirmed"
        and cs <= m.start < ce
        and _FAILED_MUNITION.search(text[m.start : m.end])
        and not (m.end <= c.start and _RELATIVE_BREAK.search(text, m.end, c.start))
        for m in found
    )


def _find_aircraft_causes(
    text: str, agent_of: Callable[[str, int, int], str | None] | None = None
) -> list[CauseMention]:
    out: list[CauseMention] = []
    if not _MAY_CAUSE.search(text):
        return out
    denied_spans: list[tuple[int, int]] = []
    rejected, rejected_span = _rejected_claim(text)
    out.extend(rejected)
    if rejected_span:
        denied_spans.append(rejected_span)

    def add(s: int, e: int, trig: int, cause: str, polarity: str, agent: str | None = None):
        if any(c.cause == cause and c.polarity == polarity for c in out):
            return
        out.append(CauseMention(s, e, trig, cause, polarity, agent))

    for pattern in DENIALS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            listing = " ".join(
                g for k, g in groups.items() if k in ("list", "a", "b", "hverb", "hverb2") and g
            )
            for cause in _terms(listing):
                add(m.start(), m.end(), m.start(), cause, "denied")
            denied_spans.append((m.start(), m.end()))
    for m in NONE_BROUGHT_DOWN.finditer(text):
        for cause in _terms(m.group("list")):
            add(m.start(), m.end(), m.start(), cause, "denied", m.group("agent"))
        denied_spans.append((m.start(), m.end()))
    for m in NON_HOSTILE.finditer(text):
        add(m.start(), m.end(), m.start(), "hostile_fire", "denied")
    for m in NOT_SHOT_DOWN.finditer(text):
        if not SPECULATION.search(text):
            add(m.start(), m.end(), m.start(), "hostile_fire", "denied")
            denied_spans.append((m.start(), m.end()))

    def speculative(pos: int) -> bool:
        cs, ce = _clause(text, pos)
        return SPECULATION.search(text, cs, ce) is not None

    def negated(pos: int) -> bool:
        cs, _ = _clause(text, pos)
        return NEGATION.search(text, max(cs, pos - 40), pos) is not None

    for m in FRIENDLY_AFFIRMED.finditer(text):
        if not negated(m.start()) and not speculative(m.start()):
            add(m.start(), m.end(), m.start(), "friendly_fire", "affirmed")
            denied_spans.append((m.start(), m.end()))
    if AIRCRAFT_CONTEXT.search(text):
        for m in HOSTILE.finditer(text):
            if any(s <= m.start() < e for s, e in denied_spans):
                continue
            if _AFTER_AIRCRAFT_NOUN.search(text[max(0, m.start() - 30) : m.start()]) and re.match(
                r"(?:shot|brought)\s+down|downed", m.group(0), re.IGNORECASE
            ):
                continue  # "a tanker brought down over the border": a description, not a claim
            if re.search(r"\b(?:hit|struck)$", m.group(0), re.IGNORECASE) and _HIT_BY_NATURE.match(
                text, m.end()
            ):
                continue  # "the ferry was hit by a huge wave": no weapon
            if _NO_WEAPON_DOWNED.search(text, max(0, m.start() - 30), m.start()):
                continue  # "a technical fault downed the helicopter": what brought it down
            cs, ce = _clause(text, m.start())
            if FRIENDLY_MARK.search(text, cs, ce):
                continue
            if negated(m.start()) or speculative(m.start()):
                continue
            if re.search(r"\bto\s+(?:be\s+)?$", text[max(0, m.start() - 7) : m.start()]):
                # "fired to bring down a target": a purpose; "the fourth jet to be taken down
                # this year": a tally of losses, not a claim about this one
                continue
            agent = agent_of(text, m.start(), m.end()) if agent_of else _agent(text, m.end())
            add(m.start(), m.end(), m.start(), "hostile_fire", "affirmed", agent)
    for m in STRIKE.finditer(text):
        if any(s <= m.start() < e for s, e in denied_spans):
            continue
        if negated(m.start()) or speculative(m.start()):
            continue
        agent = agent_of(text, m.start(), m.end()) if agent_of else _agent(text, m.end())
        add(m.start(), m.end(), m.start(), "hostile_fire", "affirmed", agent)
    for m in COLLISION_RULED_OUT.finditer(text):
        add(m.start(), m.end(), m.start(), "collision", "denied")
        denied_spans.append((m.start(), m.end()))
    for m in COLLISION.finditer(text):
        if any(s <= m.start() < e for s, e in denied_spans):
            continue
        if _CAUSE_OF_THE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "what caused the collision": the event, not its cause
        if not negated(m.start()) and not re.search(r"\bwhether\b|\bif\b", text):
            add(m.start(), m.end(), m.start(), "collision", "affirmed")
    for m in ACCIDENT.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].lower()
        if re.search(
            r"friendly[-\s]fire\s*$|not\s+(?:merely|just|only)\s+(?:a\s+)?(?:[\w-]+\s+)?$", before
        ):
            continue
        if speculative(m.start()):
            continue
        polarity = "denied" if negated(m.start()) else "affirmed"
        add(m.start(), m.end(), m.start(), "accident", polarity)
    for m in MECHANICAL.finditer(text):
        if speculative(m.start()) or any(s <= m.start() < e for s, e in denied_spans):
            continue
        if _REVERSAL.search(text, max(0, m.start() - 50), m.start()):
            continue  # "reversing its earlier account of a technical malfunction"
        polarity = "denied" if negated(m.start()) else "affirmed"
        add(m.start(), m.end(), m.start(), "mechanical", polarity)
        cs, ce = _clause(text, m.start())
        hedge_m = _HEDGE.search(text, cs, ce)  # "engine failure was one possibility"
        if hedge_m and out[-1].start == m.start() and out[-1].cause == "mechanical":
            out[-1] = replace(out[-1], hedge=hedge_m.group(0).lower())
    for m in UNDER_INVESTIGATION.finditer(text):
        if _not_an_inquiry(text, m, _clause(text, m.start())[0]):
            continue
        add(m.start(), m.end(), m.start(), "under_investigation", "affirmed")
    for m in UNKNOWN.finditer(text):
        add(m.start(), m.end(), m.start(), "unknown", "affirmed")
    return out


# -- the general vocabulary: causes of any kind of incident, by word family -------------------

# asked of every sentence whole: behind the gate of their opening words (lexicon.Vocabulary)
_CUE = {cause: Vocabulary(phrases) for cause, phrases in cause_words.CAUSES.items()}
_CAUSAL = Vocabulary(cause_words.CAUSAL)
_DENY = any_of(cause_words.DENIAL_BEFORE)
_REJECT = Vocabulary(cause_words.REJECTION)
_HEDGE = any_of(cause_words.HEDGES)
_OPEN = any_of(cause_words.OPEN_QUESTION)
_RESP_AFTER = Vocabulary(cause_words.RESPONSIBILITY_AGENT_AFTER)
_RESP_BEFORE = Vocabulary(cause_words.RESPONSIBILITY_AGENT_BEFORE)
_RESP_ANY = Vocabulary(
    cause_words.RESPONSIBILITY_AGENT_AFTER + cause_words.RESPONSIBILITY_AGENT_BEFORE
)
_DENIED_BY_CLAIMANT = Vocabulary(cause_words.DENIED_BY_CLAIMANT)
_CLAIMED_BY = re.compile(
    r"\bresponsibility\b[^.;]{0,120}?\b(?P<verb>(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+)?"
    r"claimed\s+by)",
    re.IGNORECASE,
)
# "the blasts, which the Front has claimed": an attack claimed, in a relative clause
_CLAIMED_WHICH = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|acts?|strikes?|massacre|killings?|assault)"
    r"(?:\s+(?:near|at|in|on|of|outside)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?\s+(?:which|that)\s+(?:the\s+)?(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))"
    r"(?:\s+(?:group|militia|movement|organi[sz]ation))?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:since\s+|already\s+|now\s+)?claimed\b(?!\s+(?:the\s+lives|lives|was|were|is|are|had|that|to|it)\b)",
    re.IGNORECASE,
)
_NEGATIVE_RESP = re.compile(r"(?:\b(?:not|no|nothing|never)|n['’]t)\b", re.IGNORECASE)
_DENIAL_AFTER = re.compile(
    r"^(?:(?!\band\b|\bor\b)[^,;.]){0,25}?\b(?:(?:was|were|is|are|had|has|did|does)(?:\s+not|n['’]t|\s+never)"
    r"\b(?!\s+only)|(?:may|might|could|would)\s+not\s+have\s+been\b|"
    r"played\s+no\s+(?:part|role)|(?:has|had|was|were)\s+been\s+ruled\s+out)",
    re.IGNORECASE,
)
# "not only", "no longer", "no doubt" deny nothing
_NOT_A_DENIAL = re.compile(
    r"\b(?:not\s+only|no\s+longer|no\s+doubt|not\s+least|nothing\s+but|never\s+before|"
    r"no\s+(?:one|fewer|less|more)\s+than|not\s+(?:yet\s+)?(?:clear|known|certain))\b|"
    # "it is not the first time the sides have traded blame over a strike": a strike, again
    r"\b(?:(?:is|was|are|were|be|been)\s+)?not\s+(?:the\s+)?(?:first|only|last)\b|"
    # "not in a position to question the claim", "no reason to doubt": the claim stands
    r"\b(?:(?:is|was|are|were|be|been)\s+)?(?:not|no)\s+(?:[\w'’-]+\s+){0,5}?(?:question|dispute|doubt|challenge|contest)(?:s|ed|ing)?\b|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)\s*,|"
    # "no civilians were killed in the strike", "nobody died in the blast": what is denied is
    # the harm, not the deed that caused it
    r"\b(?:no|nobody|not\s+a\s+single)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:was|were|had|has|have|is|"
    r"are|been)\s+){0,2}(?:killed|hurt|harmed|injured|wounded|died|dead|casualties|victims|"
    r"deaths|fatalities)\b|"
    # "Army: 'no civilians' in strike": nobody of them among the harmed, no strike denied
    r"\bno\s+[\"'‘’“]?(?:civilians?|people|persons|children|women|residents|passengers|"
    r"casualties|victims)[\"'’”]?\s+(?:in|from|during)\b",
    re.IGNORECASE,
)
_UNCERTAIN = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:clear|known|certain|sure)|unclear|unknown|don['’]t\s+know|"
    r"do\s+not\s+know|did\s+not\s+(?:yet\s+)?know|didn['’]t\s+know|too\s+early|no\s+precise\s+proof)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\b(?:al)?though\b|(?<!,\s)\bhowever\b(?!,)|—|–|:\s",
    re.IGNORECASE,
)  # ", however," is parenthetical: "It denied, however, that it had attacked"
# "denies any involvement and has blamed a rocket": a new predicate, out of the denial's reach
_NEW_PREDICATE = re.compile(
    r"\b(?:and|but)\s+(?:has|have|had|is|was|were|said|says|blamed|blames|blame|insisted|"
    r"accused|accuse|accuses)\b|"
    r",\s+(?:stating|saying|adding|insisting|arguing|explaining|which|who)\b|"
    # "said it did not target the station and that the missile was ...": a second reported
    # clause, with its own polarity
    r",?\s+(?:and|but)\s+that\b",
    re.IGNORECASE,
)
# "denied that ...": a verb of denial that governs every that-clause joined to it
_DENIED_THAT = re.compile(
    r"\b(?:deni(?:ed|es)|deny(?:ing)?|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)?)"
    r"\s+that\b",
    re.IGNORECASE,
)
# a culprit suggested, not named outright: "hinting at Xish and Ylandic involvement"
_HINTED_INVOLVEMENT = re.compile(
    r"\b(?:hint(?:s|ed|ing)?|allud(?:e|es|ed|ing)|point(?:s|ed|ing)?)\s+(?:at|to)\s+"
    r"(?P<who>(?-i:[A-Z][\w'’.-]*)(?:(?:\s+and\s+|,\s+|\s+)(?-i:[A-Z][\w'’.-]*)){0,4})\s+"
    r"(?:involvement|role|hand|complicity)\b",
    re.IGNORECASE,
)
# a verb of blame that opens a predicate of its own after "and": "..., and blame the Front"
# the perpetrators described as someone else's hired hands: "the militants only act as
# mercenaries serving Xish and Ylandic interests", "the gunmen were proxies of Zedland"
_HIRED_HANDS = re.compile(
    r"\b(?:attackers?|assailants?|bombers?|gunm[ae]n|militants?|terrorists?|perpetrators?|"
    r"killers?|extremists?|jihadists?|insurgents?)\b[^.;:]{0,40}?\b"
    r"(?:mercenar(?:y|ies)|prox(?:y|ies)|pawns?|puppets?|hirelings?)[\"”’']?\s+"
    r"(?:serving|working\s+for|acting\s+(?:for|on\s+behalf\s+of)|paid\s+by|"
    r"in\s+the\s+(?:pay|service)\s+of|of|for)\s+(?:the\s+)?(?:interests\s+of\s+(?:the\s+)?)?"
    r"(?P<who>(?-i:[A-Z][\w'’.-]*)(?:(?:\s+and\s+|,\s+|\s+)(?-i:[A-Z][\w'’.-]*)){0,4})",
    re.IGNORECASE,
)
_OWN_PREDICATE = re.compile(r"(?:blam|accus|pin|hold|held|point|condemn)", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+$", re.IGNORECASE)
# "Norland denies role as Zedland blames it": a clause of blame with a subject of its own
_OWN_SUBJECT_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:as|while|whereas|but|and)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,4}\s+$",
    re.IGNORECASE,
)
# "not in a position to question the Front's claim that it was behind the attack"
OWNED_CLAIM = re.compile(
    r"(?-i:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))['’]s?\s+(?:\w+\s+)?(?:claims?|"
    r"statements?|assertions?|announcements?|boasts?)\s+that\s+(?:it|they)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PRONOUN_AGENT = re.compile(r"^(?:[Ii]t|[Tt]hey|[Ww]e|us|itself|themselves|ourselves)$")  # not "US"
_AGENT_NP = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|al-\w+|of|the|and|US|U\.S\.)\s+){0,6}[A-Z][\w'’.-]*"
    r"|\b(?:it|they|we|us|itself)\b|the\s+other\s+(?:team|side)"
    # "the extremist group was behind it": a group named by its kind
    r"|\bthe\s+(?:extremist|militant|terrorist|jihadist|armed|rebel|insurgent)\s+(?:group|"
    r"organi[sz]ation|movement|militia)\b",
)
# a sentence that opens with its date: the capitalised run of words is the date, then the name
_DATE_LEAD = re.compile(
    r"^(?:On|Last|Early|Late|By|Since|Until|Earlier|Later)\s+(?:(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:['’]s)?\s+)+(?=[A-Z])"
)
_AGENT_TRIM = re.compile(r"^(?:the|a|an)\s+|['’]s$|\s+(?:for|of|in|on|the)$", re.IGNORECASE)
# "a suicide bomber's action": the possessive names the deed, the cue its doer
_DEED_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:action|act|attack|work|doing|bomb|blast|explosion|strike)s?\b",
    re.IGNORECASE,
)
# "the missile that hit the farm most likely came from Xland": the event described, then the
# claim of where it came from
_ORIGIN_AFTER_EVENT = re.compile(
    r"\b(?:that|which)\s+[\w'’-]+\s+[\w'’-]+\s+.*\b(?:c[oa]me|comes|coming)\s+from$", re.IGNORECASE
)
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_RELATIVE_BREAK = re.compile(r",\s+(?:which|who)\b", re.IGNORECASE)
# "said a gas leak caused it and denied reports of a bomb": the denial is a new predicate whose
# object comes after it, not the cause said before it
_THEN_REJECTED = re.compile(
    r"\b(?:and|but|while)\s+(?:also\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|"
    r"refuted|refutes)\b",
    re.IGNORECASE,
)
# a part that failed, told as an event: "the brakes of the bus had failed", "the left engine
# lost power" (not "a brake failure", a topic without a verb)
_PART_FAILED = re.compile(r"\b(?:failed|lost\s+power)$", re.IGNORECASE)
# the cue is the subject of "was a factor", "played a role": "bad weather may have been a
# factor" (not "volunteers played a role in the search after the earthquake")
_FACTOR_AFTER = re.compile(
    r"[^;,.:—–]{0,45}?\b(?:(?:is|was|are|were|be|been)\s+(?:a|one|the)\s+(?:\w+\s+)?factors?|"
    r"play(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:role|part))\b",
    re.IGNORECASE,
)
_TOPIC = frozenset({"natural", "mechanical", "accident", "hostile_fire", "hostile_fire_with_agent"})
_HARM_AFTER = re.compile(
    r"(?:[^;,.:—–]{0,45}?)(?:" + "|".join(phrase(p) for p in cause_words.HARM_AFTER) + ")",
    re.IGNORECASE,
)
_HARM_BEFORE = re.compile(
    r"(?:" + "|".join(phrase(p) for p in cause_words.HARM_BEFORE) + r")(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
# a cue that is itself an event ("two dams gave way") needs no verb of harm
_CUE_IS_EVENT = re.compile(
    r"\b(?:collaps\w*|burst|gave|give[sn]?|giving|breach\w*|fail(?:ed|ing|s)?|brought|overwhelm\w*|"
    r"destroy\w*|destruction|broke\s+out|lost\s+power)\b",
    re.IGNORECASE,
)
# "X did not cause the dams to collapse": the denial is of X, not of the collapse
_NOT_CAUSE_BEFORE = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:cause|make|lead)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
_STORM_THE = re.compile(r"storms?\s+(?:the|a|an|into|through|its|their|his|her)\b", re.IGNORECASE)
# "what caused the collision", "the cause of the collapse": the event, whose cause is asked
_CAUSE_OF_THE_EVENT = (
    r"(?:\b(?:what|which)\s+(?:had\s+|has\s+|might\s+have\s+|may\s+have\s+)?caused\s+|"
    r"\b(?:causes?|reasons?)\s+(?:of|for|behind)\s+)(?:the|this|that)\s+(?:[\w-]+\s+)?$"
)
_CAUSE_OF_THE = re.compile(_CAUSE_OF_THE_EVENT, re.IGNORECASE)
_PRESUPPOSED_CUE = re.compile(
    r"(?:\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:(?:was|were|been)\s+)?|"
    r"\btoll\s+(?:from|in|of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?)$|" + _CAUSE_OF_THE_EVENT,
    re.IGNORECASE,
)
# "killed by the two terror blasts", "the martyrs of the terrorist attack": the event called
# by the label the desk's copy gives it while the sentence tells of its dead
_DEAD_OF_THE = re.compile(
    r"\b(?:killed|injured|wounded|hurt|died|perished|martyred|martyrs|victims|dead)\s+"
    r"(?:by|in|of|from)\s+the\s+(?:(?:two|twin|three|deadly|recent)\s+)?$",
    re.IGNORECASE,
)
_TERROR_LABEL = re.compile(r"^terror", re.IGNORECASE)
# "vowed to strike the Front", "seizing a chance to strike an enemy": an intent or a threat,
# no deed told
_INTENT_TO = re.compile(
    r"\b(?:vow\w*|threat\w*|pledg\w*|promis\w*|plan\w*|intend\w*|want\w*|chance|"
    r"opportunity|ready|readiness|prepared|able|ability|capacity|capability)\s+(?:\w+\s+)?to\s+$",
    re.IGNORECASE,
)
_DEED_VERB = re.compile(r"(?:strike|attack|hit|bomb|target|fire|shoot)\b", re.IGNORECASE)
# "found that climate change ...": the "that" opens what was said, not a relative clause
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|found|finds|concluded|concludes|showed|shows|stated|added|noted|"
    r"confirmed|admitted|argued|warned|believes?|believed|"
    # "denied that poor maintenance had caused it", "rejected suggestions that ..."
    r"denied|denies|insisted|insists|claimed|claims|alleged|alleges|suggested|suggests|"
    r"suspected|suspects|(?:suggestions?|claims?|reports?|allegations?|accusations?|"
    r"speculation|theor(?:y|ies)|rumou?rs?|indications?|evidence))\s+(?:on\s+\w+\s+)?"
    r"that\s+$",
    re.IGNORECASE,
)
_HUMAN_ERROR = re.compile(r"human\s+error", re.IGNORECASE)
# a weapon or its use: "human error" there is friendly fire, elsewhere an accident
_SHOOTING = re.compile(
    r"\b(?:shoot\w*|shot|fir(?:e|ed|es|ing)\b|down(?:ed|ing)?\b|missiles?|rockets?|"
    r"munitions?|weapons?|air[\s-]defen[cs]es?|interceptors?|strikes?|struck|targets?\w*|"
    r"gun\w*|bomb\w*|artillery|shell\w*)",
    re.IGNORECASE,
)
_SHOOTDOWN = re.compile(
    r"\b(?:brought|shot|shoot\w*|bring\w*)\s+(?:\w+\s+){0,3}?down|\bdown(?:ed|ing)\b|"
    r"\btarget(?:ed|ing)\b",
    re.IGNORECASE,
)
_FLOOD = re.compile(r"(?:flash\s+)?flood(?:s|ing|ed)?", re.IGNORECASE)
_FLOOD_KILLS = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:killed|kill|kills|claimed|left\s+[\d,]+)", re.IGNORECASE
)
# a failing of upkeep asserts a cause by itself ("the maintenance was inadequate"): the
# structure gave way through neglect, whatever the sentence says happened next
_NEGLECT = re.compile(r"\b(?:maint\w*|upkeep|negligen\w*)\b", re.IGNORECASE)
_FAULT_CLAIM = re.compile(
    r"\b(?:maint\w*|upkeep|negligen\w*|ignored|unheeded|decaying|dilapidated|crumbling)\b",
    re.IGNORECASE,
)
# an "accident" said of a munition is a misfire (DESIGN.md: a munition failing or straying)
_FIRED_AFTER = re.compile(
    r"s?\s+(?:(?:were|was|had\s+been)\s+)?(?:fired|shot|lobbed|thrown|launched)\b", re.IGNORECASE
)
_TEAR_BEFORE = re.compile(r"\btear[\s-]$", re.IGNORECASE)
_BARE_ACCIDENT = re.compile(r"(?:an\s+)?accidents?", re.IGNORECASE)
# the word that makes "accident" part of a body's or a ward's name
_ACCIDENT_BODY_AFTER = re.compile(
    r"\s+(?:investigat\w*|inquiry|inquiries|prevention|insurance|board|bureau|branch|"
    r"commission|(?:and|&)\s+emergency)\b",
    re.IGNORECASE,
)
_MUNITION = re.compile(
    r"\b(?:missiles?|rockets?|interceptors?|munitions?|projectiles?|warheads?|"
    r"air[\s-]defen[cs]es?)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL_FAULT = re.compile(
    r"\b(?:whoever|any(?:one|body)?\s+(?:\w+\s+)?found|any|if|whether|alleg\w*|suspect\w*|"
    r"suspicions?|possible|possibly)\b",
    re.IGNORECASE,
)
_IS_NOT = re.compile(
    r"\s*(?:was|is|were|had\s+been|has\s+been)\s+(?:not|never)\s+(?:\w+\s+){0,3}$", re.I
)
_CALL_FOR = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:on|for)|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|"
    r"ask(?:ed|s|ing)?)\b[^.;]*$",
    re.IGNORECASE,
)
# "asked people to wait for the investigation": the inquiry is under way
_WAIT_FOR = re.compile(r"(?:a?wait)", re.IGNORECASE)
_DISASTER_BEFORE = re.compile(
    r"\b(?:storms?|floods?|floodwaters?|earthquakes?|quakes?|hurricanes?|cyclones?|typhoons?|"
    r"tornado(?:e?s)?|tsunamis?|rains?|winds?|waves?)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# the subject of "struck the city" that names the harm, not an attacker
_STRUCK_BY_ITSELF = re.compile(
    r"\b(?:explosions?|blasts?|detonations?|storms?|floods?|floodwaters?|earthquakes?|quakes?|"
    r"hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|tsunamis?|rains?|winds?|waves?)\s+"
    r"(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
# "was hit by a huge wave", "struck by lightning", "hit by a falling tree": hit by no weapon
_HIT_BY_NATURE = re.compile(
    r"\s+by\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:waves?|storms?|winds?|gusts?|lightning|"
    r"trees?|landslides?|mudslides?|rocks?|boulders?|avalanches?|floods?|floodwaters?|"
    r"earthquakes?|quakes?|tsunamis?|debris)\b",
    re.IGNORECASE,
)
_FIGURE_ATTRIBUTED = re.compile(
    r"\b(?:number|numbers|figure|figures|toll|tally|count|estimate|estimates|remarks?|"
    r"quotes?|comments?|statements?|report|reports)\b",
    re.IGNORECASE,
)
# what an "unclear" may be about when it is not the cause: a figure, a plan
_NOT_ABOUT_CAUSE = re.compile(
    r"\b(?:number|figure|toll|count|tally|will|would\s+be\s+(?:built|rebuilt|paid|given))\b",
    re.IGNORECASE,
)
_NEEDS_LINK = frozenset({"natural", "accident", "mechanical"})
_CLAIMANT_AGENT = "<claimant>"
_NOT_RULED_OUT = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:been\s+|yet\s+)?ruled\s+out|\bonly\s+speculation\b", re.IGNORECASE
)
# "Should that be confirmed, ...", "Were it true, ...": a condition asserts nothing
_CONDITIONAL_OPENING = re.compile(
    r"\W*(?:(?:should|were|had)\s+(?:that|this|it|these|those|they|the\s+\w+)\s+(?:to\s+)?"
    r"(?:be|prove|turn|been|true)\b|if\s+(?:confirmed|true|verified|proven)\b)",
    re.IGNORECASE,
)
# "their airstrikes usually flatten buildings": what such weapons do, not what happened here
_HABIT_AFTER = re.compile(
    r"\s+(?:usually|typically|normally|generally|tend\s+to|often)\s+[a-z]+s?\b", re.IGNORECASE
)
# "a fire driven by strong winds", "flames fanned by gale-force winds": how the fire spread,
# not what started it
_SPREAD_BY_WIND = re.compile(
    r"\b(?:driven|fanned|whipped(?:\s+up)?|pushed|spread|stoked|carried)\s+(?:on\s+|by\s+)"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "the avalanche was triggered by off-piste skiers": the event named, and its cause after
_EVENT_CAUSED_BY = re.compile(
    r"\s+(?:(?:was|were|is|had\s+been|has\s+been|may\s+have\s+been|had\s+been)\s+)?"
    r"(?:(?:apparently|probably|likely)\s+)?(?:triggered|caused|set\s+off|started|sparked|"
    r"induced)\s+by\b",
    re.IGNORECASE,
)
# "blamed illegal logging for the landslides", "blamed the landslides on logging": the event
# blamed, its cause the thing blamed
_BLAMED_FOR = re.compile(
    r"\bblam(?:e|es|ed|ing)\s+(?P<x>[^.;]{1,80}?)\s+for\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
_BLAMED_THE = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_ON_WHAT = re.compile(r"\s+on\s+(?P<x>[^.;]{1,80})", re.IGNORECASE)
# "families displaced by Zedish bombing", "people who fled the air strikes": the harm the
# people sheltering had fled, not what caused the incident
_FLED_FROM = re.compile(
    r"\b(?:displaced|uprooted|driven\s+(?:out|away|from\s+their\s+homes))\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$|"
    r"\b(?:fled|flee|flees|fleeing|escaping|escaped|escape|shelter(?:ing|ed)?\s+from|"
    r"refuge\s+from)\s+(?:from\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "stocks of missiles, air-defence rockets among them": what an army holds, not what fell
_INVENTORY = re.compile(r"\b(?:stocks?\s+of|stockpiles?\s+of|among\s+them)\b", re.IGNORECASE)
_FROM_PLACE = re.compile(r"(?-i:\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")
_DEMONYM_BEFORE = re.compile(r"(?-i:\b([A-Z][a-z]+(?:i|ian|an|ese|ish))\s+(?:[a-z][\w-]*\s+)?)$")
# "an XF bombing", "the RF twin bombings": a group named by its initials
_INITIALS_BEFORE = re.compile(
    r"(?-i:\b([A-Z]{2,6})\s+(?:(?!(?:the|a|an|and|of)\s)[a-z][\w-]*\s+)?)$"
)
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:group|organi[sz]ation|movement|militia|forces|army|military|government|ministry|"
    r"regime)\b\s*)?(?:\([^)]*\)\s*)?"
    # "the Front, a militant group active in the north, claimed": a description in apposition
    r"(?:,\s+(?:an?|the)\s+(?-i:[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,7},\s*)?"
    r"(?:(?:also|not|themselves|itself|alone|directly|ultimately|solely|"
    r"had|has|have|was|were|is|are|would|could|may|might)\b\s*)*",
    re.IGNORECASE,
)
_SHAKING = re.compile(r"quake|tremor|tsunami", re.IGNORECASE)
_WHO = re.compile(r"\b(?:who|whoever|which\s+\w+)\s*$", re.IGNORECASE)
_NOT_AN_AGENT = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|some|many|several|"
    r"this|that|these|those|there|it\s+is|we\s+are|who|whoever|what|which|the|\d|"
    r"no|none|nobody|no\s+one|neither)\b|^\w$",
    re.IGNORECASE,
)


_HABITUAL = re.compile(
    r"\b(?:often|repeatedly|routinely|frequently|regularly|usually|habitually|long)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "the group usually films its bombers", "had never before claimed an attack so late": what a
# side does as a rule or has done until now, a record told as background, not this incident
_PAST_RECORD = re.compile(
    r"\b(?:usually|typically|normally|routinely|habitually|customarily|invariably)\b"
    r"|\bnever\s+(?:before|previously|once)\b|\b(?:always|never)\s+(?:\w+\s+)?in\s+the\s+past\b",
    re.IGNORECASE,
)
# what one is accused "of" when the charge is the harm: an attack, a killing, the blast
_HARM_CHARGE = re.compile(
    r"\b(?:attack|strik|struck|bomb|fir(?:e|ed|ing)\b|launch|shoot|shot|down|kill|murder|"
    r"massacre|blast|explos|terror|behind|responsib|caus|hit|target|destroy|crime|misfir|"
    r"negligen|neglect|shell(?:ed|ing|s)?\b(?!\s+(?:compan|corporation|firm))|missil|rocket|"
    r"artiller|mortar|drone)",
    re.IGNORECASE,
)


# "fired from inside Vell": the side of the place a munition left
_FROM_INSIDE = re.compile(
    r"\s+(?:inside|within)\s+(?:the\s+)?(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))",
    re.IGNORECASE,
)


# the blast itself came from inside a place: that place's own munition, not one fired at it
_BLAST_FROM_INSIDE = re.compile(
    r"\b(?:blast|explosion)s?\s+(?:had\s+|has\s+)?(?:c[oa]me|originated)\s+from\s+(?:inside|within)"
    r"\s+(?:the\s+)?(?-i:(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))",
    re.IGNORECASE,
)


def _fired_from_struck_place(text: str, cue: re.Match[str]) -> str | None:
    """The place a munition was fired from inside when it struck that same place ("a missile
    fired from inside Vell caused the blast at Vell's clinic"): that side's own munition."""
    if not cue.group(0).lower().endswith("from"):
        return None
    inside = _FROM_INSIDE.match(text, cue.end())
    if inside is None:
        return None
    place = inside.group(1)
    struck = re.compile(rf"\b(?:at|in|on)\s+(?:the\s+)?{re.escape(place)}\b")
    return place if struck.search(text, inside.end()) else None


def _charge_is_harm(text: str, pos: int, preposition: str) -> bool | None:
    """What a verb of blame charges after `preposition` ("accused X of", "condemned X for",
    "charged X with"): True for a harm ("of the attack"), False for anything else ("of
    stirring unrest", "for its silence"), None where no such phrase follows."""
    m = re.compile(
        rf"[^.;:]{{0,60}}?\b{preposition}\s+[\"“‘']?((?:[\w'’-]+\s+){{0,5}}[\w'’-]+)"
    ).match(text, pos)
    return None if m is None else _HARM_CHARGE.search(m.group(1)) is not None


# "was charged with murder": a court's charge, not a speaker's blame
_PASSIVE_BEFORE_CUE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


# what "look into" looks into when it is the incident: "we will look into it"
_INQUIRY_OBJECT = re.compile(
    r"\s*(?:it|this|that|what|why|how|whether|who|(?:the|these|those|any|all)\s+(?:\w+\s+){0,2}?"
    r"(?:incident|cause|causes|circumstances|blast|explosion|crash|strike|attack|collapse|reports?|"
    r"claims?|allegations?|case|deaths?|disaster|tragedy|failure|matter|events?)|reports|claims|"
    r"allegations)\b",
    re.IGNORECASE,
)
# what else may be "under investigation": who a bomber was, how many died
_NOT_THE_CAUSE_BEFORE = re.compile(
    r"\b(?:identity|identities|whereabouts|name|names|nationality|number|toll|figure|fate|status|"
    r"condition)\b"
    r"[^,;:]{0,30}$",
    re.IGNORECASE,
)
# what a "did not know whether" is about when it is about the cause
_ABOUT_CAUSE = re.compile(
    r"\b(?:strik|struck|attack|missile|rocket|drone|bomb|caus|responsib|behind|fired|launch|"
    # "who fired", "who was behind it", not "who the victims were"
    r"shot|down|explo|blast|accident|deliberate|hit|happened|why|how|intercept|collid|"
    r"crash|failure|fault|carr(?:y|ied|ying)\s+out)",
    re.IGNORECASE,
)


# a meeting called, whose purpose the inquiry word gives: "convened the cabinet to examine"
_CONVENED_TO = re.compile(
    r"\b(?:convene[ds]?|convening|summon(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:an?|the)\s+"
    r"(?:\w+\s+){0,2}?(?:meeting|session|summit))\b[^.;:]{0,70}?\bto\s+$",
    re.IGNORECASE,
)

# ... unless what was convened is the inquiry itself ("convened a commission to investigate")
_INQUIRY_BODY = re.compile(
    r"\b(?:commissions?|inquir(?:y|ies)|panels?|investigat\w+|experts|team|tribunal)\b", re.I
)


def _not_an_inquiry(text: str, m: re.Match[str], clause_start: int) -> bool:
    """An "under investigation" cue about something other than the cause of the incident."""
    cue = m.group(0).lower()
    after = text[m.end() : m.end() + 100]
    if cue.endswith("into") and not _INQUIRY_OBJECT.match(after):
        return True  # "prompts us to look into the shifting dynamics of the region"
    if re.fullmatch(r"(?:examined|investigated)", cue) and re.search(
        r"\b(?:had|has|have|who)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()], re.I
    ):
        # "they had examined the reports", "an engineer who examined the site": done, not
        # under way
        return True
    if _NOT_THE_CAUSE_BEFORE.search(text, max(clause_start, m.start() - 60), m.start()):
        return True  # "his identity is under investigation"
    if re.search(r"happened$", cue) and re.match(r"\s+to\b", after):
        return True  # "determine what happened to the missing crew"
    convened = _CONVENED_TO.search(text, max(clause_start, m.start() - 90), m.start())
    if convened and not _INQUIRY_BODY.search(convened.group(0)):
        return True  # "convened its security council to examine the incident": a meeting

    if re.search(r"\bsay$", cue) and not re.match(
        r"\W*(?:(?:yet|for\s+(?:sure|certain)|now|at\s+this\s+(?:stage|point))\W+)?"
        r"(?:if|whether|who|what|which|why|how)\b",
        after,
        re.I,
    ):
        return True  # "we cannot say more": no open question of the cause
    if re.search(r"know|clear|say", cue) and re.match(r"\W*how\s+(?:many|much)\b", after, re.I):
        return True  # "could not say how many died": the toll is open, not the cause
    # "did not know if the hotline had been used", "could not say whether the toll would rise"
    return (
        bool(re.search(r"know|clear|say", cue))
        and re.match(r"\W*(?:if|whether|who|what|how|why|when|where)\b", after, re.I) is not None
        and not _ABOUT_CAUSE.search(after)
    )


_INCIDENT_NOUN = re.compile(
    r"\b(?:blast|explosion|attack\w*|strik\w*|struck|crash\w*|collaps\w*|disaster|tragedy|"
    r"kill\w*|deaths?|incident|bomb\w*|shoot\w*|shot|massacre|missile|rocket|fired)s?\b",
    re.IGNORECASE,
)
# "the missiles were Ruritanian", "it was a Ruritanian rocket": whose munition it was
_SIDE_OF_MUNITION = re.compile(
    r"\b(?:it|this|that|the\s+(?:missiles?|rockets?|projectiles?|munitions?))\s+(?:was|were|is|are)\s+"
    r"(?:an?\s+)?(?P<agent>(?-i:[A-Z][a-z]+(?:i|ian|an|ese|ish)))(?![\w-])(?!\s+air[\s-]defen)"
    r"(?:\s+(?:missiles?|rockets?|projectiles?|munitions?|weapons?))?(?!\s*[\w-]*\s*air[\s-]def)"
    r"(?=\s*(?:[.,;!?\"”’']|$|\s+(?:based|according|and|but|that|which|fired|launched)\b))",
    re.IGNORECASE,
)
# "the missile which came down in Xtown last year, killing two, was Ruritanian", "the rocket that
# landed there belonged to Ruritania": whose munition it was, said after its description (the
# negated forms are matched to be left out)
_RELATIVE_MUNITION_SIDE = re.compile(
    r"\b(?:missiles?|rockets?|projectiles?|munitions?)\s+(?:that|which)\s+(?:had\s+|has\s+)?"
    r"(?:c[oa]me|fell|fallen|landed|hit|struck|exploded|crashed)\b[^.;:!?\"“”]{0,90}?,?\s+"
    r"(?:(?:was|were|is|are)\s+(?P<neg>not\s+)?(?:an?\s+)?(?P<agent>(?-i:[A-Z][a-z]+(?:i|ian|an|ese|ish)))"
    r"(?![\w-])(?!\s+air[\s-]defen)(?:\s+(?:missiles?|rockets?|projectiles?|munitions?))?"
    r"(?=\s*(?:[.,;!?\"”’']|$|\s+(?:based|according|and|but|of)\b))|"
    r"(?P<neg2>did\s+not\s+|does\s+not\s+|didn['’]t\s+)?belong(?:s|ed)?\s+to\s+"
    r"(?P<agent2>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})))",
    re.IGNORECASE,
)
# "the missile that fell was fired by Ruritania": who fired it (a name, not "terrorists")
_FIRED_BY = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:fired|launched)\s+(?:from\s+\w+\s+)?by\s+"
    r"(?:the\s+)?(?P<agent>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))",
    re.IGNORECASE,
)
_NAME = r"(?-i:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
_IT_WAS_DONE = re.compile(
    r"\b(?:it|this|that)\s+(?:was|is|had\s+been|has\s+been)\s+(?:done|carried\s+out|"
    r"the\s+work\s+of)\b",
    re.IGNORECASE,
)
_DENIED_AGENT = [
    # "the blast was not its doing", "was not Ruritania's responsibility"
    re.compile(
        rf"\b(?:was|is|were|are)\s+not\s+(?P<agent>its|their|our|{_NAME}(?=['’]s\b))(?:['’]s)?\s+"
        r"(?:own\s+)?(?:doing|responsibility|fault|work)\b",
        re.IGNORECASE,
    ),
    # "it was not Ruritania that attacked the clinic"
    re.compile(
        rf"\b(?:it\s+)?(?:was|is)\s+not\s+(?P<agent>{_NAME})\s+(?:that|which|who)\s+(?:had\s+)?"
        r"(?:attack|strik|struck|hit|bomb|fire|launch|caus|shot|down)",
        re.IGNORECASE,
    ),
    # "the missile strike was not a Ruritanian attack"
    re.compile(
        r"\b(?:it|this|that|the\s+(?:missiles?|rockets?|projectiles?|blast|explosion|strike|attack)|"
        r"(?:missile|rocket|drone)\s+strike)\s+(?:was|were|is|are)\s+not\s+(?:an?\s+)?"
        r"(?P<agent>(?-i:[A-Z][a-z]+(?:i|ian|an|ese|ish)))(?![\w-])(?!\s+air[\s-]defen)"
        r"(?:\s+(?:missiles?|rockets?|projectiles?|munitions?|strike|attack|weapons?))?",
        re.IGNORECASE,
    ),
    # "If Ruritania had fired a missile, we would have seen craters": it did not
    re.compile(
        rf"\bif\s+(?P<agent>{_NAME}|we|they|it)\s+had\s+(?:carried\s+out|launched|fired|struck|"
        r"hit|bombed|attacked|shot)\b(?=[^.]*\bwould\s+(?:have|be)\b)",
        re.IGNORECASE,
    ),
    # "the work of the other side, not Ruritania", "fired by the rebels and not the army"
    re.compile(
        r"\b(?:work\s+of|done\s+by|carried\s+out\s+by|caused\s+by|fired\s+by|launched\s+by|"
        r"of\s+(?:attacking|striking|bombing|hitting|targeting)|"
        rf"responsible|behind)\b[^.;:]{{1,60}}?,?\s+[\"“]?(?:and\s+)?not\s+(?:by\s+)?[\"“‘']?"
        rf"(?P<agent>{_NAME}|you|us)(?=\s*[\"”’']?\s*(?:[.,;!?)(]|$))",
        re.IGNORECASE,
    ),
    # "launched from Xland rather than from Ruritania", "unlikely to have come from Ruritania"
    re.compile(
        r"\b(?:rather\s+than|and\s+not|unlikely\s+to\s+have\s+(?:come|been\s+(?:fired|launched)))"
        rf"\s+from\s+(?P<agent>{_NAME})",
        re.IGNORECASE,
    ),
    # "it is unlikely that Ruritania fired the missile": a hedged denial
    re.compile(
        rf"\bunlikely[\"”’']?\s+(?:[\w\s]{{0,40}}?\s)?that\s+(?P<agent>{_NAME})\s+(?:had\s+|has\s+|would\s+have\s+)?"
        r"(?:fired|launched|struck|attacked|hit|bombed|shot|(?:was|were)\s+(?:behind|responsible))\b",
        re.IGNORECASE,
    ),
    # "no Ruritanian missile caused the explosion"
    re.compile(
        r"\bno\s+(?P<agent>(?-i:[A-Z][a-z]+(?:i|ian|an|ese|ish)))\s+(?:missile|rocket|strike|"
        r"airstrike|air\s+strike|bomb|drone|projectile|munition)s?\s+(?:had\s+|has\s+)?"
        r"(?:caused|hit|struck|was\s+(?:involved|responsible|behind))",
        re.IGNORECASE,
    ),
]


def _clause_of(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


_NEGATED_INSIDE = re.compile(r"\b(?:no|not|nothing|anything|never)\b", re.IGNORECASE)


def _denied(text: str, start: int, end: int, clause_start: int) -> bool:
    if _NEGATED_INSIDE.search(text, start, end):
        return True  # "carried out no strikes", "struck nothing"
    window_start = max(clause_start, start - 70)
    before = text[window_start:start]
    predicates = list(_NEW_PREDICATE.finditer(before))
    if predicates:
        if re.match(r",?\s+(?:and|but)\s+that\b", predicates[-1].group(0), re.IGNORECASE) and (
            _DENIED_THAT.search(text, clause_start, window_start + predicates[-1].start())
        ):
            return True  # "denied that it fired and that the strike was deliberate": both
        before = before[predicates[-1].end() :]
    if _NOT_CAUSE_BEFORE.search(before):
        return False
    for m in _DENY.finditer(before):
        if m.group().lower() == "nobody" and len(before) - m.end() > 20:
            continue  # "nobody had dealt with the dams that gave way": it denies its own verb
        if not _NOT_A_DENIAL.match(before, m.start()):
            return True
    return bool(_DENIAL_AFTER.match(text[end:]))


def _modifier_agent(text: str, mention: CauseMention) -> bool:
    """The mention's agent is the adjective before its deed ("the Zerman bombing")."""
    before = _DEMONYM_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and before.group(1) == mention.agent


def _split_agents(phrase: str) -> list[str]:
    parts = re.split(r"\s+(?:and|or)\s+|\s*,\s*", phrase)
    out = []
    for part in parts:
        part = _AGENT_TRIM.sub("", part.strip())
        part = _AGENT_TRIM.sub("", part)
        part = _DATE_LEAD.sub("", part)  # "On Thursday Xgroup said it was behind it"
        if part.endswith(".") and not re.search(r"\b[A-Z]\.$", part):
            part = part[:-1]  # the end of the sentence, not of "U.S."
        if not part or _NOT_AN_AGENT.match(part):
            continue
        out.append(_CLAIMANT_AGENT if _PRONOUN_AGENT.match(part) else part)
    return out


# who is meant when no one is named: "either country", "any side"
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:either|neither|any)\s+(?:of\s+(?:the\s+)?(?:two|them|those)\s+)?(?:countr(?:y|ies)|"
    r"sides?|states?|nations?|party|parties|governments?)\s*$",
    re.IGNORECASE,
)
# a cause ruled out by name needs no verb of harm: "police ruled out a gas explosion"
_DENIED_OUTRIGHT = re.compile(
    r"\b(?:rul(?:ed|es|ing)\s+out|den(?:y|ied|ies|ying)|dismiss\w*|reject\w*|exclud\w*|"
    r"no\s+(?:evidence|sign|indication|trace)\s+of|nothing\s+(?:indicates|suggests|points\s+to))"
    r"\s+(?:that\s+)?(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\([^()]{1,40}\)")
_PERPETRATOR = re.compile(
    r"\s*[\"“‘']?((?:terrorists?|militants?|extremists?|gunmen|gunman|insurgents?|jihadists?|"
    r"suicide\s+bombers?))\b",
    re.IGNORECASE,
)


# "claimed by the extremist Zedland Front group": the kind of group, then its name
_KIND_BEFORE_NAME = re.compile(
    r"(?:the\s+)?(?:extremist|militant|jihadist|armed|rebel|terrorist|insurgent|radical)\s+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)


# a disaster with no weapon in it: whoever is blamed for it failed in a duty of care
_DISASTER_HARM = re.compile(
    r"\b(?:floods?|flooding|floodwaters?|dams?|levees?|embankments?|earthquakes?|landslides?|"
    r"mudslides?)\b",
    re.IGNORECASE,
)
_WEAPON_OR_ATTACK = re.compile(
    r"\b(?:missiles?|rockets?|drones?|bombs?|bombing|shell\w*|strikes?|attack\w*|shot|"
    r"shoot\w*|fire[ds]?|firing|weapons?|munitions?|explosives?)\b",
    re.IGNORECASE,
)
_WEATHER = re.compile(
    r"\b(?:storms?|rains?|rainfall|hurricanes?|cyclones?|typhoons?|floods?|earthquakes?|"
    r"weather|climate)\b",
    re.IGNORECASE,
)
# "blame feuding governments": the authorities blamed, named by what they are
_AUTHORITIES = re.compile(
    r"\s*((?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:governments?|authorities|officials|"
    r"ministry|ministries|council|state|administration))\b"
)


def _disaster_blame(text: str, start: int, end: int) -> bool:
    """The clause blames someone for a flood, a dam, a landslide, and names no weapon."""
    clause = text[start:end]
    return bool(_DISASTER_HARM.search(clause)) and not _WEAPON_OR_ATTACK.search(clause)


def _authorities_after(text: str, pos: int) -> list[str]:
    m = _AUTHORITIES.match(text, pos)
    return [m.group(1)] if m else []


def _agents_after(text: str, pos: int) -> list[str]:
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    kind = _KIND_BEFORE_NAME.match(text, pos)
    m = _AGENT_NP.match(text, kind.end() if kind else pos)
    if not m:
        # "the work of 'terrorists'": a perpetrator named by kind
        kind = _PERPETRATOR.match(text, pos)
        return [kind.group(1).lower()] if kind else []
    phrase = m.group(0)
    # "the US and the ‘Ruritanian regime’": a second name, perhaps in quotes
    more = re.match(
        r"[\"”’']?\s+and\s+(?:the\s+)?[\"“‘']?(" + _AGENT_NP.pattern + ")", text[m.end() :]
    )
    if more:
        phrase += " and " + more.group(1)
    return _split_agents(phrase)


_JOINED_AGENTS = re.compile(
    r"\s+(?:and|or)\s+(?:(?:its|their|our|his|her)\s+(?:[a-z]+\s+){0,2})?", re.IGNORECASE
)


# "blames it for", "accused them of": the one blamed, by a pronoun (not "blamed it on X")
_BLAMED_PRONOUN = re.compile(r"\s+(?:it|them)\b(?!\s+(?:on|upon)\b)", re.IGNORECASE)
_NOT_A_PARTY = re.compile(
    r"^(?:the|a|an|this|that|these|those|it|they|we|us|itself|he|she|officials?|sources?)$",
    re.IGNORECASE,
)


def _other_party(text: str, verb_start: int) -> str | None:
    """Whom "it" is when a speaker blames "it": the one name before the speaker in the
    sentence ("Norland denies role as Zedland blames it"); None unless there is exactly one."""
    subject = list(_AGENT_NP.finditer(text[:verb_start].rstrip()))
    if not subject or not _SUBJECT_GAP.fullmatch(text[subject[-1].end() : verb_start].rstrip()):
        return None
    names = {
        _AGENT_TRIM.sub("", m.group(0).strip())
        for m in subject[:-1]
        if m.group(0)[:1].isupper() and not _NOT_A_PARTY.match(m.group(0).strip())
    }
    names.discard(_AGENT_TRIM.sub("", subject[-1].group(0).strip()))
    return names.pop() if len(names) == 1 else None


def _agents_before(text: str, pos: int, clause_start: int) -> list[str]:
    # "the Ruritanian Front (RF) group": the initials in brackets are not the subject
    before = _PARENTHETICAL.sub(lambda p: " " * len(p.group(0)), text[clause_start:pos].rstrip())
    found = list(_AGENT_NP.finditer(before))
    if not found:
        return []
    last = found[-1]
    if not _SUBJECT_GAP.fullmatch(before[last.end() :]):
        return []  # "the Middle East, two aircraft were involved": not the subject
    phrase = last.group(0)
    # "X and Y", "either itself or its ally Y": the ally named after its relation
    if len(found) > 1 and _JOINED_AGENTS.fullmatch(before[found[-2].end() : last.start()]):
        phrase = found[-2].group(0) + " and " + phrase
    return _split_agents(phrase)


def find_causes_general(
    text: str, agent_of: Callable[[str, int, int], str | None] | None = None
) -> list[CauseMention]:
    """Causes of any incident named in one sentence, by the vocabulary of `cause_words`:
    polarity from a denial before the cue or after it, a hedge recorded, an open question
    ("whether") asserting nothing, and "X was behind it" / "blamed X" giving the agent."""
    out: list[CauseMention] = []
    causal = _CAUSAL.search(text) is not None
    uncertain = _UNCERTAIN.search(text) is not None
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, cause: str, polarity: str, agent: str | None, hedge: str | None):
        for m in out:
            if m.cause == cause and m.polarity == polarity and (m.agent == agent or agent is None):
                return
        out[:] = [
            m for m in out if not (m.cause == cause and m.polarity == polarity and m.agent is None)
        ]
        out.append(CauseMention(s, e, s, cause, polarity, agent, hedge))
        taken.append((s, e))

    def self_harm_after(m: re.Match[str]) -> bool:
        harm = _HARM_AFTER.match(text, m.end())
        if harm is None:
            return False
        # an earthquake "strikes" by definition: the event, not a claim of its cause
        return not (
            _SHAKING.search(m.group(0)) and re.search(r"\bstr[iu]|\bhit", harm.group(0), re.I)
        )

    rejected = _REJECT.search(text) and CLAIM_NOUN.search(text)
    speculative_sentence = (
        _NOT_RULED_OUT.search(text) is not None or _CONDITIONAL_OPENING.match(text) is not None
    )
    for cause, pattern in _CUE.items():
        topic = cause in _TOPIC  # the words assert an act: no verb of harm needed
        if cause == "hostile_fire_act":
            cause = "hostile_fire"
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if (
                text[m.end() : m.end() + 1] in ("'", "’")
                and (
                    m.group(0)[-1:].lower() == "s" or text[m.end() + 1 : m.end() + 2].lower() == "s"
                )
                and not _DEED_AFTER.match(text, m.end())
            ):
                continue  # "the terrorists' own arms cache": a possessive, not the agent
            cs, ce = _clause_of(text, m.start())
            hedge_m = _HEDGE.search(text, cs, ce)
            hedge = hedge_m.group(0).lower() if hedge_m else None
            if cause == "under_investigation":
                if (
                    _CALL_FOR.search(text, max(cs, m.start() - 60), m.start())
                    and not _WAIT_FOR.match(m.group(0))
                ) or (
                    (m.start() == 0 or text[: m.start()].rstrip().endswith(":"))
                    and re.match(r"\w+ing\b", m.group(0))
                ):
                    continue  # "urged X to open an inquiry", "Examining the data, ...": no claim
                if re.search(
                    r"unclear|not\s+clear|unknown|not\s+(?:yet\s+)?known", m.group(0), re.IGNORECASE
                ) and (_NOT_ABOUT_CAUSE.search(text, m.end(), min(len(text), m.end() + 80))):
                    continue  # "unclear how the figure was reached", "whether dams will be built"
                if _not_an_inquiry(text, m, cs):
                    continue
                add(m.start(), m.end(), cause, "affirmed", None, None)
                continue
            if cause == "natural" and _STORM_THE.match(text, m.start()):
                continue  # "police storm the hotel": troops going in, no weather
            if (
                cause == "hostile_fire_with_agent"
                and re.fullmatch(r"strikes?", m.group(0), re.IGNORECASE)
                and _DISASTER_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "storm and floods strike the coast": the disaster strikes
            if (
                cause.startswith("hostile_fire")
                and re.search(r"\b(?:hit|struck)$", m.group(0), re.IGNORECASE)
                and _HIT_BY_NATURE.match(text, m.end())
            ):
                continue  # "the ferry was hit by a huge wave": the wave, read on its own
            if (
                cause == "hostile_fire"
                and re.match(r"str(?:ikes?|uck|iking)\b", m.group(0), re.IGNORECASE)
                and _STRUCK_BY_ITSELF.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "explosions struck the town": the blast itself, not who caused it
            if speculative_sentence:
                continue  # "... has not been ruled out, but that is only speculation"
            if _OPEN.search(text, cs, m.start()) or (uncertain and cs <= _UNCERTAIN.search(
                text).start() < ce):  # fmt: skip
                continue  # "not clear whether it was a strike": no claim of a strike
            if _HABIT_AFTER.match(text, m.end()):
                continue  # "their airstrikes usually flatten buildings": a habit of the weapon
            if _FLED_FROM.search(text, max(cs, m.start() - 50), m.start()):
                continue  # "a school where families displaced by shelling sheltered"
            if _PAST_RECORD.search(text, cs, m.start()):
                continue  # "the group usually films its bombers": a record, not this incident
            if (
                cause != "misfire"
                and _PRESUPPOSED_CUE.search(text, max(0, m.start() - 40), m.start())
                and not _REPORTED_THAT.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "the jets that collided", "the toll from the earthquake"
            if _DEED_VERB.match(m.group(0)) and _INTENT_TO.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "vowed to strike the Front": a threat, not a deed
            if _TERROR_LABEL.match(m.group(0)) and _DEAD_OF_THE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "killed by the two terror blasts": the event's label, no claim
            if cause == "misfire" and _SHOOTDOWN.search(text, cs, ce):
                continue  # "brought down two drones with air-defence missiles": a weapon used
            if cause == "misfire" and _INVENTORY.search(text, cs, ce):
                continue  # "Vell still holds stocks of air-defence rockets": a weapon held
            agent = agent_of(text, m.start(), m.end()) if agent_of else _agent(text, m.end())
            if agent == _CLAIMANT_AGENT and cause in _NEEDS_LINK:
                agent = None  # "the bus crashed after its driver lost control": the bus's
            if agent is None and cause.startswith("hostile_fire"):
                adjective = _DEMONYM_BEFORE.search(text, max(0, m.start() - 30), m.start())
                # "came from Ruritania" names it; "struck Xtown air base" names the target
                from_cue = m.group(0).lower().endswith("from")
                origin = _FROM_PLACE.match(text, m.end()) if from_cue else None
                # "an Ruritanian airstrike", "fired from Ruritania"
                initials = (  # "an XF bombing"; not "UK strikes", a campaign
                    _INITIALS_BEFORE.search(text, max(0, m.start() - 20), m.start())
                    if re.match(r"bomb", m.group(0), re.IGNORECASE)
                    else None
                )
                if origin:
                    adjective = initials = None  # "came from Ruritania": the origin names it
                agent = (
                    adjective.group(1) if adjective
                    else initials.group(1) if initials
                    else origin.group(1) if origin
                    else None
                )  # fmt: skip
            if (
                cause == "friendly_fire"
                and _HUMAN_ERROR.fullmatch(m.group(0))
                and not _SHOOTING.search(text)
            ):
                cause = "accident"  # "human error caused the derailment": no weapon, no fire
            home = _fired_from_struck_place(text, m)
            if home is not None:
                cause, agent = "misfire", home  # "fired from inside Vell hit Vell's clinic"
            fault = cause == "accident" and _FAULT_CLAIM.search(m.group(0)) is not None
            if fault and _HYPOTHETICAL_FAULT.search(text, cs, m.start()):
                continue  # "whoever was negligent will answer", "allegations of negligence"
            if fault:  # "never maintained": the negation is the claim, not a denial of it
                blank = text[: m.start()] + "x" * (m.end() - m.start()) + text[m.end() :]
                denied = _denied(blank, m.start(), m.end(), cs)
            else:
                denied = _denied(text, m.start(), m.end(), cs)
            if topic and not fault and not (causal or rejected or denied or (
                    cause == "hostile_fire_with_agent" and agent) or (
                    cause == "mechanical" and _PART_FAILED.search(m.group(0))) or (
                    cause in _NEEDS_LINK and _FACTOR_AFTER.match(text, m.end()))):  # fmt: skip
                continue  # "flood survivors", "the bombing site": a topic, not a cause
            if (
                cause in _NEEDS_LINK
                and not fault
                and not (
                    denied and _DENIED_OUTRIGHT.search(text, max(cs, m.start() - 40), m.start())
                )
                and not _CUE_IS_EVENT.search(m.group(0))
                and not self_harm_after(m)
                and not _HARM_BEFORE.search(text, max(cs, m.start() - 50), m.start())
            ):
                continue  # "the toll from the floods": the storm is the topic
            if (
                cause == "natural"
                and _FLOOD.fullmatch(m.group(0))
                and not _FLOOD_KILLS.match(text, m.end())
            ):
                continue  # "died in the floods": the flood is the disaster, its cause unsaid
            polarity = "denied" if denied else "affirmed"
            if rejected and polarity == "affirmed":
                claim = min(CLAIM_NOUN.finditer(text), key=lambda c: abs(c.start() - m.start()))
                between = text[min(m.end(), claim.start()) : max(m.start(), claim.end())]
                # "said it was a mortar attack, and called reports of friendly fire false": the
                # reports rejected are of what follows them, not of the cause before
                content_after = claim.start() >= m.end() and re.match(
                    r"\s+(?:of|about)\s", text[claim.end() :]
                )
                if (
                    abs(claim.start() - m.start()) < 80
                    and not content_after
                    and not _THEN_REJECTED.search(text, m.end(), max(m.end(), claim.start()))
                    and ";" not in between  # "X says a drone hit it; Y rejects claim": two parts
                ):
                    polarity = "denied"  # "claims of a strike are lies"
            if cause == "hostile_fire_with_agent":
                origin_said = _ORIGIN_AFTER_EVENT.search(m.group(0))
                if origin_said and _DENY.search(m.group(0)):
                    polarity = "denied"  # "the missile that fell unlikely to have come from X"
                if (agent is None and polarity == "affirmed") or (
                    re.search(r"\b(?:that|which)\b", m.group(0), re.I) and not origin_said
                ):
                    continue  # "the missile that hit the farm": the event, not its cause
                cause = "hostile_fire"
            add(m.start(), m.end(), cause, polarity, agent, hedge)
    for m in _DENIED_BY_CLAIMANT.finditer(text):  # "it rejected responsibility"
        cs, _ = _clause_of(text, m.start())
        named = next(
            (
                c.cause
                for c in reversed(out)
                if c.cause != "under_investigation"
                and c.polarity == "affirmed"  # not an earlier denial: what it is accused of
                and cs <= c.start < m.start()
            ),
            None,
        )  # the cause it is accused of, named before the denial
        add(m.start(), m.end(), named or "hostile_fire", "denied", _CLAIMANT_AGENT, None)
        if named is None and out and out[-1].start == m.start():
            out[-1].context = "fallback"
    # "it was done by the other team, not you": "it" is the incident the story is about
    about_incident = _INCIDENT_NOUN.search(text) or _IT_WAS_DONE.search(text)
    for pattern in _DENIED_AGENT:  # "it was not the army that fired", "not its doing"
        for m in pattern.finditer(text) if about_incident else ():
            cs, _ = _clause_of(text, m.start())
            if _OPEN.search(text, cs, m.start()):
                continue
            agent = m.group("agent")
            agent = (
                _CLAIMANT_AGENT if agent.lower() in ("its", "their", "our", "we", "us") else agent
            )
            if agent.lower() == "you":
                agent = None  # the one spoken to, whom the words do not name
            elif agent.endswith(".") and not re.search(r"\b[A-Z]\.$", agent):
                agent = agent[:-1]  # the end of the sentence, not of "U.S."
            # from the agent on: "the strike was not a Ruritanian attack" denies, its subject
            # names the event
            add(m.start("agent"), m.end(), "hostile_fire", "denied", agent, None)
    for m in itertools.chain(
        _SIDE_OF_MUNITION.finditer(text) if _INCIDENT_NOUN.search(text) else (),
        _FIRED_BY.finditer(text) if _MUNITION.search(text) else (),
        _RELATIVE_MUNITION_SIDE.finditer(text),
    ):
        cs, ce = _clause_of(text, m.start())
        if _OPEN.search(text, cs, m.start()) or _UNCERTAIN.search(text, cs, m.start()):
            continue  # "not known whether it was a Ruritanian missile"
        if re.search(r"air[\s-]defen|intercept", text[cs:ce]):
            continue  # "was fired by the republic's air defence": a misfire, read elsewhere
        hedge_m = _HEDGE.search(text, cs, m.start())
        hedge = hedge_m.group(0).lower() if hedge_m else None
        groups = m.groupdict()
        if groups.get("neg") or groups.get("neg2"):
            # "the rocket that landed was not Ruritanian": a denial of a strike or of a misfire,
            # by whose side is speaking, which this sentence does not tell; said by that side
            # itself it is "not our rocket", which the reader of the claimant decides
            add(
                m.start(),
                m.end(),
                "misfire",
                "denied",
                groups.get("agent") or groups.get("agent2"),
                hedge,
            )
            if out and out[-1].start == m.start() and out[-1].cause == "misfire":
                out[-1].context = "own_side"
            continue
        add(
            m.start(),
            m.end(),
            "hostile_fire",
            "affirmed",
            groups.get("agent") or groups.get("agent2"),
            hedge,
        )
    for m in _BLAST_FROM_INSIDE.finditer(text):  # "the blast came from inside Vell"
        cs, _ = _clause_of(text, m.start())
        if _OPEN.search(text, cs, m.start()) or _UNCERTAIN.search(text, cs, m.start()):
            continue
        polarity = "denied" if _denied(text, m.start(), m.end(), cs) else "affirmed"
        hedge_m = _HEDGE.search(text, cs, m.start())
        hedge = hedge_m.group(0).lower() if hedge_m else None
        add(m.start(), m.end(), "misfire", polarity, m.group("place"), hedge)
    for m in _HIRED_HANDS.finditer(text):  # "the militants act as mercenaries serving X"
        cs, _ = _clause_of(text, m.start())
        if _OPEN.search(text, cs, m.start()) or _denied(text, m.start(), m.end(), cs):
            continue
        for agent in _split_agents(m.group("who")):
            add(m.start("who"), m.end(), "hostile_fire", "affirmed", agent, None)
    for m in _HINTED_INVOLVEMENT.finditer(text):  # "hinting at Xish and Y involvement"
        cs, _ = _clause_of(text, m.start())
        if _OPEN.search(text, cs, m.start()) or _denied(text, m.start(), m.end(), cs):
            continue
        for agent in _split_agents(m.group("who")):
            add(m.start(), m.end(), "hostile_fire", "affirmed", agent, "hint")
    for pattern, after in ((_RESP_AFTER, True), (_RESP_BEFORE, False)):
        for m in pattern.finditer(text):
            cs, ce = _clause_of(text, m.start())
            if _FIGURE_ATTRIBUTED.search(m.group(0)):
                continue  # "attributed that number to the agency": a source, not a culprit
            if _HABITUAL.search(text, max(cs, m.start() - 25), m.start()):
                continue  # "often accuses its rival of stirring unrest": a habit, no claim
            if _PAST_RECORD.search(text, cs, m.start()):
                continue  # "had never before claimed an attack": a record, not this incident
            verb = m.group(0).lower()
            if verb.startswith("accus") and _charge_is_harm(text, m.end(), "of") is False:
                continue  # "accused the press of a provocation": not of the harm
            if verb.startswith("condemn") and not _charge_is_harm(text, m.end(), "for"):
                continue  # "condemned the attack", "condemned X for its silence": no culprit
            if verb.startswith("charg") and (
                not _charge_is_harm(text, m.end(), "with")
                or _PASSIVE_BEFORE_CUE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "charged with murder" (a court's), "charged the crowd": no culprit
            if _OPEN.search(text, cs, m.start()) or _WHO.search(text, max(cs, m.start() - 12),
                                                                 m.start()):  # fmt: skip
                continue  # "who was responsible": a question
            if uncertain and cs <= _UNCERTAIN.search(text).start() < ce:
                continue
            named = next(
                (
                    c.cause
                    for c in out
                    if c.cause != "under_investigation"
                    and cs <= c.start < ce
                    # "pointed to a misfired rocket, which the group pinned on X": a new claim
                    and not (c.end <= m.start() and _RELATIVE_BREAK.search(text, c.end, m.start()))
                ),
                None,
            )
            if after and re.search(r"responsible$", m.group(0), re.IGNORECASE):
                agents = _agents_after(text, m.start() + len(m.group(0).split()[0]))
            elif after:
                agents = _agents_after(text, m.end())
            else:
                agents = _agents_before(text, m.start(), cs)
            agents = [a for a in agents if a.lower() not in _TIME_WORDS]  # "caused by Monday's"
            if after and agents == [_CLAIMANT_AGENT] and _BLAMED_PRONOUN.match(text, m.end()):
                # "Norland denies role as Zedland blames it": one blames another, never itself
                other = _other_party(text, m.start())
                agents = [other] if other else []
                if not agents:
                    continue
            disaster = _disaster_blame(text, cs, ce)
            if disaster and after and not agents:
                agents = _authorities_after(text, m.end())  # "blame feuding governments"
            owner = OWNED_CLAIM.search(text, cs, m.start()) if not after else None
            if owner and agents == [_CLAIMANT_AGENT]:
                agents = [owner.group("owner")]  # "Xgroup's claim that it was behind": Xgroup
            # "rejected suggestions that either country was involved": no one named, denied
            unnamed = not after and not agents and _UNNAMED_SUBJECT.search(text, cs, m.start())
            if not agents and not unnamed:
                continue
            negative = bool(_NEGATIVE_RESP.search(m.group(0))) or (
                # "did not hit the clinic, and blame the Front": a new predicate, not denied
                not (
                    _OWN_PREDICATE.match(m.group(0))
                    and (
                        _AND_BEFORE.search(text, cs, m.start())
                        or _OWN_SUBJECT_BEFORE.search(text, cs, m.start())
                    )
                )
                and _denied(text, m.start(), m.end(), cs)
            )
            if re.match(r"\w*\s*claim", m.group(0), re.IGNORECASE) and not negative:
                negative = bool(re.search(r"\b(?:denied|denies|deny|rejected)\s*$",
                                          text[cs:m.start()]))  # fmt: skip
            polarity = "denied" if negative else "affirmed"
            if re.match(r"(?:deni|reject)", m.group(0), re.IGNORECASE):
                polarity = "denied"
            if rejected and polarity == "affirmed":
                claim = min(CLAIM_NOUN.finditer(text), key=lambda c: abs(c.start() - m.start()))
                if abs(claim.start() - m.start()) < 80 and claim.start() < m.start():
                    polarity = "denied"  # "any suggestion that X was involved is absurd"
            if (
                polarity == "denied"
                and named
                and not any(c.cause == named and c.start < m.start() for c in out if cs <= c.start)
            ):
                named = None  # "had no connection with it, which was the work of a battery"
            cause = named or "hostile_fire"
            if disaster and cause in ("hostile_fire", "natural", "mechanical"):
                cause = "accident"  # people blamed for a flood or a dam: their negligence
            if unnamed:
                if polarity == "denied":
                    add(m.start(), m.end(), cause, polarity, None, None)
                continue
            hedge_m = _HEDGE.search(m.group(0))  # "was most likely behind it"
            for agent in agents:
                # "blamed Storm Vell for the floods": the weather blamed, not a person
                own = "natural" if disaster and _WEATHER.search(agent) else cause
                add(m.start(), m.end(), own, polarity, agent,
                    hedge_m.group(0).lower() if hedge_m else None)  # fmt: skip
    return out
