"""Attribution: for each sentence, who asserts its content and from when.

A *frame* is a speech cue ("said", "according to", "in a statement issued by") with its
claimant. The claimant is a known source found by alias, an anonymous official, a named
but unknown speaker (a provisional source), or a pronoun/description ("it", "the
command", "the military") resolved against the sources already named in the document.
Sentences without a frame are in the outlet's own voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from .claimants import NATIONALITY_WORD, Mention, SourceIndex, find_anonymous, find_generic
from .dates import AT_THE_TIME, find_dates
from .nationality import (
    COUNTRY_NAMES,
    NATIONALITY,
    NATIONALITY_ALTERNATION,
    country_of,
    nationality_label,
)
from .sentences import Sentence

SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|told(?:\s+reporters)?|tells|stated|states|stating|stressed|"
    r"stresses|stressing|emphasi[sz]ed|emphasi[sz]ing|added|adding|confirmed|confirms|"
    r"confirming|claimed|claims|claiming|announced|announces|announcing|reported|reports|"
    r"noted|insisted|insists|declared|denied|denies|acknowledged|indicated|wrote|posted|"
    r"tweeted|went\s+on|explained|warned|disclosed|revealed|specified|alleged|asserted|asserts?|"
    r"maintained|estimated|(?:has|had|have)\s+been\s+made\s+aware|was\s+made\s+aware|"
    r"knew\s+of|spoke\s+to\s+reporters|briefed\s+reporters|updated\s+its\s+\w+|described|"
    r"blames?|blamed|blaming|attribut(?:ed|es|ing)(?=\s+(?:it|this|that|the|them)\b)|cites|cited|"
    # "hospitals admitted 30 injured people, police said": taken in, not conceded ("admitted
    # 30 soldiers were killed" concedes: a verb follows the count)
    r"admit(?:s|ted|ting)?(?!\s+(?:(?:at\s+least|about|some|over|more\s+than|nearly|almost)\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|scores|several|many|[a-z]+ty|[a-z]+teen|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|the)(?:\s+(?!(?:were|was|had|have|has|are|is|"
    r"died|killed)\b)[\w-]+){0,3}?\s*(?:[,.;]|\s(?:to|for|with|"
    r"on|in|at|from|after|overnight|since|by)\b|$))|conceded?|concedes|"
    r"conceding|acknowledges|maintains?|insists?|insisting|repeated|repeats|dismissed|"
    r"dismissing|vowed|accused|called|calling|rejected|rejects|deny|argued|argues|argue|"
    r"hint(?:s|ed|ing)?(?=\s+(?:at|that)\b)|disavow(?:s|ed|ing)?|"
    r"commented|remarked|contended|contends|replied|reasoned|countered|"
    # "outlets were still citing the first day's figure of 30 dead": they give the figure
    r"(?:citing|quoting|repeating|carrying|using)(?=\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:figure|toll|tally|count|number)s?\b)|"
    r"(?:has|have|had)\s+claimed|claim(?:ed)?\s+to\s+have|rul(?:ed|es|ing)\s+out|"
    r"put(?:s|ting)?\s+the\s+(?:death\s+)?(?:toll|number|figure)|"
    r"put(?:s|ting)?\s+the\s+(?:number\s+of\s+)?(?:dead|deaths|injured|wounded|missing)(?=\s+at\b)|"
    r"sp(?:eak|eaks|oke|eaking)\s+of|"
    # "X gave a toll of 27", "X raised the death toll to 12": X states the figure
    r"(?:g[ai]ven?|gives|giving|rais(?:ed|es|ing)|lower(?:ed|s|ing)?|revis(?:ed|es|ing)|"
    r"updat(?:ed|es|ing))\s+(?:a|the|its|their)\s+(?:(?:new|revised|updated|latest|official|"
    r"first|initial|provisional)\s+)?(?:death\s+)?(?:toll|tally)"
    r"(?=(?:\s+(?:down|up|upward|upwards|downward|downwards))?\s+(?:of|to|at|from|as)\b)|"
    # "X had earlier given a figure of 22 dead": X states the figure
    r"(?:g[ai]ven?|gives|giving)\s+(?:a|the|its|their)\s+(?:(?:new|revised|updated|latest|"
    r"official|first|initial|provisional|lower|higher)\s+)?(?:figure|count)(?=\s+of\b)|"
    # "X gave the figures": X is the source of the figures the sentence before stated
    r"(?:g[ai]ve|gives|provided|provides|released|issues|issued)\s+(?:the|these|those)\s+"
    r"(?:figures?|numbers?|tolls?|tallies)(?=\s*[,.;]|\s*$)|"
    # "X informed MPs that ...": X asserts what the that-clause holds
    r"informed(?=\s+(?:[\w'’-]+\s+){1,4}?that\b)|"
    # "X presented proof that ...": X asserts what follows
    r"(?:present(?:ed|s|ing)|offer(?:ed|s|ing)|put(?:s|ting)?\s+forward)\s+(?:\w+\s+)?"
    r"(?:evidence|proof)(?=\s+that\b)|"
    # "X has corrected its earlier figure for deaths": X states the new one
    r"correct(?:ed|s|ing)\s+(?:its|their|the)\s+(?:(?:earlier|previous|initial|first)\s+)?"
    r"(?:death\s+)?(?:toll|tally|figures?|count)\b|"
    r"count(?:s|ed)(?=\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly)\s+)?\d)|"
    # "X held Y responsible": X blames (the one held is the content, not the speaker)
    r"h(?:e|o)ld(?:s|ing)?(?=\s+(?:[\w'’-]+\s+){1,6}?(?:responsible|accountable)\b)|"
    # "X pointed the finger at Y", "X placed the blame on Y", "X condemned Y for the attack"
    r"point(?:s|ed|ing)?(?=\s+(?:the\s+|a\s+)?fingers?\s+at\b)|"
    r"(?:plac(?:e|es|ed|ing)|la(?:y|ys|id|ying)|pinn(?:ed|ing)|pins?|puts?|putting)"
    r"(?=\s+(?:the\s+)?blame\b)|"
    r"condemn(?:s|ed|ing)?(?=\s+(?:[\w'’-]+\s+){1,5}?for\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attack|strike|bombing|shelling|blast|explosion|massacre|killing|crime))|"
    r"charg(?:e|es|ed|ing)(?=\s+(?:[\w'’-]+\s+){1,5}?with\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attack|strike|bombing|shelling|blast|explosion|massacre|killing|crime))|"
    # "X pinned the blast on Y"
    r"pin(?:s|ned|ning)(?=\s+(?:[\w'’-]+\s+){0,5}?on\b)|"
    # "X informed MPs that", "X briefed the council that", "X made an official statement that"
    r"(?:inform|brief|assur)(?:s|ed|ing)?(?=\s+(?:[\w'’-]+\s+){1,4}?that\b)|"
    r"(?:ma(?:de|kes?|king)|issu(?:ed|es?|ing))\s+(?:an?\s+)?(?:(?:official|formal|public|brief|"
    r"short|written|joint)\s+)?statement(?=\s+(?:that|saying)\b)|"
    # "X has endorsed that conclusion", "Y backed the finding": X agrees with a stated cause
    r"(?:endors(?:e|es|ed|ing)|back(?:s|ed|ing)?|shar(?:e|es|ed|ing)|accept(?:s|ed|ing)?|"
    r"concur(?:s|red|ring)?\s+with|agree(?:s|d|ing)?\s+with)(?=\s+(?:that|this|the|those|these)\s+"
    r"(?:\w+\s+)?(?:conclusion|findings?|assessment|account|version)\b)|"
    # "X is setting out its argument that", "X made the case that": X argues what follows
    r"(?:ma(?:de|kes?|king)|set(?:s|ting)?\s+out|la(?:id|ys?|ying)\s+out|present(?:s|ed|ing)?|"
    r"put(?:s|ting)?\s+forward)\s+(?:the|its|their|his|her|a)\s+(?:\w+\s+)?(?:case|argument)"
    r"(?=\s+that\b))\b",
    re.IGNORECASE,
)
# a speech verb in the passive has its claimant after "by" ("confirmed dead by the command")
_PASSIVE_BY = re.compile(r"^[\w\s]{0,25}?\bby\s+$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+\s+)?$", re.I)

ACCORDING = re.compile(
    r"\b(?:according\s+to|as\s+per|citing|in\s+the\s+words\s+of|(?:in\s+)?(?:a|an|its|their)\s+(?:\w+day\s+)?"
    r"(?:separate\s+|initial\s+|new\s+|later\s+|written\s+|joint\s+|brief\s+)?(?:statement|post|announcement|"
    r"release)\s+(?:issued\s+|published\s+|posted\s+)?(?:by|from)|"
    r"(?:figures|data|statistics|numbers)\s+(?:released\s+|published\s+|issued\s+)?(?:by|from)"
    r"(?=\s+(?:the\s+)?[A-Z])|by\s+(?=[^,]{0,40}['’]s\s+"
    r"(?:count|tally|figures|data|account)))\s+",
    re.IGNORECASE,
)
_POSSESSIVE_CUE = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(?:\w+\s+){0,2}?(?:count|tally|figures?|estimates?|data|statement|post|"
    r"announcement|report|release|account|update|toll|bulletin)\b",
    re.IGNORECASE,
)
# "said the group's statement was propaganda": a statement another speaker judges, not one
# its owner speaks in
_JUDGED = re.compile(
    r"\s+(?:was|were|is|are)\s+[\"“]?(?:(?:a|an|pure|simply|just|nothing\s+but)\s+)*[\"“]?"
    r"(?:propaganda|false|lies?|untrue|baseless|fabricat\w*|unfounded|groundless|nonsense|"
    r"absurd|ridiculous|exaggerat\w*|inaccurate|wrong|misleading)\b",
    re.IGNORECASE,
)
_CUE_GAP_WORDS = re.compile(
    r"^(?:\s|,|a|an|the|its|their|statement|post|initial|latest|separate|issued|by|from|"
    r"published|U\.S\.|US|local|provincial|regional|state|national|official|figures|data|"
    # "according to four officials", "according to the first source": how many, which one
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|first|second|third)*$",
    re.IGNORECASE,
)
_SUBJECT_GAP = re.compile(
    # "X — whose raid started the war — called ...": an aside between dashes
    r"^(?:\s+|,|\([^()]{0,80}\)|,[^,;“”\"]{1,180},|\s*[—–]\s[^—–.;:“”\"]{1,200}?\s[—–]|\s+-\s[^.;:“”\"]{1,200}?\s-(?=\s)|['’]s\s+(?:\w+\s+){0,2}?(?:statement|post|"
    r"announcement|report|release|spokes\w+|update|bulletin|figures|data|count|tally|communiqu[eé])|"
    r"\s+(?:tally|count|figures|statement|data|update|bulletin|release)\b|"
    r"\s+(?:with\s+(?:direct\s+)?knowledge\s+of|familiar\s+with|close\s+to|briefed\s+on)"
    r"(?:\s+[\w'’-]+){1,5}|"
    r"\s+(?:at|in|from|with|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}(?=\s*,)|"
    r"\s+(?:at|in|from|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"\s+(?:(?:armed|militant|rebel|insurgent|news|state)\s+)?(?:group|militia|faction|movement|"
    r"organi[sz]ation|agency|alliance|umbrella\s+group|operator|company)\b|"
    r"\b(?:has|have|had|also|then|later|again|"
    r"previously|initially|first|just|further|now|already|earlier|officially|publicly|instead|"
    r"separately|quickly|subsequently|in\s+a\s+(?:\w+\s+)?(?:statement|post)|on\s+\w+|"
    # "X rushed to blame", "X had appeared to blame": the subject of the verb it governs
    r"(?:rushed|hastened|moved|sought|appeared|seemed|(?:was|were)\s+quick)\s+to|"
    r"(?:late|early|earlier)\s+\w+day|\w+day(?:\s+(?:night|morning|afternoon|evening))?|"
    r"this\s+(?:morning|week)|today|yesterday|who\s+(?:was|were)\s+granted\s+anonymity)\b)*$",
    re.IGNORECASE,
)
# "..., said the ministry." / "..., says the command, adding": verbs that take their speaker after
# ("told X" is never X's statement: X is the listener)
_INVERTIBLE = re.compile(
    r"(?:said|says|added|wrote|stated|explained|noted|reported|announced|confirmed)$", re.I
)
_AFTER_INVERTED = re.compile(r"\s*(?:[,.;:)]|$|on\s+\w+|in\s+a\s+|late\s|early\s)", re.I)
_INVERTED_GAP = re.compile(
    r"^\s*(?:on\s+)?(?:(?:late|early|earlier)\s+)?(?:\w+day)?(?:\s+(?:night|morning|"
    r"afternoon|evening))?\s*$",
    re.IGNORECASE,
)
# a capitalised name right before a speech verb: a speaker not among the known sources
_NAMED_SPEAKER = re.compile(
    r"(?P<name>(?:(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|of\s+|de\s+)?[A-Z][\w'’.-]+){0,4})"
    # "Vell, whose raid started the war, said", "Vell — its raid started the war — said"
    r"(?:\s*,[^,;“”\"]{1,120},|\s*[—–]\s[^—–.;:“”\"]{1,200}?\s[—–]|\s+-\s[^.;:“”\"]{1,200}?\s-)?\s*$"
)
# "the paper was accused by Democratic Rep. Ana Marsh of ...": a person who accuses, by name
_PASSIVE_ACCUSER = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:accused|critici[sz]ed|"
    r"condemned|blamed|faulted|attacked|rebuked)\s+by\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?"
    r"(?P<name>(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+))(?![\w'’-]|\s+[A-Z])"
)
# "A doctor at the district hospital, Ada Venn, said": a role, then a full name, then the verb
_ROLE_THEN_NAME = re.compile(
    r"\W*(?:An?|The|One)\s+(?P<role>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,7}),\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’-]+){1,3}),\s*$"
)
# the descriptions of a body, not of a person: "a rights group", "an aid charity"
_BODY_ROLE = re.compile(
    r"\b(?:group|organi[sz]ation|network|charity|association|union|party|forum|body|committee|"
    r"monitor|watchdog|observatory|trust|foundation|coalition|alliance)$",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "They",
        "He",
        "She",
        "We",
        "I",
        "You",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Officials",
        "Reports",
        "Report",
        "Sources",
        "Media",
        "Observers",
        "Analysts",
        "Experts",
        "Critics",
        "Witnesses",
        "Residents",
        "Some",
        "Many",
        "Others",
        "Both",
        "All",
        "One",
        "Two",
        "Three",
        "Earlier",
        "Later",
        "However",
        "Meanwhile",
        "Also",
        "Still",
        "Yet",
        "Then",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Reply",
        "Summary",
        "Added",
    ]
)
_TITLE_WORDS = re.compile(
    r"^(?:(?:Governor|President|Prime\s+Minister|Minister|Spokes(?:man|woman|person)|Mayor|"
    r"Commander|Ambassador|Chief|Senator|Provincial|Regional|Deputy|Foreign|Defen[cs]e|"
    r"Interior|Health)\s+)+"
)
# a sentence without any of these has no speech cue
_MAY_ATTRIBUTE = re.compile(
    r"\b(?:sa(?:id|ys?|ying)|told|tell|stat|stress|emphasi|add|confirm|claim|announc|report|"
    r"note|insist|declar|den(?:y|ie)|acknowledg|indicat|wr(?:ote|ite)|post|tweet|went\s+on|explain|"
    r"warn|disclos|reveal|specif|alleg|assert|maintain|estimat|made\s+aware|knew|spoke|brief|inform|assur|(?:case|argument)\s+that|"
    r"updat|describ|blam|cit|admit|conced|repeat|dismiss|vow|accus|call|reject|argu|accord|per\b|"
    r"statement|post|rul|put|h(?:e|o)ld|speak|figures\s+from|count|g[ai]v|rais|lower|revis|"
    r"correct|present|offer|forward|condemn|charg|point|plac|laid|lay|pin|hint|disavow|inform|"
    r"endors|back|shar|accept|concur|agree)|"
    r"(?:figures?|toll|tally|count|data|statistics)\s+(?:show|indicat|suggest|ha(?:ve|s)\s+shown)|"
    r"['’]s\s|s['’]\s|:",
    re.IGNORECASE,
)
_ORG_SPOKES = re.compile(
    r"\b(police|navy|army|ministry|defen[cs]e|air\s+force|health|port|transport|disaster|"
    r"rescue|emergency)\s+(?:spokes\w+|officials?|officers?)",
    re.IGNORECASE,
)
# "placed the blame on": "blame" after a determiner is the noun, not the verb
# "Xland and Yland trade blame", "sought to shift blame": the noun, which both or no side speaks
_DETERMINER_END = re.compile(
    r"\b(?:the|a|any|no|its|their|his|her|our|trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|"
    r"shift(?:s|ed|ing)?|deflect(?:s|ed|ing)?|avoid(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)
# "the militant group Harl Brigade": the name a description labels
_LABELLED_NAME = re.compile(
    r"\s(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})\b"
)
# the capitalised name of a body just before "officials"/"spokesman" ("Harbour Board officials")
_OWNER_RUN = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*"
    r"[A-Z][\w'’.-]*)\s$"
)
# the capitalised words inside the anonymous phrase, before its role ("Ministry spokesman")
_OWNER_INNER = re.compile(
    r"^(?:(?:an?|the|one)\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+)+)"
    r"(?=(?:officials?|spokes\w+|officers?)\b)"
)
_OWNER_VAGUE = re.compile(
    r"(?i:US|U\.S\.|senior|military|defen[cs]e|security|government|administration|intelligence|"
    r"local|police|navy|naval|army|ministry|health|port|rescue|emergency|hospital|the|of|for|and|"
    r"medical|civil|top|chief|former|current|other|many|some|public|western|eastern|northern|"
    r"southern|central|national|international|foreign|interim|"
    r"state|federal|provincial|regional|city|district|[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)|"
    r"Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Officials?|Sources?"
)
# "Harbour Board: 12 dead", "May 4 — Harbour Board in Morrow: 12 dead": a name of two or more
# capitalised words (a place after "in" left out) opens the line and speaks what follows
_COLON_SPEAKER = re.compile(
    r"^(?P<dated>[^:“”\"\n]{1,40}\s[—–-]\s+)?(?P<name>(?:The\s+)?[A-Z][\w'’.&-]*"
    r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’.&-]*){1,5})(?:\s+in\s+[A-Z][\w'’.-]*)?:\s"
)
_COLON_SURNAME = re.compile(r"^(?P<dated>)(?P<name>[A-Z][a-z][\w'’-]+):\s")
# words of a label, not a speaker ("Live Updates:", "Fact Check:", "Photo Gallery:")
_COLON_TOPIC = re.compile(
    r"\b(?:Live|Updates?|Breaking|Watch|Video|Photos?|Gallery|Exclusive|Analysis|Opinion|"
    r"Explainer|Factbox|Timeline|Editorial|Comment|Review|Fact|Check|News|Latest|Read|More|"
    r"Also|Related|Podcast|Listen|Pictures|Key|Update|Day|Week|Part|Chapter|Summary|Note|"
    r"Editor|Correction|Source|Sources|Credit|Caption|Image|Graphic|Map|Report|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Q|A|Question|Answer|Interview|Floods?|"
    r"Storms?|Blasts?|Attacks?|Crash(?:es)?|Explosions?|War|Quake|Earthquake|Fires?|Strikes?|"
    r"Toll|Crisis|Disaster|Conflict|Hurricane|Cyclone|Typhoon|Tragedy|Bombings?|Shooting|"
    r"Collapse|Missile|Incident)\b"
)
# a description of a body by its kind alone, no adjective that would pick an armed group
# "operated by state-owned Zedcoal", "owned by the Vell Group": who runs the place or vehicle
_OPERATED_BY = re.compile(
    r"\b(?:operated|owned|run)\s+by\s+(?:the\s+)?(?:(?:state-owned|state-run|private|"
    r"privately\s+owned|domestic|local|national)\s+(?:carrier\s+|company\s+|firm\s+)?)?"
    r"(?P<name>(?-i:[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}))"
)
# "the truck's owner, Vellhaul, said", "the plant's operator, Aquazed,": a company named in
# apposition to what it runs, whom a later "the company said" stands for
_OWNER_APPOSED = re.compile(
    r"(?i:\b(?:owner|operator|management\s+company|company|firm|contractor|builder|"
    r"developer|manufacturer)),\s+(?P<name>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}),"
)
# an airline by its name: "a Vell Air jet", "Vell Airways flight 12", "the Vell Airlines plane"
_AIR_WORD = re.compile(r"\b(?:Air|Airlines?|Airways|Aviation|Air\s+Lines)\b")
_AIRLINE_NAME = re.compile(
    r"(?P<name>(?-i:[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,2}\s+"
    r"(?:Air|Airlines?|Airways|Aviation)))\s+(?:plane|jet|airliner|aircraft|flight|"
    r"passenger|cargo|Boeing|Airbus)",
)
_BARE_BODY = re.compile(
    r"(?i:the|its|their)\s+(?:aid\s+|humanitarian\s+|relief\s+|charity\s+)?"
    r"(?:group|organi[sz]ation|agency)"
)
# descriptions that also end proper names ("Harbour National Army", "Vell City Police"); a ministry
# description resolves on its own
_PROPER_HEADS = frozenset(["generic:army", "generic:navy", "generic:police", "generic:airforce"])
# the people of a ministry: "health officials", "an interior ministry spokesman"
# "in Morrow", "in the worst-hit province": officials of a place, not of a ministry
_IN_A_PLACE = (
    r"\s+(?:in|from)\s+(?:(?:the\s+)?(?-i:[A-Z])|the\s+(?:[\w-]+\s+){0,2}"
    r"(?:province|region|district|city|town|area|state|county))"
)
_MINISTRY_PEOPLE = re.compile(
    r"\b(?:(health)\s+(?:ministry\s+)?|(interior|foreign|defen[cs]e)\s+ministry\s+)"
    r"(?:officials?|spokes(?:man|woman|person)|officers?)\b",
    re.IGNORECASE,
)
# the head nouns of bodies: "the ministry" may stand for a "Ministry of Canals" no list holds
_BODY_NOUNS = frozenset(
    ["ministry", "army", "navy", "police", "authority", "office", "operator", "company",
     "council", "commission", "agency", "service", "institute", "committee"]
)  # fmt: skip
# bodies whose full name ends in their kind ("Vell Relief Agency", "Harbour Authority")
_NAMED_BODY_HEADS = frozenset(["agency", "authority", "commission", "council", "service"])
_NEWSROOM_WORD = re.compile(r"\b(?:News|Press|Wire|Media|Broadcasting)\b")
# a description, not a name: "Rights group", "Monitoring group", "aid agency"
_DESCRIPTION_WORDS = re.compile(r"[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3}")
_CLAUSE_END = re.compile(r";|\s(?:as|while|but|even\s+as)\s", re.IGNORECASE)
_HEADLINE_SPEAKER = re.compile(
    r"^(?P<subject>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,4}?)\s+(?:(?:is\s+)?forced\s+to\s+)?"
    r"(?i:says?|said|admits?|denies|deny|confirms?|names|blames|cites|rules\s+out|concedes?|"
    r"claims?|reports?|announces?|warns?|insists?|acknowledges?|accuses|rejects|dismisses|"
    r"raises|revises|puts|lowers?|cuts?|updates?|"
    # "Renk calls the strike a provocation": his judgement (not "calls for", "calls on")
    r"calls(?!\s+(?:for|on|upon|off|up|in|out|back|to|at)\b))\b"
)
_ORG_TITLE = re.compile(
    r"\b(agency|ministry|police|navy|army|defen[cs]e|authority|office|company|operator)\s+"
    r"(?:head|chief|spokes(?:man|woman|person)|director|commander|official)\s+$",
    re.IGNORECASE,
)
_NAME_LEAD = re.compile(
    # '"...," Renk added, saying ...': the name after a quote that a comma closes
    r"(?:[,;:—–]\s*(?:the\s+)?|[,!?][\"”’']\s*|\band\s+|\b(?:while|whereas)\s+(?:the\s+)?|"
    r"\bspokes(?:man|woman|person)\s+|\b(?:governor|minister|commander|"
    r"general|president|chief|head|director|mayor|ambassador)\s+)$",
    re.IGNORECASE,
)
# "President Tomas Renk", "Vell's Foreign Minister Ana Oré": a person by title and name
TITLED_PERSON = re.compile(
    r"(?:[A-Z][\w-]+['’]s\s+)?(?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Interior|Health|"
    r"Justice)\s+)*(?:President|Minister|Secretary|Governor|Mayor|Premier|Chancellor|Ambassador|"
    r"Senator|Gen\.|General|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.)(?:\s+[A-Z][\w'’.-]+){1,3}"
)
_PERSON_TITLE = re.compile(r"^(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s")


# verbs whose subject is a speaker beyond doubt (not "reports", "claims", "called": nouns
# or verbs that take other subjects)
_CORE_SPEECH = re.compile(
    r"said|says|say|told|stated|claimed|announced|confirmed|insisted|insists|denied|denies|"
    r"acknowledged|admitted|admits|asserted|alleged|maintained|declared|warned|stressed|"
    r"blamed|blames?|counts|counted|(?:has|have|had)\s+claimed|commented|remarked|contended|"
    r"argued|replied|reasoned|accused|accuses|"
    # "The opposition put the death toll at 35": its figure, never the outlet's own
    r"put(?:s|ting)?\s+the\s+(?:death\s+)?(?:toll|number|figure)|"
    r"put(?:s|ting)?\s+the\s+(?:number\s+of\s+)?(?:dead|deaths|injured|wounded|missing)|"
    r"(?:was|were|is|are)\s+still\s+(?:citing|quoting|repeating|carrying|using)|"
    r"(?:citing|quoting|repeating|carrying|using)|"
    # only before "that conclusion", "the finding" (SPEECH_VERB): agreement, said
    r"endors(?:ed|es)|back(?:ed|s)|accept(?:ed|s)|shar(?:ed|es)|(?:concurred|agreed)\s+with",
    re.IGNORECASE,
)
_FIGURE_SUBJECT = re.compile(
    r"\b(?:count|tally|toll|figures?|estimates?|data|numbers?|statistics)\s*$", re.IGNORECASE
)
_STAND_ACCUSED = re.compile(
    r"\b(?:stands?|stood|is|are|was|were|be|been|being|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+", re.IGNORECASE)
_SAID_TO = re.compile(r"\s+to\s+(?:have|be)\b", re.IGNORECASE)
# "I cannot say whether ...", "we don't know to say if ...", "he was unable to say": a "say" that
# is not said is no cue of speech; the one who cannot say is quoted by a verb of their own
_UNSAID = re.compile(
    r"\b(?:cannot|can['’]?t|could\s+not|couldn['’]t|(?:do|does|did)\s+not\s+know\s+to|"
    r"(?:don|doesn|didn)['’]t\s+know\s+to|(?:un)?able\s+to|too\s+(?:early|soon)\s+to)"
    r"(?:\s+(?:yet|really|now))?\s+$",
    re.IGNORECASE,
)
# a capitalised speech-verb word after a capitalised word ends a name ("the Federated States")
_NAME_END = re.compile(r"States|Reports|Notes|Claims|Posts|Says|Declares|Warns|Tells")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:])\s[A-Z][\w.'’-]*\s+$|^[A-Z][\w.'’-]*\s+$")
# "... reports for Vell Radio from Corin": the reporter's byline
_BYLINE_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
# "At a briefing, spokesman Ivo Rusk": a spokesperson of no body the phrase names
_BARE_SPOKESPERSON_LEAD = re.compile(
    r"(?:^|[,;:—–!?][\"”’']?\s*|\b(?:and|while|said)\s+)(?:(?:its|their|the)\s+)?"
    r"spokes(?:man|woman|person)\s+$",
    re.IGNORECASE,
)
# "Amil Rostan, the board's spokesperson,": a named person and the role in apposition
_APPOSED_NAME = re.compile(
    r"(?:^|\s)(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]+){1,3}),\s+(?:(?:the|a|an)\s+[^,;:\"“”]{0,60})?$"
)
# "A spokesman, Colonel Piet Arno, said": the name (after a rank or title) then the verb
_NAME_AFTER_ROLE = re.compile(
    r",\s+(?:(?:Colonel|Col\.|Major|Maj\.|Captain|Capt\.|General|Gen\.|Lieutenant|Lt\.|"
    r"Sergeant|Sgt\.|Admiral|Adm\.|Brigadier|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2}),\s*"
    r"(?:said|says|told|added|stated|confirmed|claimed|insisted|maintained|denied)\b"
)
_ONE_ROLE = re.compile(r"(?:spokes(?:man|woman|person)|official|officer|adviser|advisor)$", re.I)
# "officials in the Vell administration": the body the officials speak for
_OFFICIALS_OF = re.compile(
    r"\s+(?:in|of|from)\s+the\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:administration|government))\b"
)
_NOUN_CUE = re.compile(r"reports|claims|states|statements|posts", re.IGNORECASE)
_THEN_VERB = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:say|said|suggest\w*|indicat\w*|claim\w*|show\w*|allege\w*)\b",
    re.IGNORECASE,
)
_PARTICIPLE_STATE = re.compile(
    r"\s+(?:as\s+)?(?:dead|killed|deceased|missing|alive|injured|wounded|safe|lost)\b", re.I
)
# auxiliaries and adverbs between a subject and its verb
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|again|repeatedly|previously|earlier|later|separately|"
    r"already|now|then|since|both|all|each|instead|(?:on|late|early)\s+\w+day|\w+day|"
    r"(?:rushed|hastened|moved|sought|appeared|seemed|(?:was|were)\s+quick)\s+to|"
    r"in\s+a\s+(?:\w+\s+)?statement)|"
    r",\s*(?:however|though|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part)\s*,|"
    # "the Zish government, citing its own data, has endorsed ...": the aside of its source
    r",\s*(?:citing|quoting)\s+[^,;:“”\"]{1,60},)*\s*$",
    re.IGNORECASE,
)
_SUBJECT_BOUNDARY = re.compile(
    r"[,;:—–(“”\"]|\b(?:that|which|who|while|whereas|but|because|when|after|before|although|"
    r"(?:even\s+)?though|even\s+if|unless|as|and\s+(?:that|then))\b",
    re.IGNORECASE,
)
_ACRONYM_AFTER = re.compile(r"(?<=\w)\s*\([A-Z][\w.&-]{1,12}\)\s*$")
# "Xish media reports", "the media reports": the press of a country, or the press just quoted
_NATIONAL_MEDIA = re.compile(
    rf"(?:(?P<the>the\s+)|an?\s+)?(?:(?P<nat>{NATIONALITY_ALTERNATION})\s+)?"
    r"(?P<kind>(?:state(?:-run)?|public|official)\s+)?media(?:\s+(?:reports?|outlets))?",
    re.IGNORECASE,
)
_MEDIA_BELOW = re.compile(
    rf"\b(?:(?P<nat>{NATIONALITY_ALTERNATION})|(?P<kind>local|state))\s+media\b", re.IGNORECASE
)
# "Asked whether it was too soon to say who fired, X replied": the question, no one's statement
_ASKED_CLAUSE = re.compile(r"(?:When\s+)?[Aa]sked\b[^,;:“”\"]{0,200},")
# "he did not want to (say)", "she would only (say)": a person's guarded statement
_PRONOUN_HEDGE = re.compile(
    r"(he|she)\s+(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|would\s+only|declined\s+to|"
    r"refused\s+to|could\s+not|couldn[’']t)(?:\s+want\s+to)?",
    re.IGNORECASE,
)
_ACRONYM_INSIDE = re.compile(r"(?<=\w)\s\([A-Z][\w.&-]{1,12}\)(?=\s+[a-z])")
# a subject that is a clause, a pronoun or a quantifier, not a speaker
_NOT_SUBJECT = re.compile(
    r"\b(?:was|were|is|are|it|they|he|she|we|i|you|this|these|those|there|would|could|may|"
    r"might|will|not|no)\b|^\W|\d",
    re.IGNORECASE,
)
_VAGUE_SPEAKER = re.compile(
    r"\b(?:reports?|media|analysts?|experts?|observers?|critics?|commentators?|accounts?|"
    r"rumou?rs?|posts?|videos?|footage|images?|documents?|users?|people|some|many|others|"
    # "Both sides denied responsibility": two speakers, neither named here
    r"(?:both|either|neither|each)\s+(?:sides?|parties|party|camps?|armies|army|countries))\b",
    re.IGNORECASE,
)

# a one-word title a known source may carry as an alias ("Governor says ..."); a place that opens
# an outlet's name ("Corinth" of "Corinth Post") is no such title
_TITLE_HEADS = frozenset(
    ["governor", "mayor", "president", "minister", "premier", "chancellor", "prosecutor",
     "coroner", "sheriff", "police", "army", "navy", "military", "ministry", "command",
     "council", "agency", "commander", "chief", "spokesman", "spokeswoman", "spokesperson",
     "presidency", "cabinet", "parliament", "coastguard"]
)  # fmt: skip


def _title_word(word: str) -> bool:
    return word.lower() in _TITLE_HEADS


# a clause of its own, with a subject, right before a speech verb
_SUBJECT_TO_VERB = r"[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s+(?:has|had|have|also|later|earlier))?\s*$"
_WHILE_SUBJECT = re.compile(
    rf"(?:\b(?:while|whereas)|,\s+but)\s+(?:the\s+|its\s+|their\s+)?{_SUBJECT_TO_VERB}",
    re.IGNORECASE,
)
# ", but the governor said": a subject of its own, not a pronoun for the first speaker
_BUT_SUBJECT = re.compile(rf",\s+but\s+(?:the|a|an|its|their)\s+{_SUBJECT_TO_VERB}", re.IGNORECASE)
# a body named inside the "who" clause of a person before it
_WHO_CLAUSE = re.compile(r"[A-Z][\w'’.-]+,\s*who\s+(?:[\w'’-]+\s+){1,3}$")
# "...; others spoke of ...": a subject of its own that names no one
_VAGUE_CLAUSE_SUBJECT = re.compile(
    r"(?:some\s+|many\s+)?(?:others|some|many|critics|analysts|experts|observers)", re.I
)
_LEADING_ADVERB = re.compile(
    r"\s*(?:Later|Earlier|Meanwhile|However|Separately|Subsequently|Afterwards|Initially|"
    r"Previously|Then)\b,?\s+"
)
# "cited X(, the minister,) as saying": X is the speaker
_CITED_AS = re.compile(
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’.-]+){0,4})"
    r"(?:\s*,[^,;“”\"]{1,80},)?\s+as\s+say(?:ing|s)?\b"
)
# "X was cited as saying": X speaks (the passive names its speaker before the verb)
_CITED_PASSIVE = re.compile(r"\s+as\s+saying\b", re.IGNORECASE)
_CITED_SUBJECT_GAP = re.compile(
    r"[\"”’']?\s*(?:,[^,;]{1,80},\s*)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:also|again|earlier|widely|previously))?\s+",
    re.IGNORECASE,
)
# a person described by role, whom a later "he"/"she" stands for
_PERSON_ROLE = re.compile(
    r"\b(?:captain|officer|spokes(?:man|woman|person)|official|commander|chief|minister|"
    r"director|colonel|lieutenant|sergeant|doctor|surgeon|nurse|medic|paramedic|firefighter|"
    r"witness|resident|survivor|mayor|governor)\b",
    re.IGNORECASE,
)
# a person the report names in full and describes by role as speaking, in a sentence that
# carries no claim: '"They jumped," said Ana Rovic, a spokeswoman for the fire service.', "Ana
# Rovic, a fire service spokeswoman, said ..."; the "she" who speaks next is that person
_ROLE_WORDS = _PERSON_ROLE.pattern[5:-3]  # the alternatives, without their boundaries
_FULL_NAME = r"(?!(?:The|A|An|In|On|At|But|And)\s)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
_NAMED_ROLE_SPEAKER = re.compile(
    rf"\b(?:said|says|added|told\s+(?:[A-Z]\w*\s*){{1,3}}|told\s+reporters)\s+(?P<after>{_FULL_NAME})"
    rf",\s+(?:a|an|the)\s+[^,.;\"“”]{{0,60}}?\b(?:{_ROLE_WORDS})\b|"
    rf"(?:^|[.!?]\s+)\W*(?P<before>{_FULL_NAME}),\s+(?:a|an|the)\s+[^,.;\"“”]{{0,60}}?\b"
    rf"(?:{_ROLE_WORDS})\b[^,.;\"“”]{{0,60}},\s+(?:said|says|told|added)\b|"
    # "Xland's defence minister, Ana Rovic, said later that ..."
    rf"(?:^|[.!?]\s+)\W*[^,.;\"“”]{{0,60}}?\b(?:{_ROLE_WORDS}),\s+(?P<first>{_FULL_NAME}),\s+"
    r"(?:\w+\s+)?(?:said|says|told|added)\b",
)
# an agency of a field ("the disaster agency", "the relief agency"): no news agency
_FIELD_AGENCY = re.compile(r"\b(?:disaster|relief)\s+agency\b", re.IGNORECASE)
# "official figures show", "the latest official toll puts the dead at": published figures
# of no body the text names speak for themselves, under this name
OFFICIAL_FIGURES = "official figures"
_OFFICIAL_FIGURES = re.compile(
    r"\b(?:the\s+)?(?:(?:latest|most\s+recent|new|revised|updated|current)\s+)?official\s+"
    r"(?:death\s+)?(?:toll|tally|figures?|count|data|statistics)\b",
    re.IGNORECASE,
)
_FIGURES_SHOW = re.compile(
    r"\s+(?:show|indicate|suggest)(?:s|ed)?\b(?:\s+that\b)?|\s+ha(?:ve|s)\s+shown\b", re.I
)
SILENT = ""  # the claimant of a frame whose speaker cannot be told: its claims are dropped

# does a source (name, kind) fit a description ("the ministry", "the group")?
Accept = Callable[[str, str], bool]
# the field a ministry's description names: "the defence ministry", "Ministry of Intelligence"
# "the operator, Vell Lines, said": a capitalised name between commas, then the verb
# a capitalised name of up to six words ("Vell Lake Lines", "Ministry of Canals")
_BODY_NAME_WORDS = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,5}"
# the verb right after an apposition's closing comma: "..., said"
_ROLE_THEN_VERB = re.compile(
    r",\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|denied|denies|blamed|blames|added|"
    r"insisted|confirmed|stated|announced|claimed|reported|rejected)\b"
)
_APPOSED_BODY = re.compile(
    rf",\s+(?:the\s+)?(?P<name>{_BODY_NAME_WORDS})(?={_ROLE_THEN_VERB.pattern})"
)
# "an armed group calling itself the Ridge Brigade": the name it goes by
_SELF_NAMED = re.compile(
    r",?\s+(?:calling\s+itself|(?:which|that)\s+calls\s+itself|known\s+as)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,5})"
)
_NAME_BEFORE_ROLE = re.compile(
    r"(?:^|[.;:]\s+|\n)(?:The\s+(?=[A-Z]))?"
    r"(?!(?:In|On|At|By|For|From|After|Before|Since|During|The|A|An|But|And|"
    r"Yet|So|Meanwhile|However|Earlier|Later|Also|Still|Then|Now|Today|Yesterday|Separately)\b)"
    rf"(?P<name>{_BODY_NAME_WORDS}),\s+$"
)
# the holder an office belongs to: "the prosecutor's office", "the governor's office"
_HOLDER = re.compile(r"\b([a-z][\w-]*)['’]s\s+(?=\w+$)")
_MINISTRY_FIELD = re.compile(r"\b(defen[cs]e|foreign|interior|health|intelligence)\b", re.I)


@dataclass
class Frame:
    claimant: str
    resolved: bool
    anonymous: bool
    cue_start: int
    cue_end: int
    stated_on: date | None
    kind: str = ""
    side: str = ""
    until: int | None = None  # the frame covers claims up to here (a headline's first clause)
    relayed_by: str | None = None  # "X, citing Y": the frame is Y's, relayed by X
    joint: int | None = None  # "X and Y said": the verb both frames share (its offset)


@dataclass
class Discourse:
    """What the document has said so far: sources named, speakers, their dates."""

    published: date | None
    mentions: list[Mention] = field(default_factory=list)  # every source mention, in order
    last_claimant: Frame | None = None
    # every body quoted so far under a name no list holds, in order: "the disaster agency"
    # later in a live blog is the "national disaster management agency" quoted hours before
    bodies_quoted: list[Frame] = field(default_factory=list)
    last_person: Frame | None = None
    last_anonymous: Frame | None = None
    # the source that opened the last sentence as the subject of a deed, not of speech
    # ("Zedland has shelled the town."): whom an "It said" opening the next one stands for
    last_subject: Mention | None = None
    last_date_of: dict[str, date] = field(default_factory=dict)
    dates_seen: list[date] = field(default_factory=list)
    last_frame_date: date | None = None
    # the kind of body each speaker was first quoted as ("the group Vell Front": armed_group)
    kinds: dict[str, str] = field(default_factory=dict)


_PROGRESSIVE_GAP = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:(?:still|now|also|again|openly)\s+)?", re.IGNORECASE
)


def _gap_ok(gap: str) -> bool:
    return len(gap) <= 260 and _SUBJECT_GAP.match(gap) is not None


# a verb of the reported content: a date after it dates the event, not the statement
_CONTENT_VERB = (
    r"\b(?:died|dies|killed|crashed|was|were|is|are|had|has|have|went|happened|occurred|took|"
    r"came|hit|struck|fell|rose|exploded)\b"
)
# "It had said late Thursday": an earlier statement, which does not date the later ones
_INTERVIEWER = re.compile(r"(?:speaking|talking)\s+(?:to|with)\s+(?:the\s+)?$|\btold\s+$", re.I)
# a spokesperson of no body and no country: "a spokesperson said", "a spokesman added"
_BARE_SPOKESPERSON = re.compile(
    r"(?:an?|the|one)\s+spokes(?:man|woman|person)\s+(?:said|says|added|told|confirmed)\b", re.I
)
# the words of a body's name, not a person's ("Board", "Office", "Ministry")
BODY_WORD = re.compile(
    r"\b(?:Ministry|Agency|News|Times|Radio|Office|Council|Department|Forces|Army|Guard|Corps|"
    r"Service|Organi[sz]ation|Society|Crescent|Cross|Watch|Nations|Union|Command|Court|Bureau|"
    r"Committee|Group|Front|State|States|Republic|Authority|Television|Post|Press|Media|Network|"
    r"House|Party|Brigades?|Movement|Institute|Center|Centre|Federation|Company|Police|Navy|"
    r"Government|Administration|Parliament|Assembly|Mission|Embassy|Coalition|Alliance|Board)\b"
)


def _before_head(surface: str) -> str:
    """A description's words before its head noun ("the Zedland" of "the Zedland Front")."""
    surface = surface.strip()
    return surface.rsplit(None, 1)[0] if " " in surface else ""


