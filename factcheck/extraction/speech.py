"""Who speaks in a sentence, read from spaCy's dependency parse.

The constructions of news attribution, for any event and any claimant: the subject of a
speech or report verb in either order ("X said", "said X"), "according to X", "X, citing Y"
(Y's claim relayed by X), "in a statement, X ...", the agent of a passive report ("was
accused by X"). Each speaker comes out as the full named span of the text ("the Norvale
Lifeboat Society", not "Society"), or as a description or pronoun for the document's
discourse to resolve ("the ministry", "it"); "a spokesman for X" is X. Only the sentences
with a cue of speech (`has_cue`) and a count or cause are parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import nlp
from .claimants import NATIONALITY_WORD

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "report",
        "announce",
        "confirm",
        "claim",
        "state",
        "add",
        "note",
        "write",
        "tweet",
        "post",
        "insist",
        "deny",
        "acknowledge",
        "admit",
        "explain",
        "declare",
        "warn",
        "estimate",
        "allege",
        "assert",
        "maintain",
        "indicate",
        "reveal",
        "disclose",
        "stress",
        "emphasise",
        "emphasize",
        "blame",
        "accuse",
        "describe",
        "quote",
        "conclude",
        "argue",
        "hint",
        "disavow",
        "believe",
        "suggest",
        "update",
        "revise",
        "lower",
        "raise",
        "put",
        "give",
        "record",
        "count",
        "register",
        "reiterate",
        "repeat",
        "dismiss",
        "reject",
        "attribute",
        "tally",
        "list",
        "publish",
        "broadcast",
        "comment",
        "remark",
        "contend",
        "argue",
        "reply",
    ]
)
# verbs that report only with a figure or a statement as their object ("put the toll at")
_WEAK_SPEECH = frozenset(
    ["put", "give", "raise", "lower", "revise", "update", "record", "count", "register", "tally"]
)
_ROLE_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "adviser",
        "advisor",
        "official",
        "head",
        "chief",
        "director",
        "minister",
        "secretary",
        "chairman",
        "president",
        "governor",
        "commander",
        "envoy",
        "ambassador",
        "deputy",
    ]
)
_DESCRIPTIONS = frozenset(
    [
        "ministry",
        "military",
        "army",
        "group",
        "agency",
        "government",
        "authority",
        "authorities",
        "office",
        "police",
        "service",
        "organisation",
        "organization",
        "force",
        "forces",
        "command",
        "department",
        "company",
        "media",
        "broadcaster",
        "outlet",
        "newspaper",
        "channel",
        "station",
        "network",
        "council",
        "committee",
        "society",
        "movement",
        "militia",
        "television",
        "tv",
        "radio",
        "newspaper",
        "daily",
        "agency",
        # the bodies of accidents and disasters: "the coastguard said", "the airline said"
        "coastguard",
        "airline",
        "carrier",
        "charity",
        "organiser",
        "organizer",
        "operator",
        "board",
        "bureau",
        "commission",
        "union",
        # "the hospital said", "the hospital's director said": the hospital the story names
        "hospital",
    ]
)
# those who speak for a hospital they work at ("doctors at the hospital said")
_HOSPITAL_STAFF = frozenset(["doctor", "staff", "medic", "surgeon", "nurse", "physician"])
# the head nouns of bodies beyond the descriptions ("the civil defence", "the harbour board")
_BODY_WORDS = frozenset(["defence", "defense", "board", "bureau", "institute"])
_TITLES = frozenset(
    [
        "governor",
        "president",
        "minister",
        "general",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "dr",
        "mr",
        "mrs",
        "ms",
        "sen",
        "rep",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "commander",
        "deputy",
        "mayor",
        "prime",
        "premier",
        "ambassador",
        "envoy",
        "director",
        "chairman",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "admiral",
        "brigadier",
        "superintendent",
        "commissioner",
        "inspector",
        "senator",
        "health",
        "defence",
        "defense",
        "foreign",
        "interior",
    ]
)
_WHEN = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "evening",
        "night",
        "week",
        "month",
        "year",
    ]
)
# the words of a title before a person's name: ranks and offices, and the body served
# ("army spokesman Colonel Ivo Sander", "Police superintendent Dev Arlo")
TITLE_WORDS = _TITLES | _DESCRIPTIONS | _ROLE_NOUNS
# "the diplomat told reporters": a person the story named before, as "he" is
PERSON_TITLES = frozenset(
    ["president", "minister", "mayor", "governor", "premier", "chancellor", "secretary",
     "ambassador", "envoy", "diplomat"]
)  # fmt: skip
_PRONOUNS = frozenset(["it", "they", "he", "she", "we"])
# the kinds of body a report puts before a name ("aid group X", "shipping company Y")
_LABELS = frozenset(
    ["group", "organisation", "organization", "charity", "agency", "ngo", "watchdog", "monitor",
     "firm", "company", "operator", "network", "broadcaster", "newspaper"]
)  # fmt: skip
# the outlets a report names by kind: "state media", "state television", "local press"
_MEDIA_HEADS = frozenset(
    ["media", "medium", "television", "tv", "radio", "agency", "broadcaster", "press", "newspaper"]
)
_ANONYMOUS_HEADS = frozenset(["official", "officials", "source", "sources", "officer", "officers"])
# a headline's verbs of speech that the parser can take for plural nouns ("Norland rejects
# claim": "claim" the verb, "Norland rejects" its subject)
_HEADLINE_VERBS = frozenset(
    ["says", "denies", "rejects", "dismisses", "refutes", "disputes", "blames", "accuses",
     "claims", "confirms", "warns", "insists", "admits", "calls", "slams"]
)  # fmt: skip
# words of the claimant vocabulary: a body or person they describe is not a name
_KNOWN_HEADS = (
    _ROLE_NOUNS | _DESCRIPTIONS | _BODY_WORDS | _TITLES | PERSON_TITLES | _MEDIA_HEADS
    | _ANONYMOUS_HEADS
)  # fmt: skip
_STATEMENT_NOUNS = frozenset(
    [
        "statement",
        "interview",
        "briefing",
        "post",
        "announcement",
        "release",
        "communique",
        "message",
        "remarks",
        "conference",
        "report",
        "update",
    ]
)
# nouns of a stated view: "statements by X that ...", "claims from X that ..."
_CLAIM_NOUNS = frozenset(["statement", "claim", "assertion", "assessment", "allegation"])
# verbs whose subject makes the claim it takes as object its own ("backing X's claim that")
_BACKING = frozenset(
    ["back", "support", "endorse", "echo", "corroborate", "confirm", "share", "accept",
     "uphold", "bolster", "vindicate", "reinforce", "validate", "adopt", "embrace"]
)  # fmt: skip
# verbs whose subject speaks against the claim it takes as object ("rejected X's claim that")
_REJECTING = frozenset(
    ["reject", "deny", "dismiss", "refute", "dispute", "contest", "debunk", "rebut", "question",
     "challenge", "doubt", "disprove", "counter", "deride", "ridicule", "brush", "scoff"]
)  # fmt: skip
_FIGURE_NOUNS = frozenset(
    ["figure", "figures", "data", "count", "tally", "estimate", "toll", "account", "number"]
)
# "the figure the ministry gave", "the toll released by the board": who gave the figure
_FIGURE_VERBS = frozenset(
    ["give", "put", "release", "report", "announce", "publish", "issue", "provide", "record"]
)

_FIGURES_SHOW = frozenset(["show", "indicate", "suggest", "put", "reveal", "say"])

# cheap prefilter: a cue of attribution and something a claim is made of
_CUE = re.compile(
    r"\b(?:sa(?:id|ys?|ying)|told|tell|stat|report|announc|confirm|claim|accord|citing|cite|"
    r"add|note|wr(?:ote|ite)|tweet|post|insist|den(?:y|ie)|acknowledg|admit|explain|declar|"
    r"warn|estimat|alleg|assert|maintain|indicat|reveal|disclos|stress|emphasi|blam|accus|argu|hint|disavow|"
    r"describ|quot|conclud|believ|suggest|updat|revis|lower|rais|put|gave|give|record|"
    r"count|regist|reiterat|repeat|dismiss|reject|attribut|tall(?:y|ied)|list|publish|"
    r"broadcast|consider|h[eo]ld|condemn|charg|pin|point\w*\s+(?:the\s+)?finger|"
    r"(?:plac|laid|lay|pinn?)\w*\s+(?:the\s+)?blame|(?:figures|data|statistics)\s+(?:from|by)|"
    r"words\s+of|found|finds?|fault|sentenc|convict|inform|brief|assur|"
    r"(?:ma(?:de|kes?|king)|issu(?:ed|es?|ing))\s+(?:an?\s+)?(?:\w+\s+)?statement|"
    r"(?:case|argument)\s+that|call(?:ed|s|ing)?\s+(?:it|this|that|them|the)\s|label|branded|"
    r"termed|endors|back(?:ed|s|ing)\b|concur|agree)\w*",
    re.IGNORECASE,
)
_DATELINE = re.compile(r",\s*[A-Z][\w. ]{1,30}\s*(?:\([^()]{1,30}\)\s*)?[—–-]")
# the head of a wire story: a city in capitals ("ORLAN, Zedland, June 4 (Wire) -") or any place
# with the outlet in brackets ("Orlan (Wire) --"): no one in it speaks
_HEAD_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*"
    r"(?:(?:,\s*[\w.][\w. ]{0,30}?)+\s*(?:\([^()]{1,30}\))?|\s*\([^()]{1,30}\))"
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:,\s*[\w.][\w. ]{0,30}?)*\s*\([^()]{1,30}\))"
    r"\s*[—–-]+\s*"
)
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ic)$")
_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|this|that|both|some)\s+)?"
    # "the official Zedland News Agency", "state-run Vell Radio": what it is, not its name
    r"(?:(?:official|semi-official|state-run|state-owned|state-controlled|government-run)\s+"
    r"(?=(?-i:[A-Z])))?",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:\s*[,;:(\[—–-]+\s*|['’]s?)$")


def has_cue(text: str) -> bool:
    """A sentence that may name a speaker: a verb or phrase of saying. (Whether it holds a
    count or a cause is for the readers of counts and causes, whose vocabulary grows: a
    word list of its own here would lag behind theirs.)"""
    return _CUE.search(text) is not None


@dataclass(frozen=True)
class Speaker:
    """One speaker of a sentence. Offsets are into the parsed text."""

    start: int  # the speaker's span
    end: int
    surface: str  # the full span, trimmed ("Norvale Lifeboat Society")
    cue_start: int  # where the attribution begins and ends (speaker and verb/cue)
    cue_end: int
    # "subject", "according", "citing", "statement", "agent", "inner", "relative", "owner"
    how: str
    named: bool  # carries a name (a proper noun or a named entity)
    description: str = ""  # "ministry", "group", "pron:it", "person:he", "anonymous"
    relayed_by: str = ""  # "X, citing Y": X, for the speaker Y
    relayed_start: int = -1
    verb_at: int = -1  # the speech verb's offset: "X and Y said" share it
    until: int = -1  # the speaker's words end here ("statements by X that ..., which Y ...")


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parse sentences in one batch with the configured pipeline."""
    model = nlp.load()
    return list(model.pipe(texts, batch_size=64))


