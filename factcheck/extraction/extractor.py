"""Text -> claims: the sentence loop that ties attribution, counts, causes and dates."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from . import nlp, speech
from .attribution import (
    BARE_GROUP,
    BODY_WORD,
    NAMED_GROUP,
    SILENT,
    SPEECH_VERB,
    TITLED_PERSON,
    Attributor,
    Frame,
    _frame_date,
    country_office,
    statement_owner,
)
from .casualties import UNNAMED, Count, find_aircraft_losses, find_counts
from .causes import OWNED_CLAIM, CauseMention, find_causes, rejected_span
from .claimants import Mention, SourceIndex, anonymous_name
from .dates import MONTHS, find_dates, resolve_date
from .events import incident_kind, propose_event
from .guards import skipped_reason
from .interview import interview_turns, turn_at
from .narrative import rank_claims
from .nationality import country_of
from .scope import (
    about_foreign_lead,
    foreign_lead,
    in_other_incident,
    in_unnamed_place,
    incident_years,
    other_incident_spans,
)
from .sentences import Sentence, in_spans, quoted_spans, split_sentences
from .types import DocumentInput, ExtractedClaim, ExtractionResult, KnownSource

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# the author of a study or report: "scientists with the X Group", "a report by X", "X's study"
_AUTHOR_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w&.'’-]*)*"
_PAPER_AUTHOR = re.compile(
    rf"\b(?:[Ss]cientists|[Rr]esearchers|[Ee]xperts|[Aa]cademics|[Aa]nalysts)\s+(?:with|at|from)\s+"
    rf"(?:the\s+)?({_AUTHOR_NAME})"
    rf"|\b(?:[Ss]tudy|[Rr]eport|[Rr]esearch|[Aa]nalysis|[Aa]ssessment)\s+(?:by|from)\s+(?:the\s+)?"
    rf"({_AUTHOR_NAME})"
    rf"|(?<![\w.'’-])({_AUTHOR_NAME})['’]s?\s+(?:new\s+|latest\s+)?"
    rf"(?:study|report|research|analysis|assessment)\b"
)
_AUTHOR_TAIL = re.compile(r"['’]s?$")
# a capitalised word that opens a sentence or names a day, not an author
_AUTHOR_NOT = re.compile(
    r"The|A|An|This|That|Its|Their|His|Her|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Last|Next|New"
)

# a correction note's retracted figure: "An earlier version of this article said 14 people
# died", "the toll was wrongly given as 14" (the corrected figure, "corrected to show that 12
# died", is the outlet's own and stays)
_ARTICLE = r"(?:article|story|report|piece|item|post)"
_RETRACTED = re.compile(
    rf"\b(?:earlier|previous|prior|original|first)\s+version\s+of\s+(?:this|the)\s+{_ARTICLE}\b|"
    rf"\b(?:this|the)\s+{_ARTICLE}\s+(?:has\s+been|was|have\s+been)\s+(?:corrected|amended|"
    r"updated|changed)\b(?=[^.]*\b(?:wrongly|incorrectly|erroneously|mistakenly|misstated)\b)",
    re.IGNORECASE,
)
# captions, credits and embeds describe pictures, not the story
_BOILERPLATE = re.compile(
    r"^(?:\[?Embedded|Photo\b|Pictured\b|File\s+(?:photo|picture)|Image\b|Picture:|Credit|"
    r"Source\s+article|Disclaimer|Read\s+more|SHARE|Sources?$|https?://|www\.)",
    re.IGNORECASE,
)
# a speaker offering help or sympathy names the disaster to grieve it, not to explain it
_SOLACE = re.compile(
    r"\b(?:condolences?|sympath\w+|solidarity|(?:stand|stands|stood|is|was)\s+ready\s+to|"
    r"offer(?:ed|s|ing)?\s+(?:to\s+)?(?:help|aid|assistance|support))\b",
    re.IGNORECASE,
)
_PAST_YEAR = re.compile(
    r"\b(?:In|in|Since|since|During|during|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?((?:19|20)\d\d)\b"
)
_EARLIER_INCIDENT = re.compile(
    r"(?:Earlier|Previously|Early\s+in\s+the\s+(?:war|conflict|campaign)|Last\s+(?:week|month|"
    r"year|summer|winter|spring|autumn|fall)|Months?\s+ago|Years?\s+ago)\s*,",
    re.IGNORECASE,
)
# "In February, ...": a month with no day or year, opening the sentence
_OPENING_MONTH = re.compile(
    r"(?:In|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s*,"
)
# words of a time to come: "In June, the inquiry will report"
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|is\s+(?:due|expected|scheduled)|plans?)\b")
# "In 2019 an inspection board found that ...": a finding made then, which the report
# relays, not an incident of that year
_PAST_FINDING = re.compile(
    r"(?:In|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,?\s+"
    r"(?:[\w'’.-]+\s+){1,6}?(?:(?:had|has|have)\s+)?(?:reported|found|concluded|warned)\s+"
    r"that\b"
)
# a structure failing "in" a storm: "gave way in last week's storm", "collapse in the rains"
_FAILED_IN = re.compile(
    r"\b(?:g[ai]ve\s+way|giving\s+way|collaps\w*|burst\w*|fail\w*|breach\w*)\s+in\s+"
    r"(?:the\s+|a\s+|an\s+|(?:last|this)\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_REAL_CAUSE = re.compile(
    r"\b(?:real|true|actual|underlying|root)\s+(?:causes?|culprits?|reasons?)\b", re.IGNORECASE
)
_FOUND_THAT = re.compile(r"\b(?:reported|found|concluded|warned)\s+that\b")
# the first clause after "Earlier," is someone's statement: its speaker and verb of saying
_EARLIER_STATEMENT = re.compile(
    r"[^,;:.\"“”]{0,80}?\b(?:said|told|quoted|cited|published|reported|announced|claimed|"
    r"stated|confirmed|denied|blamed|insisted|wrote|had\s+called)\b",
    re.IGNORECASE,
)
_OPENING_DATE = re.compile(
    r"On\s+((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\s*,"
)
# words before a title that do not change the office ("the local governor")
_PLAIN_TITLE_WORDS = frozenset(
    ["the", "local", "provincial", "regional", "district", "city", "state", "town", "county",
     "municipal", "its", "their"]
)  # fmt: skip
# words before a title that make it another office ("Prime Minister", "Foreign Minister")
_TITLE_FIELDS = frozenset(
    ["prime", "vice", "deputy", "assistant", "acting", "former", "foreign", "defence", "defense",
     "interior", "health", "finance", "transport", "justice", "energy", "economy", "education",
     "lieutenant", "attorney"]
)  # fmt: skip
_OPENING_WEEKDAY = re.compile(
    r"(?:On|Last|Early\s+on|Late\s+on)\s+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:night|morning|afternoon|evening))?)\s*,"
)
_CAPTION_HINT = re.compile(
    r"\((?:Photo|Image)[^)]*\)|Getty\s+Images|Picture:\s|\bvia\s+AP\b|"
    r"\(\d+\s*(?:[mhd]|min|hours?|days?)\s+ago\)\s*$"
)
_US_CONTEXT = re.compile(r"\bU\.\s?S\.(?!\w)|\b(?:US|American|United\s+States)\b")

_AGENT_BY = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?(?P<agent>[^,;.]{2,60})", re.IGNORECASE)
# a name's run of capitalised words ("Free Hills Front", "Army of the South")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*|al-\w+)(?:\s+(?:of|the|al-\w+|[A-Z][\w'’.-]*))*")
_AGENT_TAIL = re.compile(
    r"\s+(?:in|on|over|near|at|during|after|while|with|from|as|and|but|that)\s+", re.IGNORECASE
)
# "by" of means or place, not of an agent: "set off by remote control", "by the roadside"
_NOT_BY_AGENT = re.compile(
    r"(?:remote(?:ly)?|remote[\s-]control|means\s+of|mistake|accident|error|chance|hand|timer)\b|"
    # "the massacre it committed by bombing the clinic", "by fabricating lies": a means
    r"(?-i:[a-z]+ing)\b|"
    r"(?:[\w'’-]+\s+){0,2}(?:site|grave|tomb|road|roadside|entrance|gate|border|river|shrine|"
    r"cemetery|graveyard|side|wall|square|coast|shore)\b",
    re.IGNORECASE,
)
# "by three drones", "by a roadside bomb", "by heavy shelling": what struck, not who fired
_WEAPON_PHRASE = re.compile(
    r"\b(?:drones?|missiles?|rockets?|shells?|shelling|bombs?|mortars?|grenades?|munitions?|"
    r"projectiles?|explosives?|artillery|gunfire|gunmen|shrapnel|IEDs?|mines?|torpedo(?:es)?|"
    r"strikes?|airstrikes?|air\s+strikes?|bullets?|fire|"
    # a riot squad's weapons: "hit by gas canisters fired at close range"
    r"canisters?|pellets?|tear[\s-]?gas|stones?|batons?|water\s+cannons?)\b",
    re.IGNORECASE,
)
_WEAPON_OWNER = re.compile(
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?$"
)
# "according to X, the blasts were caused by ...": X is the source of the claim, not its agent
_SOURCE_CUE = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|reported\s+by|quoted\s+by)\s+[^,;:]{1,60}"
    r"(?:,\s+(?:the|a|an|its)\s+[^,;:]{1,50})?(?:,|$)",  # "according to X, the state agency,"
    re.IGNORECASE,
)
_NEWSROOMS = frozenset({"news_agency", "outlet", "state_media"})
_SAID = re.compile(r"\b(?:said|says|say|claimed|claims|told|stated|announced|reported)\b", re.I)
# a verb of telling just before a name: the one told, not the one who acted
_LISTENER = re.compile(r"\b(?:tell|tells|told|telling|informed|informs)\s+(?:the\s+)?$", re.I)
_SELF_AGENT = re.compile(
    r"\b(?:it|they|we|our|its|their)\s*(?:own\s+)?(?:fighters|forces|units|air\s+defen[cs]es|"
    r"missile\s+forces)?\s*(?:had\s+|has\s+|have\s+)?$|^(?:we|our)\b",
    re.IGNORECASE,
)
_CLAIMANT = "<claimant>"
# "we have ruled out sabotage", "we suspect arson": the speaker judges the cause, it does
# not own the deed
_JUDGED_BY_SPEAKER = re.compile(
    r"\b(?:rul(?:e|es|ed|ing)\s+out|exclud\w*|suspect\w*|believ\w*|think|thought|doubt\w*|"
    r"found|find|see|saw|investigat\w*|examin\w*|consider\w*)\b",
    re.IGNORECASE,
)
# a deed told in the passive: its subject is the one struck, never who fired
_PASSIVE_DEED = re.compile(
    r"(?:\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:\w+ly\s+)?$)"
    r"|(?:(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|targeted|shelled|"
    r"bombed|ambushed|fired\s+(?:on|upon|at)|shot|raided)\b)"
    r"|(?:came|comes|come)\s+under\b",
    re.IGNORECASE,
)
# "X blamed Y for the attack, saying they ...": the pronouns that follow are Y's
_BLAMED_OTHER = re.compile(
    r"\b(?:blam\w+|accus\w+|held\s+\w+\s+responsible|pointed\s+the\s+finger)\b[^.;]*?"
    r"\b(?:saying|adding|and\s+said|claiming)\b[^.;]*$",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(
    r"\b(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?-i:([A-Z][a-z]+))\b(?![\w'’-])"
    r"|(?-i:\b([A-Z][a-z]+)),\s+(?:a|the)\s+(?:city|town|village|province|region|district)\b"
)
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:i|an|ese|ish)")  # "Ruritanian", but also "Xtan"
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\bbut\b", re.IGNORECASE)
_TRAILING_SAYS = re.compile(r"(?:says|said|confirms|claims)\s+[^,;:]{2,60}$", re.IGNORECASE)
_RELATIVE_SPEAKER = re.compile(
    r"(?:,\s*|\b(?:for|in|of|by|after|to|with)\s+)(?:which|whom)\s+(?:the\s+)?$", re.IGNORECASE
)
_THAT_SPEAKER = re.compile(r"\s(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_SPEAKER = re.compile(r"\b(?:while|whereas)\s+(?:the\s+)?$", re.IGNORECASE)
# "no group has claimed it", "nobody has said": a speaker that is no one
_NO_ONE = re.compile(r"(?:no|none|nobody|no\s+one|neither)\b", re.IGNORECASE)
# "X has claimed the blasts, yet there are signs that Y was behind them": the writer turns
# from what X did to what the writer sees
_WRITER_TURN = re.compile(
    r",\s*(?:yet|but|though|although)\s+there\s+(?:is|are|was|were|has\s+been|have\s+been)\b",
    re.IGNORECASE,
)
# a speaker inside a relative clause ("The strike, which Zedland blamed on Vell, killed 12")
_IN_RELATIVE = re.compile(r",\s*(?:which|who|whom)\s+$", re.IGNORECASE)
# "Vell denies shelling the market as toll rises to 34": the writer's clock, not the speaker's
# words (the figure of the "as" clause is the outlet's)
_WRITER_CLOCK = re.compile(
    r"\b(?:as|while)\s+(?:the\s+)?(?:death\s+)?(?:toll|tally|number\s+of\s+(?:dead|deaths|victims))"
    r"\s+(?:has\s+|had\s+)?(?:rose|risen|rises|rise|climb\w*|mount\w*|reach\w*|jump\w*|grew|"
    r"grows|pass\w*|top\w*|hit|hits|stood|stands)\b(?:\s+(?:to|at|past))?\s+(?:[\w,.-]+\s+){0,3}",
    re.IGNORECASE,
)
# "the 89 who died in the blasts that the Front has claimed, according to X": the Front is
# the subject of a clause about the blasts; the sentence's own speaker comes after it.
# (Not "89, a figure that the ministry confirmed": that clause is about the count.)
_OBJECT_RELATIVE = re.compile(
    r"\b(?!(?:figure|toll|number|count|tally|estimate)s?\b)[a-z]+\s+(?:that|which)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# who a part of a toll is ("including four children", "two of the dead were foreigners"): no
# population that a later "the toll rose to 44" counts
_PART_GROUPS = frozenset(
    ["women", "children", "women and children", "girls", "boys", "minors", "infants", "babies",
     "foreigners",
     # "85 members of the security forces were hurt. Doctors received 19 bodies": the
     # police's own count is beside the toll, not the population it names
     "security forces"]
)  # fmt: skip
_NOT_HOSTILE = frozenset({"mechanical", "accident", "collision"})
_FLASHBACK = re.compile(r"\b(?:had|earlier|previously|initially)\b", re.IGNORECASE)
# "It killed two people in Xtown.": the event or the weapon, told in the simple past, is the
# outlet's narration of what happened, not more of what the last speaker said
_IT_HARMED = re.compile(r"It\s+(?:killed|injured|wounded|left)\s")
_DEFINITE = re.compile(r"the\s", re.IGNORECASE)

_AIRCRAFT_WORD = re.compile(
    r"\b(?:aircraft|plane|jet|tanker|helicopter|chopper|drone|crash(?:ed)?|crew|aboard|"
    r"on\s+board|[A-Z]{1,3}-\d+\w*)\b",
    re.IGNORECASE,
)

_JOINT = re.compile(r"\w\s+and\s+(?:the\s+)?[A-Z]")
# "X reported that Y said ...", "X wrote: 'Y says ...'": a speaker inside another's words
_NESTED_SAYS = re.compile(
    r"\b(?:reported|said|says|wrote|writes|tweeted|posted)(?:\s+that|:)?\s+[“\"]?[A-Z]"
    r"[^.;:“”\"]{0,80}?\s(?:said|says|insisted|claimed|stated|denied|announced)\b"
)
_TRAILING_ADVERB = re.compile(
    r"\s+(?:still|also|now|later|earlier|too|previously|initially|first|then|again)$|"
    # "Norvale flatly (denied)": a manner adverb the subject took along; not "the family"
    r"(?<=\w)\s+(?!(?:family|assembly|ally|rally|daily|weekly|monthly|supply|anomaly)$)"
    r"(?-i:[a-z]{3,}ly)$",
    re.IGNORECASE,
)
_LEADING_WHEN = re.compile(
    r"(?:(?:earlier|later|late|early|on|this)\s+)?(?:today|yesterday|tonight|[a-z]+day|morning|"
    r"evening)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=\S)",
    re.IGNORECASE,
)
_NOBODY = re.compile(r"(?:no|none\s+of\s+the)\s", re.IGNORECASE)
_NOT_SPEAKERS = frozenset(
    ["first", "later", "earlier", "then", "meanwhile", "however", "initially", "previously",
     "subsequently", "afterwards", "reportedly", "separately", "elsewhere"]
)  # fmt: skip
# "the attack that killed 84 people", "the blasts near the shrine, which killed 84", "the
# missile which hit a farm and killed two": the count describes what the speaker speaks about,
# in the outlet's words, not the speaker's claim (a relative clause with a speaker of its own,
# "which the ministry said killed 12", stays the speaker's)
_RELATIVE_COUNT = re.compile(
    r"(?:\b(?:attacks?|blasts?|bombings?|explosions?|strikes?|missiles?|rockets?|incident|"
    r"disaster|flood(?:ing)?|crash|collapse|shelling|massacre|tragedy|operations?)[”\"’']?"
    # "the blasts in the south of the country that killed 103": a place between
    r"(?:\s+(?:in|at|on|near|outside|of)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:of\s+)?(?:the\s+)?[\w'’-]+){0,3})?"
    r"\s*,?[”\"’']?\s+(?:that|which)|"
    r"(?<!\bin),\s*which|\band\s+which)\s+"
    r"(?:(?:had|has|have|reportedly|also|later|eventually)\s+)*"
    r"(?:(?:(?!\b(?:said|says|say|told|claim\w*|accord\w*|report\w*|believ\w*)\b)[^,;]){1,50}?"
    r"\band\s+)?"
    r"(?:(?:killed|left|wounded|injured|claimed)\b"
    r"(?:(?!\b(?:was|were|is|are|had|has|have|been)\b)[^,;]){0,40})?$",
    re.IGNORECASE,
)
_DESCRIPTION = frozenset(
    ["ministry", "military", "army", "police", "government", "agency", "group", "authority",
     "office", "command", "navy", "militia", "movement", "council", "company", "hospital"]
)  # fmt: skip
# "Doctors at Vell General Hospital": its staff speak for the hospital
_HOSPITAL_STAFF_OF = re.compile(
    r"^(?:doctors?|staff|medics?|surgeons?|nurses?|physicians?)\s+(?:at|of|from)\s+(?:the\s+)?"
    r"(?P<hospital>(?-i:[A-Z][\w'’.-]*\s+)+Hospital)$",
    re.IGNORECASE,
)
_NAMED_HOSPITAL = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+Hospital\b")
# capitalised words before a hospital's name that are no part of it
_NOT_HOSPITAL_NAME = frozenset(
    ["The", "A", "An", "At", "In", "On", "From", "To", "By", "Near", "Outside", "Inside", "Monday",
     "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Doctors", "Staff"]
)  # fmt: skip
# what a description may stand for: "the military" is the command or the army it quotes
_DESCRIPTION_HEADS = {
    "military": r"military|command|army|armed\s+forces|defen[cs]e\s+forces|navy|air\s+force",
    "army": r"army|military|defen[cs]e\s+forces",
    "government": r"government|ministry|presidency|cabinet",
    "police": r"police",
}
# "we have heard statements that it was a Zedish missile": claims of others no one names,
# which the speaker only reports hearing (and often doubts)
_HEARD_CLAIM_BEFORE = re.compile(
    r"\b(?:heard|seen|read|received)\s+(?:\w+\s+){0,2}(?:statements?|claims?|reports?|"
    r"allegations?|suggestions?|rumou?rs?|speculation)\s+that\b[^.;:!?“”\"]{0,80}$",
    re.IGNORECASE,
)
# "Some reports, which have not been confirmed, suggest ...": the sentence tells what unnamed
# reports say; the outlet asserts none of it
_UNNAMED_REPORTS = re.compile(
    r"\W*(?:(?:some|several|other|early|earlier|initial|first|unconfirmed|local|media|news|"
    r"social\s+media)\s+)*reports\b[^.;:]{0,80}?\b(?:suggest(?:s|ed)?|indicat(?:e|ed)|said|say|"
    r"claim(?:ed)?|speak\s+of|spoke\s+of)\b",
    re.IGNORECASE,
)
# "suicide bombers", "explosive belts": how the attackers struck, which a report tells in its
# own voice as background to the story, not as its finding on who or what caused it
_ATTACKERS_MEANS = re.compile(
    r"suicide\s+(?:bomb(?:ing|er)?s?|attacks?|blasts?)|explosives?\s+(?:belts?|vests?)",
    re.IGNORECASE,
)
# "The airline ruled out a fault": a subject the report names only by a noun denies the cause;
# the denial is that subject's, not the outlet's
_SUBJECT_RULES_OUT = re.compile(
    r"\W*(?:The|Its|Their|A|An)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:ruled\s+out|"
    r"denied|denies|rejected|rejects|dismissed|dismisses|excluded)\b[^.;]*$"
)
# "under investigation by local authorities": who investigates
_INVESTIGATED_BY = re.compile(
    r"\s+by\s+(?:the\s+)?(?P<who>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:\s+(?:police|"
    r"authorities|ministry|prosecutors?|investigators|officials))?|(?:[a-z][\w'’-]+\s+){0,2}?"
    r"(?:authorities|police|prosecutors?|investigators|officials))\b",
    re.IGNORECASE,
)
# a ministry named by its office alone, no country: "Foreign Ministry"
_BARE_OFFICE = re.compile(r"(foreign|defen[cs]e|interior|health|justice)\s+ministry")
# verbs whose object is named or judged, not a statement that the next sentence goes on with
_NAMING_VERB = re.compile(
    r"\b(?:declared|declares|called|calls|described|describes|named|names|vowed|vows)$",
    re.IGNORECASE,
)
# "X blamed a rocket fired by Y, which has denied it": a speaker of its own in a relative clause
# "Zedland intelligence assessments that ...": a named owner's words, which the parse reads
_OWNED_WORDS = re.compile(r"(?-i:[A-Z][\w'’.-]*)(?:['’]s)?\s+(?:[a-z]+\s+)?assessments?\s+that\b")
_RELATIVE_SPEECH = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|have|had|in\s+turn|also|since|later|quickly)\s+){0,3}"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|said|says|blamed|blames|insisted)\b",
    re.IGNORECASE,
)
_CITING = re.compile(r"\b(?:cit(?:ing|ed|es)|quot(?:ing|ed|es)\b.{1,120}?\bas\s+say)", re.I)
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of)\b", re.IGNORECASE)

# anonymous sources with nothing to tell them apart: an outlet citing them speaks for itself
_UNNAMED_SOURCES = frozenset(["source (anonymous)", "sources (anonymous)"])

_index_cache: dict[tuple[KnownSource, ...], SourceIndex] = {}


# the populations "people" may stand for in a report that names them; fighters are not
# "people" in a toll ("14 militants" and "39 people" are different counts)
_SPECIFIC_GROUPS = frozenset({"crew", "civilians", "passengers"})
# the armed, whom "people" in a toll may include beside civilians
_ARMED_GROUPS = frozenset({"soldiers", "militants", "US troops"})


# words that keep to the time of the sentence before: "Vell said at the time that ..."
_AT_THE_TIME = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|in\s+that\s+(?:attack|strike|incident))\b", re.I
)
# a side's own men, as the victims of a strike: "four of their own soldiers"
_OWN_TROOPS = re.compile(
    r"\b(?:its|their|our)\s+own\s+(?:soldiers|troops|men|servicemen|service\s+members|"
    r"personnel|sailors|airmen|marines|fighters|officers)\b",
    re.IGNORECASE,
)
# "a claim by the Front that it had ...": the pronoun of the claim is its owner
_CLAIM_BY_THAT = re.compile(
    r"\b(?:claims?|allegations?|assertions?|statements?|boasts?)\s+(?:by|from)\s+(?:the\s+)?"
    r"(?P<owner>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}))\s+that\s+(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+)?[^,;.]*$",
    re.IGNORECASE,
)
# the titles that open a full name ("Interior Minister", "Provincial Governor", "Dr.")
_TITLE_RUN = re.compile(
    r"^(?:(?:Prime|Deputy|Vice|Foreign|Defen[cs]e|Interior|Health|Justice|Security|Provincial|"
    r"Regional|Minister|President|Governor|Mayor|Spokes(?:man|woman|person)|Commander|Chief|"
    r"Ambassador|Senator|Secretary|General|Gen\.|Col\.|Colonel|Maj\.|Major|Capt\.|Captain|"
    r"Lt\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)+"
)


_ACROSS_STOP = re.compile(r"(?<=\b[A-Z][a-z]{3})(?<=[a-z])[a-z]*\.\s+")

# a person the report introduces as speaking for a body: that body is the claimant of all
# the person says ("Ivo Rusk, a spokesman for the Zedland army", "Ivo Rusk, who speaks for
# the army", "Zedland army spokesman Ivo Rusk")
_PERSON_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_RANKS = (
    r"(?:(?:Rear|Vice|Brig\.?|Brigadier|Lt\.?|Lieutenant|Col\.?|Colonel|Maj\.?|Major|Gen\.?|"
    r"General|Capt\.?|Captain|Adm\.?|Admiral|Cmdr\.?|Commander|Sgt\.?|Sergeant|Dr\.?|Mr\.?|"
    r"Mrs\.?|Ms\.?)\s+)*"
)
_BODY_SURFACE = r"(?:the\s+)?[^,.;:()\"“”]{3,60}?"
_SPEAKS_FOR = (
    re.compile(
        rf"(?P<name>{_PERSON_NAME}),\s+(?:(?:a|an|the|chief|senior|chief\s+military)\s+)*"
        rf"spokes(?:man|woman|person)\s+(?:for|of)\s+(?P<body>{_BODY_SURFACE})(?=\s*[,.;:)]|"
        r"\s+(?:said|says|told)\b)"
    ),
    re.compile(
        rf"(?P<name>{_PERSON_NAME}),\s+who\s+speaks\s+for\s+(?P<body>{_BODY_SURFACE})"
        r"(?=\s*[,.;:])"
    ),
    re.compile(
        r"(?<![\w'’.-])(?P<body>(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z]+\s+)?)"
        rf"spokes(?:man|woman|person)\s+{_RANKS}(?P<name>{_PERSON_NAME})"
    ),
)


def _full_person_names(claims: list[ExtractedClaim], text: str) -> None:
    """ "Marsh told reporters" after "Governor John Marsh said": one speaker, under the full
    name the report gave, so that a reviewer sees one person and not two. Only a word the
    report never writes in lower case (not "Police") and one full name that ends with it."""
    for claim in claims:
        word = claim.claimant
        if claim.claimant_resolved or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", word):
            continue  # not an acronym ("HBA"): a body's, not a person's
        if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            continue  # a common noun written with a capital: "Police said"
        ending = re.compile(
            rf"(?<![\w'’.-])(?!(?:The|A|An|In|On|At|By|For|From|As)\s)"
            rf"(?:[A-Z][\w'’.-]+\s+){{1,3}}{re.escape(word)}(?![\w'’-])"
        )
        said = {c.claimant for c in claims if c.claimant != word and ending.fullmatch(c.claimant)}
        said |= {  # "regional governor John Marsh" speaks as "Regional governor John Marsh"
            c.claimant
            for c in claims
            if c.claimant != word and re.search(rf"\s{re.escape(word)}$", c.claimant)
        }
        names = said or {m.group(0) for m in ending.finditer(text)}
        # not across a full stop the splitter let through: "... of the Xland Strip. Vell —
        # its raid ... — called": that one is "Vell" itself
        names = {_ACROSS_STOP.split(n)[-1] for n in names}
        # "Interior Minister Selma Rook said": the name, not its titles
        names = {_TITLE_RUN.sub("", n) if len(_TITLE_RUN.sub("", n).split()) >= 2 else n
                 for n in names}  # fmt: skip
        if len(names) == 1:
            claim.claimant = names.pop()


def _quote_closing(
    sentence: Sentence, sentences: list[Sentence], quotes: list[tuple[int, int]]
) -> Sentence | None:
    """The sentence where a quote that opens in `sentence` and runs past it closes."""
    for q_start, q_end in quotes:
        if q_start <= sentence.start + 1 and q_end > sentence.end:
            closing = next((s for s in sentences if s.start < q_end <= s.end + 2), None)
            if closing is not None and closing.start != sentence.start:
                return closing
    return None


def _titles_dropped(claims: list[ExtractedClaim]) -> None:
    """ "Police superintendent Dev Arlo" in one sentence and "Dev Arlo" in another: one
    person, under the name without the titles (ranks, offices and the body they serve,
    "army spokesman Colonel"), as the report itself shortens it."""
    names = {c.claimant for c in claims if len(c.claimant.split()) >= 2}
    for claim in claims:
        words = claim.claimant.split()
        for k in range(1, len(words) - 1):
            rest = " ".join(words[k:])
            if BODY_WORD.search(rest):
                break  # "Army Northern Command" and "Northern Command": two bodies, not a title
            if rest in names and all(
                w.lower().rstrip(".") in speech.TITLE_WORDS for w in words[:k]
            ):
                claim.claimant = rest
                break


def _one_spelling(claims: list[ExtractedClaim]) -> None:
    """ "the interior ministry said" and "The ministry added": one claimant, one spelling,
    so that one body is not two sources that differ by a capital."""
    spelling: dict[str, str] = {}
    for claim in claims:
        key = claim.claimant.casefold()
        if key not in spelling or (claim.claimant[:1].isupper() and spelling[key][:1].islower()):
            spelling[key] = claim.claimant
    for claim in claims:
        claim.claimant = spelling[claim.claimant.casefold()]


def _harmonise_groups(wholes: list[ExtractedClaim], claims: list[ExtractedClaim]) -> None:
    """One population, one name: "27 civilians" and "39 people" in the same report about
    the same victims are both "civilians" (the rules compare counts by group). Only the
    `wholes` name it: "three civilians" of "12 soldiers and three civilians" are a part."""
    named = Counter(
        c.group
        for c in wholes
        if c.kind == "casualty" and c.group in _SPECIFIC_GROUPS and c.scope == "incident"
    )
    if not named:
        return
    group = named.most_common(1)[0][0]
    if group == "civilians" and any(
        c.kind == "casualty" and c.group in _ARMED_GROUPS and c.scope == "incident" for c in claims
    ):
        return  # "six civilians" and "three soldiers": "nine people" counts both
    for claim in claims:
        if claim.kind == "casualty" and claim.group == "people" and claim.scope == "incident":
            claim.group = group


# a side named as the owner of a failed or straying munition: "Ruritania's air defence",
# "a misfired Ruritanian rocket"
_OWN_MUNITION = re.compile(
    r"(?P<side>(?-i:[A-Z][\w'’-]{3,}(?:\s+[A-Z][\w'’-]+){0,2}))(?:['’]s)?\s+(?:own\s+)?"
    r"(?:air[\s-]defen[cs]es?|anti-aircraft|interceptors?|S-\d+)\b|"
    r"\b(?:misfired|failed|errant|stray|wayward|misguided)\s+"
    r"(?P<side2>(?-i:[A-Z][\w'’-]{3,}(?:\s+[A-Z][\w'’-]+){0,2}))\s+(?:rockets?|missiles?)\b",
    re.IGNORECASE,
)


def _side_stem(name: str | None) -> str:
    """ "Ruritanian", "Ruritania's", "Ruritania": one key, the first letters of the name."""
    word = re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip(), flags=re.IGNORECASE)
    return word[:5].lower()


def _own_munitions_misfire(claims: list[ExtractedClaim], sides: set[str]) -> None:
    """A strike credited to a side whose own munition the report says failed or strayed is
    that misfire ("the missile was Ruritanian" where Ruritania's air defence fired)."""
    sides.discard("")
    if not sides:
        return
    for claim in claims:
        if (
            claim.kind == "cause"
            and claim.cause == "hostile_fire"
            and claim.agent
            and claim.agent != claim.claimant
            and _side_stem(claim.agent) in sides
        ):
            claim.cause = "misfire"


# the speaker's own munition named in a denied claim: "rejects the theory that its missile
# struck Vell"
_OWN_MUNITION_SAID = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:missiles?|rockets?|interceptors?|projectiles?|"
    r"munitions?)\b",
    re.IGNORECASE,
)