# words of a description that say nothing of which body it is ("the local police")
_PLAIN_MODIFIERS = frozenset(
    {"the", "a", "an", "local", "regional", "provincial", "state", "national", "federal"}
    | {"its", "their", "his", "her", "our", "top", "senior", "main", "official"}
)
# "Norland's defence ministry": a body however the story writes it
_BODY_WORD_ANY_CASE = re.compile(BODY_WORD.pattern, re.IGNORECASE)
# a body's name opening the sentence as the subject of a finite verb
_OPENING_BODY = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?"
    r"[A-Z][\w'’.&-]*){0,5})(?=\s+(?:is|are|was|were|has|have|had|will|would|did|does|"
    r"[a-z]+(?:s|ed))\b)"
)
_OPENING_VERB = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|did|does|[a-z]+(?:s|ed))\b"
)
# the finite verb after a sentence's opening subject (not "forces", a plural noun)
_DEED_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|did|does|[a-z]+ed)\b")
_BODY_NAME = re.compile(BODY_WORD.pattern, re.IGNORECASE)  # "the Zedish army" too
# a sentence led by a paper and its author: "In May a report by the Vell Institute ..."
_PAPER_BY = re.compile(
    r"(?:(?:In|On|Last|Earlier|This)\s+[A-Za-z]+(?:\s+\d{4})?,?\s+)?(?:[Aa]n?|[Tt]he)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:report|study|assessment|analysis|review)\s+(?:by|from)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,5})"
)
_BARE_ANONYMOUS = frozenset(["official (anonymous)", "officials (anonymous)"])
# "the intelligence official", "the senior military source": one unnamed speaker, named again
_DEFINITE_ANONYMOUS = re.compile(
    r"[Tt]he\s+(?:[a-z][\w-]*\s+){1,3}(?:official|source|spokes(?:man|woman|person))"
)
_CUE_BEFORE = re.compile(r"(?:according\s+to|citing)\s+(?:the\s+)?$", re.IGNORECASE)
_US_MILITARY = re.compile(r"\bU\.?S\.?\s+(?:military|armed\s+forces|forces|troops)\b", re.I)
_STATE_VOICE = re.compile(r"\b(?:Ministry|Government|Defen[cs]e|Foreign)\b")
_FLASHBACK = re.compile(r"\b(?:had|initially|earlier|previously|at\s+the\s+time)\b", re.I)
_RELATIVE_DAY = re.compile(r"(?:today|tonight|this|earlier\s+today)", re.IGNORECASE)