def _name_joined_before(modifier: Token) -> Token | None:
    """ "Vell Radio and Norland TV said": the parser hangs "Vell Radio" on "TV" as a modifier,
    with "Norland" joined to it; the conjunct is the start of a second name."""
    if modifier.dep_ not in ("nmod", "compound") or modifier.pos_ != "PROPN":
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in modifier.children):
        return None
    return next(
        (
            c
            for c in modifier.children
            if c.dep_ == "conj" and c.pos_ == "PROPN" and modifier.i < c.i < modifier.head.i
        ),
        None,
    )


def _name_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`: modifiers to its left, and "of/for X",
    a flat name, an appositive-free right side; no relative clause, no coordination."""
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "flat", "nummod", "det"):
                if child.dep_ == "det" and child.i != tok.left_edge.i:
                    continue
                joined = _name_joined_before(child)
                if joined is not None:  # "Vell Radio and Norland TV": the second name's words
                    keep.update(t.i for t in joined.subtree)
                    continue
                keep.update(t.i for t in child.subtree)
            elif child.dep_ == "case" and tok.i in keep:
                keep.add(child.i)
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("of", "for", "in", "to")
                and child.i > tok.i
                and tok.i in keep
            ):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                # "Vell of involvement in an attack near Xtown": the object's own words, not
                # a name further down its phrase, make it part of a name
                if objs and (
                    _is_named([t for t in objs[0].subtree if t.i <= objs[0].i])
                    or tok.lemma_.lower() in _ROLE_NOUNS
                    or tok.lemma_.lower() in _DESCRIPTIONS
                ):
                    keep.add(child.i)
                    keep.add(objs[0].i)
                    stack.append(objs[0])
            elif child.dep_ == "punct" and child.text in ("'", "’", "-"):
                keep.add(child.i)
    ids = sorted(keep)
    # contiguous run around the head
    lo = hi = ids.index(head.i)
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi < len(ids) - 1 and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    doc = head.doc
    tokens = [doc[i] for i in ids[lo : hi + 1]]
    if head.tag_ == "NNP" and head.lemma_.lower() not in _DESCRIPTIONS:
        # "Governor Lena Marsh" is Lena Marsh, "Health Minister Ali Reza" is Ali Reza
        lead = 0
        while (
            lead < len(tokens)
            and tokens[lead].i < head.i
            and (tokens[lead].lower_.rstrip(".") in _TITLES)
        ):
            lead += 1
        if lead and len(tokens) - lead >= 2 and tokens[lead].pos_ == "PROPN":
            tokens = tokens[lead:]
        else:
            # "security minister Aldo Grieve", "military spokesman Col. Fenn Ardo": a title
            # after words that name no one (no proper noun among them) is a title as well
            last = max(
                (
                    k
                    for k, t in enumerate(tokens)
                    if t.i < head.i and t.lower_.rstrip(".") in _TITLES
                ),
                default=-1,
            )
            while 0 <= last < len(tokens) - 1 and tokens[last + 1].text == ".":
                last += 1  # "Col." parsed as two tokens
            rest = tokens[last + 1 :]
            if (
                last >= 0
                and len(rest) >= 2
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)
                and all(t.pos_ in ("NOUN", "ADJ", "DET") or t.lower_.rstrip(".") in _TITLES
                        for t in tokens[:last])
            ):  # fmt: skip
                tokens = rest
            else:
                # "aid group Medics Abroad", "the shipping company Korran Marine": the kind of
                # body, told in common words before its name, is no part of the name
                label = max(
                    (k for k, t in enumerate(tokens) if t.i < head.i and t.lower_ in _LABELS),
                    default=-1,
                )
                rest = tokens[label + 1 :]
                if (
                    label >= 0
                    and rest
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)
                    and all(t.pos_ in ("NOUN", "ADJ", "DET") for t in tokens[:label])
                ):
                    tokens = rest
    return tokens


def _is_named(tokens: Iterable[Token]) -> bool:
    return any(
        t.pos_ == "PROPN"
        or (t.text[:1].isupper() and t.pos_ == "ADJ" and (t.i > 0 or _DEMONYM.search(t.text)))
        or (t.i > 0 and t.text[:1].isupper() and t.pos_ == "NOUN")
        or _listed_first(t)
        for t in tokens
    )


def _listed_first(tok: Token) -> bool:
    """ "Zedland, Vell and Norland blamed ...": the parser may tag the first of a list of names
    a common noun where it opens the sentence; names joined to it make it one too (not a
    word the claimant vocabulary knows: "Police, Vell Radio and ..." are police)."""
    return (
        tok.i == 0
        and tok.pos_ == "NOUN"
        and tok.text[:1].isupper()
        and tok.lemma_.lower() not in _KNOWN_HEADS
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
    )


def _span_text(doc: Doc, tokens: list[Token]) -> tuple[int, int, str]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    surface = doc.text[start:end]
    trimmed = _LEADING.sub("", surface)
    start += len(surface) - len(trimmed)
    surface = _TRAILING.sub("", trimmed)
    surface = re.sub(r"\s+", " ", surface).strip()
    return start, start + len(surface), surface


def _institution(head: Token) -> Token | None:
    """ "a spokesman for the ministry", "the ministry's spokesman", "ministry spokesman X":
    the institution a spokesperson speaks for."""
    if head.lemma_.lower() in _HOSPITAL_STAFF:
        # "doctors at Vell General Hospital said": they speak for the hospital
        return next(
            (
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("at", "of", "from")
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() == "hospital"
            ),
            None,
        )
    if head.lemma_.lower() not in _ROLE_NOUNS and head.lower_ not in _ROLE_NOUNS:
        # "Health Minister X said": X's title; "spokesman X" keeps the person
        for child in head.children:
            if child.dep_ == "compound" and child.lemma_.lower() in (
                "spokesman",
                "spokeswoman",
                "spokesperson",
            ):
                org = [c for c in child.children if c.dep_ in ("compound", "poss")]
                return org[0] if org else None
        return None
    lemma = head.lemma_.lower()
    if lemma in ("chief", "head", "director", "official"):
        # "a chief of the civil defence", "the agency's director": the body, not a name
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].lemma_.lower() in _DESCRIPTIONS | _BODY_WORDS:
                    return objs[0]
            if (
                child.dep_ == "poss"
                and child.pos_ != "PRON"
                and child.lemma_.lower() in (_DESCRIPTIONS | _BODY_WORDS)
            ) or (child.dep_ == "compound" and child.lemma_.lower() == "hospital"):
                return child  # "the agency's director", "the hospital director"
        return None
    if lemma not in ("spokesman", "spokeswoman", "spokesperson", "representative"):
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    org = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not org:  # "an emergency services spokesman": the services he speaks for
        org = [
            c for c in head.children
            if c.dep_ == "compound"
            and c.lemma_.lower() in ("service", "agency", "authority", "hospital")
        ]  # fmt: skip
    return org[-1] if org else None


def _speaker(doc: Doc, head: Token, cue: tuple[int, int], how: str) -> Speaker | None:
    if head.pos_ == "PRON" or head.lower_ in _PRONOUNS:
        low = head.lower_
        if low not in _PRONOUNS:
            return None
        kind = "person" if low in ("he", "she") else "pron"
        return Speaker(
            head.idx, head.idx + len(head.text), head.text, *cue, how, False, f"{kind}:{low}"
        )
    owner = _institution(head)
    described = False
    if owner is None and head.pos_ == "PROPN":
        # "said Omar Dace, a spokesman for the Vell Agency": he speaks for the agency, after
        # the verb as before it
        roles = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        owner = _institution(roles[0]) if roles else None
        described = owner is not None and owner.pos_ == "PROPN"
    if owner is not None:
        head = owner
    elif head.pos_ == "NOUN" or (head.lemma_.lower() in PERSON_TITLES and head.pos_ != "PROPN"):
        # "the trade minister, Amil Rostan, told ...", "the ferry's operator, Vell Lines,
        # said": the name in apposition speaks
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            head = named[0]
    elif head.pos_ == "NOUN" and head.lemma_.lower() in _DESCRIPTIONS:
        # "the militant group Harl Brigade said": the name the description labels speaks
        named = [
            c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
        ]
        if named:
            head = named[0]
    tokens = _name_tokens(head)
    while described and len(tokens) > 1 and tokens[0].i < head.i:
        if tokens[0].text[:1].isupper():
            break
        tokens = tokens[1:]  # "the eastern-based Vell Army": the name, not what describes it
    dateline = _HEAD_DATELINE.match(doc.text)
    if dateline:  # "ORLAN, Zedland (Wire) - Zedland's ministry said": the ministry speaks
        tokens = [t for t in tokens if t.idx >= dateline.end()]
        if not tokens:
            return None
    if any(t.like_num or t.tag_ == "CD" or t.lower_ in _WHEN for t in tokens):
        return None  # "seven soldiers", "Thursday": what is counted or when, not who speaks
    if (
        head.lemma_.lower() in _ANONYMOUS_HEADS
        and tokens[-1].i == head.i
        and any(t.pos_ == "PROPN" for t in tokens[:-1])
        and not NATIONALITY_WORD.search(" ".join(t.text for t in tokens[:-1]))
    ):
        tokens = tokens[:-1]  # "Harbour Board officials": they speak for the Harbour Board
    while (
        len(tokens) > 1
        and tokens[-1].lower_ in _HEADLINE_VERBS
        and tokens[-1].tag_ == "NNS"
        and tokens[-2].pos_ == "PROPN"
    ):
        tokens = tokens[:-1]  # "Norland rejects claim", parsed as a noun "rejects": Norland
    start, end, surface = _span_text(doc, tokens)
    if not surface:
        return None
    if start == 0 and _DATELINE.match(doc.text, end):
        return None  # "Springfield, Ohio — ...": a dateline
    named = _is_named(tokens)
    description = ""
    if not named:
        lemma = head.lemma_.lower()
        if lemma in _ANONYMOUS_HEADS:
            description = "anonymous"
        elif lemma in _DESCRIPTIONS or head.lower_ in _DESCRIPTIONS:
            description = lemma
        elif lemma in PERSON_TITLES:
            description = "title"  # "the governor said": the person the story last quoted
        elif (
            lemma in _PAPERS
            and head.pos_ == "NOUN"
            and not (lemma == "report" and head.tag_ == "NNS")
            and not any(c.lemma_.lower() in _NEWS_WORDS for c in head.children)
        ):
            description = "paper"  # "the study found": its authors, whom the story names
        else:
            return None
    cue_start, cue_end = min(cue[0], start), max(cue[1], end)
    return Speaker(start, end, surface, cue_start, cue_end, how, named, description)


_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])


def _quoted_as_saying(verb: Token) -> bool:
    """ "X quoted Y as saying ...": a verb of speech under "as" (not "quoted the figure")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_.lower() in SPEECH_LEMMAS or g.lemma_.lower() == "call" for g in c.children
        )
        for c in verb.children
    )  # fmt: skip


def _reported(verb: Token) -> bool:
    """The verb lies in what another speech verb reports ("X said Y blamed Z")."""
    tok = verb
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in SPEECH_LEMMAS:
            return True
        tok = tok.head
    return False


# "X informed the allies that ...": telling verbs the speech lemmas leave out
_TELLING = frozenset(["inform", "brief", "assure"])
# verbs that only relay: "X wrote: 'Y says ...'" makes Y the one who speaks
_RELAYING = frozenset(["say", "write", "tell", "tweet", "post", "add", "report"])
_INNER_SAYS = frozenset(["say", "insist", "claim", "state", "deny", "announce"])


def _inner_speech(verb: Token, subjects: list[Token]) -> Speaker | None:
    """ "X wrote: 'Yland says Zland had no role'": the innermost speaker is Yland, relayed by
    X. Only a named subject of a plain verb of saying, directly under a relaying verb that
    is not negated; anything else stays what X said."""
    outer = verb.head
    if (
        verb.lemma_.lower() not in _INNER_SAYS
        or verb.dep_ != "ccomp"
        or outer.lemma_.lower() not in _RELAYING
        or any(c.dep_ == "neg" for c in (*verb.children, *outer.children))
        or len(subjects) != 1
        or subjects[0].i > verb.i
    ):
        return None
    s = _speaker(verb.doc, subjects[0], (subjects[0].idx, verb.idx + len(verb.text)), "inner")
    if s is None or not s.named:
        return None
    s = replace(s, until=_clause_end(verb))  # the outer speaker goes on after the inner words
    relay = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if relay is None or relay.pos_ == "PRON":
        return s
    r_start, _, r_surface = _span_text(verb.doc, _name_tokens(relay))
    return replace(s, relayed_by=r_surface, relayed_start=r_start)


def _tells_that(verb: Token) -> bool:
    """ "X informed MPs that ...", "X briefed the council that ...", "X made an official
    statement that ...": words of telling that the speech lemmas leave out, each only with
    what was said after it ("informed the families" or "made a statement" alone say nothing)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "MPs were informed that ...": no one named who tells
    if lemma in _TELLING:
        return _that_clause(verb)
    nouns = {
        "make": ("statement", "announcement", "case", "argument"),
        "issue": ("statement", "announcement"),
        "release": ("statement", "announcement"),
        "set": ("case", "argument"),
        "lay": ("case", "argument"),
        "present": ("case", "argument"),
        "put": ("case", "argument"),
    }.get(lemma, ())
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns and (_that_clause(c) or _that_clause(verb))
        for c in verb.children
    )  # fmt: skip


def _calls_it(verb: Token) -> bool:
    """ "X called it an act of terror", "X described the blast as an accident": X says what it
    was (an active verb with its object and what the object is called)."""
    if verb.lemma_.lower() not in ("call", "describe", "label", "brand", "term") or any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i)
        for c in verb.children
    )


def _holds_responsible(verb: Token) -> bool:
    """ "X held Y responsible": X blames Y (an active "hold" with "responsible" as its
    complement; "Y was held responsible" names no one who blames)."""
    if verb.lemma_.lower() != "hold" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        t.lower_ in ("responsible", "accountable") for c in verb.children if c.i > verb.i
        for t in c.subtree
    )  # fmt: skip


# "X rushed to blame Y", "X was quick to hold Y responsible": X speaks through the verb
# "X went on to explain that ...", "X continued to insist that ...": X speaks on
_GOING_ON = frozenset(["go", "continue", "proceed"])
_RAISING = frozenset(["rush", "hasten", "move", "seek", "appear", "seem", "quick"]) | _GOING_ON


def _raised_subjects(verb: Token) -> list[Token]:
    """The subject of the verb or adjective a to-infinitive of speech hangs on."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
    if head.lemma_.lower() not in _RAISING:
        return []
    going_on = head.lemma_.lower() in _GOING_ON
    if verb.dep_ == "advcl" and not going_on:
        return []  # "moved to the city to say": a purpose, not the speaker's own words
    if head.lemma_.lower() == "go" and not any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    ):
        return []  # "went to say goodbye": not a speaker going on
    if head.dep_ == "acomp":  # "was quick to": the subject of "was"
        head = head.head
    return [c for c in head.children if c.dep_ == "nsubj"]


# a deed of harm named after "condemned X for": "for the attack", "for shelling the town"
_HARM_WORD = re.compile(
    r"attack|strik|struck|bomb|shell|blast|explos|massacre|kill|murder|crime|terror|missile|rocket",
    re.IGNORECASE,
)


def _accuses(verb: Token) -> bool:
    """ "X condemned Y for the attack", "X charged Y with a massacre", "X pointed the finger at
    Y", "X placed the blame on Y":
    X blames Y, in words that are not a verb of speech elsewhere ("condemned the attack"
    names no culprit)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "Y was condemned for it": no one named who blames
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("condemn", "charge"):
        word = "for" if lemma == "condemn" else "with"  # "charged X with a massacre"
        return bool(objects) and any(
            c.dep_ == "prep" and c.lower_ == word and _HARM_WORD.search(
                " ".join(t.text for t in list(c.subtree)[:5]))
            for c in (*verb.children, *objects[0].children)
        )  # fmt: skip
    if lemma == "point":
        return any(o.lemma_.lower() == "finger" for o in objects)
    if lemma == "pin" and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return True  # "X pinned the blast on Y" ("pinned down" accuses no one)
    if lemma in ("place", "lay", "pin"):
        return any(o.lemma_.lower() == "blame" for o in objects)
    if lemma == "fault":  # "the board faulted the ministry"
        return bool(objects)
    if lemma in ("sentence", "convict"):  # "the court sentenced ten officials for negligence"
        return bool(objects) and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in verb.children
        )
    return False


# "media reports", "a news report": what outlets carry, not a paper with authors
_NEWS_WORDS = frozenset(["media", "news", "press", "newspaper", "television", "tv", "radio"])
# a written finding whose authors speak through it ("a study by the Vell Institute found")
_PAPERS = frozenset(["report", "study", "research", "assessment", "analysis", "review", "audit"])


def _author_of(subject: Token) -> Token:
    """ "A report by the Vell Institute found ...": the institute speaks; any other
    subject speaks for itself."""
    if subject.lemma_.lower() not in _PAPERS:
        return subject
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            authors = [c for c in prep.children if c.dep_ == "pobj"]
            if authors:
                return authors[0]
    return subject


def _that_clause(verb: Token, *holders: Token) -> bool:
    """What was said, after the word that says it and hung on it or on one of `holders`:
    "... that X", "... saying X"."""
    return any(
        c.i > verb.i
        and (
            (c.dep_ in ("ccomp", "acl", "advcl")
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
            or (c.dep_ in ("acl", "advcl", "xcomp") and c.lower_ == "saying")
        )
        for h in (verb, *holders) for c in h.children
    )  # fmt: skip


def _noun_subject(verb: Token) -> Token | None:
    """ "An inspection board found in a review, though, that X", parsed as a noun with a
    participle hung on it and no finite verb: the noun is the verb's subject. Only for the
    verb right after the noun that is the sentence's root, with a that-clause after it."""
    head = verb.head
    if (
        verb.tag_ != "VBN"
        or verb.dep_ != "acl"
        or head.dep_ != "ROOT"
        or head.pos_ not in ("NOUN", "PROPN")
        or verb.i != head.i + 1
        or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    return head if _that_clause(verb, head) else None


def _past_not_participle(verb: Token) -> bool:
    """ "The agency reported in its review that X", "reported" tagged a participle: a root
    with a subject and a that-clause is a finite verb all the same."""
    return (
        verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children) and _that_clause(verb)
    )


def _finds_that(verb: Token) -> bool:
    """ "The inquiry found that X": a body's finding is its statement ("rescuers found
    bodies" reports nothing)."""
    if verb.lemma_.lower() != "find" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if _noun_subject(verb) is not None:
        return True
    return any(
        c.dep_ == "ccomp" and c.i > verb.i
        and any(
            (m.dep_ == "mark" and m.lower_ == "that") or m.dep_ in ("nsubj", "nsubjpass")
            for m in c.children
        )  # "found that X", "finds X made Y likelier"
        for c in verb.children
    )  # fmt: skip


_RECIPROCAL = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)


def _coordinated(head: Token) -> list[Token]:
    """ "X and Y said": both heads; "X, Y and Z said": all three, which the parser chains
    (Z hangs on Y) and sometimes reads as an apposition ("the mayor, the fire brigade and the
    port authority": "brigade" in apposition to "mayor", with "authority" joined to it)."""
    turned = next(
        (
            c
            for c in head.children
            if c.dep_ == "conj"
            and any(
                cc.dep_ == "cc" and cc.lower_ in ("but", "yet") and head.i < cc.i < c.i
                for cc in head.children
            )
        ),
        None,
    )
    if turned is not None:
        # "A militia, X, claimed ..., but the governor, Y, said": the parser may join the two
        # subjects over "but"; the verb after it is the second one's alone
        return _coordinated(turned)
    joined = [c for c in head.children if _name_joined_before(c) is not None]
    heads = [head, *joined]
    for tok in heads:  # grows as it goes: every link of the chain
        for c in tok.children:
            if tok in joined and c.dep_ == "conj":
                continue  # "Vell Radio and Norland TV": "Norland" begins the head's own name
            if c.dep_ == "conj" or (tok is head and _listed_apposition(c)):
                heads.append(c)
    return heads


def _listed_apposition(appos: Token) -> bool:
    """An "apposition" that is the middle of a list: "and" closes it with no comma between
    ("X, Y and Z"), where a true one is closed by a comma ("the minister, Amil Rostan, and
    ...") or by nothing."""
    if appos.dep_ != "appos":
        return False
    cc = next((c for c in appos.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    return (
        cc is not None
        and any(c.dep_ == "conj" and c.i > cc.i for c in appos.children)
        and appos.doc[cc.i - 1].text != ","
    )


def _clause_end(clause: Token) -> int:
    """Where a reported clause's words end: its last token, or before a relative clause
    that gives a speaker of its own ("..., which the group pinned on Y")."""
    end = clause.right_edge.idx + len(clause.right_edge.text)
    for t in clause.subtree:
        if (
            t.dep_ == "relcl"
            and t.i != clause.i
            and any(
                c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in t.children
            )
        ):
            end = min(end, t.left_edge.idx)
    return end


_DOUBTING = frozenset(
    ["reject", "deny", "dismiss", "dispute", "refute", "contradict", "question", "doubt"]
)


def _noun_owner(doc: Doc, noun: Token) -> tuple[int, int, str] | None:
    """Whose words a claim noun names by what stands before it: "Zedland intelligence
    assessments", "the Vell army's assessment" (a proper name among them), else None."""
    if noun.head.lemma_.lower() in _DOUBTING:
        return None  # "rejected Zedland's assessment that ...": the owner's words, disputed
    before = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i]
    if not before:
        return None
    tokens = sorted(
        (t for c in before for t in c.subtree if t.dep_ != "case" and t.pos_ != "DET"),
        key=lambda t: t.i,
    )
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # not one run of words
    start, end, surface = _span_text(doc, tokens)
    return (start, end, surface) if surface else None


def speakers(doc: Doc) -> list[Speaker]:
    """Every speaker the parse shows in one parsed sentence (or short text), in order."""
    found: list[Speaker] = []
    for tok in doc:
        low = tok.lower_
        # according to X
        if low == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if obj is not None and obj.lemma_.lower() in _STATEMENT_NOUNS | _FIGURE_NOUNS:
                # "according to a statement by X", "according to figures from X": X
                by = next(
                    (
                        g
                        for c in obj.children
                        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                poss = next((c for c in obj.children if c.dep_ == "poss"), None)
                # "according to a Harbour Board statement": the name before the noun
                compounds = [c for c in obj.children if c.dep_ == "compound"]
                names = [c for c in compounds if c.pos_ == "PROPN"]
                if len(names) != len(compounds):
                    names = []  # "according to US media reports": no body named
                owner = by if by is not None else poss if poss is not None else None
                obj = owner or (names[-1] if names else obj)
            if obj is not None:
                heads = _coordinated(obj)
                # "according to the mayor and Vell Radio": a joint source is named; "as well as
                # some media outlets", "and its allies" say who agreed, vaguely, not who spoke
                heads = heads[:1] + [h for h in heads[1:] if h.pos_ == "PROPN"]
                for h in heads:
                    s = _speaker(doc, h, (tok.idx, h.idx + len(h.text)), "according")
                    if s and len(heads) > 1:  # "according to X and Y": both, jointly
                        s = replace(s, verb_at=tok.idx)
                    if s:
                        found.append(s)
            continue
        # in the words of X
        if low == "words" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            of = next((c for c in tok.children if c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if obj is not None:
                for h in _coordinated(obj):
                    s = _speaker(doc, h, (tok.head.idx, h.idx + len(h.text)), "according")
                    if s:
                        found.append(s)
            continue
        # X, citing Y / citing Y, X reported / X quoted Y as saying
        quoted = tok.lemma_ == "quote" and _quoted_as_saying(tok)
        if (tok.lemma_ == "cite" or quoted) and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            relay = None
            head = tok.head
            if head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("acl", "appos", "advcl", "relcl"):
                relay = head
            elif head.pos_ in ("VERB", "AUX"):
                relay = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if (
                    (relay is None or not _is_named(relay.subtree))
                    and head.dep_ == "ccomp"
                    and head.head.lemma_.lower() in SPEECH_LEMMAS
                ):  # "X said, citing Y, that ...": "citing" hangs on what X said
                    relay = next((c for c in head.head.children if c.dep_ == "nsubj"), relay)
            for h in _coordinated(obj):
                s = _speaker(doc, h, (tok.idx, h.idx + len(h.text)), "citing")
                if s is None and quoted and h.lemma_.lower() in _SPOKES:
                    # "X quoted a spokesperson as saying": the spokesperson, unnamed, not X
                    start, end, surface = _span_text(doc, _name_tokens(h))
                    s = Speaker(start, end, surface, tok.idx, end, "citing", False, "anonymous")
                if s is None:
                    continue
                if relay is not None and relay.pos_ != "PRON":
                    r_tokens = _name_tokens(relay)
                    r_start, _, r_surface = _span_text(doc, r_tokens)
                    if _is_named(r_tokens) or relay.lemma_.lower() in _MEDIA_HEADS:
                        # "Vell Radio, citing ...", "state media reported, citing police"
                        s = Speaker(
                            s.start, s.end, s.surface, min(s.cue_start, r_start), s.cue_end,
                            s.how, s.named, s.description, r_surface, r_start,
                        )  # fmt: skip
                found.append(s)
            continue
        if tok.pos_ not in ("VERB", "AUX") or (
            tok.lemma_.lower() not in SPEECH_LEMMAS
            and not _tells_that(tok)
            and not _holds_responsible(tok)
            and not _accuses(tok)
            and not _finds_that(tok)
            and not _calls_it(tok)
        ):
            continue
        lemma = tok.lemma_.lower()
        if _RECIPROCAL.match(doc.text, tok.idx + len(tok.text)):
            continue  # "Xland and Yland accused each other": both speak, neither alone
        noun_subject = _noun_subject(tok)
        if (
            tok.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and noun_subject is None
            and not _past_not_participle(tok)
        ):
            continue  # "seven soldiers confirmed killed": a participle, not a report
        cue = (tok.idx, tok.idx + len(tok.text))
        how = "subject"
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if noun_subject is not None:
            subjects = [noun_subject]
        if lemma in ("say", "report") and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            for c in tok.children
            if c.i > tok.i
        ):
            continue  # "Missiles said to have strayed": hearsay, no one speaks
        if lemma in ("report", "write") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.pos_ == "PROPN" for g in c.subtree)
            for c in tok.children
        ):
            continue  # "Ilse Garnet reports for Vell Radio from ...": a byline, not a source
        if (
            tok.dep_ == "relcl"
            and subjects
            and all(c.lower_ in ("which", "who", "that") for c in subjects)
        ):
            subjects = [tok.head]  # "the ministry, which said ...": the ministry speaks
            if tok.head.dep_ == "appos":  # "Xgroup, a militant group, which denied": Xgroup
                subjects = [tok.head.head]
            # "blamed a rocket fired by Xgroup, which has denied it": Xgroup speaks, not the
            # speaker of the sentence
            how = "relative" if subjects[0].dep_ not in ("nsubj", "nsubjpass") else how
        if any(c.i > tok.i for c in subjects):
            # "Blast likely caused by a misfire, says the Harbour Board": the subject after
            # the verb speaks; the one before is what it says
            subjects = [c for c in subjects if c.i > tok.i]
        if _reported(tok):
            inner = _inner_speech(tok, subjects)
            if inner is not None:
                found.append(inner)
            continue  # "said Norvale was to blame": the blame is what was said
        if not subjects:
            subjects = _raised_subjects(tok)  # "X was quick to hold Y responsible"
        if (
            not subjects
            and tok.dep_ == "conj"
            and tok.head.lemma_.lower() in SPEECH_LEMMAS
            and not any(c.dep_ == "auxpass" for c in tok.children)
        ):
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        agents = []
        for c in tok.children:
            if c.dep_ == "agent":
                agents += [g for g in c.children if g.dep_ == "pobj"]
        if lemma in _WEAK_SPEECH and not any(
            c.dep_ in ("dobj", "prep", "ccomp") for c in tok.children
        ):
            continue
        for subj in (_author_of(c) for c in subjects):
            for h in _coordinated(subj):
                s = _speaker(doc, h, cue, how)
                if s:
                    found.append(replace(s, verb_at=tok.idx))
        if lemma not in _WEAK_SPEECH or lemma == "put":  # "confirmed dead by X", "accused by X"
            for ag in agents:
                if lemma == "tell" and ag.lemma_.lower() in ("source", "sources"):
                    # "the agency was told by an unnamed source that ...": a source no one
                    # names makes the claim the agency's own, as "citing sources" does
                    told = [c for c in tok.children if c.dep_ == "nsubjpass"]
                    if told and _is_named(told[0].subtree):
                        # "the news agency Vell Press": the name in apposition
                        ag = next(
                            (
                                c
                                for c in told[0].children
                                if c.dep_ == "appos" and c.pos_ == "PROPN"
                            ),
                            told[0],
                        )
                for h in _coordinated(ag):
                    s = _speaker(doc, h, cue, "agent")
                    if s:
                        found.append(s)
    # "the first figure the ministry gave was ...", "the toll released by the board is ..."
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FIGURE_NOUNS:
            continue
        for verb in tok.children:
            if verb.lemma_.lower() not in _FIGURE_VERBS or verb.i < tok.i:
                continue
            if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ != "VBN"):
                heads = [c for c in verb.children if c.dep_ == "nsubj"]
            elif verb.dep_ == "acl":
                heads = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"]  # fmt: skip
            else:
                continue
            for head in heads:
                if head.lower_ in ("which", "that", "who") or any(
                    f.start <= head.idx < f.end for f in found
                ):
                    continue
                s = _speaker(doc, head, (tok.idx, verb.idx + len(verb.text)), "figure")
                if s:
                    found.append(s)
    # "the Relief Society's estimate is 300", "an earlier ministry figure had put the toll at
    # 3,000": a body's own figure
    for tok in doc:
        if tok.lemma_.lower() not in ("figure", "estimate", "count", "tally"):
            continue
        owners = (
            c
            for c in tok.children
            if (c.dep_ == "poss" and c.pos_ != "PRON")
            or (c.dep_ == "compound" and c.pos_ == "NOUN")
        )
        for poss in owners:
            if poss.lemma_.lower() not in _DESCRIPTIONS | _BODY_WORDS or any(
                f.start <= poss.idx < f.end for f in found
            ):
                continue
            s = _speaker(doc, poss, (poss.idx, tok.idx + len(tok.text)), "figure")
            if s:
                found.append(s)
    # "figures from X showed ...": X gave the figures
    for tok in doc:
        if (
            tok.lemma_.lower() not in ("figure", "datum", "data", "statistic")
            or tok.dep_ != "nsubj"
            or tok.head.lemma_.lower() not in _FIGURES_SHOW
        ):
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for h in _coordinated(obj):
                    if any(f.start <= h.idx < f.end for f in found):
                        continue
                    s = _speaker(doc, h, (tok.idx, h.idx + len(h.text)), "according")
                    if s:
                        found.append(replace(s, verb_at=tok.head.idx))
    # in a statement, X ...: the subject of the main verb
    for tok in doc:
        if tok.lemma_.lower() in _STATEMENT_NOUNS and tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ not in ("in", "during", "through") or prep.head.pos_ not in (
                "VERB",
                "AUX",
            ):
                continue
            verb = prep.head
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                if any(s.start <= subj.idx < s.end for s in found):
                    continue
                s = _speaker(doc, subj, (prep.idx, verb.idx + len(verb.text)), "statement")
                if s:
                    found.append(s)
    # "X told the allies, according to Z, that ...": X speaks, Z relays
    for tok in doc:
        if tok.lower_ != "according" or tok.dep_ != "prep":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_LEMMAS | _TELLING:
            continue
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > tok.i
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        relay = next((f for f in found if f.how == "according" and f.cue_start == tok.idx), None)
        if clause is None or subj is None or relay is None:
            continue
        mark = next(m for m in clause.children if m.lower_ == "that")
        s = _speaker(doc, subj, (subj.idx, mark.idx), "inner")
        if s is None or not s.named:
            continue
        found.append(
            replace(
                s,
                cue_start=subj.left_edge.idx,
                cue_end=mark.idx,
                until=_clause_end(clause),
                relayed_by=relay.surface,
                relayed_start=relay.start,
            )
        )
    # "statements by X and Y that ...": X and Y said what the that-clause holds
    for tok in doc:
        if tok.lemma_.lower() not in _CLAIM_NOUNS or tok.pos_ != "NOUN":
            continue
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp")
                and c.i > tok.i
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        if clause is None:
            continue
        until = _clause_end(clause)
        owner = _noun_owner(doc, tok) if tok.lemma_.lower() == "assessment" else None
        if owner is not None and not any(f.start <= owner[0] < f.end for f in found):
            # "Zedland intelligence assessments that ...", "the Vell army's claim that ...":
            # the owner of the words said what the that-clause holds
            start, end, surface = owner
            found.append(
                Speaker(start, end, surface, start, tok.idx + len(tok.text), "owner", True,
                        verb_at=tok.idx, until=until)
            )  # fmt: skip
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for h in _coordinated(obj):
                    if any(f.start <= h.idx < f.end for f in found):
                        continue
                    s = _speaker(doc, h, (tok.idx, h.idx + len(h.text)), "statement")
                    if s and s.named:
                        found.append(replace(s, verb_at=tok.idx, until=until))
        # "outlets carried the Vell Front's claims that ...": the owner of the claim said it,
        # unless the sentence's subject rejects or backs it (whose claim it then is, the
        # report leaves open) or the claim is judged ("... are false")
        if tok.dep_ not in ("dobj", "pobj") or tok.head.lemma_.lower() in _REJECTING | _BACKING:
            continue
        for poss in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            for h in _coordinated(poss):
                if any(f.start <= h.idx < f.end for f in found):
                    continue
                s = _speaker(doc, h, (h.idx, tok.idx + len(tok.text)), "statement")
                if s and s.named:
                    found.append(replace(s, verb_at=tok.idx, until=until))
    # "a blast that X and Y consider the result of ...": X and Y hold that view
    for tok in doc:
        if tok.lemma_.lower() != "consider" or tok.dep_ != "relcl" or tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in tok.children):
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            for h in _coordinated(subj):
                if any(f.start <= h.idx < f.end for f in found):
                    continue
                s = _speaker(doc, h, (h.idx, tok.idx + len(tok.text)), "subject")
                if s and s.named:
                    found.append(replace(s, verb_at=tok.idx, until=_clause_end(tok)))
    found.sort(key=lambda s: s.cue_start)
    return found