def _own_munition_denials(claims: list[ExtractedClaim], text: str, title: str) -> None:
    """A side that denies its munition struck, in a report that names that side's air
    defence, denies a misfire, not a strike: it was not at war with the place hit."""
    sides = {_side_stem(m.group("side")) for m in _OWN_MUNITION.finditer(text) if m.group("side")}
    sides.discard("")
    for claim in claims:
        body = title if claim.in_title else text
        if (
            claim.kind == "cause"
            and claim.cause == "hostile_fire"
            and claim.polarity == "denied"
            and _side_stem(claim.claimant) in sides
            and _OWN_MUNITION_SAID.search(body[claim.start : claim.end])
        ):
            claim.cause = "misfire"


# the end of one clause and the start of another: a comma or semicolon, not "and"
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;]\s*$")
# bodies a story may name only by their role, one of each to an incident
_NAMED_BY_THEIR_ROLE = frozenset(["organiser", "organizer", "coastguard"])
_CONTRAST_BEFORE = re.compile(
    r"[,;]\s*(?:while|whereas|but)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)
# causes that accuse no one: a denial by reference does not deny them
_OPEN_CAUSES = frozenset({"under_investigation", "unknown"})
# a cue that is itself an act of speech ("blamed X", "denied any role", "was accused"): its
# subject makes the claim, never the outlet narrating it
_SPEECH_ACT_CUE = re.compile(
    r"(?:(?:is|are|was|were|be|been|being)\s+)?(?:blam|accus|pin|held\b|hold|disavow|condemn|point|"
    r"den[iy]|reject|disclaim|attribut|charg)",
    re.IGNORECASE,
)
# "called the strike a massacre", "charged the army with a massacre": the words of the
# sentence's subject, not of the outlet telling them
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:called|calls|charged|charges|labell?ed|branded|termed|described)\b[^.;:!?]{0,45}$",
    re.IGNORECASE,
)
# "carried the group's claims that the army was responsible": someone's claim the outlet
# tells of, not its own
_CLAIM_THAT_BEFORE = re.compile(
    r"\b(?:claims?|allegations?|accusations?|assertions?|arguments?|contentions?|suggestions?|"
    r"reports?|speculation|rumou?rs?|theor(?:y|ies)|suspicions?)"
    r"(?:\s+by\s+[\w'’ -]{1,40}?|,[^.;:!?]{1,50},)?\s+that\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
# "X were blamed for it by an official", "has been accused by Y of": the accuser is named
_PASSIVE_BY = re.compile(r"(?:is|are|was|were|be|been|being)\s+\w+ed\b.*\bby\b", re.IGNORECASE)


def _blame_for_a_misfire(claims: list[ExtractedClaim]) -> None:
    """A claimant that blames X and, in the same report, says X's munition failed ("blamed the
    Vell Front" and "a failed Vell Front launch hit the clinic") makes one accusation: the
    blame is for the misfire, not for a deliberate strike."""
    misfired = {
        (c.claimant, c.agent.lower())
        for c in claims
        if c.kind == "cause" and c.cause == "misfire" and c.polarity == "affirmed" and c.agent
    }
    if not misfired:
        return
    for c in claims:
        if (
            c.kind == "cause"
            and c.cause == "hostile_fire"
            and c.polarity == "affirmed"
            and c.agent
            and (c.claimant, c.agent.lower()) in misfired
        ):
            c.cause = "misfire"


def _drop_self_contradictions(claims: list[ExtractedClaim]) -> None:
    """A claimant that denies a cause in a report and, in the same report, names itself the
    agent of it speaks of another target ("our jets struck a weapons store, not the
    market"): the affirmation is not about this incident."""
    denied = {(c.claimant, c.cause) for c in claims if c.kind == "cause" and c.polarity == "denied"}
    if not denied:
        return
    claims[:] = [
        c
        for c in claims
        if not (
            c.kind == "cause"
            and c.polarity == "affirmed"
            and c.agent == c.claimant
            and (c.claimant, c.cause) in denied
        )
    ]


_QUOTE_OPENS = re.compile(r"\s*[\"“]")
_QUOTE_MARK = re.compile(r"[\"“”]")
# the noun of an attack with no word that says what kind or whose ("the missile strike")
_BARE_EVENT_NOUN = re.compile(
    r"(?:(?:missile|rocket|drone|air)\s*)?(?:strikes?|attacks?|bombings?|blasts?|explosions?)",
    re.IGNORECASE,
)
# "the Xtown ", "Zedland " right before it, opening the title or after "the"/"of"
_PLACE_BEFORE = re.compile(r"(?:^|\bthe\s|\bof\s)\s*(?P<place>[A-Z][a-z]+)\s+$")
# "After the deadly strike on the depot, Renk announced three days of mourning": a phrase of
# time or circumstance that opens the sentence is the outlet's framing, not what the main
# clause's speaker says
_FRONTED_ADJUNCT = re.compile(
    r"\s*(?-i:After|Following|Amid|Since|Before|Despite|Hours\s+after|Days\s+after|In\s+the\s+"
    r"(?:wake|aftermath)\s+of)\s[^,;:“”\"]{3,120},\s"
)
# '"...," said X' / '"...," X said': a quote that closes on its speaker
_SAID_AFTER_QUOTE = re.compile(
    r"[,.!?][\"”]\s*(?:said|says|added|wrote|explained)\s+[A-Z]", re.IGNORECASE
)


def _the_real_cause(text: str, causes: list[CauseMention]) -> list[CauseMention]:
    """ "The quake shook the town, but shoddy building was the real cause": a sentence that
    names its real cause concedes the others it names; they are not affirmed as causes."""
    real = _REAL_CAUSE.search(text)
    if real is None:
        return causes
    affirmed = [c for c in causes if c.polarity == "affirmed"]
    if len({c.cause for c in affirmed}) < 2:
        return causes
    # the cause that the phrase names: the nearest one on its clause's side of it
    nearest = min(affirmed, key=lambda c: min(abs(c.start - real.end()), abs(c.end - real.start())))
    return [c for c in causes if c.polarity != "affirmed" or c.cause == nearest.cause]


def _storm_as_setting(text: str, causes: list[CauseMention]) -> list[CauseMention]:
    """ "the neglect that let the levees fail in the rains": a sentence that blames neglect
    for a structure that failed in a storm names the storm as the setting of the failure, not as
    a cause besides the neglect."""
    if not any(c.cause == "accident" and c.polarity == "affirmed" for c in causes):
        return causes
    return [
        c
        for c in causes
        if not (
            c.cause == "natural"
            and c.polarity == "affirmed"
            and _FAILED_IN.search(text, max(0, c.start - 80), c.start)
        )
    ]


def _drop_repeated_outlet_causes(claims: list[ExtractedClaim], text: str) -> None:
    """The outlet's own prose naming the cause again in the same words ("the heavy rain ...
    after the heavy rain") restates one claim; a new wording ("collided" then "the
    collision") or another agent is kept. Headlines and speakers are not touched: a
    speaker who repeats himself made two statements."""
    seen: set[tuple[str, str | None, str | None, str | None, str]] = set()
    kept = []
    for c in claims:
        if c.kind == "cause" and c.attribution == "outlet" and not c.in_title:
            words = re.sub(r"s\b", "", text[c.start : c.end].lower()).split()
            key = (c.claimant, c.cause, c.polarity, (c.agent or "").lower(), " ".join(words))
            if key in seen:
                continue
            seen.add(key)
        kept.append(c)
    claims[:] = kept


def _carried(sentence: Sentence, frames: list[Frame], frame: Frame) -> bool:
    """A frame the patterns gave a later speech verb by carrying the sentence's first speaker
    over ("..., and stressed that"), where a capitalised word before the verb may be a
    subject of its own ("..., and the Zedland government said")."""
    earlier = _carried_from(sentence, frames, frame)
    if earlier is None:
        return False
    base = sentence.start
    gap = sentence.text[earlier.cue_end - base : frame.cue_start - base]
    return re.search(r"\b[A-Z][a-z]", gap) is not None


def _carried_from(sentence: Sentence, frames: list[Frame], frame: Frame) -> Frame | None:
    """The earlier frame whose speaker a bare speech verb's frame carries on, if it is one."""
    earlier = [f for f in frames if f.cue_end <= frame.cue_start and f.claimant == frame.claimant]
    if not earlier or frame.relayed_by is not None:
        return None
    base = sentence.start
    if not SPEECH_VERB.fullmatch(sentence.text[frame.cue_start - base : frame.cue_end - base]):
        return None
    return earlier[-1]


def _carry_on(sentence: Sentence, frames: list[Frame], out: list[Frame]) -> list[Frame]:
    """After a verb got a subject of its own, the verbs carried over after it ("Zedland
    said intelligence indicated ...") go on in that subject's words, not the first one's."""
    out = sorted(out, key=lambda f: f.cue_start)
    for i, f in enumerate(out):
        if i == 0 or f not in frames or _carried_from(sentence, frames, f) is None:
            continue
        last = out[i - 1]
        if last.claimant != f.claimant:
            out[i] = replace(last, cue_start=f.cue_start, cue_end=f.cue_end, joint=None)
    return out


def _restates(claim: ExtractedClaim, same_sentence: list[ExtractedClaim]) -> bool:
    """A cause the same claimant already holds in this sentence, with the same polarity and
    no other agent ("the strike was carried out by the Front", "an attack by the Front"):
    two cue words of one statement. A second agent is a second claim ("hinting at Xish and
    Zedish involvement"); the agent the first lacked is kept on it."""
    for other in same_sentence:
        if (
            other.kind != "cause"
            or other.claimant != claim.claimant
            or other.cause != claim.cause
            or other.polarity != claim.polarity
        ):
            continue
        mine, theirs = (claim.agent or "").lower(), (other.agent or "").lower()
        if mine and theirs and mine not in theirs and theirs not in mine:
            continue
        if mine and not theirs:
            other.agent = claim.agent
        return True
    return False


def _continued(
    text: str,
    previous: tuple[Sentence, list[Frame]],
    sentence: Sentence,
    published: date | None = None,
) -> list[Frame]:
    """A sentence right after a statement, in the same paragraph, goes on reporting it."""
    before, frames = previous
    if not frames:
        return []
    if "\n" in text[before.end : sentence.start] and not (
        _QUOTE_OPENS.match(sentence.text)
        # "... said in a statement:" then the statement quoted in a paragraph of its own
        and (_QUOTE_MARK.search(before.text) or before.text.rstrip().endswith(":"))
    ):
        return []  # a new paragraph: the outlet's voice, unless a quote goes on under its own

    last = frames[-1]
    if len(frames) > 1 and last.until is not None and last.relayed_by is not None:
        last = frames[-2]  # "X wrote: 'Y says ...'. ...": X goes on, not Y
    if last.anonymous or last.until is not None:
        return []
    if _NAMING_VERB.search(text, max(0, last.cue_end - 12), last.cue_end):
        return []  # "the authorities declared the city a disaster zone": nothing reported on
    if _RELATIVE_SPEAKER.search(text, max(0, last.cue_start - 20), last.cue_start):
        return []  # "an attack, which the Front has claimed. 105 died": the outlet goes on
    if _IT_HARMED.match(sentence.text):
        return []
    stated_on = last.stated_on
    if published is not None and _FLASHBACK.search(sentence.text):
        # "It had put the toll at seven earlier in the week": an earlier statement
        earlier = [d for _, _, d in find_dates(sentence.text, published) if d < published]
        if earlier:
            stated_on = earlier[0]
    return [
        Frame(last.claimant, last.resolved, last.anonymous, sentence.start, sentence.start,
              stated_on, last.kind, last.side, relayed_by=last.relayed_by)
    ]  # fmt: skip


# what follows a military named as a body, not as an adjective ("Xish military operations")
_MILITARY_AS_SUBJECT = (
    r"(?=\s*[,.;:()]|\s+(?:said|says|say|has|have|had|is|are|was|were|denied|denies|claimed|"
    r"claims|blamed|blames|insisted|insists|confirmed|announced|stated|spokes\w+|officials?|"
    r"statement|also|later|earlier|released|presented|played|put|puts|told|added)\b)"
)
# "Amil Rostan", "Nesrin al-Kaal": a person's name, unless a word of it names a body
_PERSONAL_NAME = re.compile(r"[A-Z][a-z'’]+(?:[ -](?:al-|el-|bin |de |van )?[A-Z][a-z'’]+){1,2}")
# "the 500 deaths that the ministry reported": a relative clause naming the figure's speaker
_RELATIVE_SPEAKER_AFTER = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)
# "According to X, Y has said ...": the cue of a relay that a speaker of its own follows
_RELAY_CUE = re.compile(r"(?:according\s+to|citing|as\s+per)\b", re.IGNORECASE)
_RELAY_GAP = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)