def _frame_date(
    sentence: Sentence, subject_start: int, cue_end: int, disc: Discourse
) -> date | None:
    """The date the frame's speaker spoke: next to the cue or at the sentence head."""
    text = sentence.text

    def text_of(candidate: tuple[int, int, date]) -> str:
        return pool[candidate[0] : candidate[1]]

    base = sentence.start
    rel_subject = subject_start - base
    rel_cue_end = cue_end - base
    after = text[rel_cue_end : rel_cue_end + 90]
    stop = re.search(r"\bthat\b|[,;“\"]|" + _CONTENT_VERB, after)
    window_after = after[: stop.start()] if stop else after
    pool = window_after
    candidates = find_dates(window_after, disc.published)
    if not candidates:
        pool = text[rel_subject:rel_cue_end]
        candidates = find_dates(pool, disc.published)
    if not candidates and rel_subject <= 60:
        pool = text[:rel_subject]
        candidates = find_dates(pool, disc.published)
    if candidates:
        explicit = [c for c in candidates if not _RELATIVE_DAY.match(text_of(c))]
        return (explicit or candidates)[0][2]
    head = text[max(0, rel_subject - 20) : rel_cue_end + 40]
    if AT_THE_TIME.search(head) or AT_THE_TIME.search(window_after):
        reference = disc.last_frame_date or disc.published
        earlier = [d for d in disc.dates_seen if reference is None or d < reference]
        if earlier:
            return max(earlier)
    return None


# any country named as a noun or an adjective ("Xland", "Xish"), to tell the story's country
_COUNTRY_WORD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted({*COUNTRY_NAMES, *NATIONALITY}, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_BARE_AUTHORITIES = re.compile(r"(?:the\s+)?authorities", re.IGNORECASE)
_BARE_OFFICIALS = re.compile(r"(?:the\s+)?officials", re.IGNORECASE)
# a body a report places somewhere: "the health ministry (in Xtown)", "health authorities"
_BODY_BEFORE_PLACE = (
    r"(?P<body>(?:(?:health|interior|defen[cs]e)\s+)?(?:ministry(?:\s+of\s+(?:health|interior|"
    r"defen[cs]e))?|authorities))"
)
_PLACED_IN = re.compile(
    r"\s+in\s+(?P<place>(?:(?:north|south|east|west)(?:ern)?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)"
)


# "its mayor", "the city's governor", "the northern council's health minister": an office
# named by its holder's place or body, with no name of its own
_POSSESSED_TITLE = re.compile(
    r"(?:the\s+)?(?P<owner>its|(?:[\w-]+\s+){0,2}?[\w-]+['’]s)\s+"
    r"(?P<title>(?:[a-z-]+\s+){0,2}?(?:mayor|governor|(?:prime\s+)?minister|president|"
    r"prosecutor|police\s+chief))",
    re.IGNORECASE,
)
_LOCAL_TITLE = re.compile(r"mayor|governor", re.IGNORECASE)
_PLACE_OWNER = re.compile(
    r"(?:its|(?:the\s+)?(?:city|town|village|port|province|region|district|municipality)['’]s)",
    re.IGNORECASE,
)
# the place a local office belongs to: "the city of Xtown", "in Xtown"
_PLACE_NAMED = re.compile(
    r"\b(?:city|town|village|port)\s+of\s+(?P<a>[A-Z][\w'’-]+)|"
    r"\bin\s+(?P<b>[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])"
)
_NOT_A_PLACE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|The|A|An"
)


def _place_before(text: str) -> str | None:
    """The last town the text names ("in Xtown", "the city of Xtown"), not a country."""
    for m in reversed(list(_PLACE_NAMED.finditer(text))):
        place = m.group("a") or m.group("b")
        if not _NOT_A_PLACE.fullmatch(place) and place.lower() not in COUNTRY_NAMES:
            return place
    return None


def story_country(text: str) -> str | None:
    """The adjective of the one country a story is about ("Xish"): the country it names most,
    at least three times, and either first or twice as often as any other; None when no
    country stands out."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() or (len(word) <= 3 and not word.isupper()):
            continue  # "us", "Us": a pronoun; a country's initials are in capitals
        key = word.lower()
        adjective = COUNTRY_NAMES[key][1] if key in COUNTRY_NAMES else NATIONALITY.get(key)
        if adjective:
            counts[adjective] = counts.get(adjective, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 3:
        return None
    first = next(iter(counts))  # dicts keep the order the story names them in
    if len(ranked) > 1 and ranked[0][0] != first and ranked[1][1] * 2 > ranked[0][1]:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,30}\))?"
    r"\s*[-—–]+\s*|"
    # a live blog's time stamp: "14:05 GMT - ", "09.12 - "
    r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|EST|local\s+time)?\s*[-—–]+\s*"
)


# a group by its name: "the Vell Front", "the Red Dawn Brigades", "the Tarn Movement"
NAMED_GROUP = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>(?-i:(?!The\s)(?:[A-Z][\w'’-]+\s+){1,3})(?-i:Front|Brigades?|"
    r"Movement|Legion|Militia|Battalions?|Faction|Mujahideen|Liberation\s+Army))(?![\w'’-])"
)
# a group by its kind alone: a provisional source of that name would name no one
BARE_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:militant|armed|extremist|terrorist|jihadist|rebel|insurgent|radical|"
    r"separatist)\s+)?(?:group|organi[sz]ation|movement|militia|faction)",
    re.IGNORECASE,
)


def _only(names: set[str]) -> str | None:
    """The one name of the set, or None when the report names none or several."""
    return next(iter(names)) if len(names) == 1 else None


def _unresolved(mention: Mention) -> Mention:
    """A speaker the document does not let us name: "the ministry" becomes a provisional
    source "Ministry"; a pronoun with nothing to refer to silences its claims (claimant "")
    rather than handing them to the outlet."""
    what = mention.kind.split(":", 1)[-1]
    if what in ("pron", "stmt", "person", "official"):
        return Mention(mention.start, mention.end, mention.surface, SILENT, "", resolved=False)
    name = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", mention.surface, flags=re.I).strip()
    if name.lower() == "authorities":  # "the authorities": of no country, no body, no one
        return Mention(mention.start, mention.end, mention.surface, SILENT, "", resolved=False)
    name = name[:1].upper() + name[1:]
    return Mention(mention.start, mention.end, mention.surface, name, "", resolved=False)


# "the Calderan army", "Westland's navy": the country an unresolved service belongs to
_NATIONAL_BEFORE = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ian|i|ese|ish|ch)|[A-Z][\w-]+['’]s|(?<=\b[Tt]he\s)[A-Z][a-z]{2,})\s+$"
)
# "Vell ministry", "Calderan army": the country word that opens a description (not "Vell's")
_COUNTRY_IN_DESCRIPTION = re.compile(r"(?P<word>[A-Z][a-z]{2,})\s+(?:[a-z]+\s+)?[a-z]+$")
# "the National army", "the Federal ministry": a capitalised word that names no country
_NOT_A_COUNTRY = frozenset(
    ["National", "Federal", "Royal", "Central", "Regional", "Provincial", "State", "Interim",
     "Transitional", "Military", "Civil", "Public", "General", "Same", "Other", "New", "Main"]
)  # fmt: skip
_NATIONAL_KINDS = frozenset(
    ["generic:army", "generic:navy", "generic:police", "generic:airforce", "generic:mil",
     "generic:min"]
)  # fmt: skip


def _national(text: str, base: int, generic: Mention) -> Mention:
    """ "The Calderan army said": the description keeps its country, so that a speaker no
    list holds is "Calderan army", not "Army"."""
    if generic.kind not in _NATIONAL_KINDS or (
        not generic.surface[:1].islower() and generic.kind != "generic:min"
    ):  # "the Calderan Army" ends a proper name; "the Calderan Foreign Ministry" keeps its country
        return generic
    if re.match(r"(?:the|a)\s", generic.surface, re.IGNORECASE):
        return generic
    rel = generic.start - base
    nat = _NATIONAL_BEFORE.search(text, max(0, rel - 30), rel)
    if (
        nat is None
        or re.match(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", nat.group())
        or nat.group().strip() in _NOT_A_COUNTRY
    ):
        return generic
    start = base + nat.start()
    return replace(generic, start=start, surface=text[nat.start() : rel] + generic.surface)


# "the Vell Front's statement": the statement speaks for its owner
_OWNED_STATEMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s?\s+(?:[a-z]+\s+)?"
    r"(?:statement|post|message|announcement|communiqu[eé]|release)\b"
)


# "president of Xland": a country's office, named by its adjective ("Xish president")
_COUNTRY_OFFICE = re.compile(
    r"(?P<title>president|prime\s+minister|premier|chancellor|foreign\s+minister|"
    r"defen[cs]e\s+minister|interior\s+minister)\s+of\s+(?P<country>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2})",
    re.IGNORECASE,
)


def country_office(phrase: str) -> str | None:
    """ "president of Xland" -> "Xish president": one form for a country's office; None for
    any other phrase."""
    office = _COUNTRY_OFFICE.fullmatch(re.sub(r"^the\s+", "", phrase.strip(), flags=re.I))
    country = country_of(office.group("country")) if office else None
    if office is None or country is None:
        return None
    return f"{country[1]} {' '.join(office.group('title').split()).lower()}"


def statement_owner(phrase: str) -> str | None:
    """The body whose statement `phrase` names ("The Vell Front's statement named two men"
    -> "Vell Front"), or None."""
    m = _OWNED_STATEMENT.match(phrase.strip())
    return m.group("owner") if m else None


def _opening(text: str) -> int:
    """Where the sentence proper begins, after a dateline ("KESSA, Feb 12 (ASB) - ")."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _speaks(text: str, mention: Mention) -> bool:
    verb = SPEECH_VERB.search(text, mention.end, mention.end + 200)
    return verb is not None and _gap_ok(text[mention.end : verb.start()])