def _nested_relays(sentence: Sentence, frames: list[Frame]) -> None:
    """ "According to Vell Radio, the Harbour Board has revised its toll: ...": the board
    speaks, and Vell Radio relays it (the relay's frame stays for what comes before)."""
    base = sentence.start
    for relay, speaker in pairwise(frames):
        if (
            speaker.relayed_by is None
            and relay.claimant
            and speaker.claimant
            and relay.claimant != speaker.claimant
            and _RELAY_CUE.match(sentence.text, relay.cue_start - base)
            and _RELAY_GAP.fullmatch(sentence.text, relay.cue_end - base, speaker.cue_start - base)
        ):
            speaker.relayed_by = relay.claimant


# "X said on Monday that, according to Y, ...": the speaker's verb, then its relay's cue
_CITED_GAP = re.compile(r"[^.;:\"“”()]{0,40}?\bthat\s*,\s*", re.IGNORECASE)
_ACCORDING_CUE = re.compile(r"(?:according\s+to|as\s+per)\b", re.IGNORECASE)
_NEWS_KINDS = frozenset(["outlet", "news_agency", "state_media"])
# who is surely no newsroom: a person, a state body; an unknown name ("XYZ added that,
# according to ...") may be one, and leaves the claim to the one cited
_OFFICIAL_KINDS = frozenset(["person", "government", "military", "armed_group"])
_OFFICIAL_NAME = re.compile(
    r"\b(?:government|ministry|minister|premier|president|army|military|police|office|"
    r"council|authorit(?:y|ies)|spokes(?:man|woman|person)|officials?|command|forces|"
    r"prosecutors?)\b",
    re.IGNORECASE,
)
# a name that is a newsroom's, or the verb of one ("X reported that, according to Y")
_NEWSROOM = re.compile(
    r"\b(?:News|Times|Radio|Television|TV|Press|Post|Agency|Media|Network|Herald|Journal|"
    r"Gazette|Tribune|Daily)\b|\breport(?:s|ed)\s*$"
)