class Attributor:
    def __init__(
        self,
        index: SourceIndex,
        published: date | None,
        full_text: str,
        publisher: str = "",
        body: str = "",
    ) -> None:
        """`body`: the text that follows `full_text` when that is a title read on its own;
        its sources let "Military says ..." resolve to the command the story quotes."""
        self.index = index
        self.disc = Discourse(published)
        # known sources that speak somewhere in the document ("X said"), for descriptions
        # ("the military said") that come before the source is named
        self.head_text = f"{publisher}\n{full_text[:6000]}\n{body[:6000]}"
        self.disc_publisher = publisher
        self.all_mentions = index.find(full_text, 0, self.head_text)
        self.speakers = [m for m in self.all_mentions if _speaks(full_text, m)]
        if body:  # the body's mentions, placed after the title
            shift = len(full_text) + 1
            later = index.find(body, shift, self.head_text)
            self.all_mentions += later
            self.speakers += [
                m for m in later if _speaks(body, replace(m, start=m.start - shift,
                                                          end=m.end - shift))
            ]  # fmt: skip
        self.full_text = full_text
        self.sentence_frames: list[Frame] = []
        self._known_cache: tuple[int, list[Mention]] = (-1, [])
        self._named_cache: dict[str, str | None] = {}
        self._country: str | None = None  # the story's country's adjective, "" for none
        self._opening_at = -1  # where the sentence being read begins, past a dateline

    # -- resolving descriptions -------------------------------------------------------
    def resolve(self, mention: Mention) -> Mention | None:
        """Turn a pronoun or description into the source it stands for."""
        if not mention.kind.startswith("generic:"):
            return mention
        what = mention.kind.split(":", 1)[1]
        disc = self.disc

        def from_frame(frame: Frame | None) -> Mention | None:
            if frame is None:
                return None
            return Mention(
                mention.start,
                mention.end,
                mention.surface,
                frame.claimant,
                frame.kind,
                frame.resolved,
                frame.anonymous,
                frame.side,
            )

        if what in ("pron", "stmt"):
            current = [f for f in self.sentence_frames if f.kind != "person"]
            subject = disc.last_subject
            if (
                subject is not None
                and not current
                and mention.start == self._opening_at
                and mention.surface.lower() == "it"
            ):  # "Zedland shelled the town. It denied ...": Zedland, not the last speaker
                return replace(
                    subject, start=mention.start, end=mention.end, surface=mention.surface
                )
            found = from_frame(current[-1] if current else disc.last_claimant)
            if found is None and what == "stmt":  # "The statement says ..." before the source
                ahead = self._search(self.speakers, lambda name, kind: True, "", after=mention.end)
                if ahead is not None:
                    return Mention(
                        mention.start, mention.end, mention.surface, ahead.name, ahead.kind,
                        side=ahead.side,
                    )  # fmt: skip
            return found
        if what == "person":  # "she": the last person quoted, else the last speaker
            earlier = [
                f for f in self.sentence_frames
                if f.claimant and f.kind in ("person", "unknown", "") and f.cue_end <= mention.start
            ]  # fmt: skip
            if earlier:  # "Ana Oré commented: '...,' she said": the one this sentence quotes
                return from_frame(earlier[-1])
            return from_frame(disc.last_person or disc.last_claimant)
        if what == "official":
            return from_frame(disc.last_anonymous)
        named = self._apposed_name(mention) or self.labelled_elsewhere(mention)
        if named is not None:
            return named
        accept = self._acceptor(what)
        # the sources the story names: for "the intelligence ministry", only that field's
        near = self._of_field(accept, mention.surface, ministry=what == "min")
        if what == "agency" and _FIELD_AGENCY.search(mention.surface):
            # "the disaster agency": a body of that field, never the news agency that reports
            near = lambda name, kind: kind != "news_agency" and accept(name, kind)  # noqa: E731
        if what.startswith("head:"):
            near = self._of_holder(near, mention.surface)
        near = self._of_country(near, mention.surface)
        side = mention.side
        for frame in [*reversed(self.sentence_frames), disc.last_claimant]:
            if frame and near(frame.claimant, frame.kind) and (not side or frame.side == side):
                return from_frame(frame)
        found = (
            self._search(reversed(self.speakers), near, side, before=mention.start)
            or self._search(self.speakers, near, side, after=mention.end)
            or self._search(reversed(disc.mentions), near, side, before=mention.start)
            or self._search(self.all_mentions, near, side, after=mention.end)
        )
        if found:
            return Mention(
                mention.start, mention.end, mention.surface, found.name, found.kind,
                side=found.side,
            )  # fmt: skip
        quoted = next(
            (
                f
                for f in reversed(disc.bodies_quoted)
                if f.kind != "news_agency"
                and near(f.claimant, f.kind)
                and (not side or f.side == side)
            ),
            None,
        )
        if quoted is not None and what.removeprefix("head:") in _NAMED_BODY_HEADS | {"min"}:
            return from_frame(quoted)
        if what == "grp" and self.full_text[mention.start : mention.end] == mention.surface:
            # "abducted by the Vell Front. The group said ...": the group the story last named,
            # before the one group a reference list holds
            groups = list(NAMED_GROUP.finditer(self.full_text, 0, mention.start))
            if groups:
                name = groups[-1].group("name")
                known = self.index.lookup(name)
                return Mention(mention.start, mention.end, mention.surface, known or name,
                               "armed_group", resolved=bool(known))  # fmt: skip
        key = what if near is accept else f"{what}:{mention.surface.lower()}"
        if key not in self._named_cache:
            # a field's ministry only by its country: the one such body a list holds may
            # be another country's
            self._named_cache[key] = self._named_in_text(near, only_one=near is accept)
        named = self._named_cache[key]
        if named and not (
            self._own_name_fits(mention.surface, named)
            and (not what.startswith("head:") or self._modifiers_fit(mention.surface, named))
        ):
            named = None  # "the Zedland Front" is not the one front the list holds
        if named:
            return Mention(
                mention.start, mention.end, mention.surface, named,
                self.index.kind_of(named), side=self.index.side_of(named),
            )  # fmt: skip
        body = self._body_named_before(what, mention)
        if body is not None:
            return body
        last = disc.last_claimant
        if (
            _BARE_BODY.fullmatch(mention.surface.strip())
            and last is not None
            and not last.resolved
            and not last.anonymous
            and last.kind not in ("person", "generic:person")
            and len(last.claimant.split()) >= 2
            and last.claimant[:1].isupper()
        ):  # "the organization added": the body no list holds that the story last quoted
            return from_frame(last)
        if what in ("head:airline", "head:carrier"):
            airline = self._airline_named()
            # "a Vell Air jet crashed ... the airline said"; an airline the report does not
            # name is no one a desk could ask: its words are dropped, not the outlet's
            return Mention(mention.start, mention.end, mention.surface, airline or SILENT, "",
                           resolved=False)  # fmt: skip
        if what in ("head:company", "head:operator"):
            operator = self._operator_named()
            if operator is not None:  # "the mine, operated by Zedcoal ... the company said"
                return Mention(mention.start, mention.end, mention.surface, operator, "",
                               resolved=False)  # fmt: skip
        if what == "mil" and side == "US":
            return Mention(
                mention.start, mention.end, mention.surface, "US military", "military",
                resolved=False, side="US",
            )  # fmt: skip
        return None

    def _body_named_before(self, what: str, mention: Mention) -> Mention | None:
        """ "said Omar Dace, a spokesman for the Vell Relief Agency. ... the agency said": the
        one body of that kind the report named before, though it has not spoken under its name."""
        word = what[5:] if what.startswith("head:") else what
        if word not in _NAMED_BODY_HEADS or not re.fullmatch(
            rf"the\s+{word}", mention.surface.strip(), re.IGNORECASE
        ):
            return None
        named = re.compile(
            rf"(?<![\w'’-])(?:[A-Z][\w'’-]+[ ]+){{1,4}}{word.capitalize()}(?![\w'’-])"
        )
        names = {
            m.group().strip()
            for m in named.finditer(self.full_text, 0, mention.start)
            if not _NEWSROOM_WORD.search(m.group())
        }
        name = _only({re.sub(r"^The\s+", "", n) for n in names})
        if name is None:
            return None
        return Mention(mention.start, mention.end, mention.surface, name, "unknown",
                       resolved=False)  # fmt: skip

    def _operator_named(self) -> str | None:
        """The one body the report names as running the place or vehicle ("the mine,
        operated by state-owned Zedcoal"), or None."""
        return _only(
            {
                m.group("name")
                for pattern in (_OPERATED_BY, _OWNER_APPOSED)
                for m in pattern.finditer(self.head_text)
            }
        )

    def labelled_elsewhere(self, mention: Mention) -> Mention | None:
        """ "Rights group says ..." over "the rights group Open Eye said" or "Open Eye, a
        rights group, said": a description of two words or more is the one body the report
        labels with it."""
        words = re.sub(r"^(?:the|a|an)\s+", "", mention.surface.strip(), flags=re.I).split()
        if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z-]+", w) for w in words):
            return None
        label = r"\s+".join(re.escape(w) for w in words)
        name = (
            r"(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"  # "said the agency Friday"
            r"[A-Z][\w'’&-]+(?:[ ]+(?:of[ ]+|for[ ]+)?[A-Z][\w'’&-]+){0,3})"
        )
        pattern = re.compile(
            rf"\b(?:the|a|an)\s+(?P<label>{label})\s+(?P<after>{name})|"
            # an apposition closes with a comma ("Open Eye, a rights group, said"), unlike a
            # clause's last word before its speaker ("... on Friday, the interior ministry said")
            rf"(?P<before>{name}),\s+(?:a|an|the)\s+(?P<label2>{label})\s*,",
            re.IGNORECASE,
        )
        # the head text holds the body below a headline read on its own; the label is a
        # description in the text's own words ("the rights group"), not a name ("the Vell Council")
        names = {
            m.group("after") or m.group("before")
            for m in pattern.finditer(self.head_text)
            if (m.group("label") or m.group("label2")).islower()
        }
        found = _only(names)
        if found is None:
            return None
        known = self.index.lookup(found)
        return Mention(mention.start, mention.end, mention.surface, known or found,
                       self.index.kind_of(known) if known else "unknown",
                       resolved=bool(known))  # fmt: skip

    def _airline_named(self) -> str | None:
        """The one airline the report names ("a Vell Air jet", "operated by Vell Airways"),
        or None."""
        names = {m.group("name") for m in _AIRLINE_NAME.finditer(self.full_text)}
        names |= {
            m.group("name")
            for m in _OPERATED_BY.finditer(self.full_text)
            if _AIR_WORD.search(m.group("name"))
        }
        return _only(names)

    def _apposed_name(self, mention: Mention) -> Mention | None:
        """ "The ferry's operator, Vell Lines, said": the name in apposition is the body."""
        if self.full_text[mention.start : mention.end] != mention.surface:
            return None
        after = _APPOSED_BODY.match(self.full_text, mention.end) or _SELF_NAMED.match(
            self.full_text, mention.end
        )
        before = _NAME_BEFORE_ROLE.search(self.full_text, max(0, mention.start - 80), mention.start)
        if after is not None:
            name = after.group("name")
        elif before is not None and _ROLE_THEN_VERB.match(self.full_text, mention.end):
            name = before.group("name")  # "Vell Lines, the ferry's operator, said"
        else:
            return None
        known = self.index.find(name)
        if known and known[0].start == 0 and known[0].end == len(name):
            found = known[0]
            return replace(found, start=mention.start, end=mention.end, surface=mention.surface)
        return Mention(mention.start, mention.end, mention.surface, name, "", resolved=False)

    def _acceptor(self, what: str) -> Accept:
        heads = {
            "navy": "navy",
            "army": "army",
            "airforce": "air force",
            "staff": "general staff",
            "min": "ministry",
            "police": "police",
        }
        if what in heads or what.startswith("head:"):
            word = heads.get(what) or what[5:]
            names = set(self.index.matching(word))
            if what == "navy":
                names |= set(self.index.matching("naval"))
            # or a body no list holds whose name the description's head ends or opens
            # ("the ministry": the "Ministry of Canals" the story named)
            if word not in _BODY_NOUNS:  # "health officials": a field, not a body's name
                return lambda name, kind: name in names
            # "Ministry of Canals", "Vell's Ministry of Canals", "Canal Ministry"
            named = re.compile(
                rf"^(?:(?:[A-Z][\w-]*(?:['’]s)?\s+)?{re.escape(word)}\b|.*\b{re.escape(word)}$)",
                re.I,
            )
            return lambda name, kind: (
                name in names
                or (" " in name and kind != "person" and named.match(name) is not None)
            )
        if what == "agency":
            names = set(self.index.matching("agency"))
            # or a body no list holds that the story named as an agency ("the national
            # disaster agency said ... the agency added"), before any news agency
            return lambda name, kind: (
                name in names
                or kind == "news_agency"
                or (kind != "person" and re.search(r"\s[Aa]gency$", name) is not None)
            )
        kinds = {
            "mil": {"military"},
            "grp": {"armed_group"},
        }.get(what, set())
        return lambda name, kind: kind in kinds

    def _of_field(self, accept: Accept, surface: str, *, ministry: bool) -> Accept:
        """ "the intelligence ministry": only a source whose name holds that field, not
        the government that another ministry of the same country speaks for; "the local
        health office": only an office of health, not the one office a list holds."""
        field = _MINISTRY_FIELD.search(surface)
        if field is None:
            return accept
        stem = "defen" if field.group(1).lower().startswith("defen") else field.group(1)[:6]
        word = re.compile(rf"\b{stem}", re.IGNORECASE)

        def fits(name: str, kind: str) -> bool:
            source = self.index.sources.get(name)
            forms = (source.name, *source.aliases) if source else (name,)
            return accept(name, kind) and any(
                word.search(f) and (not ministry or re.search(r"ministry", f, re.IGNORECASE))
                for f in forms
            )

        return fits

    def _of_country(self, accept: Accept, surface: str) -> Accept:
        """ "the Vell ministry", "the Calderan army": not a speaker the story named as another
        country's ("the Ostrian foreign ministry"). Only names no reference list holds are
        judged so; a listed source's aliases already say which countries it answers to."""
        nat = _COUNTRY_IN_DESCRIPTION.match(surface.strip())
        if nat is None or nat.group("word") in _NOT_A_COUNTRY:
            return accept
        own = nat.group("word").lower()[:4]

        def fits(name: str, kind: str) -> bool:
            if not accept(name, kind):
                return False
            if name in self.index.sources:
                return True
            first = name.split()[0] if name.split() else ""
            if not first[:1].isupper() or first in _NOT_A_NAME or first in _NOT_A_COUNTRY:
                return True
            if _MINISTRY_FIELD.fullmatch(first) or first.lower() == "ministry":
                return True
            return first.lower()[:4] == own

        return fits

    def _of_holder(self, accept: Accept, surface: str) -> Accept:
        """ "the prosecutor's office": only a source whose name holds that office's holder,
        not the prime minister's office a list holds under the same head noun."""
        holders = [w.lower() for w in _HOLDER.findall(surface)]
        if not holders:
            return accept

        def fits(name: str, kind: str) -> bool:
            source = self.index.sources.get(name)
            forms = " ".join((source.name, *source.aliases) if source else (name,)).lower()
            return accept(name, kind) and all(h[: max(4, len(h) - 2)] in forms for h in holders)

        return fits

    @staticmethod
    def _search(
        pool: Iterable[Mention],
        accept: Accept,
        side: str,
        *,
        before: int | None = None,
        after: int | None = None,
    ) -> Mention | None:
        for m in pool:
            if before is not None and m.start >= before:
                continue
            if after is not None and m.start < after:
                continue
            if accept(m.name, m.kind) and (not side or m.side == side):
                return m
        return None

    def _own_name_fits(self, surface: str, name: str) -> bool:
        """Whether the capitalised words a description carries besides its head ("Zedland"
        in "the Zedland Front") are in the known source's name or aliases: a description
        with a name of its own is that name, not the one body the list holds under its head."""
        words = re.findall(r"[A-Z][\w'’-]*", _before_head(surface))
        words = [w for w in words if w not in ("The", "A", "An") and w not in _NOT_A_NAME]
        return self._words_in_source(words, name)

    def _modifiers_fit(self, surface: str, name: str) -> bool:
        """Whether the lowercase words that say which body a description means ("the
        regional emergencies office") are in the known source's name or aliases: an office
        of emergencies is not the one office, of a prime minister, that a list holds."""
        words = re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", _before_head(surface))
        return self._words_in_source([w for w in words if w not in _PLAIN_MODIFIERS], name)

    def _words_in_source(self, words: list[str], name: str) -> bool:
        """Every word is in the known source's name or aliases, by stem, so that a country's
        adjective fits its name ("Xian" in "in Xia")."""
        source = self.index.sources[name]
        forms = " ".join((source.name, *source.aliases)).lower()
        return all(w.lower()[: max(4, len(w) - 3)] in forms for w in words)

    def _named_in_text(self, accept: Accept, *, only_one: bool = True) -> str | None:
        """The one candidate source whose country the document names ("Darvani Army")."""
        found = set()
        accepted = [n for n in self.index.sources if accept(n, self.index.kind_of(n))]
        for name in accepted:
            word = name.split()[0]
            if word.lower() in ("the", "us", "u.s."):
                continue
            stems = {word, word[:-1], word[:-2]} if len(word) > 5 else {word}
            if any(len(stem) >= 4 and self._stem_named(stem, name) for stem in stems):
                found.add(name)
        if len(found) == 1:
            return found.pop()
        return accepted[0] if only_one and len(accepted) == 1 else None

    def _stem_named(self, stem: str, name: str) -> bool:
        """Whether the text holds `stem` other than as the first word of another name: the
        "Free" of "the Free Vell Army" does not name "Free Zedland Front"."""
        source = self.index.sources[name]
        if source.kind != "armed_group":  # "Xian President ...": still names the Xian army
            return stem in self.head_text
        own = {w.lower() for a in (source.name, *source.aliases) for w in a.split()}
        for m in re.finditer(
            rf"{re.escape(stem)}[\w'’-]*(?P<next>\s+[A-Z][\w'’-]*)?", self.head_text
        ):
            following = m.group("next")
            if following is None or following.strip().lower() in own:
                return True
        return False

    # -- frames ----------------------------------------------------------------------
    def _known(self, sentence: Sentence) -> list[Mention]:
        if self._known_cache[0] != sentence.start:
            self._known_cache = (
                sentence.start,
                self.index.find(sentence.text, sentence.start, self.head_text),
            )
        return self._known_cache[1]

    def _mentions(self, sentence: Sentence) -> list[Mention]:
        text, base = sentence.text, sentence.start
        known = list(self._known(sentence))
        figures = [
            Mention(base + m.start(), base + m.end(), m.group(), OFFICIAL_FIGURES, "figures",
                    resolved=False)
            for m in _OFFICIAL_FIGURES.finditer(text)
        ]  # fmt: skip
        anonymous = list(figures)
        for a in find_anonymous(text, base):
            if any(k.start < a.end and a.start < k.end for k in [*known, *figures]):
                continue  # "official figures show": the figures, not an official, speak
            # "Harbour Command officers said": the officers speak for their organisation
            owner = next((k for k in known if 0 <= a.start - k.end <= 1), None)
            if owner is not None and not re.match(r"(?:an?|one|two|three|some)\b", a.surface, re.I):
                known.remove(owner)
                known.append(
                    Mention(owner.start, a.end, owner.surface, owner.name, owner.kind,
                            side=owner.side)
                )  # fmt: skip
                continue
            placed_body = self._placed_body(text, base, a)
            if placed_body is not None:
                anonymous.append(placed_body)
                continue
            body = _OFFICIALS_OF.match(text, a.end - base)
            if body and re.search(r"officials?$", a.surface, re.I):
                # "officials in the Vell administration said": they speak for it
                name = body.group("name")
                found = self.index.lookup(name)
                anonymous.append(
                    Mention(a.start, base + body.end(), text[a.start - base : body.end()],
                            found or name, self.index.kind_of(found) if found else "government",
                            resolved=bool(found))
                )  # fmt: skip
                continue
            person = self._apposed_person(text, base, a) or self._name_after_role(text, base, a)
            if person is not None:
                anonymous.append(person)
                continue
            named = self._named_owner(text, base, a)
            if named is not None:
                anonymous.append(named)
                continue
            head = _ORG_SPOKES.search(a.surface)
            if head:
                what = {
                    "defence": "min",
                    "defense": "min",
                    "ministry": "min",
                    "air force": "airforce",
                }
                key = re.sub(r"\s+", " ", head.group(1).lower())
                kind = what.get(key, key if key in ("police", "navy", "army") else f"head:{key}")
                candidate = Mention(a.start, a.end, a.surface, a.surface, f"generic:{kind}",
                                    resolved=False)  # fmt: skip
                if self.resolve(candidate) is not None:
                    anonymous.append(candidate)
                    continue
            window = text[max(0, a.start - base - 12) : a.end - base]
            ministry = _MINISTRY_PEOPLE.search(window)
            placed = (
                ministry
                and not re.search(r"ministry", ministry.group(), re.I)
                and re.match(_IN_A_PLACE, text[a.end - base :], re.I)
            )  # "health officials in Morrow", "in the worst-hit province": the place's officials,
            # of whichever body ("local health officials" are the ministry's, as desks read them)
            if (
                ministry
                and not placed
                and ministry.end() == len(window)
                and not NATIONALITY_WORD.search(window)
            ):
                # "health officials said", "an interior ministry spokesman": their ministry
                name = f"{(ministry.group(1) or ministry.group(2)).capitalize()} ministry"
                anonymous.append(Mention(a.start, a.end, a.surface, name, "government",
                                         resolved=False))  # fmt: skip
                continue
            earlier = self._earlier_anonymous(a)
            anonymous.append(earlier or a)
        generic = [
            g
            for g in find_generic(text, base)
            if not any(k.start < g.end and g.start < k.end for k in [*known, *anonymous])
        ]
        generic = [self._proper_body(text, base, g) or _national(text, base, g) for g in generic]
        generic = [n for g in generic if (n := self._labelled_name(text, base, g, known))]
        return sorted([*known, *anonymous, *generic], key=lambda m: m.start)

    def _labelled_name(
        self, text: str, base: int, generic: Mention, known: list[Mention]
    ) -> Mention | None:
        """ "The Xian group Harl Brigade said": a description set before a name labels it; the
        name speaks (the description alone is no one else). None drops the description."""
        if generic.kind != "generic:grp":
            return generic
        label = _LABELLED_NAME.match(text, generic.end - base)
        if label is None:
            return generic
        if any(k.start == base + label.start("name") for k in known):
            return None  # the name is a source already read
        name = label.group("name")
        if all(w in _NOT_A_NAME or NATIONALITY_WORD.fullmatch(w) for w in name.split()):
            return generic
        start = base + label.start("name")
        found = self.index.lookup(name)
        if found:
            return Mention(start, start + len(name), name, found, self.index.kind_of(found),
                           side=self.index.side_of(found))  # fmt: skip
        return Mention(start, start + len(name), name, name, "armed_group", resolved=False)

    def _placed_body(self, text: str, base: int, anon: Mention) -> Mention | None:
        """ "Officials in Xtown put the toll at 40" after "the health ministry in Xtown": the
        officials of the body the report placed there, not unnamed officials."""
        placed = _PLACED_IN.match(text, anon.end - base)
        if placed is None or not _BARE_OFFICIALS.fullmatch(anon.surface):
            return None
        place = re.escape(placed.group("place"))
        bodies = list(
            re.finditer(rf"{_BODY_BEFORE_PLACE}\s+in\s+(?:the\s+)?{place}\b",
                        self.full_text[: anon.start], re.IGNORECASE)
        )  # fmt: skip
        if not bodies:
            return None
        surface = bodies[-1].group("body")
        generic = next(iter(find_generic(surface, anon.start)), None)
        if generic is None:
            return None
        end = base + placed.end()
        described = Mention(anon.start, end, text[anon.start - base : placed.end()],
                            surface, generic.kind, resolved=False)  # fmt: skip
        found = self.resolve(described)
        if found is not None:
            return found
        name = f"{surface[:1].upper()}{surface[1:]} in {placed.group('place')}"
        return replace(described, name=name, kind="government")

    def _proper_body(self, text: str, base: int, generic: Mention) -> Mention | None:
        """ "the Harbour National Army said": "Army" ends a proper name that no list holds;
        the name, not the description, is the speaker."""
        if generic.kind not in _PROPER_HEADS or not generic.surface.split()[-1][:1].isupper():
            return None
        if generic.surface.split()[0][:1].islower() and len(generic.surface.split()) > 1:
            return None  # "the Army": the description, resolved as one
        run = _OWNER_RUN.search(text[: generic.start - base])
        if run is None or generic.start - base - run.end() > 1:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", run.group("name"))
        words = re.findall(r"[\w'’.-]+", name)
        if not words or all(w in _NOT_A_NAME or NATIONALITY_WORD.fullmatch(w) for w in words):
            # "the Calderan Army", "US Navy": a country's service, which the description
            # resolution already names
            return None
        full = f"{name} {generic.surface}"
        start = base + run.start("name") + (len(run.group("name")) - len(name))
        known = self.index.lookup(full)
        if known:
            return Mention(start, generic.end, full, known, self.index.kind_of(known),
                           side=self.index.side_of(known))  # fmt: skip
        return Mention(start, generic.end, full, full, "unknown", resolved=False)

    def _apposed_person(self, text: str, base: int, anon: Mention) -> Mention | None:
        """ "Amil Rostan, the board's security spokesperson, said": the role is in apposition
        to a named person, who speaks (not an anonymous spokesperson)."""
        if not _ONE_ROLE.search(anon.surface) or not text[anon.end - base :].startswith(","):
            return None
        named = _APPOSED_NAME.search(text[: anon.start - base])
        if named is None:
            return None
        name = named.group("name")
        if re.search(
            r"\b(?:in|at|from|on|near|of|to|for|by)\s*$", text[: named.start("name")], re.I
        ):
            return None  # "In Corin Town, a police spokesman, ...": a place, not a person
        if name.split()[0] in _NOT_A_NAME or self.index.lookup(name) is not None:
            return None  # "The Harbour Board, the port's operator, ...": a body, not a person
        start = base + named.start("name")
        return Mention(start, anon.end, text[start - base : anon.end - base], name, "person",
                       resolved=False)  # fmt: skip

    def _name_after_role(self, text: str, base: int, anon: Mention) -> Mention | None:
        """ "A spokesman, Colonel Piet Arno, said": the person named in apposition right
        after the role speaks, not an anonymous spokesman."""
        if not _ONE_ROLE.search(anon.surface):
            return None
        m = _NAME_AFTER_ROLE.match(text, anon.end - base)
        if m is None or m.group("name").split()[0] in _NOT_A_NAME:
            return None
        name = m.group("name")
        if self.index.lookup(name) is not None:
            return None  # "A spokesman, Vell Radio reported,": a body, not the person
        start = base + m.start("name")
        return Mention(start, start + len(name), name, name, "person", resolved=False)

    def _named_owner(self, text: str, base: int, anon: Mention) -> Mention | None:
        """ "Harbour Board officials said", "a Port Authority spokesman said": the officials
        speak for the body named just before their role, which no reference list holds."""
        if not re.search(r"(?:officials?|officers?|spokes\w+)$", anon.surface, re.I):
            return None  # "medical sources", "witnesses": no body they speak for
        words = _OWNER_RUN.search(text[: anon.start - base])
        inner = _OWNER_INNER.match(anon.surface)
        parts = [words.group("name") if words else "", inner.group("name") if inner else ""]
        name = " ".join(p for p in parts if p).strip()
        if not name or (not words and not inner):
            return None
        if words and inner is None and anon.start - base - words.end() > 1:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        if (
            all(
                w in _NOT_A_NAME or _OWNER_VAGUE.fullmatch(w) or self.index.lookup_demonym(w)
                for w in re.findall(r"[\w'’.-]+", name)
            )
            or name.split()[0] in _NOT_A_NAME
            or NATIONALITY_WORD.search(name)
        ):
            return None  # "Corvanian officials", "Tuesday officials": no body named
        start = base + words.start("name") if words else anon.start
        known = self.index.lookup(name) or self.index.lookup_partial(name)
        if known:
            return Mention(start, anon.end, anon.surface, known, self.index.kind_of(known),
                           side=self.index.side_of(known))  # fmt: skip
        return Mention(start, anon.end, anon.surface, name, "unknown", resolved=False)

    def _colon_speaker(self, text: str, base: int, *, headline: bool) -> Mention | None:
        """ "Harbour Board: storm kills 150" (a headline or a dated line), "Renko: ..." (a
        headline naming a person the story names in full): the speaker before the colon."""
        named = _COLON_SPEAKER.match(text)
        name = named.group("name") if named else ""
        if named is None and headline:
            single = _COLON_SURNAME.match(text)
            if single:  # "Renko:", with "Tomas Renko" in the story
                full = re.search(
                    rf"\b[A-Z][a-z]+(?: [A-Z]\.)? {re.escape(single.group('name'))}\b",
                    self.head_text,
                )
                if full and full.group().split()[0] not in _NOT_A_NAME:
                    named, name = single, full.group()
        if named is None or not (headline or named.group("dated")):
            return None
        rest = re.findall(r"[A-Za-z][\w'’-]*", text[named.end() :])
        if len(rest) >= 3 and sum(w[0].isupper() for w in rest) * 3 >= len(rest) * 2:
            return None  # "Morrow Floods: Death Toll Climbs": a title-case label
        if _COLON_TOPIC.search(named.group("name")) or SPEECH_VERB.search(text, named.end()):
            return None  # "Live updates:", "New Town: a report said ...": no speaker here
        start, end = base + named.start("name"), base + named.end("name")
        known = self.index.lookup(name)
        if known:
            return Mention(start, end, name, known, self.index.kind_of(known),
                           side=self.index.side_of(known))  # fmt: skip
        return Mention(start, end, name, name, "unknown", resolved=False)

    def _named_speaker(self, sentence: Sentence, verb_start: int) -> Mention | None:
        before = sentence.text[: verb_start - sentence.start]
        aux = _SUBJECT_TAIL.search(before)
        if aux and aux.start() < len(before):  # "Tomas Renk, head of X, has revised"
            before = before[: aux.start()] + " "
        m = _NAMED_SPEAKER.search(before[-160:])
        if not m:
            return self._role_then_name(sentence, before)
        name = m.group("name").strip()
        first = name.split()[0]
        if first in _NOT_A_NAME or name.isupper():
            return None  # datelines ("ESSET, May 4") are in capitals; acronyms are aliases
        start = sentence.start + len(before) - len(before[-160:]) + m.start("name")
        # only a name that opens the clause can be its speaker ("..., Amil Rostan said")
        lead = sentence.text[: start - sentence.start]
        if lead.strip() and len(lead) > _opening(sentence.text) and not _NAME_LEAD.search(lead):
            return None
        org_title = _ORG_TITLE.search(lead)
        if org_title and self.index.lookup(name) is None:
            # "agency head Nesrin Kaal said": she speaks for the agency
            head = org_title.group(1).lower()
            kind = {"ministry": "min", "defence": "min", "defense": "min"}.get(head, head)
            if kind not in ("min", "police", "navy", "army", "agency"):
                kind = f"head:{head}"
            org = Mention(start, start + len(name), name, name, f"generic:{kind}", resolved=False)
            resolved = self.resolve(org)
            if resolved is not None:
                return resolved
        if org_title is None and _BARE_SPOKESPERSON_LEAD.search(lead):
            body = self._body_last_quoted()
            if body is not None and self.index.lookup(name) is None:
                # "At a briefing, spokesman Ivo Rusk said": he speaks for the body just quoted
                return Mention(start, start + len(name), name, body.claimant, body.kind,
                               resolved=body.resolved, side=body.side)  # fmt: skip
        known = self.index.lookup(name) or self.index.lookup_partial(name)
        bare = _TITLE_WORDS.sub("", name)
        if not known and bare != name:
            known = self.index.lookup(bare)
            start, name = start + len(name) - len(bare), bare
        if known:
            return Mention(start, start + len(name), name, known, self.index.kind_of(known))
        country = self._country_speaker(name, start)
        if country is not None:
            return country
        if " " not in name and _title_word(name) and self.index.matching(name.lower()):
            # "Governor says ...": a title that one known source carries as an alias
            head = Mention(start, start + len(name), name, name, f"generic:head:{name.lower()}",
                           resolved=False)  # fmt: skip
            return self.resolve(head)
        kind = (
            "person"
            if _PERSON_TITLE.match(name)
            or len(name.split()) in (2, 3)
            or TITLED_PERSON.fullmatch(name)
            else ""
        )
        return Mention(start, start + len(name), name, name, kind or "unknown", resolved=False)

    def _body_last_quoted(self) -> Frame | None:
        """The body (not a person, not an unnamed source) the story quoted last."""
        last = self.disc.last_claimant
        if last is None or last.anonymous or last.kind in ("person", "generic:person"):
            return None
        if not (last.resolved or _BODY_WORD_ANY_CASE.search(last.claimant)):
            return None  # "Ana Marsh", of no kind the text tells: maybe a person
        return last

    def _role_then_name(self, sentence: Sentence, before: str) -> Mention | None:
        """ "A church elder, Ada Venn, said": the person named in apposition to the role
        that opens the sentence speaks."""
        m = _ROLE_THEN_NAME.match(before)
        if m is None or m.group("name").split()[0] in _NOT_A_NAME:
            return None
        name = m.group("name")
        start = sentence.start + m.start("name")
        known = self.index.lookup(name)
        if known:
            return Mention(start, start + len(name), name, known, self.index.kind_of(known))
        if _BODY_ROLE.search(m.group("role")) or _BODY_NAME.search(name):
            # "A local rights group, Liska Citizens' Forum, said it ...": a body, which "it"
            # stands for, not a person
            return Mention(start, start + len(name), name, name, "unknown", resolved=False)
        return Mention(start, start + len(name), name, name, "person", resolved=False)

    def _unknown_subject(self, sentence: Sentence, verb: re.Match[str]) -> Mention | None:
        """The speaker of a verb of saying that no known source, description or name
        claims: "Corvania and allied armed groups have said ...". What it said is never the
        outlet's own voice. The first party of the subject that a country or an alias
        resolves is the claimant ("Corvania" -> the Corvanian government); a capitalised subject
        becomes a provisional source; anything else ("reports say") silences the claims."""
        text = sentence.text
        if not _CORE_SPEECH.fullmatch(verb.group()) or _PARTICIPLE_STATE.match(text, verb.end()):
            return None  # "seven soldiers confirmed killed": no one speaks
        if re.match(r"accuse", verb.group(), re.IGNORECASE) and _STAND_ACCUSED.search(
            text, 0, verb.start()
        ):
            return None  # "the authorities stand accused of ...": the accused, no accuser
        before = text[_opening(text) : verb.start()]
        if re.match(r"put", verb.group(), re.IGNORECASE) and _FIGURE_SUBJECT.search(before):
            return None  # "the latest count puts the dead at 140": a figure, no speaker
        aux = _SUBJECT_TAIL.search(before)
        if aux:
            before = before[: aux.start()]
        acronym = _ACRONYM_AFTER.search(before)
        if acronym:  # "the Harbour Safety Board (HSB) said": the name, not "HSB)"
            before = before[: acronym.start()]
        # "the Harbour Front (HF) group claimed": the acronym inside the subject, blanked
        before = _ACRONYM_INSIDE.sub(lambda m: " " * len(m.group()), before)
        np_start = 0
        for m in _SUBJECT_BOUNDARY.finditer(before):
            np_start = m.end()
        lead = _LEADING_ADVERB.match(before, np_start)
        if lead:  # "Later the governor said": the governor
            np_start = lead.end()
        phrase = re.sub(r"\s{2,}", " ", before[np_start:].strip())
        joined = re.match(r"(?:and|but)\s+(?=the\s+[A-Z]|[A-Z])", phrase)
        if joined:  # "..., and the Zish government, citing its data, has endorsed it"
            np_start += before[np_start:].index(phrase) + joined.end()
            phrase = phrase[joined.end() :]
        if not phrase or re.match(r"(?:and|or|but|then)\b", phrase, re.IGNORECASE):
            return None  # "..., and confirmed that": the clause's subject speaks on
        start = (
            sentence.start
            + _opening(text)
            + np_start
            + (len(before[np_start:]) - len(before[np_start:].lstrip()))
        )
        hedged = _PRONOUN_HEDGE.fullmatch(phrase)
        if hedged is not None:  # "He did not want to say more, but added": the "he" speaks
            person = Mention(start, start + len(hedged.group(1)), hedged.group(1),
                             hedged.group(1), "generic:person", resolved=False)  # fmt: skip
            return self.resolve(person) or _unresolved(person)
        media = _NATIONAL_MEDIA.fullmatch(phrase)
        if media is not None:
            return self._media(media, start, phrase)
        words = phrase.split()
        if not words or len(words) > 8 or _NOT_SUBJECT.search(phrase):
            return Mention(start, start, phrase, SILENT, "", resolved=False)
        for part in re.split(r"\s*,\s*|\s+(?:and|as\s+well\s+as)\s+", phrase):
            part = re.sub(r"^(?:the|The)\s+", "", part).strip()
            if not part:
                continue
            if re.match(r"(?:his|her)\s", part, re.IGNORECASE):
                # "his office said": a person's office, whom this subject does not name
                return Mention(start, start, phrase, SILENT, "", resolved=False)
            known = self.index.lookup(part) or self.index.lookup_partial(part)
            owner = re.sub(r"['’]s(?:\s.*)?$", "", part)  # "the command's initial statement"
            known = known or self.index.lookup(owner)
            if known:
                kind, side = self.index.kind_of(known), self.index.side_of(known)
                return Mention(start, start + len(phrase), phrase, known, kind, side=side)
            head = re.match(r"[A-Z][\w'’-]+", part)
            if head:
                country = self._country_speaker(head.group(), start)
                if country is not None and (
                    head.group() == part or self.index.lookup_demonym(head.group())
                ):
                    return country
            described = find_generic("the " + part, start - 4)
            if described and described[0].kind != "generic:pron":
                resolved = self.resolve(described[0])  # "a local group backed by a neighbour"
                if resolved is not None:
                    return resolved
            break  # only the first party names the claimant
        office = self._office(phrase, start)
        if office is not None:
            return office
        name = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        name = statement_owner(name) or name
        name = country_office(name) or name
        if re.match(r"[A-Z]", name) and not _VAGUE_SPEAKER.search(name):
            return Mention(start, start + len(phrase), phrase, name, "unknown", resolved=False)
        return Mention(start, start, phrase, SILENT, "", resolved=False)

    def _media(self, media: re.Match[str], start: int, phrase: str) -> Mention:
        """ "Xish media reports said": the Xish media; "the media reports said": the media the
        story quoted last; a media report of no country silences its claims, as before."""
        end = start + len(phrase)
        if media.group("nat"):
            kind = (media.group("kind") or "").lower()
            name = f"{nationality_label(media.group('nat'))} {kind}media"
            return Mention(start, end, phrase, name, "state_media", resolved=False)
        last = self.disc.last_claimant
        if media.group("the") and last is not None and re.search(r"\bmedia\b", last.claimant):
            return Mention(start, end, phrase, last.claimant, last.kind, last.resolved,
                           side=last.side)  # fmt: skip
        if not media.group("the"):
            # "..., media say" in a title, "A media report said" in the lead: the media the
            # next lines describe ("Xish media reports said", "according to local media")
            at = len(self.disc_publisher) + 1 + end
            below = next(
                (m for m in _MEDIA_BELOW.finditer(self.head_text, at, at + 800)
                 if not (m.group("nat") or "X")[0].islower()),  # "told us media": no country
                None,
            )  # fmt: skip
            if below is not None:
                nat = below.group("nat")
                kind = below.group("kind")
                name = f"{nationality_label(nat)} media" if nat else f"{kind.capitalize()} media"
                return Mention(start, end, phrase, name, "state_media", resolved=False)
        return Mention(start, start, phrase, SILENT, "", resolved=False)

    def _office(self, phrase: str, start: int) -> Mention | None:
        """ "its mayor", "the city's mayor": the mayor of the town the story last named
        ("Xtown mayor"); "the northern council's health minister": that body's minister.
        A provisional speaker, where the office has no holder the story names."""
        m = _POSSESSED_TITLE.fullmatch(phrase)
        if m is None:
            return None
        owner = m.group("owner")
        title = re.sub(r"\s+", " ", m.group("title")).lower()
        if _PLACE_OWNER.fullmatch(owner):
            if not _LOCAL_TITLE.search(title):
                return None  # "its president": of a body we cannot tell
            prefix = len(self.disc_publisher) + 1
            place = _place_before(self.head_text[: prefix + start]) if start < 6000 else None
            name = f"{place} {title}" if place else title.capitalize()
        else:
            owner = re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)
            if owner.split()[0].lower() in ("his", "her", "their", "our", "my", "your"):
                return None
            name = f"{owner[:1].upper()}{owner[1:]} {title}"
        return Mention(start, start + len(phrase), phrase, name, "person", resolved=False)

    def _headline_frame(self, sentence: Sentence, mentions: list[Mention]) -> Frame | None:
        """ "Ministry names 13 killed, cites engine failure": a headline that opens with its
        speaker and a verb of saying or admitting speaks for that speaker throughout."""
        text = sentence.text
        offset = 0
        for part in text.split(";"):  # each part of "A; B" is a headline of its own
            lead = len(part) - len(part.lstrip())
            m = _HEADLINE_SPEAKER.match(part.lstrip())
            if m:
                offset += lead
                break
            offset += len(part) + 1
        else:
            return None
        start = sentence.start + offset
        subject_end = start + m.end("subject")
        subject = next((x for x in mentions if x.start == start and x.end <= subject_end + 1), None)
        if subject is None:
            subject = self._country_speaker(m.group("subject"), start)
        word = m.group("subject")
        if (
            subject is None
            and " " not in word
            and _title_word(word)
            and self.index.matching(word.lower())
        ):
            # "Governor revises toll": a title one known source carries as an alias
            subject = Mention(start, subject_end, word, word, f"generic:head:{word.lower()}",
                              resolved=False)  # fmt: skip
        if subject is None:  # "Iraqi armed group claims attack": a description, no article
            described = find_generic("the " + m.group("subject"), start - 4)
            if described and described[0].end == subject_end:
                subject = described[0]
        if subject is None and self._speaks_below(word, sentence.end):
            # "HBA lowers toll to 40" over "... the HBA now puts the toll at 40": a name no
            # list holds, which the story quotes
            kind = "person" if re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}", word) else ""
            subject = Mention(start, subject_end, word, word, kind or "unknown", resolved=False)
        if subject is None:
            return None
        resolved = self.resolve(subject)
        if resolved is None:
            return None
        clause_end = _CLAUSE_END.search(text, offset + m.end())
        until = sentence.start + clause_end.start() if clause_end else None
        return Frame(
            resolved.name, resolved.resolved, resolved.anonymous, start,
            start + m.end(), self.disc.published, resolved.kind, resolved.side, until,
        )  # fmt: skip

    def _spokesperson_body(
        self, sentence: Sentence, frame: Frame, mentions: list[Mention]
    ) -> Mention | None:
        """ "The Vell Harbour Board is investigating the reports, a spokesperson said": an
        unnamed spokesperson after the clause speaks for the body that opens it."""
        text, base = sentence.text, sentence.start
        rel = frame.cue_start - base
        if not frame.anonymous or not _BARE_SPOKESPERSON.match(text, rel):
            return None
        if not re.search(r",\s*$", text[:rel]):
            return None
        opening = _opening(text)
        known = next((m for m in mentions if m.start - base in (opening, opening + 4)), None)
        if known is not None and not known.anonymous and not known.kind.startswith("generic:"):
            if known.kind != "person" and _OPENING_VERB.match(text, known.end - base):
                return known
            return None
        named = _OPENING_BODY.match(text, opening)
        if named is None or not BODY_WORD.search(named.group("name")):
            return None
        name = named.group("name")
        found = self.index.lookup(name)
        if found:
            return Mention(base + opening, base + named.end("name"), name, found,
                           self.index.kind_of(found), side=self.index.side_of(found))  # fmt: skip
        return Mention(base + opening, base + named.end("name"), name, name, "", resolved=False)

    def _described_below(self, bare: str, after: int) -> str | None:
        """The fuller name of a headline's unnamed speaker ("official says"): the first
        unnamed speaker of the same role the story describes ("a senior Xish military
        official said"), within its opening paragraphs."""
        role = bare.split()[0]
        below = self.head_text.index("\n") + 1 + after
        for m in find_anonymous(self.head_text[below : below + 1500]):
            if m.name != bare and m.name.endswith(f" {role} (anonymous)"):
                return m.name
        return None

    def _speaks_below(self, name: str, after: int) -> bool:
        """Is `name` (a headline's subject no list holds) a proper name that speaks in the
        story below ("the HBA said", "according to the HBA")?"""
        words = name.split()
        if (
            not all(w[:1].isupper() for w in words)
            or words[0] in _NOT_A_NAME
            or _COLON_TOPIC.search(name)
            or _title_word(words[-1])
        ):
            return False
        text = self.head_text
        below = self.head_text.index("\n") + 1 + after  # past the headline, in head_text
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[below:]):
            at = below + m.start()
            probe = Mention(at, at + len(name), name, name, "unknown")
            if _CUE_BEFORE.search(text, max(0, at - 20), at) or _speaks(text, probe):
                return True
        return False

    def _country_speaker(self, name: str, start: int) -> Mention | None:
        """ "US admits ...", "Calderra says ...": a country speaks through its military or
        government; take the one of them the document quotes."""
        if re.fullmatch(r"U\.?S\.?|United\s+States|America", name):
            generic = Mention(start, start + len(name), name, name, "generic:mil", False, side="US")
            found = self.resolve(generic)
            if found is not None and found.side not in ("", "US"):
                found = None  # another country's army, quoted before, does not speak for it
            if found is not None and not found.resolved and not _US_MILITARY.search(self.head_text):
                # no command quoted and no military named: the government speaks for the country
                return replace(found, name="US government", kind="government")
            return found
        if " " in name or len(name) < 4:
            return None
        stem = name[:-1] if name.endswith("a") else name
        candidates = [
            n
            for n in self.index.sources
            if n.split()[0].startswith(stem) and self.index.kind_of(n) in ("government", "military")
        ]
        spoken = [m.name for m in self.speakers if m.name in candidates]
        governments = [n for n in candidates if self.index.kind_of(n) == "government"]
        militaries = [n for n in candidates if self.index.kind_of(n) == "military"]
        if spoken:
            pick = spoken[0]
        elif len(candidates) == 1:
            pick = candidates[0]
        elif len(governments) == 1:
            pick = governments[0]
        elif len(voices := [n for n in governments if _STATE_VOICE.search(n)]) == 1:
            pick = voices[0]
        elif not governments and len(militaries) == 1:
            pick = militaries[0]
        else:
            pick = None
        if pick is None:
            return None
        return Mention(
            start, start + len(name), name, pick, self.index.kind_of(pick),
            side=self.index.side_of(pick),
        )  # fmt: skip

    def _earlier_anonymous(self, a: Mention) -> Mention | None:
        """ "A senior Xish military official said ... according to the intelligence official":
        a definite description that names no country refers back to the one unnamed speaker
        of that role the report has introduced, not to a second one."""
        last = self.disc.last_anonymous
        if (
            last is None
            or not _DEFINITE_ANONYMOUS.fullmatch(a.surface)
            or NATIONALITY_WORD.search(a.surface)
            or re.search(r"\b[A-Z]", a.surface[4:])
        ):
            return None
        role = a.name.removesuffix(" (anonymous)").split()[-1]
        if last.claimant == a.name or not last.claimant.endswith(f" {role} (anonymous)"):
            return None
        return Mention(a.start, a.end, a.surface, last.claimant, last.kind, last.resolved,
                       anonymous=True, side=last.side)  # fmt: skip

    def frames(self, sentence: Sentence, *, headline: bool = False) -> list[Frame]:
        text, base = sentence.text, sentence.start
        frames: list[Frame] = []
        self.sentence_frames = frames
        self._opening_at = base + _opening(text)
        if not headline and not _MAY_ATTRIBUTE.search(text):
            return frames
        mentions = self._mentions(sentence)
        if headline:
            frame = self._headline_frame(sentence, mentions)
            if frame is not None:
                frames.append(frame)
        self.sentence_frames = frames
        used: set[int] = set()

        def add(mention: Mention | None, cue_start: int, cue_end: int) -> None:
            if mention is None:
                return
            resolved = self.resolve(mention) or _unresolved(mention)
            if (
                resolved.kind == "unknown"
                and not resolved.resolved
                and _DESCRIPTION_WORDS.fullmatch(resolved.name)
            ):  # "Rights group says ..." over "the rights group Open Eye said"
                resolved = self.labelled_elsewhere(resolved) or resolved
            if resolved.name == SILENT and _BARE_AUTHORITIES.fullmatch(mention.surface.strip()):
                # "according to the authorities": the authorities of the place they are
                # placed in ("the authorities in eastern Xland"), else of the country the
                # story is about, when it is about one
                placed = _PLACED_IN.match(text, mention.end - base)
                word = re.search(r"([\w'’-]+)\s+$", text[: mention.start - base])
                own = word and NATIONALITY_WORD.fullmatch(word.group(1))
                if self._country is None:
                    self._country = story_country(self.head_text) or ""
                name = (
                    f"Authorities in {placed.group('place')}" if placed
                    else f"{own.group()} authorities" if own  # "Xish authorities said"
                    else f"{self._country} authorities" if self._country else ""
                )  # fmt: skip
                if name:
                    resolved = replace(resolved, name=name, kind="government")
            body_kind = self.disc.kinds.get(resolved.name)
            if resolved.kind == "person" and not resolved.resolved and body_kind:
                # "the group Vell Front said ... Vell Front accused": a body, though two
                # capitalised words look like a person's name
                resolved = replace(resolved, kind=body_kind)
            stated = _frame_date(sentence, min(mention.start, cue_start), cue_end, self.disc)
            frames.append(
                Frame(
                    resolved.name,
                    resolved.resolved,
                    resolved.anonymous,
                    cue_start,
                    cue_end,
                    stated,
                    resolved.kind,
                    resolved.side,
                )
            )

        for cue in ACCORDING.finditer(text):
            cue_end = base + cue.end()
            for m in mentions:
                gap = text[cue.end() : m.start - base]
                if m.start >= cue_end and len(gap) <= 40 and _CUE_GAP_WORDS.match(gap):
                    add(m, base + cue.start(), m.end)
                    used.add(id(m))
                    break

        colon = re.match(r"^[^:“”\"]{1,40}:\s", text)  # "Navy: drone lost to malfunction"
        if colon:
            for m in mentions:
                if m.end - base < colon.end():
                    add(m, m.start, m.end)
                    used.add(id(m))
                    break

        if not frames:  # "Harbour Board in Morrow: 12 dead": a body no list holds
            colon_speaker = self._colon_speaker(text, base, headline=headline)
            if colon_speaker is not None:
                add(colon_speaker, colon_speaker.start, colon_speaker.end + 1)

        for m in mentions:
            shows = _FIGURES_SHOW.match(text, m.end - base) if m.kind == "figures" else None
            if shows and id(m) not in used:  # "Official figures show that ...": they speak
                add(m, m.start, base + shows.end())
                used.add(id(m))
        for m in mentions:
            tail = text[m.end - base - 1 : m.end - base + 60]  # from the name's last letter
            cue = _POSSESSIVE_CUE.match(tail, 1)
            if cue and not SPEECH_VERB.search(tail[1:41]) and not _JUDGED.match(tail, cue.end()):
                add(m, m.start, m.end)
                used.add(id(m))

        asked = _ASKED_CLAUSE.match(text, _opening(text))
        for verb in SPEECH_VERB.finditer(text):
            v_start, v_end = base + verb.start(), base + verb.end()
            if any(f.cue_start <= v_start < f.cue_end for f in frames):
                continue
            if asked and verb.end() <= asked.end():
                continue  # "Asked whether it was too soon to say ..., Renk replied": a question
            before = text[: verb.start()]
            after = text[verb.end() :]
            if (
                not headline
                and _NAME_END.fullmatch(verb.group())
                and _CAPITAL_BEFORE.search(before)
            ):
                continue  # "the Federated States", "Coastal States": the end of a name, not a verb
            if _NOUN_CUE.fullmatch(verb.group()) and _THEN_VERB.match(after):
                continue  # "Online reports say ...": a noun, the subject of the next verb
            if re.fullmatch(r"blames?", verb.group(), re.I) and _DETERMINER_END.search(before):
                continue  # "placed the blame on Y": a noun, the verb before it speaks
            if re.match(r"\s+(?:each\s+other|one\s+another)\b", after, re.I):
                # "Xland and Yland accused each other ...": both speak, neither alone
                add(Mention(v_start, v_start, "", SILENT, "", resolved=False), v_start, v_end)
                continue
            if _SAID_TO.match(after) and re.fullmatch(r"said|reported", verb.group(), re.I):
                continue  # "Missiles said to have strayed": hearsay, no one speaks
            if re.fullmatch(r"say", verb.group(), re.I) and _UNSAID.search(before):
                continue  # "I cannot say whether it was a strike," Renk said: Renk speaks
            if re.fullmatch(r"reports|reporting", verb.group(), re.I) and _BYLINE_FOR.match(after):
                continue  # "Ilse Garnet reports for Vell Radio from ...": a byline, not a source
            # "are still hinting": a progressive, not a passive
            passive = _PASSIVE_BEFORE.search(before) is not None and not re.search(
                r"ing$", verb.group(), re.IGNORECASE
            )
            subject = None
            cited = _CITED_AS.match(after) if re.fullmatch(r"cit\w+", verb.group(), re.I) else None
            if cited and not passive:
                # "the agency cited Amil Rostan, the minister, as saying": Rostan speaks
                at = v_end + cited.start("name")
                subject = next((m for m in mentions if m.start == at), None)
                if subject is None and cited.group("name").split()[0] not in _NOT_A_NAME:
                    name = cited.group("name")
                    known = self.index.lookup(name)
                    subject = Mention(
                        at, at + len(name), name, known or name,
                        self.index.kind_of(known) if known else "person", resolved=bool(known),
                    )  # fmt: skip
                if subject is not None:
                    used.add(id(subject))
                    add(subject, v_start, v_end + cited.end())
                    continue
            if passive:
                by = re.match(r"^\s*(?:\w+\s+){0,2}?by\s+", after)
                if by:
                    target = v_end + by.end()
                    subject = next((m for m in mentions if m.start == target), None)
                    if subject is None:
                        subject = next((m for m in mentions if 0 <= m.start - target <= 4), None)
                if subject is None and _CITED_PASSIVE.match(after) and verb.group() == "cited":
                    # "a senior official was cited as saying": the subject speaks
                    subject = next(
                        (
                            m
                            for m in reversed(mentions)
                            if m.end <= v_start
                            and _CITED_SUBJECT_GAP.fullmatch(text[m.end - base : verb.start()])
                        ),
                        None,
                    )
                if subject is None:
                    continue
            else:
                for m in reversed(mentions):
                    if m.end > v_start or id(m) in used:
                        continue
                    if _INTERVIEWER.search(text[max(0, m.start - base - 25) : m.start - base]):
                        continue  # "a source, speaking to AFP, said": AFP is the listener
                    gap = text[m.end - base : verb.start()]
                    if _gap_ok(gap) or (
                        verb.group().lower().endswith("ing") and _PROGRESSIVE_GAP.fullmatch(gap)
                    ):  # "officials are still hinting at ...": they speak
                        subject = m
                        break
                    if v_start - m.end > 260:
                        break
                if subject is None:
                    for m in mentions:
                        if m.kind in ("generic:pron", "generic:person"):
                            continue  # "Residents said they heard": "they" is not the speaker
                        if not _INVERTIBLE.match(verb.group()):
                            break
                        tail = text[m.end - base : m.end - base + 30]
                        if not _AFTER_INVERTED.match(tail):
                            continue  # "say the navy is concealing": the navy is the content
                        if m.start >= v_end and _INVERTED_GAP.match(
                            text[verb.end() : m.start - base]
                        ):
                            subject = m
                            break
                if subject is None:
                    subject = self._named_speaker(sentence, v_start)
                if subject is None and not frames and re.match(r"\w+ing\b", verb.group()):
                    # "The navy has tried to play down the losses, admitting ...": the
                    # participle's speaker is the subject that opens the sentence
                    opening = _opening(text)
                    subject = next(
                        (
                            m
                            for m in mentions
                            if 0 <= m.start - base - opening <= 4 and id(m) not in used
                        ),
                        None,
                    )
            semi = text.rfind(";", 0, verb.start())
            if (
                subject is None
                and not passive
                and semi >= 0
                and _VAGUE_CLAUSE_SUBJECT.fullmatch(text[semi + 1 : verb.start()].strip())
            ):  # "...; others spoke of a bombing": someone of its own, whom it does not name
                subject = Mention(v_start, v_start, "", SILENT, "", resolved=False)
            if subject is None and not frames and not passive:
                subject = self._unknown_subject(sentence, verb)
            if (
                subject is None
                and frames
                and not passive
                and ";" in text[frames[-1].cue_end - base : verb.start()]
            ):
                # "X blames Y; Z has instead blamed W": a subject of its own after ";" speaks
                # for its clause ("others spoke of ...": unnamed, it silences its claims; none
                # found: the sentence's speaker goes on)
                own = self._unknown_subject(sentence, verb)
                if own is not None:
                    subject = own
            if (
                subject is None
                and frames
                and not passive
                and _WHILE_SUBJECT.search(text, frames[-1].cue_end - base, verb.start())
            ):
                # "X reported 40, while the city's mayor said 90": the "while" clause has a
                # subject of its own; unnamed, it silences its claims rather than passing them
                # to X
                own = self._unknown_subject(sentence, verb)
                if own is None and _BUT_SUBJECT.search(
                    text, frames[-1].cue_end - base, verb.start()
                ):
                    # "X claimed ..., but the governor said ...": the governor, whom no name
                    # tells, is still not X
                    own = Mention(v_start, v_start, "", SILENT, "", resolved=False)
                if own is not None:
                    subject = own
            earlier = [f for f in frames if f.cue_start < v_start]
            if subject is None:
                if earlier:  # "..., and stressed that": the sentence's speaker goes on
                    last = earlier[-1]
                    frames.append(
                        Frame(
                            last.claimant, last.resolved, last.anonymous, v_start, v_end,
                            last.stated_on, last.kind, last.side, relayed_by=last.relayed_by,
                        )
                    )  # fmt: skip
                continue
            used.add(id(subject))
            add(subject, min(subject.start, v_start), v_end)

        frames.sort(key=lambda f: f.cue_start)
        for i, frame in enumerate(frames):
            if headline and frame.anonymous and frame.claimant in _BARE_ANONYMOUS:
                fuller = self._described_below(frame.claimant, sentence.end)
                if fuller is not None:  # "..., official says" over "A senior Xish official said"
                    frames[i] = frame = replace(frame, claimant=fuller)
            body = self._spokesperson_body(sentence, frame, mentions)
            if body is not None:  # "The Vell Board is investigating, a spokesperson said"
                frames[i] = replace(
                    frame, claimant=body.name, resolved=body.resolved, anonymous=False,
                    kind=body.kind, side=body.side,
                )  # fmt: skip
        for frame in frames:
            if frame.stated_on is None:  # the speaker's earlier date in this document
                frame.stated_on = self.disc.last_date_of.get(frame.claimant)
        return frames

    def _deed_subject(self, sentence: Sentence) -> Mention | None:
        """The source that opens a sentence of no speech as the subject of its verb
        ("Zedland has been shelling Vell", "The Zedish army opened an inquiry"), named as a
        speaker of the same words would be; None for anything that is not a source."""
        text = sentence.text
        opening = _opening(text)
        paper = _PAPER_BY.match(text, opening)
        if paper is not None:  # "In May a report by the Vell Institute put ...": the institute
            name = paper.group("name")
            found = self.index.lookup(name) or name
            at = sentence.start + paper.start("name")
            return Mention(
                at, at + len(name), name, found, self.index.kind_of(found),
                resolved=found != name, side=self.index.side_of(found),
            )  # fmt: skip
        verb = _DEED_VERB.search(text, opening, opening + 80)
        if verb is None or not re.match(r"(?:The\s+)?[A-Z]", text[opening:]):
            return None
        subject = text[opening : verb.start()]
        if _SUBJECT_BOUNDARY.search(subject) or len(subject.split()) > 6:
            return None
        base = sentence.start
        known = next(
            (m for m in self._known(sentence) if m.start - base in (opening, opening + 4)), None
        )
        if known is not None and known.end - base == verb.start():
            # a source the list holds, as "according to" it would name it
            return None if known.anonymous or known.kind == "person" else known
        bare = re.sub(r"^The\s+", "", subject.strip())
        if COUNTRY_NAMES.get(bare.lower()):
            # "Vell has denied it": the country, which speaks through the body the report
            # quotes for it, as when it is named as the speaker
            at = base + opening + len(subject) - len(subject.lstrip())
            return Mention(at, at + len(bare), bare, bare, "unknown", resolved=False)
        said = Sentence(sentence.start, sentence.start + len(subject) + 5, f"{subject} said", 0)
        found = self._unknown_subject(said, re.search(r"said$", said.text))  # type: ignore[arg-type]
        if found is None or found.name == SILENT or found.anonymous:
            return None
        if found.kind in ("", "unknown", "person") and not _BODY_NAME.search(found.name):
            return None  # a name no list holds that may be a place or a thing
        return found

    def remember(self, sentence: Sentence, frames: list[Frame]) -> None:
        """Update the discourse after a sentence (mentions, speakers, dates)."""
        disc = self.disc
        disc.mentions.extend(self._known(sentence))
        disc.last_subject = None if frames else self._deed_subject(sentence)
        if not frames:
            # "Asked about it, a spokesman for the Vell navy declined to comment.": the "he"
            # who speaks next is that spokesman, for that body
            for role in _SPOKESPERSON_FOR.finditer(sentence.text):
                at = sentence.start + role.end()
                body = next((m for m in self._known(sentence) if 0 <= m.start - at <= 4), None)
                if body is not None:
                    disc.last_person = Frame(
                        body.name, True, False, body.start, body.end, None, body.kind, body.side
                    )
            accuser = _PASSIVE_ACCUSER.search(sentence.text)
            if accuser is not None:
                # "the paper was accused by Rep. Ana Marsh of ...": the "he" or "she" who
                # speaks next is that accuser
                at = sentence.start + accuser.start("name")
                name = accuser.group("name")
                disc.last_person = Frame(name, False, False, at, at + len(name), None, "person")
            named = _NAMED_ROLE_SPEAKER.search(sentence.text)
            if named is not None:
                which = next(g for g in ("after", "before", "first") if named.group(g))
                at = sentence.start + named.start(which)
                name = named.group(which)
                disc.last_person = Frame(name, False, False, at, at + len(name), None, "person")
        for frame in frames:
            if frame.claimant and frame.kind not in ("person", "", "unknown", "anonymous"):
                disc.kinds.setdefault(frame.claimant, frame.kind)
            rel = frame.cue_start - sentence.start
            if frame.kind == "person" or (not frame.resolved and frame.kind == "person"):
                disc.last_person = frame
            elif rel > 0 and _WHO_CLAUSE.search(sentence.text[max(0, rel - 40) : rel]):
                # "Marek Lund, who speaks for the brigade, said": the "he" who speaks next is
                # Lund, for the brigade
                disc.last_person = frame
                disc.last_claimant = frame
            elif frame.claimant == SILENT and _PERSON_ROLE.search(
                sentence.text,
                max(0, min(frame.cue_start, frame.cue_end - 40) - sentence.start),
                frame.cue_end - sentence.start,
            ):
                # "a brigade captain said ...": the "he" who speaks next is that captain, whom
                # we cannot name, not a person quoted before
                disc.last_person = frame
                disc.last_claimant = frame
            elif frame.anonymous:
                disc.last_anonymous = frame
                disc.last_claimant = frame
            else:
                disc.last_claimant = frame
                if (
                    not frame.resolved
                    and frame.kind not in ("person", "anonymous")
                    and len(frame.claimant.split()) >= 2
                ):
                    disc.bodies_quoted.append(frame)
            cue = sentence.text[
                max(0, frame.cue_start - sentence.start - 15) : frame.cue_end - sentence.start
            ]
            flashback = _FLASHBACK.search(cue)
            if frame.stated_on is not None and not flashback:
                disc.last_date_of[frame.claimant] = frame.stated_on
            if frame.stated_on is not None:
                disc.last_frame_date = frame.stated_on
        for _, _, d in find_dates(sentence.text, disc.published):
            if disc.published is None or d <= disc.published:
                disc.dates_seen.append(d)