def _first_person_quoted(
    sentence: Sentence, frames: list[Frame], quotes: list[tuple[int, int]]
) -> list[Frame]:
    """'"We have ruled out sabotage," police said.': the "we" who speaks inside a quote is the
    one the sentence quotes, not someone we cannot name nor the last body quoted."""
    outside = [f for f in frames if f.claimant and not in_spans(f.cue_start, quotes)]
    if len(outside) != 1:
        return frames
    base = sentence.start
    return [
        replace(outside[0], cue_start=f.cue_start, cue_end=f.cue_end)
        if f is not outside[0]
        and in_spans(f.cue_start, quotes)
        and re.match(r"(?:[Ww]e|I)\b", sentence.text[f.cue_start - base :])
        else f
        for f in frames
    ]


def _cited_by_speaker(sentence: Sentence, frames: list[Frame]) -> None:
    """ "The minister told MPs that, according to Vell intelligence, a rocket caused the
    blast": the minister asserts it, citing what Vell intelligence found. Where the one who
    says so is a newsroom ("Vell Radio added that, according to the authorities, ..."), the
    claim stays the authorities'."""
    base = sentence.start
    for i, (outer, inner) in enumerate(pairwise(frames)):
        if (
            not outer.claimant
            or not inner.claimant
            or outer.claimant == inner.claimant
            or outer.relayed_by is not None
            or inner.relayed_by is not None
            or not _ACCORDING_CUE.match(sentence.text, inner.cue_start - base)
            or not _CITED_GAP.fullmatch(sentence.text, outer.cue_end - base, inner.cue_start - base)
        ):
            continue
        cue = sentence.text[outer.cue_start - base : outer.cue_end - base]
        official = outer.kind in _OFFICIAL_KINDS or _OFFICIAL_NAME.search(outer.claimant)
        if official and outer.kind not in _NEWS_KINDS and not _NEWSROOM.search(cue):
            frames[i + 1] = replace(
                outer,
                cue_start=inner.cue_start,
                cue_end=inner.cue_end,
                until=inner.until,
                joint=None,
            )


def _bracketed_repeat(text: str, sp: speech.Speaker, speakers: list[speech.Speaker]) -> bool:
    """ "the Vell Relief Agency (VRA) said": the bracketed initials repeat the name just
    before them, which the parse may take for a second speaker of the verb."""
    if not (text[sp.start - 1 : sp.start] == "(" and text[sp.end : sp.end + 1] == ")"):
        return False
    return any(
        other.verb_at == sp.verb_at
        and other.end < sp.start
        and not text[other.end : sp.start - 1].strip()
        for other in speakers
    )


# a health body that a group or government runs: "the Front-run health ministry", "health
# authorities under the Front", "health officials of the Front"
_HEALTH_BODY = r"(?:health\s+(?:ministry|authorities|officials|office)|ministry\s+of\s+health)"
_RUN = r"(?:-|\s+)(?:run|controlled|led|administered)"
_UNDER = r"(?:under|of|run\s+by|controlled\s+by|led\s+by)"


def _health_body_of(group: str) -> re.Pattern[str]:
    name = re.escape(group).replace(r"\ ", r"\s+")
    return re.compile(
        rf"\b{name}{_RUN}\s+(?:[A-Z][\w-]*\s+)?{_HEALTH_BODY}|"
        rf"\b{_HEALTH_BODY}\s+{_UNDER}\s+(?:the\s+)?{name}\b",
        re.IGNORECASE,
    )


def _tolls_of_run_health_bodies(claims: list[ExtractedClaim], text: str) -> None:
    """ "The Front still says 471 were killed", after "health authorities under the Front":
    a group that runs a health body gives its tolls through that body, which holds them."""
    bodies = [
        c for c in claims
        if c.kind == "casualty" and not c.in_title and re.search(r"\bhealth\b", c.claimant, re.I)
    ]  # fmt: skip
    for claim in claims:
        if claim.kind != "casualty" or claim.in_title or claim in bodies:
            continue
        if not re.match(r"[A-Z]", claim.claimant) or claim.claimant_anonymous:
            continue
        named = _health_body_of(claim.claimant).search(text, 0, claim.start)
        if named is None:
            continue
        body = next((b for b in bodies if b.start >= named.start() - 10), None) or next(
            (b for b in reversed(bodies) if b.start < claim.start), None
        )
        claim.relayed_by = None
        if body is not None:
            claim.claimant = body.claimant
            claim.claimant_resolved = body.claimant_resolved
        else:  # the body as the report names it: "Front-run health ministry"
            surface = re.sub(r"\s+", " ", named.group())
            claim.claimant, claim.claimant_resolved = surface[:1].upper() + surface[1:], False


# "..., minister says": a headline's speaker by bare title, whom the story names below
# the offices a headline names its speaker by ("..., minister says", "Governor blames ...")
_TITLE_WORDS = (
    r"minister|mayor|governor|spokes(?:man|woman|person)|president|premier|prosecutor|coroner|"
    r"commander|ambassador|envoy"
)
_HEADLINE_TITLE = re.compile(
    rf"(?:the\s+)?(?P<title>{_TITLE_WORDS})\s+(?:says?|said|confirms?|claims?|reports?|warns?)",
    re.IGNORECASE,
)
_BARE_TITLE = re.compile(_TITLE_WORDS, re.IGNORECASE)
# "Xland says ...", "Xland estimates ...": a headline that a country opens as its speaker
_HEADLINE_COUNTRY = re.compile(
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:says?|estimates?|claims?|puts?|"
    r"confirms?|reports?)\b"
)
_GAVE_FIGURES = re.compile(
    r"\b(?:g[ai]ve|gives|provided|provides|released|issues|issued)\s+(?:the|these|those)\s+"
    r"(?:figures?|numbers?|tolls?|tallies)\s*(?:[,.;]|$)",
    re.IGNORECASE,
)

# "Vell's minister Ana Ore said so in an interview", "This was stated by ...": the sentence
# before, told in the outlet's voice, was that speaker's
_SAID_SO = re.compile(
    r"\b(?P<verb>said|stated|wrote|announced|declared)\s+(?:so|this)\b(?=\s*(?:[,.;]|$|in\b|on\b|at\b|to\b|during\b|when\b))"
    r"|^This\s+was\s+(?P<passive>stated|said|announced|declared)\s+by\b",
    re.IGNORECASE,
)

# "Zedland's defence minister and deputy prime minister Ana Ore": the titles' "and" joins
# two roles of one person, not two speakers
_TITLES_AND = re.compile(
    r"\s+and\s+(?:(?!(?:the|a|an|its|his|her|their|our)\s)[a-z][\w-]*\s+){1,5}"
)


def _title_of_the_next(text: str, sp: speech.Speaker, group: list[speech.Speaker]) -> bool:
    """The speaker is a bare title ("the defence minister") whose holder the next speaker of
    the same verb names after "and" and more titles: one person, who speaks."""
    if not re.search(r"(?:^|\s)[a-z][\w-]*$", sp.surface):
        return False  # "the Vell Relief Council and the ...": a name, no title
    return any(
        other.named
        and other.start > sp.end
        and re.match(r"[A-Z]", other.surface)
        and _TITLES_AND.fullmatch(text, sp.end, other.start)
        for other in group
    )


def _source_index(sources: Sequence[KnownSource]) -> SourceIndex:
    key = tuple(sources)
    index = _index_cache.get(key)
    if index is None:
        if len(_index_cache) > 16:
            _index_cache.clear()
        index = _index_cache[key] = SourceIndex(sources)
    return index


def _headline_parts(
    sentences: list[Sentence], is_headline: Callable[[Sentence], bool]
) -> list[Sentence]:
    """ "Zedland says strike killed 20; Norland rejects claim": a headline's parts past a ';'
    are headlines of their own, each with its own speaker (the second's denial refers back
    to the first's claim, as a sentence's does to the one before)."""
    out: list[Sentence] = []
    for sentence in sentences:
        text = sentence.text
        quotes = quoted_spans(text)
        cuts = [
            m.end()
            for m in re.finditer(r";\s", text)
            if is_headline(sentence) and not in_spans(m.start(), quotes)
        ]
        for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
            part = text[a:b].strip()
            if part:
                start = sentence.start + text.index(part, a)
                out.append(Sentence(start, start + len(part), part, len(out)))
    return out


def _find_title(text: str, title: str) -> tuple[int, int] | None:
    words = re.findall(r"\S+", title)
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text[:3000])
    return (m.start(), m.end()) if m else None


class _DocumentReader:
    def __init__(self, doc: DocumentInput, index: SourceIndex, *, use_parse: bool = True) -> None:
        self.doc = doc
        self.index = index
        self.published: date | None = doc.published_at.date() if doc.published_at else None
        self.publisher = doc.publisher or "unknown publisher"
        self.aircraft_event = incident_kind(f"{doc.title}\n{doc.text[:20_000]}") in (
            "aircraft loss",
            "helicopter crash",
            "midair collision",
            "drone shootdown",
        )
        self.us_context = bool(_US_CONTEXT.search(doc.text[:20_000]))
        self.incident_years = incident_years(doc.text, self.published)
        # a report linked to the event but led by another incident (scope.foreign_lead)
        self.foreign_lead = foreign_lead(doc.text, doc.title, self.published, doc.event)
        # the places the report is about: its title and first paragraph
        self.lead = f"{doc.title}\n{doc.text[:400].split(chr(10) * 2)[0]}"
        # the earliest day the lead's weekdays name ("killed nine on Wednesday"): the incident
        # can be no earlier, so a later sentence opening on an earlier day tells of another
        lead_days = [
            d for _, _, d in find_dates(doc.text[:400].split(chr(10) * 2)[0], self.published)
        ]
        self.lead_day: date | None = min(lead_days) if lead_days else None
        # words the report uses as places ("in Xton", "Xton, a city"): before a deed ("the
        # Xton bombing") such a word says where, though it looks like a demonym ("Xtonian")
        self.places = {
            m.group(1) or m.group(2) for m in _PLACE_WORD.finditer(f"{doc.title}\n{doc.text}")
        }
        self.claims: list[ExtractedClaim] = []
        self._previous_counts: list[ExtractedClaim] = []
        # the causes affirmed by the last sentences that affirmed one, and how many sentences
        # ago: what "this is not true" or "it denied responsibility" denies
        self._accused: list[ExtractedClaim] = []
        # whose munition the report says failed or strayed ("Ruritania's air defence")
        self._misfire_sides: set[str] = set()
        # "the rocket did not belong to Ruritania", said by Ruritania: kept with evidence
        self._own_side_denials: list[ExtractedClaim] = []
        self._accused_age = 0
        self.use_parse = use_parse
        self._named: list[Frame] = []  # named speakers so far, for "the ministry", "it"
        self._found_cache: dict[tuple[str, bool], tuple[list[Count], list[CauseMention]]] = {}
        # headline claims of a bare title ("..., minister says"), for the body to name
        self._titled: list[tuple[ExtractedClaim, str]] = []
        # the ids of casualty claims that count a part of a toll ("including two children")
        self._parts: set[int] = set()
        self._paper_authors: list[str] | None = None  # the authors of studies it names

    # -- speakers from the dependency parse -------------------------------------------
    def _found(self, text: str, *, headline: bool) -> tuple[list[Count], list[CauseMention]]:
        """The counts and causes a sentence states (read once per sentence)."""
        key = (text, headline)
        found = self._found_cache.get(key)
        if found is None:
            counts: list[Count] = find_counts(
                text, aircraft_event=self.aircraft_event, us_context=self.us_context
            )
            counts += find_aircraft_losses(text, us_context=self.us_context, headline=headline)
            if counts and not headline and in_unnamed_place(text, self.lead):
                counts = []  # "In <another city> the shelling killed one": elsewhere
            causes: list[CauseMention] = find_causes(text, self._agent_finder)
            causes = _storm_as_setting(text, _the_real_cause(text, causes))
            other = other_incident_spans(text, self.incident_years, self.published)
            if other:  # a part about another incident claims nothing about this one
                counts = [c for c in counts if not in_other_incident(c.trigger, other)]
                causes = [c for c in causes if not in_other_incident(c.trigger, other)]
            found = (counts, causes)
            self._found_cache[key] = found
        return found

    def _may_need_parse(self, sentence: Sentence, *, headline: bool) -> bool:
        """What `_needs_parse` asks of the sentence alone (not of its speakers): a cue of
        speech and a count or a cause."""
        text = sentence.text
        if len(text) > 1500 or not speech.has_cue(text):
            return False
        counts, causes = self._found(text, headline=headline)
        return bool(counts or causes)

    def _needs_parse(self, sentence: Sentence, frames: list[Frame], *, headline: bool) -> bool:
        """Parse only a sentence that carries a claim and whose speaker the patterns left
        open: none found, a name not in the reference list (perhaps a fragment), or a relay
        ("citing")."""
        if not self._may_need_parse(sentence, headline=headline):
            return False
        text = sentence.text
        if (
            not frames
            or _CITING.search(text)
            or _JOINT.search(text)
            or _NESTED_SAYS.search(text)
            or _RELATIVE_SPEECH.search(text)
            or _OWNED_WORDS.search(text)
        ):
            return True
        according = _ACCORDING_TO.search(text)
        if according and not any(
            f.cue_start <= sentence.start + according.start() < f.cue_end for f in frames
        ):
            return True  # "according to the town's mayor": a speaker the patterns did not name
        if any(_carried(sentence, frames, f) for f in frames):
            return True  # "X denied it, and the Zedland government said ...": who says it?
        return any(not f.resolved and not f.anonymous for f in frames)

    def _titled_holder(self, surface: str) -> str | None:
        """The one person the report names with the title of `surface` ("the local governor":
        "Governor Nela Craft", "the governor, Nela Craft"), or None when it names none or
        several. The title's field must agree: "the health minister" is not "Prime Minister
        Ana Marsh", nor "the minister" a "Foreign Minister"."""
        *quals, title = surface.lower().split()
        fields = {q for q in quals if q not in _PLAIN_TITLE_WORDS}
        pattern = re.compile(
            rf"(?:\b(?P<pre>[\w'’-]+)\s+)?\b(?:{title[0].upper()}|{title[0]}){re.escape(title[1:])}"
            rf"\s*,?\s+(?P<name>(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+))(?![\w'’-]|\s+[A-Z])"
        )
        names = set()
        for m in pattern.finditer(self.doc.text):
            pre = (m.group("pre") or "").lower()
            if fields - {pre} or (pre in _TITLE_FIELDS and pre not in quals):
                continue
            names.add(m.group("name"))
        return names.pop() if len(names) == 1 else None

    def _resolve_speaker(
        self, sentence: Sentence, sp: speech.Speaker, attributor: Attributor
    ) -> Mention | None:
        base = sentence.start
        start, end = base + sp.start, base + sp.end
        if not re.search(r"[A-Z]", sp.surface) and sp.surface.split()[-1] in speech.PERSON_TITLES:
            # "the president insisted": the person last quoted, as "he" is; no one else
            last = attributor.disc.last_person
            if last is None or not last.claimant:
                # "..., the local governor said." before "Governor Nela Craft said": the one
                # holder of that title the report names
                holder = self._titled_holder(sp.surface)
                if holder is None:
                    return None
                return Mention(start, end, sp.surface, holder, "person", resolved=False)
            return Mention(start, end, sp.surface, last.claimant, last.kind, last.resolved,
                           side=last.side)  # fmt: skip
        if sp.named:
            owner = statement_owner(sp.surface)
            if owner is not None:  # "the Vell Front's statement said": the Vell Front
                name = self.index.lookup(owner) or owner
                return Mention(start, end, sp.surface, name, self.index.kind_of(name),
                               resolved=name != owner, side=self.index.side_of(name))  # fmt: skip
            inside = self.index.find(sp.surface, start)
            if inside:
                m = max(inside, key=lambda m: m.end - m.start)
                rest = sp.surface[: m.start - start] + " " + sp.surface[m.end - start :]
                if (m.end - m.start) * 10 >= len(sp.surface) * 6 or not re.search(r"\b[A-Z]", rest):
                    return Mention(start, end, sp.surface, m.name, m.kind, side=m.side)
            name = self.index.lookup(sp.surface)
            if name:
                return Mention(
                    start, end, sp.surface, name, self.index.kind_of(name),
                    side=self.index.side_of(name),
                )  # fmt: skip
            office = country_office(sp.surface)
            if office:  # "the president of Xland": the Xish president
                return Mention(start, end, sp.surface, office, "person", resolved=False)
            # "President Tomas Renk", "Vell's Foreign Minister Ana Oré": a person, whom a
            # later "he" or "she" stands for
            person = TITLED_PERSON.fullmatch(sp.surface) or (
                _PERSONAL_NAME.fullmatch(sp.surface) and not BODY_WORD.search(sp.surface)
            )
            kind = "person" if person else ""
            return Mention(start, end, sp.surface, sp.surface, kind, resolved=False)
        what = sp.description
        if what.startswith(("pron:", "person:")):
            kind = "generic:person" if what.startswith("person:") else "generic:pron"
            if what == "pron:we":
                return None
            return attributor.resolve(Mention(start, end, sp.surface, sp.surface, kind, False))
        if what == "anonymous":
            name = anonymous_name(sp.surface)
            return Mention(start, end, sp.surface, name, "anonymous", False, True)
        if not what:
            return None
        if what == "paper":
            name = self._paper_author()
            if name is None:
                return None
            return Mention(start, end, sp.surface, name, self.index.kind_of(name),
                           resolved=self.index.lookup(name) is not None,
                           side=self.index.side_of(name))  # fmt: skip
        for frame in reversed(self._named):  # "the ministry": the last named one that is
            if what == "hospital" and not _NAMED_HOSPITAL.search(frame.claimant):
                continue  # "doctors at the hospital" name no hospital
            if (
                what in frame.claimant.lower()
                or (
                    what in ("military", "army", "force", "forces", "command")
                    and frame.kind == "military"
                )
                or (what == "group" and frame.kind == "armed_group")
            ):
                return Mention(
                    start, end, sp.surface, frame.claimant, frame.kind, frame.resolved,
                    side=frame.side,
                )  # fmt: skip
        if what == "hospital":
            # "the hospital said", "the hospital's director said": the one hospital the report
            # names, where it has not spoken before ("a shell hit Vell General Hospital")
            name = self._named_hospital()
            if name is None:
                return None
            known = self.index.lookup(name)
            return Mention(start, end, sp.surface, known or name, self.index.kind_of(known or name),
                           resolved=known is not None)  # fmt: skip
        if " " in sp.surface:  # "state television", "the civil defence agency"
            mention = Mention(start, end, sp.surface, sp.surface, "", resolved=False)
            labelled = attributor.labelled_elsewhere(mention)
            if labelled is not None:  # "Rights group says" over "the rights group Open Eye"
                return labelled
            name = self.index.lookup(sp.surface) or sp.surface
            return Mention(start, end, sp.surface, name, self.index.kind_of(name),
                           resolved=name != sp.surface)  # fmt: skip
        if sp.how == "citing" and sp.relayed_by and sp.surface.lower() == "police":
            # "state media reported, citing police": the police, as "police said" names them
            name = self.index.lookup(sp.surface) or "Police"
            return Mention(start, end, sp.surface, name, self.index.kind_of(name),
                           resolved=name != "Police")  # fmt: skip
        if what in _NAMED_BY_THEIR_ROLE:
            # "the organisers said", "the coastguard said": the one such body of the story,
            # known by no other name
            return Mention(start, end, sp.surface, sp.surface, "", resolved=False)
        return None

    def _named_hospital(self) -> str | None:
        """The one hospital the report names ("Vell General Hospital"), else None (none, or
        two that "the hospital" could be)."""
        names = set()
        for text in (self.doc.title, self.doc.text):
            for m in _NAMED_HOSPITAL.finditer(text):
                words = m.group(0).split()
                while words and words[0] in _NOT_HOSPITAL_NAME:
                    words = words[1:]  # "On Monday Vell General Hospital": the name
                if len(words) > 1:
                    names.add(" ".join(words))
        return names.pop() if len(names) == 1 else None

    def _paper_author(self) -> str | None:
        """The one body the report names as the author of a study or report ("scientists
        with the X Group", "a report by X", "X's study"), before or after the unnamed
        "research released on Tuesday" or "the study" it wrote; none where it names two."""
        if self._paper_authors is None:
            names: set[str] = set()
            for text in (self.doc.title, self.doc.text):
                for m in _PAPER_AUTHOR.finditer(text):
                    found = next(g for g in m.groups() if g)
                    found = _AUTHOR_TAIL.sub("", found)
                    if _AUTHOR_NOT.fullmatch(found) or country_of(found):
                        continue
                    names.add(self.index.lookup(found) or found)
            self._paper_authors = sorted(names)
        return self._paper_authors[0] if len(self._paper_authors) == 1 else None

    def _speaker_name(
        self, sentence: Sentence, sp: speech.Speaker, attributor: Attributor
    ) -> str | None:
        mention = self._resolve_speaker(sentence, sp, attributor)
        return mention.name if mention else None

    @staticmethod
    def _next_clause_speaker(sentence: Sentence, frames: list[Frame], sp: speech.Speaker) -> bool:
        """ "Even though X has claimed it, Zish officials are hinting at ...": a named subject
        of its own clause after every speaker the patterns found speaks for that clause."""
        if sp.how != "subject":
            return False
        last_end = max(f.cue_end for f in frames) - sentence.start
        if last_end > sp.start:
            return False
        if sp.named:
            return _CLAUSE_BREAK_BEFORE.search(sentence.text, last_end, sp.start) is not None
        # "..., police said, while organisers of the festival put the toll at 23": a body
        # the contrast opens with is the subject of its own clause, named or not
        return not sp.description.startswith(("pron:", "person:")) and (
            _CONTRAST_BEFORE.search(sentence.text, last_end, sp.start) is not None
        )

    def _with_parse(
        self,
        sentence: Sentence,
        frames: list[Frame],
        speakers: list[speech.Speaker],
        attributor: Attributor,
    ) -> list[Frame]:
        """The parse's speakers where the patterns found none, fuller names where they found
        a fragment, and the primary source where an outlet relays it ("X, citing Y")."""
        base = sentence.start
        out = list(frames)
        took_over = False
        repeats = [sp for sp in speakers if _bracketed_repeat(sentence.text, sp, speakers)]
        for sp in speakers:
            if sp in repeats:
                continue
            mention = self._resolve_speaker(sentence, sp, attributor)
            if mention is None:
                continue
            relay = None
            if sp.relayed_by:
                relay = self.index.lookup(sp.relayed_by) or sp.relayed_by
                if mention.name in _UNNAMED_SOURCES:
                    # "citing unofficial sources, Radio Kessa said": sources nobody can name
                    # make the claim the relay's own
                    mention = Mention(
                        mention.start, mention.end, sp.relayed_by, relay,
                        self.index.kind_of(relay), resolved=relay != sp.relayed_by,
                        side=self.index.side_of(relay),
                    )  # fmt: skip
                    relay = None
            cue_start, cue_end = base + sp.cue_start, base + sp.cue_end
            frame = Frame(
                mention.name, mention.resolved, mention.anonymous, cue_start, cue_end,
                _frame_date(sentence, cue_start, cue_end, attributor.disc),
                mention.kind, mention.side, relayed_by=relay,
                joint=base + sp.verb_at if sp.verb_at >= 0 else None,
                until=base + sp.until if sp.until >= 0 else None,
            )  # fmt: skip
            overlapping = [f for f in out if f.cue_start < cue_end and cue_start < f.cue_end]
            if sp.how == "inner" or (sp.how == "relative" and mention.name not in _UNNAMED_SOURCES):
                # "X wrote: 'Y says ...'": Y's words inside X's; X's frame stays for the rest
                # ("X blamed Y, which has denied it": the relative clause is Y's)
                out = [f for f in out if f not in overlapping]
                out.append(frame)
                continue
            if relay is not None or sp.relayed_by:
                out = [
                    f for f in out
                    if f not in overlapping and f.claimant != relay
                    and (relay is not None or f.claimant not in _UNNAMED_SOURCES)
                ]  # fmt: skip
                out.append(frame)
                continue
            if not overlapping:
                if (
                    not frames
                    or sp.how in ("according", "owner")
                    or all(f.cue_start >= cue_end for f in frames)
                    or self._next_clause_speaker(sentence, frames, sp)
                ):
                    out.append(frame)
                continue
            for f in overlapping:
                if (
                    sp.how == "subject"
                    and base + sp.verb_at == f.cue_start
                    and (
                        (sp.named and _carried(sentence, frames, f))
                        or (  # "..., police said, while the organisers put the toll at 23"
                            not sp.named
                            and not sp.description.startswith(("pron:", "person:"))
                            and _carried_from(sentence, frames, f) is not None
                            and _CONTRAST_BEFORE.search(sentence.text, 0, sp.start) is not None
                        )
                    )
                ):
                    # "X denied any role, and the next day Zedland said ...": the verb has a
                    # subject of its own, not the speaker the sentence opened with
                    if mention.name != f.claimant:
                        out[out.index(f)] = frame
                        took_over = True
                    continue
                fragment = (
                    not f.resolved
                    and not f.anonymous
                    and f.claimant != mention.name
                    and f.claimant.lower() in mention.name.lower()
                )
                if fragment:
                    out[out.index(f)] = replace(
                        f, claimant=mention.name, resolved=mention.resolved, kind=mention.kind
                    )
        if took_over:
            out = _carry_on(sentence, frames, out)
        joint: dict[int, list[Frame]] = {}
        for f in out:
            if f.joint is not None:
                joint.setdefault(f.joint, []).append(f)
        # "X and Y, citing the army, reported ...": relays of one source, not speakers
        citing = any(s.how == "citing" for s in speakers)
        for sp in speakers:  # "X and Y said": every speaker of the verb, none dropped
            if citing:
                break
            group = [s for s in speakers if s.verb_at == sp.verb_at]
            if _title_of_the_next(sentence.text, sp, group):
                continue
            if (
                sp in repeats
                or sp.verb_at < 0
                or len(group) < 2
                or any(
                    f.claimant == self._speaker_name(sentence, sp, attributor)
                    for f in joint.get(base + sp.verb_at, [])
                )
            ):
                continue
            mention = self._resolve_speaker(sentence, sp, attributor)
            if mention is None:
                continue
            cue_start, cue_end = base + sp.cue_start, base + sp.cue_end
            out = [
                f
                for f in out
                if f.joint == base + sp.verb_at
                or not (f.cue_start < cue_end and cue_start < f.cue_end)
            ]
            added = Frame(
                mention.name, mention.resolved, mention.anonymous, cue_start, cue_end,
                _frame_date(sentence, cue_start, cue_end, attributor.disc),
                mention.kind, mention.side, joint=base + sp.verb_at,
                until=base + sp.until if sp.until >= 0 else None,
            )  # fmt: skip
            out.append(added)
            joint.setdefault(base + sp.verb_at, []).append(added)
        titles = [
            sp
            for sp in speakers
            if _title_of_the_next(
                sentence.text, sp, [s for s in speakers if s.verb_at == sp.verb_at]
            )
        ]
        out = [  # the title's frame goes: its holder, named after it, speaks
            f
            for f in out
            if not any(
                f.cue_start == base + sp.cue_start and f.joint == base + sp.verb_at for sp in titles
            )
        ]
        out.sort(key=lambda f: f.cue_start)
        for f in out:
            if not f.anonymous and (f.resolved or " " in f.claimant):
                self._named.append(f)
        return out

    def read(self) -> list[ExtractedClaim]:
        doc = self.doc
        title_span = _find_title(doc.text, doc.title) if doc.title else None
        if doc.title and title_span is None:
            self._read_text(doc.title, in_title=True, title_span=(0, len(doc.title)))
        self._read_text(doc.text, in_title=False, title_span=title_span)
        self._name_titled()
        self._name_descriptions()
        self._tidy_claimants()
        _tolls_of_run_health_bodies(self.claims, doc.text)
        _full_person_names(self.claims, doc.text)
        _titles_dropped(self.claims)
        self._spokespeople_speak_for_bodies()
        _one_spelling(self.claims)
        self._drop_told_accusations()
        _harmonise_groups([c for c in self.claims if id(c) not in self._parts], self.claims)
        _drop_self_contradictions(self.claims)
        _blame_for_a_misfire(self.claims)
        _own_munitions_misfire(self.claims, self._misfire_sides)
        _own_munition_denials(self.claims, doc.text, doc.title or "")
        self._drop_unconfirmed_own_side_denials()
        _drop_repeated_outlet_causes(self.claims, doc.text)
        return self.claims

    def _spokespeople_speak_for_bodies(self) -> None:
        """What a spokesperson says is the claim of the body they speak for, under whichever
        form of their name the report uses ("Rusk said", "Col. Ivo Rusk told reporters")."""
        bodies: dict[str, tuple[str, bool] | None] = {}  # surname -> (body, known), or None
        for pattern in _SPEAKS_FOR:
            for m in pattern.finditer(self.doc.text):
                surface = re.sub(r"^the\s+", "", m.group("body").strip())
                known = self.index.lookup(surface)
                if len(surface.split()) < 2 and known is None:
                    continue  # "Army spokesperson Ivo Rusk": which army, the report says elsewhere
                body = (known or surface, known is not None)
                surname = m.group("name").split()[-1]
                if bodies.setdefault(surname, body) != body:
                    bodies[surname] = None  # two bodies for one surname: none
        for claim in self.claims:
            words = claim.claimant.split()
            if claim.claimant_resolved or claim.claimant_anonymous or not words:
                continue
            body = bodies.get(words[-1]) if words[-1][:1].isupper() else None
            if body is not None:
                claim.claimant, claim.claimant_resolved = body

    def _drop_unconfirmed_own_side_denials(self) -> None:
        """A side's "the rocket was not ours" denies a misfire only where the report tells of
        its own munitions (its air defence, "not our rocket" in its words); an attacker
        saying the same denies a strike, which these words do not tell apart."""
        if not self._own_side_denials:
            return
        sides = self._misfire_sides | {
            _side_stem(m.group("side") or m.group("side2"))
            for m in _OWN_MUNITION.finditer(self.doc.text)
        }
        sides.discard("")
        own_words = {
            c.claimant
            for c in self.claims
            if c.kind == "cause"
            and c.cause == "misfire"
            and c.polarity == "denied"
            and all(c is not d for d in self._own_side_denials)
        }
        unconfirmed = [
            c
            for c in self._own_side_denials
            if c.claimant not in own_words and _side_stem(c.agent) not in sides
        ]
        self.claims[:] = [c for c in self.claims if all(c is not u for u in unconfirmed)]

    def _drop_told_accusations(self) -> None:
        """A cause the outlet's own voice states by a verb of speech ("governments blamed
        X", "X was accused by Y") is someone else's accusation whose speaker went unnamed:
        not the outlet's claim."""
        kept = []
        for claim in self.claims:
            # the outlet, or the agency it carries ("Daily (AFP)"), telling it
            relay = claim.claimant == self.publisher or f"({claim.claimant})" in self.publisher
            if claim.kind == "cause" and relay:
                body = self.doc.title if claim.in_title else self.doc.text
                cue = body[claim.start : claim.end]
                if _SPEECH_ACT_CUE.match(cue) and (
                    claim.attribution == "outlet"
                    or _PASSIVE_BY.match(body[claim.start : claim.end + 40])
                ):
                    continue
                if claim.attribution == "outlet" and (
                    _NAMED_AS_BEFORE.search(body, max(0, claim.start - 50), claim.start)
                    or _CLAIM_THAT_BEFORE.search(body, max(0, claim.start - 130), claim.start)
                ):
                    continue
            kept.append(claim)
        self.claims[:] = kept

    def _tidy_claimants(self) -> None:
        """No adverb in a name ("the Front still" is the Front), no sentence adverb as a speaker
        ("First reported at 20 dead": the outlet's voice), no claim by nobody ("no group
        has said ..."), and a country that speaks is the body that speaks for it."""
        kept = []
        voices: dict[str, tuple[str, bool] | None] = {}
        for claim in self.claims:
            name = _TRAILING_ADVERB.sub("", claim.claimant)
            staff = _HOSPITAL_STAFF_OF.match(name)
            if staff:  # "doctors at Vell General Hospital said": the hospital's claim
                name = staff.group("hospital")
            when = _LEADING_WHEN.match(name)
            if when and len(name) > when.end():  # "Earlier today the Vell government"
                name = re.sub(r"^(?:the|The)\s+", "", name[when.end() :])
            if name != claim.claimant and name:
                if claim.agent == claim.claimant:  # "it was behind it": the agent is the speaker
                    claim.agent = name
                claim.claimant = name
            below = self._body_of_country(claim)
            if below is not None:
                claim.claimant, claim.claimant_resolved = below.claimant, below.claimant_resolved
            elif claim.claimant != self.publisher:
                if claim.claimant not in voices:  # one reading per name, not per claim
                    voices[claim.claimant] = self._country_voice(claim.claimant)
                voice = voices[claim.claimant]
                if voice is not None:
                    claim.claimant, claim.claimant_resolved = voice
            if _NOBODY.match(claim.claimant):
                continue
            if claim.claimant.lower() in _NOT_SPEAKERS:
                claim.claimant, claim.claimant_resolved = self.publisher, True
                claim.attribution = "headline" if claim.attribution == "headline" else "outlet"
                claim.relayed_by = None
            kept.append(claim)
        self.claims[:] = kept

    def _name_titled(self) -> None:
        """ "Flood deaths rise to 300, minister says": the minister is the first speaker of
        the story whose name carries that title ("the eastern government's health minister");
        a title no speaker below carries names no one, and its claims go."""
        titled = list(self._titled) + [  # "Governor blames overloading for ...": a bare title
            (c, c.claimant.lower())
            for c in self.claims
            if c.attribution == "headline" and _BARE_TITLE.fullmatch(c.claimant)
        ]
        for claim, title in titled:
            word = re.compile(rf"\b{re.escape(title)}\b", re.IGNORECASE)
            holder = next(
                (
                    c
                    for c in self.claims
                    if c.attribution != "headline"
                    and c.claimant
                    and (word.search(c.claimant) or self._titled_in_text(title, c.claimant))
                ),
                None,
            )
            if holder is not None:
                claim.claimant, claim.claimant_resolved = holder.claimant, holder.claimant_resolved
        self.claims[:] = [c for c in self.claims if c.claimant != SILENT]

    def _titled_in_text(self, title: str, name: str) -> bool:
        """ "the regional governor, Ana Marsh," or "Governor Ana Marsh", or "Ana Marsh, Vell's
        Ambassador to Xland": the report gives the person that title."""
        before = re.search(
            rf"\b{re.escape(title)}\b,?[ \t]+(?-i:(?:[A-Z][\w.'’-]*[ \t]+){{0,2}}?"
            rf"{re.escape(name)})\b",
            self.doc.text,
            re.IGNORECASE,
        )
        if before is not None or " " not in name:
            return before is not None
        after = re.search(
            rf"(?-i:\b{re.escape(name)}),[ \t]+"
            rf"(?:(?:the|a|an)[ \t]+|(?-i:[A-Z][\w'’-]*)['’]s[ \t]+)?"
            rf"(?:[\w'’-]+[ \t]+){{0,2}}?{re.escape(title)}\b",
            self.doc.text,
            re.IGNORECASE,
        )
        return after is not None

    def _body_of_country(self, claim: ExtractedClaim) -> ExtractedClaim | None:
        """ "Xland estimates 100 dead" over "Xland's health office estimates 100 dead": the
        headline's country is the body of that country that gives the same figure below."""
        if claim.kind != "casualty" or claim.attribution != "headline":
            return None
        body = self.doc.title if claim.in_title else self.doc.text
        line = body[body.rfind("\n", 0, claim.start) + 1 : claim.start]
        opening = _HEADLINE_COUNTRY.match(line)
        speaker = opening.group("who") if opening else claim.claimant
        found = country_of(speaker)
        if found is None:
            return None
        names = "|".join(re.escape(n) for n in {speaker, *found} if n)
        of_country = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)
        return next(
            (
                other
                for other in self.claims
                if other.kind == "casualty"
                and other.attribution != "headline"
                and (other.category, other.min, other.max) == (claim.category, claim.min, claim.max)
                and of_country.search(other.claimant)
                and country_of(other.claimant) is None
            ),
            None,
        )

    def _country_voice(self, name: str) -> tuple[str, bool] | None:
        """ "Xland denied ...": a country speaks through its military where the story names
        that military ("the Xland Defence Forces say", a claim of the Xish army), else
        through its government ("Xish government"). None for a name that is no country."""
        found = country_of(name)
        if found is None:
            return None
        country, adjective = found
        # a known military of that country speaks in this report (whether or not what it said
        # made a claim: "according to its army's officials, airstrikes usually ...")
        speakers = dict.fromkeys(
            [c.claimant for c in self.claims] + [f.claimant for f in self._named]
        )
        for claimant in speakers:
            side = self.index.side_of(claimant)
            if self.index.kind_of(claimant) == "military" and side in (country, adjective):
                return claimant, True
        names = "|".join(
            re.escape(n).replace(r"\ ", r"\s+") for n in {country, adjective, name} if n
        )
        military = re.compile(
            rf"\b(?:{names})(?:['’]s)?\s+(?:[Mm]ilitary|[Aa]rmy|[Aa]rmed\s+[Ff]orces|"
            rf"Defen[cs]e\s+Forces)\b{_MILITARY_AS_SUBJECT}"
        )
        m = military.search(self.doc.text)
        if m is not None:
            known = self.index.lookup(m.group())
            if known:
                return known, True
            surface = re.sub(r"\s+", " ", m.group())
            if surface.endswith("Forces"):  # a proper name: "Xland Defence Forces"
                return surface, False
            return f"{adjective} military", False
        return f"{adjective} government", False

    def _name_descriptions(self) -> None:
        """A claimant left as a bare description ("Ministry", "the military") is the named
        source of that kind the document quotes: the last one before, else the first after
        ("..., ministry claims" in a headline, "the Westland health ministry said" below)."""
        for claim in self.claims:
            word = re.sub(r"^the\s+", "", claim.claimant.lower())
            office = _BARE_OFFICE.fullmatch(word)
            if claim.claimant_anonymous or (word not in _DESCRIPTION and office is None):
                continue
            # "Foreign Ministry: ..." over "Zedland's Foreign Minister Ana Oré said": hers
            heads = (
                rf"{office.group(1)}\s+minist(?:ry|er)"
                if office
                else _DESCRIPTION_HEADS.get(word, word)
            )
            named = [
                f
                for f in self._named
                if f.claimant.lower() != word
                and " " in f.claimant
                and re.search(rf"\b(?:{heads})\b", f.claimant.lower())
                # "the hospital": one the story names ("Vell General Hospital"), not "doctors
                # at the hospital", which names none
                and (word != "hospital" or _NAMED_HOSPITAL.search(f.claimant))
            ]
            before = [f for f in named if f.cue_start <= claim.start and not claim.in_title]
            if word in ("group", "militia", "movement") and not claim.in_title:
                # "abducted by the Vell Front. The group said ...": the group last named, even
                # one that has not spoken, rather than a group that speaks further down
                groups = list(NAMED_GROUP.finditer(self.doc.text, 0, claim.start))
                last = groups[-1] if groups else None
                if last is not None and (not before or last.start() > before[-1].cue_start):
                    name = last.group("name")
                    known = self.index.lookup(name)
                    claim.claimant, claim.claimant_resolved = known or name, known is not None
                    continue
            if not named:
                continue
            pick = before[-1] if before else named[0]
            claim.claimant, claim.claimant_resolved = pick.claimant, pick.resolved

    def _read_text(self, text: str, *, in_title: bool, title_span: tuple[int, int] | None) -> None:
        attributor = Attributor(
            self.index, self.published, text, self.doc.publisher,
            body=self.doc.text if in_title else "",
        )  # fmt: skip
        quotes = quoted_spans(text)
        sentences = _headline_parts(
            split_sentences(text), lambda s: in_title or self._in_headline(s, title_span)
        )
        readable: list[tuple[Sentence, bool, list[Frame]]] = []
        skipped = [self._skipped(sentence.text) for sentence in sentences]
        for i in range(1, len(sentences)):
            if skipped[i - 1] and _AT_THE_TIME.search(sentences[i].text):
                # "Last year, a drone strike hit the plant. X said at the time that nine died."
                skipped[i] = True
        # the sentences a parse may be asked of: parsed in one batch when the first one is
        candidates = [
            sentence
            for sentence, skip in zip(sentences, skipped, strict=True)
            if self.use_parse
            and not skip
            and self._may_need_parse(
                sentence, headline=in_title or self._in_headline(sentence, title_span)
            )
        ]
        parsed: dict[int, Doc] = {}
        for sentence, skip in zip(sentences, skipped, strict=True):  # 1st: who speaks in each
            if skip:
                attributor.remember(sentence, [])
                continue
            headline = self._in_headline(sentence, title_span)
            frames = attributor.frames(sentence, headline=headline or in_title)
            if self.use_parse and self._needs_parse(
                sentence, frames, headline=headline or in_title
            ):
                if sentence.start not in parsed:
                    batch = [sentence, *(s for s in candidates if s.start > sentence.start)]
                    docs = speech.parse([s.text for s in batch])
                    parsed.update(zip([s.start for s in batch], docs, strict=True))
                speakers = speech.speakers(parsed[sentence.start])
                frames = self._with_parse(sentence, frames, speakers, attributor)
            else:
                self._named.extend(
                    f for f in frames if not f.anonymous and (f.resolved or " " in f.claimant)
                )
            _nested_relays(sentence, frames)
            _cited_by_speaker(sentence, frames)
            attributor.remember(sentence, frames)
            readable.append((sentence, headline, frames))
        frames_at = {
            sentence.start: _first_person_quoted(sentence, frames, quotes)
            for sentence, _, frames in readable
        }
        previous: tuple[Sentence, list[Frame]] | None = None
        turns = [] if in_title else interview_turns(text)
        for sentence, headline, frames in readable:  # second pass: what each one claims
            frames = _first_person_quoted(sentence, frames, quotes)
            sentence_quotes = quotes
            turn = turn_at(turns, sentence.start) if turns and not headline else None
            if turn is not None and turn.speaker and all(f.claimant == SILENT for f in frames):
                frames = []  # "A: We have ruled out sabotage.": "we" is the one answering
            if turn is not None and not frames:
                if turn.question:  # "Q: Were 30 people killed?": a question asserts nothing
                    previous = (sentence, frames)
                    continue
                # "Velt: I am afraid so.": the interviewee's own words (or, when the report
                # does not say who answers, someone we cannot name)
                frames = [
                    Frame(turn.speaker or SILENT, False, False, sentence.start, sentence.start,
                          self.published, "person")
                ]  # fmt: skip
                sentence_quotes = [*quotes, (turn.label_end, turn.end)]
            if not frames:
                frames = self._quote_speaker(sentence, sentences, quotes, frames_at)
            if not any(f.claimant for f in frames) and self.use_parse and not headline:
                # '"23 lost their lives. Many have gone home," committee secretary Hana Pell
                # said.': the closing sentence names the speaker where the patterns cannot
                closing = _quote_closing(sentence, sentences, quotes)
                if closing is not None and not any(
                    f.claimant for f in frames_at.get(closing.start, [])
                ):
                    if closing.start not in parsed:
                        parsed[closing.start] = speech.parse([closing.text])[0]
                    found = self._with_parse(
                        closing, [], speech.speakers(parsed[closing.start]), attributor
                    )
                    frames = [f for f in found if f.claimant] or frames
            if (
                not frames
                and not headline
                and previous is not None
                and not previous[1]
                and self.use_parse
                and _QUOTE_OPENS.match(sentence.text)
                and _SAID_AFTER_QUOTE.search(previous[0].text)
                and "\n" not in text[previous[0].end : sentence.start]
            ):
                # '"...," said Vell's president Amil Rostan. "...": the quote goes on in the
                # words of the speaker the patterns could not name (the parse can)
                before = previous[0]
                if before.start not in parsed:
                    parsed[before.start] = speech.parse([before.text])[0]
                found = self._with_parse(
                    before, [], speech.speakers(parsed[before.start]), attributor
                )
                previous = (before, [f for f in found if not f.anonymous and f.claimant])
            if (
                not frames
                and not headline
                and previous is not None
                and previous[1]
                and self.use_parse
                and _QUOTE_OPENS.match(sentence.text)
                and previous[0].text.rstrip().endswith(":")
            ):
                # "Zedland's Ministry of Justice said in a statement:" and the statement in a
                # paragraph of its own: the parse names the speaker in full, as in a sentence
                # holding a claim of its own
                before = previous[0]
                if before.start not in parsed:
                    parsed[before.start] = speech.parse([before.text])[0]
                found = self._with_parse(
                    before, previous[1], speech.speakers(parsed[before.start]), attributor
                )
                previous = (before, found or previous[1])
            if not frames and not headline and previous is not None:
                frames = _continued(text, previous, sentence, self.published)
            if self.foreign_lead is not None and (
                in_title
                or about_foreign_lead(
                    sentence.text, sentence.start, self.foreign_lead, self.published
                )
            ):
                previous = (sentence, frames)
                continue  # the lead incident's, not the event's
            first_new = len(self.claims)
            self._claims_in(sentence, frames, sentence_quotes, headline=headline, in_title=in_title)
            if _EARLIER_INCIDENT.match(sentence.text):
                # "Earlier, X had said ...": only X's earlier statement is read; the outlet's
                # own words in it recall the story, which it told above
                self.claims[first_new:] = [
                    c for c in self.claims[first_new:] if c.attribution != "outlet"
                ]
            if previous is not None and not headline:
                self._figures_given_after(previous[0], sentence, frames)
                self._said_so_after(previous[0], sentence, frames, in_title=in_title)
            previous = (sentence, frames)

    def _figures_given_after(
        self, before: Sentence, sentence: Sentence, frames: list[Frame]
    ) -> None:
        """ "40 people died in the flood. The Vell health office gave the figures.": the
        figures the sentence before stated in the outlet's voice are the giver's."""
        gave = _GAVE_FIGURES.search(sentence.text)
        if gave is not None:
            self._outlet_claims_to(
                before, sentence.start + gave.start(), frames, kind="casualty", relays=False
            )

    def _said_so_after(
        self, before: Sentence, sentence: Sentence, frames: list[Frame], *, in_title: bool
    ) -> None:
        """ "Xland was given no proof of it. Its minister Ana Ore said so on Monday.": what
        the sentence before told in the outlet's voice is the speaker's of the one after."""
        said = _SAID_SO.search(sentence.text)
        if said is not None:
            at = sentence.start + said.start(said.lastgroup or 0)
            self._outlet_claims_to(before, at, frames, in_title=in_title)

    def _outlet_claims_to(
        self,
        before: Sentence,
        cue_at: int,
        frames: list[Frame],
        *,
        kind: str | None = None,
        in_title: bool | None = None,
        relays: bool = True,
    ) -> None:
        """The claims `before` told in the outlet's own voice become those of the speaker
        whose cue is at `cue_at` in the next sentence (a named speaker, not the outlet)."""
        speaker = next((f for f in frames if f.cue_start <= cue_at < f.cue_end), None)
        if speaker is None or not speaker.claimant or speaker.claimant == self.publisher:
            return
        for claim in self.claims:
            if (
                claim.attribution == "outlet"
                and before.start <= claim.start < before.end
                and (kind is None or claim.kind == kind)
                and (in_title is None or claim.in_title == in_title)
            ):
                claim.claimant, claim.attribution = speaker.claimant, "reported"
                claim.claimant_resolved = speaker.resolved
                claim.claimant_anonymous = speaker.anonymous
                if relays:
                    claim.relayed_by = speaker.relayed_by
                claim.stated_on = speaker.stated_on or claim.stated_on

    @staticmethod
    def _quote_speaker(
        sentence: Sentence,
        sentences: list[Sentence],
        quotes: list[tuple[int, int]],
        frames_at: dict[int, list[Frame]],
    ) -> list[Frame]:
        """A quote running over several sentences is attributed where it closes."""
        closing = _quote_closing(sentence, sentences, quotes)
        return frames_at.get(closing.start, []) if closing is not None else []

    @staticmethod
    def _in_headline(sentence: Sentence, title_span: tuple[int, int] | None) -> bool:
        return title_span is not None and (
            sentence.start < title_span[1] and title_span[0] < sentence.end
        )

    def _skipped(self, text: str) -> bool:
        """A caption, a credit, an embed, a correction's retracted figure or a sentence about
        an earlier incident."""
        return bool(
            _BOILERPLATE.match(text)
            or _CAPTION_HINT.search(text)
            or _RETRACTED.search(text)
            or self._background(text)
        )

    def _background(self, text: str) -> bool:
        """A sentence about an earlier incident is history, not a claim about this one:
        "In May 2013, a KC-135 broke apart", "Earlier, Kuwaiti forces shot down ...",
        "On March 1, ..." (well before publication)."""
        earlier = _EARLIER_INCIDENT.match(text)
        if earlier:
            # "Earlier, the agency had quoted an official as saying ...": an earlier statement
            # about this event, not an earlier incident
            return not _EARLIER_STATEMENT.match(text, earlier.end())
        if self.published is None:
            return False
        m = _PAST_YEAR.search(text, 0, 40)
        if (
            m is not None
            and int(m.group(1)) < self.published.year
            and not _PAST_FINDING.match(text)
        ):
            return True
        weekday = _OPENING_WEEKDAY.match(text)
        if weekday and self.lead_day is not None:  # "On Monday, a strike on the station ..."
            when = resolve_date(weekday.group(1), self.published)
            if (
                when is not None
                and when < self.lead_day
                and not _EARLIER_STATEMENT.match(text, weekday.end())
            ):
                return True
        opening = _OPENING_DATE.match(text)
        if opening:
            when = resolve_date(opening.group(1), self.published)
            return when is not None and (self.published - when).days > 7
        month = _OPENING_MONTH.match(text)
        if month and not _FOUND_THAT.search(text):  # "In February, 17 people drowned ..."
            event_on = self.doc.event.occurred_on if self.doc.event else None
            named = MONTHS[month.group(1).lower()]
            if event_on is not None:
                return named != event_on.month and (event_on.month - named) % 12 <= 6
            # a month after this one is last year's ("In June, ..." in March), unless the
            # sentence looks ahead ("In June, the inquiry will report")
            back = (self.published.month - named) % 12
            return 2 <= back <= 6 or (back > 6 and not _LOOKS_AHEAD.search(text))
        return False

    # -- one sentence ----------------------------------------------------------------
    def _frame_for(
        self,
        frames: list[Frame],
        pos: int,
        sentence: Sentence,
        *,
        headline: bool,
        end: int | None = None,
    ) -> Frame | None:
        frame = self._frame_at(frames, pos, sentence, headline=headline, end=end)
        if frame is not None and frame.cue_start > pos and _NO_ONE.match(frame.claimant):
            return None  # "..., and no group has claimed it": not the speaker of what came before
        return frame

    def _frame_at(
        self,
        frames: list[Frame],
        pos: int,
        sentence: Sentence,
        *,
        headline: bool,
        end: int | None = None,
    ) -> Frame | None:
        """The frame whose content holds `pos`: the nearest cue before it, else the one after
        it in the same clause ("X crashed, the ministry said"). A figure that a relative
        clause gives a speaker of its own ("the 500 deaths that the Vell ministry reported")
        is that speaker's."""
        if not frames:
            return None
        if end is not None:
            own = next((f for f in frames if f.cue_start >= end), None)
            if own is not None and _RELATIVE_SPEAKER_AFTER.fullmatch(
                sentence.text, end - sentence.start, own.cue_start - sentence.start
            ):
                return own
        before = [f for f in frames if f.cue_start <= pos]
        if before and (before[-1].until is None or pos < before[-1].until):
            if _WRITER_TURN.search(sentence.text, before[-1].cue_end - sentence.start,
                                   pos - sentence.start):  # fmt: skip
                return None
            if _IN_RELATIVE.search(sentence.text, 0, before[-1].cue_start - sentence.start) and (
                "," in sentence.text[before[-1].cue_end - sentence.start : pos - sentence.start]
            ):
                return None  # "The strike, which Zedland blamed on Vell, killed 12": not Zedland's
            turn = _WRITER_CLOCK.search(sentence.text, before[-1].cue_end - sentence.start)
            if turn is not None and turn.start() <= pos - sentence.start < turn.end():
                return None  # "Vell denies shelling the market as toll rises to 34"
            return before[-1]
        after = [f for f in frames if f.cue_start > pos]
        if not after:
            return None
        frame = after[0]
        fronted = _FRONTED_ADJUNCT.match(sentence.text)
        if fronted and pos - sentence.start < fronted.end() <= frame.cue_start - sentence.start:
            return None  # "After the strike on the depot, Renk announced ...": the outlet's words
        between = sentence.text[pos - sentence.start : frame.cue_start - sentence.start]
        if _OBJECT_RELATIVE.search(between) and len(after) > 1:
            frame = after[1]
            between = sentence.text[pos - sentence.start : frame.cue_start - sentence.start]
        if _CLAUSE_BREAK.search(between):
            return None  # "crew of three -- but ... six airmen, according to X": not X's
        if _RELATIVE_SPEAKER.search(between):
            return None  # "85 died in blasts, for which the Front claimed ...": not its count
        if _CLAUSE_SPEAKER.search(between):
            return None  # "the toll is 40, while aid groups say 90": the speaker of the next clause
        if _THAT_SPEAKER.search(between):
            # "the 89 who died in blasts that the Front has claimed, according to X": the
            # relative clause speaks of the blasts; the figure is X's, or the outlet's
            rest = next(
                (
                    f
                    for f in after[1:]
                    if _RELAY_CUE.match(sentence.text, f.cue_start - sentence.start)
                ),
                None,
            )
            if rest is not None and _RELAY_GAP.fullmatch(
                sentence.text, frame.cue_end - sentence.start, rest.cue_start - sentence.start
            ):
                return rest
            return None
        says = _TRAILING_SAYS.match(sentence.text, frame.cue_start - sentence.start)
        if headline and not (says and re.search(r",\s*$", between)):
            # ("Two killed as missiles hit, says Kessan official": the speaker closes the title)
            rest = sentence.text[frame.cue_end - sentence.start :].split(";", 1)[0]
            if re.search(r"\w", rest):
                return None  # "Helicopter crashes, ministry blames fault": two claims
        return frame

    def _claim(
        self,
        sentence: Sentence,
        frames: list[Frame],
        quotes: list[tuple[int, int]],
        start: int,
        end: int,
        trigger: int,
        *,
        headline: bool,
        in_title: bool,
        count: bool = False,
    ) -> ExtractedClaim | None:
        abs_start, abs_end, abs_trigger = (
            sentence.start + start,
            sentence.start + end,
            sentence.start + trigger,
        )
        frame = self._frame_for(
            frames, abs_trigger, sentence, headline=headline or in_title, end=abs_end
        )
        if (
            frame is not None
            and count
            and _RELATIVE_COUNT.search(sentence.text, 0, start)
            and not (
                frame.cue_start < abs_start
                and _RELAY_CUE.match(sentence.text, frame.cue_start - sentence.start)
            )
        ):
            # "X claimed the attack that killed 84": the outlet's description (but "According
            # to X, the rocket which killed two came from Y": all of it is X's account)
            frame = None
        if frame is not None and frame.claimant == SILENT:
            title = None
            if headline or in_title:
                base = sentence.start
                title = _HEADLINE_TITLE.fullmatch(
                    sentence.text[frame.cue_start - base : frame.cue_end - base]
                )
            if title is None:
                return None  # said by someone we cannot name: not the outlet's claim either
            claim = ExtractedClaim(
                claimant=SILENT, attribution="headline", kind="", start=abs_start, end=abs_end,
                stated_on=self.published, claimant_resolved=False, in_title=in_title,
            )  # fmt: skip
            self._titled.append((claim, title.group("title").lower()))
            return claim
        if frame is None:
            return ExtractedClaim(
                claimant=self.publisher,
                attribution="headline" if headline or in_title else "outlet",
                kind="",
                start=abs_start,
                end=abs_end,
                stated_on=self.published,
                in_title=in_title,
            )
        if headline or in_title:
            attribution = "headline"
        elif in_spans(abs_trigger, quotes):
            attribution = "quote"
        else:
            attribution = "reported"
        return ExtractedClaim(
            claimant=frame.claimant,
            attribution=attribution,
            kind="",
            start=abs_start,
            end=abs_end,
            stated_on=frame.stated_on or self.published,
            claimant_resolved=frame.resolved,
            claimant_anonymous=frame.anonymous,
            relayed_by=frame.relayed_by,
            in_title=in_title,
        )

    def _claims_in(
        self,
        sentence: Sentence,
        frames: list[Frame],
        quotes: list[tuple[int, int]],
        *,
        headline: bool,
        in_title: bool,
    ) -> None:
        text = sentence.text
        if text.rstrip().endswith("?"):
            self._previous_counts = []
            return  # a question asserts nothing
        counts, causes = self._found(text, headline=headline or in_title)
        rejected = rejected_span(text) if any(c.polarity == "denied" for c in causes) else None
        if rejected:  # "claims that it shot down two jets are baseless": not a count
            counts = [c for c in counts if not (rejected[0] <= c.trigger < rejected[1])]
        if any(c.cause in _NOT_HOSTILE and c.polarity == "affirmed" for c in causes):
            # "the aircraft was lost because of a malfunction": the loss is known, the cause
            # is the claim
            counts = [
                c
                for c in counts
                if not (c.category == "aircraft_lost" and _DEFINITE.match(text[c.start : c.end]))
            ]
        first_new = len(self.claims)
        for count in counts:
            claim = self._claim(
                sentence, frames, quotes, count.start, count.end, count.trigger,
                headline=headline, in_title=in_title, count=True,
            )  # fmt: skip
            if claim is None:
                continue
            if count.speculative and claim.claimant == self.publisher:
                continue  # "as many as 300 may have died" in the outlet's voice: a guess
            claim.kind = "casualty"
            claim.category = count.category
            claim.group = count.group
            claim.min, claim.max = count.min, count.max
            claim.qualifier = count.qualifier
            claim.total = count.total
            claim.scope = count.scope
            joint = self._joint_claims(claim, frames)
            if count.part:
                self._parts.update(id(c) for c in (claim, *joint))
            self.claims.append(claim)
            self.claims.extend(joint)
        self._name_groups(sentence.text, first_new)
        affirmed: list[ExtractedClaim] = []
        for cause in causes:
            if cause.cause == "misfire":
                near = text[max(0, cause.start - 40) : cause.end + 40]
                self._misfire_sides |= {
                    _side_stem(m.group("side") or m.group("side2"))
                    for m in _OWN_MUNITION.finditer(near)
                }
            claim = self._claim(
                sentence, frames, quotes, cause.start, cause.end, cause.trigger,
                headline=headline, in_title=in_title,
            )  # fmt: skip
            if claim is None:
                continue
            if not claim.claimant_resolved and BARE_GROUP.fullmatch(claim.claimant):
                continue  # "which the militant group pinned on X", the group never named
            if (
                cause.cause == "natural"
                and claim.claimant != self.publisher
                and _SOLACE.search(text)
            ):
                continue  # "ready to help after the floods the storm brought": sympathy
            claim.kind = "cause"
            claim.cause = cause.cause
            claim.polarity = cause.polarity
            claim.agent = self._agent(cause.agent, claim.claimant)
            owner = _CLAIM_BY_THAT.search(text, max(0, cause.start - 150), cause.start)
            if cause.agent == _CLAIMANT and owner is not None:
                # "rejected a claim by the Front that it had hit the ship": "it" is the Front
                name = re.sub(
                    r"^\S+-(?:backed|aligned|allied|linked|led|based)\s+", "", owner["owner"]
                )
                claim.agent = self._agent(name, claim.claimant)
            if (
                claim.cause == "hostile_fire"
                and claim.agent
                and _side_stem(claim.agent) == _side_stem(claim.claimant)
                and _OWN_TROOPS.search(text)
            ):
                # "four of their own soldiers died in a strike by a Norland jet", said by
                # Norland's army: its own strike on its own men
                claim.cause = "friendly_fire"
            if claim.agent in self.places and _DEMONYM_SHAPE.fullmatch(claim.agent):
                claim.agent = None  # "the Xton terror attack", the report saying "in Xton"
            claim.hedge = cause.hedge
            if cause.context == "own_side":
                if not self._speaks_for(claim.claimant, cause.agent):
                    continue  # "the rocket was not Ruritanian", said by someone else: unread
                claim.agent = self._agent(cause.agent, claim.claimant)
                self._own_side_denials.append(claim)
            elif cause.context == "agrees":
                agreed = self._agreed_cause(claim.claimant, first_new)
                if agreed is None:
                    continue  # "the outlet endorsed that conclusion": nothing before to agree with
                claim.cause, claim.agent = agreed.cause, agreed.agent
            elif cause.context:
                required = cause.context in ("required", "required_claim")
                accused = self._accused_cause(
                    claim.claimant, required, own_deeds=cause.context == "required_claim"
                )
                if accused is not None:
                    claim.cause, claim.agent = accused.cause, accused.agent
                elif required:
                    continue
            if cause.cause == "under_investigation" and claim.claimant == self.publisher:
                self._investigator(claim, text, cause.end)
            if claim.claimant == self.publisher and not claim.in_title:
                told = _UNNAMED_REPORTS.match(text)
                if told and told.end() <= cause.start and ";" not in text[: cause.start]:
                    continue  # "Some reports suggest a gas leak was behind it": no one named
                if _ATTACKERS_MEANS.fullmatch(text[cause.start : cause.end]):
                    continue  # "when a pair of suicide bombers blew themselves up": background
                if cause.polarity == "denied" and _SUBJECT_RULES_OUT.match(text[: cause.start]):
                    continue  # "The airline ruled out a technical fault": its denial, unnamed
            if _HEARD_CLAIM_BEFORE.search(text, max(0, cause.start - 120), cause.start):
                continue  # "we have heard statements that it was our missile": others' claim
            if claim.agent is None and self._named_by_place(text, cause.start, cause.end):
                continue  # "access to the site of the Xtown missile strike": the event's name
            if _restates(claim, self.claims[first_new:]):
                continue  # "an accident, most likely fired by air defences": one claim, said once
            if claim.polarity == "affirmed" and claim.cause not in _OPEN_CAUSES:
                affirmed.append(claim)
            self.claims.append(claim)
            self.claims.extend(self._joint_claims(claim, frames))
        self._accused_age += 1
        if affirmed:
            self._accused, self._accused_age = affirmed, 0

    def _investigator(self, claim: ExtractedClaim, text: str, cue_end: int) -> None:
        """ "The cause is under investigation by the Vell police": the police say it is open;
        the outlet only tells it."""
        by = _INVESTIGATED_BY.match(text, cue_end)
        if by is None or claim.in_title:
            return
        who = by.group("who")
        known = self.index.lookup(who)
        claim.claimant, claim.claimant_resolved = known or who, bool(known)
        claim.attribution = "reported"

    def _named_by_place(self, text: str, start: int, end: int) -> bool:
        """ "the Xtown missile strike", "Zedland bombings toll climbs": a bare noun of the
        event that only a place qualifies names the event; it asserts no cause of its own
        ("the Zedish missile strike", "the Xtown terror attack" do)."""
        if not _BARE_EVENT_NOUN.fullmatch(text[start:end]):
            return False
        before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        place = before.group("place")
        country = country_of(place)
        return place in self.places or (country is not None and country[0] == place)

    def _agreed_cause(self, claimant: str, first_new: int) -> ExtractedClaim | None:
        """The cause "X endorsed that conclusion" agrees with: the last one another speaker
        affirmed, in this sentence or the last two; None when the outlet told it."""
        recent = [
            c
            for c in self.claims[first_new:]
            if c.kind == "cause" and c.polarity == "affirmed" and c.cause not in _OPEN_CAUSES
        ]
        if not recent and self._accused_age <= 2:
            recent = self._accused
        recent = [c for c in recent if c.claimant not in (claimant, self.publisher)]
        return recent[-1] if recent else None

    def _accused_cause(
        self, claimant: str, by_reference: bool, *, own_deeds: bool = False
    ) -> ExtractedClaim | None:
        """The cause a denial by reference denies: of the causes the last sentences affirmed,
        the one naming the denier as agent, else (for "this is not true", which names no
        one) the one cause they all name. With `own_deeds` ("dismissed the claim"), a side's
        claim of its own deed counts too."""
        if not self._accused or self._accused_age > 2:
            return None
        denier = claimant.lower()
        for claim in self._accused:
            agent = (claim.agent or "").lower()
            if agent and agent != claim.claimant.lower() and (agent in denier or denier in agent):
                return claim
        # "the Front said it fired the missile. Zedland denied the accusation": a group's claim
        # of its own deed accuses no one, so it is not what a third party's denial denies
        # nor is the denier's own account: "the ministry said gunmen opened fire ... it called
        # the group's statement propaganda" rejects the group's figures, not its own cause
        accusations = [
            c
            for c in self._accused
            if not (c.agent and c.agent == c.claimant) and c.claimant.lower() != denier
        ]
        if own_deeds:  # "the Front said it downed the jet. The army dismissed the claim."
            accusations = [c for c in self._accused if c.claimant.lower() != denier]
        if by_reference and accusations and len({c.cause for c in self._accused}) == 1:
            return accusations[-1]
        return None

    @staticmethod
    def _joint_claims(claim: ExtractedClaim, frames: list[Frame]) -> list[ExtractedClaim]:
        """ "X and Y said ...": the same claim for each speaker of the shared verb."""
        mine = next(
            (f for f in frames if f.claimant == claim.claimant and f.joint is not None), None
        )
        if mine is None:
            return []
        return [
            replace(
                claim,
                claimant=f.claimant,
                claimant_resolved=f.resolved,
                claimant_anonymous=f.anonymous,
                relayed_by=f.relayed_by,
                joint=True,
            )
            for f in frames
            if f.joint == mine.joint and f.claimant != claim.claimant
        ]

    def _name_groups(self, text: str, first_new: int) -> None:
        """A count that names no group ("the toll stood at seven", "seven deaths") counts
        the population of the count it refers back to: an earlier one in the same sentence,
        else one of the preceding sentence (the same claimant's first, else the first).
        Without such a context, the toll of an incident with no aircraft counts people;
        in an aircraft loss, only a sentence about the aircraft counts its crew, and any
        other count is dropped: a guessed "crew" would be compared by the rules with the
        crew's own count."""
        new = self.claims[first_new:]
        previous = self._previous_counts
        self._previous_counts = []
        if not new:
            return
        kept: list[ExtractedClaim] = []
        for claim in new:
            if claim.kind == "casualty" and claim.group == UNNAMED:
                context = [
                    c
                    for c in kept
                    if c.group and c.category != "aircraft_lost" and c.group not in _PART_GROUPS
                ] or [c for c in previous if c.group not in _PART_GROUPS]
                pick = next((c for c in context if c.claimant == claim.claimant), None) or (
                    context[0] if context else None
                )
                if pick is not None:
                    claim.group, claim.scope = pick.group, pick.scope
                elif not self.aircraft_event:
                    claim.group = "people"  # the toll of a strike, a quake, a capsizing
                elif claim.scope == "incident" and _AIRCRAFT_WORD.search(text):
                    claim.group = "crew" if self.us_context else "people"
                else:
                    continue
            kept.append(claim)
        del self.claims[first_new:]
        self.claims.extend(kept)
        self._previous_counts = [
            c for c in kept if c.kind == "casualty" and c.group and c.category != "aircraft_lost"
        ]

    def _agent_finder(self, text: str, start: int, end: int) -> str | None:
        """Who fired: "fired by X", "X shot down", or the claimant itself ("we", "its fighters")."""
        after = _AGENT_BY.search(text, end, min(len(text), end + 110))
        if after and _NOT_BY_AGENT.match(after.group("agent")):
            after = None  # "set off by remote control", "carried out by the burial site"
        if after:
            phrase = _AGENT_TAIL.split(after.group("agent"))[0].strip()
            named = _NAME_RUN.match(phrase)
            if named:  # "launched by the Vell Front hit the clinic": the name, not its verb
                phrase = re.sub(r"\s+(?:of|the)$", "", named.group(0))
            name = self._source_in(phrase)
            weapon = _WEAPON_PHRASE.search(phrase) if name is None else None
            if weapon:  # "hit by three drones overnight": the weapon, not who fired it
                owner = _WEAPON_OWNER.match(phrase[: weapon.start()])
                phrase = owner.group(1) if owner else ""  # "by Zedland drones": Zedland
            if name or (after.start() - end <= 40 and phrase):
                return name or phrase
        # "according to X, the blasts were caused by ...": X is the source, not the agent
        before = _SOURCE_CUE.sub(lambda m: " " * len(m.group(0)), text[:start])[-70:]
        # a newsroom reports a strike and never fires one ("XTOWN (Vell Wire) - Missiles hit");
        # "Xish officials tell Vell Radio the missile came from ...": the radio only listens
        mentions = [
            m
            for m in self.index.find(before)
            if m.kind not in _NEWSROOMS and not _LISTENER.search(before, 0, m.start)
        ]
        if mentions and not _SAID.search(before[mentions[-1].end :]):
            return mentions[-1].name  # "the Sahil Brigades shot down", not "X said it was hit"
        tail = before[-40:]
        for word in reversed(list(re.finditer(r"\b[A-Z][a-z]{3,}\b", tail))):
            if _SAID.search(tail, word.end()):
                break  # "Vell said a missile hit": the speaker, not who fired
            name = self.index.lookup_demonym(word.group())
            if name and self.index.kind_of(name) not in _NEWSROOMS:
                return name
        owner = OWNED_CLAIM.search(before)
        if owner:  # "question Xgroup's claim that it was behind the attack": Xgroup
            return self._source_in(owner.group("owner")) or owner.group("owner")
        if _PASSIVE_DEED.match(text, start) or _PASSIVE_DEED.search(before[-12:]):
            return None  # "when it was hit", "the ship came under fire": the one struck
        if _BLAMED_OTHER.search(before):
            return None  # "X blamed Y, saying they had fired": they are Y, not X
        if (
            _SELF_AGENT.search(before[-45:]) or _SELF_AGENT.match(text[start:])
        ) and not _JUDGED_BY_SPEAKER.search(before[-45:]):
            return _CLAIMANT
        if re.search(r"\bresistance\b", before[-30:], re.IGNORECASE):
            return "resistance groups"
        return None

    def _source_in(self, phrase: str) -> str | None:
        mentions = self.index.find(phrase)
        if mentions:
            return mentions[0].name
        for word in re.findall(r"\b[A-Z][a-z]{3,}\b", phrase):
            name = self.index.lookup_demonym(word)
            if name:
                return name
        return None

    def _speaks_for(self, claimant: str, side: str | None) -> bool:
        """Whether the claimant's own name holds the side ("Ruritania's President A B", "the
        Ruritanian army" for "Ruritanian"): its denial of that side's munition is its own."""
        if not side:
            return False
        wanted = {_side_stem(side)}
        for name in (self.index.lookup(side), self.index.lookup_demonym(side)):
            if name:
                wanted.add(_side_stem(name))
        for word in re.findall(r"(?-i:[A-Z][\w-]+)", claimant):
            word = re.sub(r"['’]s$", "", word)
            stems = {_side_stem(word)}
            country = self.index.lookup_demonym(word)
            if country:
                stems.add(_side_stem(country))
            if len(word) >= 4 and stems & wanted:
                return True
        return False

    def _agent(self, agent: str | None, claimant: str) -> str | None:
        if agent is None:
            return None
        if agent == _CLAIMANT:
            return claimant
        if " " not in agent:  # "Ruritanian" (an airstrike's adjective) -> "Ruritania"
            return self.index.lookup(agent) or self.index.lookup_demonym(agent) or agent
        return self.index.lookup(agent) or agent


def extract(doc: DocumentInput, sources: Sequence[KnownSource]) -> ExtractionResult:
    """Read the claims of one document; bad input gives `skipped_reason`, never an error."""
    reason = skipped_reason(doc.text or "", doc.language)
    if reason is not None:
        return ExtractionResult(skipped_reason=reason)
    try:
        index = _source_index(sources)
        claims = _DocumentReader(doc, index).read()
        rank_claims(doc.text, claims)
        published = doc.published_at.date() if doc.published_at else None
        event = propose_event(doc.text, doc.title, published)
    except nlp.ModelError:
        raise  # the site's configuration, not the document: say so, in one line
    except Exception as exc:  # a document must never stop the pipeline; the log has the bug
        logger.exception("claim extraction failed")
        return ExtractionResult(skipped_reason=f"extractor error: {type(exc).__name__}")
    return ExtractionResult(claims=claims, event=event)
