"""Casualty counts: killed, injured, missing, aboard, survived, and aircraft lost.

Each count is read as an interval with its qualifier ("at least 13", "four of the six",
"all six", "up to six") together with the group counted and the scope (this incident,
or a running total "since February 28").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import casualty_words
from .lexicon import any_of, phrase
from .numbers import (
    HEDGE,
    NUMBER,
    ORDINAL,
    ORDINALS,
    TENS,
    UNITS,
    find_ranges,
    interval_for,
    is_vague,
    parse_number,
    parse_ordinal,
)

# a plural demonym names a group by nationality: "12 Britons", "87 Ruritanians"
DEMONYM = r"(?-i:[A-Z][a-z]+(?:ians|eans|ans|ese|is|ons|ks|ns|ards)\b)"
_MORE_PEOPLE = "|".join(casualty_words.PEOPLE)

PERSON_NOUN = (
    r"(?:crew[\s-]*members?|crewmembers?|crewm[ae]n|crew|"
    r"members\s+of\s+(?:the\s+)?(?:security\s+forces|police(?:\s+force)?|riot\s+police)|"
    r"members|service[\s-]*members?|"
    r"service(?:wo)?m[ae]n|troops|soldiers?|personnel|airm[ae]n|aviators?|pilots?|sailors?|"
    r"marines?|people|persons?|civilians?|passengers?|lives|Americans?|others|victims?|children|"
    r"child|residents?|workers?|fighters?|militants?|individuals?|guardsm[ae]n|occupiers|"
    r"technicians?|engineers?|officers?|policem[ae]n|firefighters?|rescuers?|migrants?|"
    rf"{_MORE_PEOPLE}|{DEMONYM}|"
    r"(?:of\s+(?:the|its|their)\s+crew))"
)
# (no number nor a span of time among them: "two days after 12 soldiers were killed" counts
# twelve, not two)
_GROUP_MOD = (
    r"(?:(?!(?:were|was|are|is|had|have|has|and|or|of|in|on|at|who|that|killed|dead|died|"
    r"wounded|injured|missing|aboard|after|before|since|ago|than|(?:minute|hour|day|week|month|"
    r"year)s?)\b)(?![\d,.]+\s)\w[\w.'’-]*\s+){0,3}?"
)
_NUM_PHRASE = (
    rf"(?P<hedge>{HEDGE}\s+)?(?P<all>(?:all|every\s+one|each)\s+(?:of\s+)?(?:the\s+)?|the\s+)?"
    rf"(?P<num>{NUMBER})(?:(?<=dozens)\s+of|(?<=hundreds)\s+of|(?<=scores)\s+of|"
    r"(?<=thousands)\s+of)?"
    rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<total>{NUMBER}))?"
)
COUNT_GROUP = re.compile(
    # "14 of its soldiers were wounded": the speaker's own people, counted ("seven of his
    # colleagues had died": a witness's own; a number glued to a colon is a clock, "08:10 -
    # The agency says ...", and a bare dash is no word)
    rf"(?<![\w,.:-]){_NUM_PHRASE}\s+(?:of\s+(?:its|their|our|his|her|my)\s+(?:own\s+)?)?"
    rf"(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b(?!-)",
    re.IGNORECASE,
)
COUNT_BARE = re.compile(
    rf"(?<![\w,.:-]){_NUM_PHRASE}(?:\s+more)?\s+(?:(?:are|were|is|was|have\s+been|had\s+been|"
    r"has\s+been|have|had|remain(?:ed|s)?|still|now|reportedly|could\s+be|may\s+be|might\s+be|"
    r"being)"  # "34 were being treated for gunshot wounds"
    r"\s+){0,3}"
    r"(?:confirmed\s+|reported\s+|feared\s+|found\s+|"
    r"(?:thought|feared|believed|presumed|known)\s+to\s+(?:be|have\s+been)\s+|"
    r"believed\s+|listed\s+as\s+)?(?P<cat>killed|dead|died|perished|deaths|fatalities|injured|hurt|"
    r"wounded|missing|martyred|"
    r"aboard|on\s+board|rescued|survived|unaccounted\s+for|"
    r"(?:suffered|sustained)\s+(?:\w+\s+)?(?:injuries|wounds)|"
    # "... and more than 300 were taken to hospital": the injured, told by their care
    r"hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospitals?|treated\s+(?:in\s+hospital|for))\b",
    re.IGNORECASE,
)
CATEGORY_WORDS = re.compile(
    r"\b(?P<killed>killed|dead|died|dies|deceased|perished|lost\s+their\s+lives|deaths|"
    r"fatalities|were\s+lost|martyred|drowned|suffocated|asphyxiated|electrocuted|slain|"
    r"(?:burned|burnt|crushed|trampled|stabbed|beaten|frozen|starved)\s+to\s+death)\b|\b(?P<injured>injured|wounded|hurt|suffered\s+(?:\w+\s+)?"
    r"(?:wounds|injuries)|treated\s+for\s+(?:\w+\s+)?(?:injuries|wounds)|"
    + "|".join(phrase(p) for p in casualty_words.INJURED)
    + r")\b|(?<!the\s)\b(?P<missing>missing|unaccounted\s+for|"
    + "|".join(phrase(p) for p in casualty_words.MISSING)
    + r")\b|"
    r"\b(?P<survived>survived|rescued|(?:pulled|brought\s+out)\s+alive|alive)\b|"
    r"\b(?P<aboard>aboard|on\s+board|onboard)\b",
    re.IGNORECASE,
)
_WINDOW_BREAK = re.compile(
    r"\b(?:while|whereas|but|although|because|when|who\s+(?!were|was|had|have|lost|died|are)|"
    r"and\s+(?:the|a|an)"
    r"\s+(?!aircraft|plane)|and\s+that|including|"
    # "12 people were arrested and three were killed": the next count's own category
    rf"and\s+(?:{'|'.join(UNITS)}|{'|'.join(TENS)}|dozens|scores|hundreds|several))\b|"
    r"[;:—–(]|(?<![-\w])\d|“|\"",
    re.IGNORECASE,
)
KILL_VERB_COUNT = re.compile(
    rf"\b(?:killed|killing|kills|kill|claimed\s+the\s+lives\s+of|taking\s+the\s+lives\s+of|"
    # "police shot dead four marchers", "gunmen gunned down two voters"
    r"(?:shot|shooting|shoots|shoot)\s+dead|(?:gunned|gunning)\s+down)"
    rf"\s+(?:a\s+total\s+of\s+)?{_NUM_PHRASE}(?:\s+"
    rf"(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b|(?=\s*(?:[,.;]|and\b|$|(?:in|at|on|near|during|"
    r"after|when|as|across|around)\b)))",
    re.IGNORECASE,
)
# "the blast claimed at least 40 lives", "the floods have taken 80 lives", "cost 12 lives"
LIVES_TAKEN = re.compile(
    rf"\b(?:claimed|claiming|claims|claim|took|taken|taking|takes|cost|costing|costs)\s+"
    rf"{_NUM_PHRASE}\s+(?P<group>(?:[\w-]+\s+)?lives)\b",
    re.IGNORECASE,
)
# "the bodies of 9 victims were found": the dead, once the bodies are recovered (a search
# "for the bodies of 9 miners" counts no one dead yet)
BODIES_OF = re.compile(
    rf"(?<!for\s)(?<!for\sthe\s)\bbodies\s+of\s+{_NUM_PHRASE}\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b"
    r"(?=[^.;]{0,30}\b(?:(?:were|have\s+been|had\s+been|was)\s+(?:\w+\s+)?)?(?:recovered|found|"
    r"pulled|retrieved|identified|washed\s+up|buried)\b)",
    re.IGNORECASE,
)
BODIES = re.compile(
    rf"(?<![\w,.:-]){_NUM_PHRASE}\s+bodies\b(?=[^.;]{{0,60}}\b(?:recovered|found|pulled|"
    # "three bodies had been counted twice": a correction, not three more dead
    r"counted(?!\s+(?:twice|double|more\s+than\s+once))|"
    r"retrieved|brought|identified|received))|"
    # "the hospital received 19 bodies", "a nurse saw 20 bodies": the dead a morgue or a ward saw
    r"\b(?:recovered|found|counted|retrieved|pulled|received|saw|seen)\s+"
    rf"{_NUM_PHRASE.replace('?P<', '?P<b_')}\s+bodies\b",
    re.IGNORECASE,
)
# "the hospital had treated 112 people for the effects of tear gas": the injured, told by a ward
TREATED_COUNT = re.compile(
    rf"\b(?:treated|treating|treats)\s+{_NUM_PHRASE}\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN})\s+"
    r"(?:for|with)\b",
    re.IGNORECASE,
)
SURVIVED_ALIVE = re.compile(
    rf"\b(?:pulled|rescued|saved|brought\s+out)\s+{_NUM_PHRASE}\s+(?P<group>{_GROUP_MOD}"
    rf"{PERSON_NOUN})\s+alive\b",
    re.IGNORECASE,
)
_TOLL_VERB = (
    r"(?:rose|risen|rises|raised|climbed|climbs|increased|reached|reaches|stands|stood|is|was|"
    r"had\s+been|has\s+been|fell|falls|dropped|drops|declined|passes|passed|passing|exceeded|exceeds|tops|topped|hit|"
    r"hits|jumped|jumps|(?:end|ends|ended)\s+up)"  # "the toll may end up above 900"
)
TOLL_GENERAL = re.compile(
    r"\b(?P<subj>(?:death\s+|injury\s+)?toll|number\s+of\s+[^;:,]{0,60}?|missing|(?:list\s+of\s+)?missing|"
    r"deaths)"
    rf"\s+(?:[^;:,]{{0,50}}?\s+)?(?P<verb>{_TOLL_VERB})\s+(?:up\s+)?(?:to\s+|at\s+)?"
    # "the toll fell 12 percent": a rate, not a count
    rf"{_NUM_PHRASE}(?![\d,.]*\d)(?!\s*(?:%|per\s*cent\b|percent\b|pc\b))",
    re.IGNORECASE,
)
BRINGING_TO = re.compile(
    # a figure revised down as well: "later lowered the number of injured to 15"
    r"\b(?:bringing|brings?|brought|raising|raises?|raised|takes|took|pushing|pushes|pushed|"
    r"lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|revis(?:e|es|ed|ing))\s+"
    r"the\s+(?P<subj>(?:death\s+)?toll|number|total|tally|count)\b(?P<mid>[^;:]{0,60}?)\s+to\s+"
    rf"{_NUM_PHRASE}",
    re.IGNORECASE,
)
INJURE_VERB_COUNT = re.compile(
    rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurting)\s+"
    r"(?:a\s+total\s+of\s+|a\s+further\s+|another\s+)?"
    rf"{_NUM_PHRASE}(?:\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b)?",
    re.IGNORECASE,
)
# "the leak sent about 140 people to hospital": the injured, told by their care (not the
# dead a later "and killed two" counts)
SENT_TO_HOSPITAL = re.compile(
    rf"\b(?:sent|sending|sends|send|put|putting|puts|landed|landing)\s+{_NUM_PHRASE}"
    rf"(?:\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN}))?\s+(?:to|in|into)\s+(?:a\s+|the\s+)?"
    r"(?:hospitals?|intensive\s+care)\b",
    re.IGNORECASE,
)
DEATHS_OF = re.compile(
    rf"\bdeaths?\s+of\s+(?:only\s+)?{_NUM_PHRASE}(?:\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN}))?",
    re.IGNORECASE,
)
NUMBER_DEATHS = re.compile(
    rf"(?<![\w,.:-]){_NUM_PHRASE}\s+(?:confirmed\s+|more\s+)?(?P<cat>deaths|fatalities|injuries)\b",
    re.IGNORECASE,
)
TOLL = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:[\w.]+\s+){0,3}(?:killed|dead|deaths))\b"
    r"[^;:]{0,80}?\b(?:rose|risen|raised|climbed|increased|brought|reached|stands|stood|"
    rf"is|was|at|to)\s+(?:up\s+)?(?:to\s+|at\s+)?{_NUM_PHRASE}",
    re.IGNORECASE,
)
RAISES_TO = re.compile(
    rf"\b(?:raises?|raised|raising|brings?|brought|bringing|pushe[sd]|takes|took)\s+to\s+"
    rf"{_NUM_PHRASE}\s+the\s+(?:number|total|toll|tally)\s+of\s+(?P<group>[^;:]{{0,60}}?)"
    r"\b(?:killed|dead|deaths)\b",
    re.IGNORECASE,
)
ORDINAL_DEATH = re.compile(
    rf"\b(?:(?:a|the)\s+)?(?P<ord>{ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?P<group>{PERSON_NOUN[3:-1]}|"
    r"soldier|person|crew\s*member|service\s*member|victim|civilian|passenger|airman|sailor)"
    r"\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:died|dies|been\s+killed|was\s+killed|succumbed|"
    r"(?:been\s+)?found\s+dead|confirmed\s+dead)",
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"guards?|staff|employees?|workers?|journalists?|doctors?|nurses?|medics?|firefighters?|"
    r"rescuers?|officers?|policem[ae]n|volunteers?",
    re.IGNORECASE,
)
NOBODY_HARMED = re.compile(
    rf"\bno\s+(?P<group>{PERSON_NOUN[3:-1]}|one)\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?P<what>harmed|hurt|injured|wounded|killed)\b",
    re.IGNORECASE,
)
# "left 87 Egyptians dead", "left at least 103 people dead", "left approximately 90 victims"
LEFT_COUNT = re.compile(
    rf"\bleft\s+{_NUM_PHRASE}(?:\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN}))?"
    r"(?:\s+(?P<cat>dead|killed|wounded|injured|hurt|missing|homeless|"
    # "left 19 people with burns", "left 12 in hospital": the injured, by their harm or care
    r"with\s+(?:\w+\s+){0,2}?(?:injuries|burns|wounds|fractures)|in\s+hospital))?\b",
    re.IGNORECASE,
)
# "put the dead at 300", "estimated the toll at 50", "gave a death toll of 500",
# "the dead numbered more than 300", "the number of missing at 10,000"
PUT_AT = re.compile(
    r"\b(?:(?:put|puts|putting|estimated?|estimates|estimating|gave|gives|giving|given|set|sets|placed?"
    r"|places)\s+(?:the\s+|a\s+|its\s+)?(?:[\w.-]+['’]s\s+)?(?P<subj>(?:death\s+)?toll|number\s+(?:of\s+)?"
    r"(?:people\s+)?\w+|dead|missing|injured|wounded|casualties|fatalities)(?:\s+[\w'’-]+){0,5}?"
    r"\s+(?:at|as|of)|(?:the\s+)?(?P<subj2>dead|killed|wounded|injured|missing|martyrs|victims)"
    r"\s+(?:(?:could|may|might|would|will)\s+)?(?:numbered|number(?:ed)?(?:\s+in\s+the)?|"
    r"totall?ed|stood\s+at|reached)|"
    r"(?P<subj3>number\s+of\s+(?:dead|martyrs|victims|deaths|killed|injured|wounded|missing))"
    r"[^.;:]{0,50}?\b(?:announced|given|put|set|reported|confirmed)\s+(?:as|at))\s+"
    rf"{_NUM_PHRASE}(?P<tail>\s+or\s+(?:less|fewer|more))?",
    re.IGNORECASE,
)
# "close to 4,000 victims had been identified", "70 victims of the blasts were reported":
# victims counted after the fact are the dead
VICTIMS_COUNTED = re.compile(
    rf"(?<![\w,.:-]){_NUM_PHRASE}\s+(?P<group>victims)\b(?:\s+of\s+[^,;.]{{0,40}}?)?\s+"
    r"(?:had|have|has|were|was)\s+(?:already\s+|now\s+|so\s+far\s+)?(?:been\s+)?"
    r"(?:identified|recovered|buried|counted|registered|recorded|reported)\b"
    r"(?!\s+(?:as\s+)?(?:injured|wounded|hurt|missing|alive|safe|in\s+hospital))",
    re.IGNORECASE,
)
# "expects the toll to reach at least 250", "said he expected it to rise to 300": the
# figure a speaker expects is the figure claimed (a "could" or "may" is a guess: see
# _speculative_ceiling)
EXPECT_TOLL = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+(?P<subj>(?:the\s+)?(?:death\s+|injury\s+)?toll|it|"
    r"the\s+number\s+of\s+(?:dead|deaths|victims|injured|wounded|missing))\s+to\s+"
    r"(?P<verb>reach|rise\s+to|climb\s+to|hit|top|exceed|pass)\s+"
    rf"{_NUM_PHRASE}(?![\w,.]\d)",
    re.IGNORECASE,
)
# a second toll joined to the first: "pushed the toll up to 3500, and the injured to some 12,500"
_SECOND_TOLL = re.compile(
    rf",?\s+and\s+the\s+(?P<subj>injured|wounded|missing|dead)\s+(?:up\s+)?(?:to|at)\s+"
    rf"{_NUM_PHRASE}(?![\w,.]\d)",
    re.IGNORECASE,
)
# "among the dead were 44 women and children": the group after it is counted in that category
# (and "the victims included ...")
_AMONG_THE = re.compile(
    r"\b(?:among\s+the\s+(?P<cat>dead|killed|victims|injured|wounded|missing)\s+(?:were|are|was|is)|"
    r"the\s+(?P<cat2>dead|victims|injured|wounded|missing)\s+(?:included|include|includes))\b",
    re.IGNORECASE,
)
# "two of the dead were children": a part of the toll named by who they were
PART_OF_THE = re.compile(
    rf"(?<![\w,.:-]){_NUM_PHRASE}\s+of\s+the\s+(?P<cat>dead|killed|victims|injured|wounded)\s+"
    rf"(?:were|are|was|is)\s+(?:also\s+)?(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b(?!-)",
    re.IGNORECASE,
)
# "14 of its soldiers": a body's own people
_OF_OWN = re.compile(r"\bof\s+(?:its|their|our)\s", re.IGNORECASE)
# "killed 19, including four children": a part of the toll named by who they were
_INCLUDING_PART = re.compile(r",?\s*\b(?:including|among\s+them)\s+$", re.IGNORECASE)
_PART_GROUPS = frozenset(
    ["women", "children", "girls", "boys", "minors", "infants", "babies", "women and children"]
)
# "two policemen were among the dead": the count is a part of the toll
_AMONG_AFTER = re.compile(
    # "two drivers and one medic were among the dead": each count a part of the toll
    r"(?:,?\s+(?:and|as\s+well\s+as)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|victims|injured|"
    r"wounded|missing)\b",
    re.IGNORECASE,
)
# "and foreign nationals numbering at least a dozen"
NUMBERING = re.compile(
    rf"\b(?P<group>{_GROUP_MOD}{PERSON_NOUN})\s+numbering\s+{_NUM_PHRASE}(?![\w,.]\d)",
    re.IGNORECASE,
)
# a superlative's "since": "the deadliest attack in the country since 1979" is no running total
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|strongest|heaviest|hottest|highest|"
    r"costliest|most\s+\w+)\b[^.;]{0,60}?\bsince\b[^.;,]*",
    re.IGNORECASE,
)
# an anniversary's "since" ("mourners marking two years since the founder's death") dates
# the gathering, and "since the blast" counts within this incident: neither opens a running
# total (as "since March 1" or "since the war began" do)
_ANNIVERSARY = re.compile(
    r"\b(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?)\s+since\b|"
    r"\bsince\s+(?:the|this|that|its)\s+(?!first\b)(?:[\w-]+\s+){0,2}?(?:explosion|blast|attack|"
    r"strike|crash|bombing|floods?|flooding|earthquake|quake|storm|fire|collapse|sinking|"
    r"shooting|disaster|tragedy)\b(?!\s+(?:began|started|season))",
    re.IGNORECASE,
)
_ZERO = {
    tuple(categories.split(",")): any_of(phrases)
    for categories, phrases in casualty_words.ZERO.items()
}
# "no deaths were linked to police action", "no injuries caused by the security forces": the
# speaker denies who caused the harm; it does not say that nobody was harmed
_ZERO_OF_A_CAUSE = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|could\s+be)\s+)?"
    r"(?:(?:directly\s+)?(?:linked|attributed|related|connected|tied|due)\s+to|"
    r"(?:caused|inflicted)\s+by|at\s+the\s+hands\s+of)\b",
    re.IGNORECASE,
)
# the wounded who died since the last toll, told with the toll they bring
_LATER_DEATHS = re.compile(
    r"(?:\s+(?:(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries)|in\s+hospital|overnight|"
    r"later))+[^.;]{0,40}?,\s+(?:bringing|raising|taking|pushing|lifting)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}(?:toll|total|tally|number)\b",
    re.IGNORECASE,
)
# a person who saw (not "the war had seen seven soldiers killed": a period's toll)
_WITNESS_SAW = re.compile(
    r"\b(?:he|she|I|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:saw|seen|watched|witnessed)\s+"
    r"(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
WHOLE_GROUP_KILLED = re.compile(
    rf"\b(?:killing|killed)\s+(?:everyone|everybody|all)\s+(?:on\s+board|aboard)\b|"
    rf"\ball\s+(?:the\s+|those\s+)?(?:{PERSON_NOUN[3:-1]})\s+(?:were\s+|have\s+been\s+|"
    r"had\s+been\s+)?(?:killed|dead)\b|"
    # "there were no survivors", "no one survived": everyone aboard died
    r"\b(?:were|are|was|left|with)\s+no\s+survivors\b|^\W*no\s+survivors\b(?!\W+(?:have|has|had|were|was)?\s*(?:been\s+)?(?:found|yet))|"
    r"\b(?:no\s+one|no-one|nobody|none)\s+(?:had\s+|has\s+|have\s+)?survived\b",
    re.IGNORECASE,
)
# "none of the six crew members had survived", "not one of the 16 aboard escaped": all died
NONE_SURVIVED = re.compile(
    rf"\b(?:none|not\s+one|no\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<num>{NUMBER})\s+"
    rf"(?:(?P<group>{_GROUP_MOD}{PERSON_NOUN})\s+)?(?:(?:who\s+were\s+)?(?:aboard|on\s+board)\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:survived|escaped|made\s+it\s+out)\b",
    re.IGNORECASE,
)
CREW_OF = re.compile(
    rf"\b(?:crew|complement)\s+of\s+(?P<hedge>{HEDGE}\s+)?(?P<num>{NUMBER})\b", re.IGNORECASE
)
CARRYING = re.compile(
    rf"\b(?:carrying|carried|with)\s+{_NUM_PHRASE}\s+(?:(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b"
    r"(?:\s+(?:on\s+board|aboard))?|(?:on\s+board|aboard)\b)",
    re.IGNORECASE,
)
# "with 400 people abducted", "with 30 civilians reported killed": a participle of harm
_WITH_DONE_TO = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:now\s+|still\s+)?(?:reported|believed|feared|said)\s+(?:to\s+be\s+)?)?"
    r"(?!(?:on|aboard)\b)(?:[a-z]+ed|held|taken|slain|hurt|shot|seized|driven|forced)\b",
)
WHOLE_CREW = re.compile(
    r"\b(?:the\s+)?(?:entire|whole)\s+crew\b|\ball\s+(?:the\s+)?crew(?:\s+members)?\b"
    r"|\ball\s+(?:those|the\s+people)\s+(?:aboard|on\s+board)\b",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s*(?:including|among\s+them|of\s+whom)\b[^,;]{0,80},")
_INCREMENT = re.compile(
    r"(?<!than\s)\b(?:more|additional|further|remaining)\s+(?!than\b)\w", re.IGNORECASE
)
_POPULATION = re.compile(
    r"\b(?:home\s+to|population\s+of|inhabited\s+by|(?:city|town|village|district|region|"
    r"province|country|nation|community|camp)\s+of|populations?\s+(?:is|was|of)|"
    r"residents\s+numbering)\s+(?:an\s+estimated\s+|some\s+|about\s+|around\s+|roughly\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# a toll that "could hit", "may reach", "might climb to" a figure: that figure as a ceiling
_MAY_REACH = re.compile(
    r"\b(?:could|may|might)\s+(?:well\s+|even\s+|eventually\s+)?(?:hit|reach|top|exceed|"
    r"rise\s+to|climb\s+to|go\s+up\s+to)\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|dead|died|deaths|toll)\b", re.IGNORECASE)
USUAL = re.compile(r"\b(?:normally|usually|typically|standard|normal|generally)\b", re.I)
NEGATED_COUNT = re.compile(r"\b(?:no|not|none|neither|zero)\s+(?:\w+\s+){0,2}$", re.I)

CUMULATIVE = re.compile(
    r"\bso\s+far(?=[^.;]{0,40}\b(?:war|conflict|campaign|offensive|this\s+year|season))|"
    r"\b(?:since|to\s+date|in\s+total|total(?:ling)?|prior\s+to\s+this|"
    r"overall|cumulative|over\s+the\s+course\s+of|throughout\s+the)\b|\b(?:war|conflict|"
    r"campaign|fighting|operation)\b(?:[^.;]|\.(?=\s*\d))[^.;]{0,60}\b(?:has|had|have)\s+"
    r"(?:so\s+far\s+)?(?:killed|claimed|seen|left|cost)|\b(?:war|conflict|campaign)\s+"
    r"(?:that\s+|which\s+)?(?:began|started|broke\s+out)\b",
    re.IGNORECASE,
)

AIRCRAFT_NOUN = (
    r"(?:aircrafts?|planes?|airplanes?|airliners?|jets?|\w*tankers?|helicopters?|"
    r"choppers?|drones?|fighters?|bombers?|warplanes?|Strike\s+Eagles?|KC-\d+\w*|F-\d+\w*|"
    r"F/A-\d+\w*|C-\d+\w*|MQ-\d+\w*|RQ-\d+\w*|B-\d+\w*|E-\d+\w*|Black\s*Hawks?|Apaches?|"
    r"Chinooks?|Ospreys?|Reapers?)"
)
_AC_LOSS = (
    r"(?:crashed|crashes|crash(?=\s+(?:in|over|near|into|on|at|off)\b)|went\s+down|goes\s+down|"
    r"going\s+down|gone\s+down|came\s+down|comes\s+down|come\s+down|coming\s+down|was\s+lost|"
    r"were\s+lost|been\s+lost|is\s+lost|(?<!have\s)(?<!has\s)(?<!had\s)lost\b(?!\s+(?:its|their|his|"
    r"her|the|a|an|contact|track|power|control|sight|communication|radio|one|two|three)\b)|"
    r"(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}?(?:downed|shot\s+down|brought\s+down|"
    r"taken\s+down|intercepted\s+and\s+destroyed|destroyed)|crash-landed)"
)
_FUNCTION_WORD = (
    r"(?:said|says|say|that|which|who|was|were|is|are|had|has|have|and|but|after|before|when|"
    r"while|of|it|its|their|reported|confirmed|stated|announced|as|dead|killed|wounded|injured|"
    r"people|with|by|for|in|on|at|to|from|where|admits|admitted|says|no|not|none|neither|any)"
)
# between an aircraft and its loss verb: no other aircraft, and no clause boundary ("a KC-135
# and that six had been aboard the one that crashed")
_MID = (
    rf"(?:(?!\b{AIRCRAFT_NOUN}\b|\b(?:that|which|who|and|but|while|whereas|although|where)\b)"
    r"[^;:“”\",]){0,90}?"
)
AIRCRAFT_SUBJECT_LOSS = re.compile(
    rf"(?<![\w./'’-])(?P<np>(?:(?P<hedge>{HEDGE}\s+)?(?P<num>{NUMBER})\s+)?"
    rf"(?:(?!{_FUNCTION_WORD}\b)\w[\w./-]*\s+){{0,5}}?"
    rf"(?P<noun>{AIRCRAFT_NOUN}))\b(?P<mid>{_MID}),?\s*\b(?P<verb>{_AC_LOSS})",
    re.IGNORECASE,
)
ONE_OF_THEM_LOSS = re.compile(
    r"\b(?:one(?:\s+(?:of\s+(?:them|which|the\s+two(?:\s+\w+)?)|plane|aircraft))?|"
    r"the\s+other)\s+(?:had\s+|has\s+)?(?P<verb>crashed|went\s+down|gone\s+down|came\s+down)\b",
    re.IGNORECASE,
)
AIRCRAFT_OBJECT_LOSS = re.compile(
    rf"\b(?:lost|losing|loses|downed|downing|downs|down|shot\s+down|shooting\s+down|brought\s+down|"
    rf"brings?\s+down|bring\s+down|(?:intercepted\s+and\s+)?destroyed)\s+"
    rf"(?P<np>(?:(?P<hedge>{HEDGE}\s+)?(?P<num>{NUMBER})\s+|a\s+|an\s+|its\s+|the\s+|"
    rf"(?=(?:[\w./-]+\s+){{0,2}}{AIRCRAFT_NOUN}(?:\s+(?:over|in|near|off)\b|\s*$|\s*[,;])))"
    rf"(?:[\w./-]+\s+){{0,4}}?(?P<noun>{AIRCRAFT_NOUN}))\b",
    re.IGNORECASE,
)
SHOOTING_DOWN = re.compile(
    rf"\b(?:shoot(?:ing|s)?|shot|brought|bring(?:ing|s)?)\s+(?P<det>the|a|an|both|{NUMBER})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{AIRCRAFT_NOUN})\s+down\b",
    re.IGNORECASE,
)
SEARCH_FOR_MISSING = re.compile(
    # "searching for the other two", "the rescue operation for the remaining three crew"
    r"\b(?:search(?:ing|ed|es)?|hunt(?:ing)?|(?:search|rescue)\s+(?:operation|effort|mission)s?)"
    rf"\s+for\s+(?:the\s+)?(?:other|remaining|missing)\s+(?P<num>{NUMBER})\b"
    rf"|\b(?:search(?:ing|ed|es)?\s+for\s+the|(?:a|the))\s+(?P<ord>{ORDINAL}|last|remaining)\s+"
    r"(?:crew\s*member|soldier|pilot|airman|passenger|person)\b(?P<tail>\s+(?:could\s+not|"
    r"couldn't|was\s+not|has\s+not\s+been|had\s+not\s+been)\s+(?:be\s+)?(?:located|found)|"
    r"\s+(?:is|was|remains|remained)\s+missing)?",
    re.IGNORECASE,
)
LOSS_OF = re.compile(
    rf"\bloss\s+of\s+(?:an?\s+|one\s+|the\s+)?(?:[\w./-]+\s+){{0,3}}?(?P<noun>{AIRCRAFT_NOUN})\s+"
    r"(?:over|in|near|off)\s+[A-Za-z]",
    re.IGNORECASE,
)
HEADLINE_CRASH = re.compile(
    rf"\b(?P<noun>{AIRCRAFT_NOUN})\s+(?:refuel(?:l)?ing\s+)?crash\s+(?:in|over|near)\b",
    re.IGNORECASE,
)
ORDINAL_LOSS = re.compile(
    rf"(?P<hedge>at\s+least\s+)?the\s+(?P<ord>{ORDINAL})\s+(?:(?:known|manned|publicly\s+known|"
    rf"confirmed|U\.S\.|US|American|military)\s+){{0,4}}(?:{AIRCRAFT_NOUN}(?:\s+loss)?|time)\b",
    re.IGNORECASE,
)
# a loss inside a time clause or a condition is presupposed or hypothetical
_PRESUPPOSED = re.compile(
    r"\b(?:before|after|when|since|until|if|whether|unless|where)\s+(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(
    r"[^.;]{0,40}?\b(?:since\s+(?:the\s+start|the\s+beginning|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d)|this\s+year|so\s+far\s+this)",
    re.IGNORECASE,
)
_REDUCED_RELATIVE = re.compile(r"lost$|shot\s+down$|brought\s+down$|downed$", re.IGNORECASE)
_AUX_LATER = re.compile(r"[^,;.]{0,60}?\b(?:had|has|have|was|were|is|are)\s", re.IGNORECASE)
_LOSS_CUE = re.compile(r"\b(?:lost|loss|gone\s+down|taken\s+down|downed|shot\s+down|crash)", re.I)
_NEGATION_BEFORE = re.compile(r"\b(?:not|n't|never|no|none)\b[^,;]{0,30}$", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"(?:s|S)$")
_US_WORD = re.compile(r"\bU\.\s?S\.(?!\w)|\b(?:US|American|United\s+States|USAF)\b")


@dataclass
class Count:
    start: int  # offsets relative to the sentence
    end: int
    trigger: int
    category: str
    group: str
    min: int | None
    max: int | None
    qualifier: str
    total: int | None = None
    scope: str = "incident"
    # a ceiling in a clause of "could", "may" or "might": a speaker's estimate, which only
    # a named speaker claims (the extractor drops it in the outlet's own voice)
    speculative: bool = False
    # a part of a toll named by who they were ("three civilians" of "12 soldiers and three
    # civilians", "including two children"): never the name of the whole toll
    part: bool = False


def _interval(m: re.Match[str]) -> tuple[int | None, int | None, str, int | None] | None:
    raw = m.group("num")
    number = parse_number(raw)
    if number is None:
        return None
    hedge = m.groupdict().get("hedge")
    total_raw = m.groupdict().get("total")
    total = parse_number(total_raw) if total_raw else None
    interval = interval_for(number, hedge, vague=is_vague(raw))
    lo, hi, qualifier = interval.min, interval.max, interval.qualifier
    if m.groupdict().get("all") and m.group("all").lower().startswith(("all", "every", "each")):
        return number, number, "all", None
    if total is not None and qualifier == "exact":
        qualifier = "of_total"
    return lo, hi, qualifier, total


_RANGE_GROUP = re.compile(rf"\s+(?P<group>{_GROUP_MOD}{PERSON_NOUN})\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    r"\b(?:(?P<cat>killed|killing|kills|kill|dead|died|deaths|toll|wounded|injured|injuring|"
    r"missing)\b(?:\s+(?:at|as|of|to|was|is|stood\s+at|between))?|"
    # "had put the probable final tally at about 700-900": a count put at a range
    r"\b(?:put|puts|putting|estimated?|estimates|estimating)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<tally>count|tally|figure|total)\s+(?:at|as))"
    # "put the toll at the low end of the 100-to-300 spectrum": the range is the estimate
    r"(?:\s+(?:the\s+)?(?:low|lower|high|higher|upper)\s+end\s+of)?\s+(?:\w+\s+){0,2}$|"
    # "puts the toll at the depot at the high end of the 40-to-90 range"
    r"\b(?:injury\s+)?toll\b[^.;:]{0,40}?\bat\s+the\s+(?:low|lower|high|higher|upper)\s+end\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _range_category(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The category and group of a range: the words after it, else the verb before it."""
    group = _RANGE_GROUP.match(text, end)
    after = group.end() if group else end
    category, _, _, _ = _category_after(text, after)
    if category is None:
        before = _RANGE_BEFORE.search(text, max(0, start - 90), start)
        if before is None:
            return None, None
        if before.group("tally") and not group and not re.match(r"\s*(?:[,.;)]|$)", text[end:]):
            return None, None  # "put the final tally at 300-400 votes": not people
        category = _toll_category(before.group("cat") or before.group(0))
    return category, group.group("group") if group else None


def _toll_category(subject: str) -> str:
    s = subject.lower()
    if "missing" in s:
        return "missing"
    if re.search(r"rescued|alive|surviv", s):
        return "survived"
    if re.search(r"injur|wound|hurt", s):
        return "injured"
    return "killed"


UNNAMED = ""  # a count whose group the sentence does not name
_PEOPLE_WORD = re.compile(
    r"\b(?:people|persons?|individuals?|everyone|everybody|victims?|lives|others|residents?|workers?|children|"
    r"child|migrants?|bodies|occupiers|rescuers?|firefighters?|officers?|policem[ae]n|"
    r"technicians?|engineers?)\b"
)


_SECURITY_FORCES = re.compile(
    r"\b(?:security\s+(?:forces|personnel|officers)|police(?:\s+officers)?|policem[ae]n|"
    r"policewom[ae]n|riot\s+officers|gendarmes)\b"
)


def normalize_group(phrase: str, scope: str, *, aircraft_event: bool, us_context: bool) -> str:
    """Name the population counted with a small vocabulary, the same across documents."""
    p = phrase.lower()
    us = bool(_US_WORD.search(phrase)) or us_context
    on_us_aircraft = us and aircraft_event and scope == "incident"
    if _SECURITY_FORCES.search(p):
        # "85 members of the security forces", "three policemen": the other side's count in
        # a crackdown or a riot, neither an aircraft's crew nor the protesters' toll
        return "security forces"
    if (
        re.search(r"crew|aviators|airmen|pilots|^members|(?<!family )\bmembers$", p)
        and "service" not in p
    ):
        return "crew"
    if "civilian" in p:
        return "civilians"
    if "passenger" in p:
        return "passengers"
    if re.search(r"militant|(?<!fire)fighter|insurgent|rebel", p):  # not "firefighters"
        return "militants"
    if re.search(r"service|troops|soldiers?|personnel|sailors|marines|americans|guardsm", p):
        if us:
            return "crew" if on_us_aircraft else "US troops"
        return "soldiers"
    if scope == "cumulative" and us and "others" in p:
        return "US troops"
    if re.search(r"\bforeign(?:ers?|\s+(?:nationals?|citizens?))\b", p):
        return "foreigners"  # "two foreign nationals": counted as from abroad
    demonym = re.search(DEMONYM, phrase)
    if demonym:
        return demonym.group(0)  # "12 Britons": counted by nationality
    subgroup = re.findall(r"\b(women|children|girls|boys|minors|infants|babies)\b", p)
    if subgroup:  # "among the dead were 44 women": a part of the toll, not the toll
        return " and ".join(dict.fromkeys(subgroup))
    if re.search(rf"\b(?:{_MORE_PEOPLE})\b", p):
        return "people"
    if not _PEOPLE_WORD.search(p):
        # "the toll rose to seven", "seven deaths": the group is not named here; the reader
        # takes it from the count this one refers back to, or drops the count
        return UNNAMED
    if on_us_aircraft:
        return "crew"
    return "people"


_DATE_IN_WINDOW = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?\b"
)


def _category_after(text: str, start: int) -> tuple[str | None, bool, int, int]:
    """The category word that follows a counted group, within its clause."""
    window = text[start : start + 140]
    appositive = _APPOSITIVE.match(window)
    if appositive:  # "Sixteen people, including two engineers, were aboard"
        window = " " * appositive.end() + window[appositive.end() :]
    if _DATE_IN_WINDOW.search(window):  # "... lost on March 12 have died": not a count
        window = _DATE_IN_WINDOW.sub(lambda d: " " * len(d.group()), window)
    brk = _WINDOW_BREAK.search(window)
    if brk:
        window = window[: brk.start()]
    main = None
    aboard = False
    pos = end = -1
    for m in CATEGORY_WORDS.finditer(window):
        cat = m.lastgroup
        if cat == "aboard":
            aboard = True
            continue
        if main is None:
            main = cat
            pos, end = start + m.start(), start + m.end()
    return main, aboard, pos, end


# a sentence without any of these has no count: skip the patterns
_MAY_COUNT = re.compile(
    rf"\d|\b(?:{'|'.join(UNITS)}|{'|'.join(TENS)}|{'|'.join(ORDINALS)}|dozens?|hundreds|scores|"
    r"all|entire|whole|every(?:one|body)?|each|both|remaining|other|no|nobody|none|no-one|"
    r"thousands?|hundred|several|casualties|injuries|deaths|unhurt|unharmed|uninjured)\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_MAY_LOSE_AIRCRAFT = re.compile(r"crash|down|lost|loss|destroy", re.IGNORECASE)


# a ceiling in a clause of "could", "may" or "might" ("the toll could rise to 100", "as many
# as 300 may have died") is a guess at what is not known yet: a claim only as a speaker's
# estimate (the mayor's "up to 300 may have died"), not as the outlet's own count
_MODAL = re.compile(r"\b(?:could|might|(?-i:may))\b(?!\s+not\b)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",(?!\d{3})|[;:()—–]|\b(?:but|while|whereas)\b", re.IGNORECASE)


def _speculative_ceiling(text: str, count: Count) -> bool:
    if count.min is not None or count.max is None:
        return False
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, count.start)), default=0)
    right_break = _CLAUSE_BREAK.search(text, count.end)
    right = right_break.start() if right_break else len(text)
    return _MODAL.search(text, left, right) is not None


# "agency figures saying 7,000 had died were inaccurate", "claims that 300 died are false": a
# figure the sentence reports only to reject it is no one's count here
_REJECTED_FIGURE = re.compile(
    r"\b(?:claims?|reports?|data|figures?|numbers?|allegations?|accounts?|rumou?rs?|"
    r"statements?)\s+(?:that|saying|which\s+(?:said|say|says)|suggesting|claiming|of)\b"
    r"[^;:]{0,120}?\b(?:is|are|was|were|been)\s+(?:(?:completely|totally|simply|all|clearly|"
    r"absolutely|patently|wildly|grossly)\s+)?(?:wrong|false|baseless|untrue|incorrect|"
    r"inaccurate|exaggerated|fabricated|inflated|unfounded|lies|fake)\b",
    re.IGNORECASE,
)


# what did not happen: "200 people would have died", "it could have killed hundreds", "the
# group threatened to kill 100 hostages" (not "may have died": an estimate, kept)
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could)(?:\s+(?:easily|well|surely|probably))?\s+have\s+(?:been\s+)?"
    r"(?:killed|died|perished|injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
# a harm foretold or supposed: "the next disaster, which might kill hundreds", "such a storm
# could kill 200 people" (not "may have killed 300": a guess at this incident's dead)
_MODAL_BEFORE = re.compile(
    r"\b(?:could|might|may|would|will|can)\s+(?:(?:potentially|easily|still|also|well)\s+)?"
    r"(?P<verb>(?:kill|injure|wound|hurt|claim)\s+(?:(?:up\s+to|as\s+many\s+as|at\s+least|"
    r"more\s+than)\s+)?)?$",
    re.IGNORECASE,
)
_BARE_HARM = re.compile(r"(?:kill|injure|wound|hurt|claim)\b", re.IGNORECASE)
_HARM_VERB = re.compile(r"(?:kill|injur|wound|hurt)", re.IGNORECASE)


def _unreal(text: str, count: Count) -> bool:
    if _INFINITIVE.search(text, max(0, count.start - 4), count.start) and _HARM_VERB.match(
        text, count.start
    ):
        return True  # "threatened to kill 100 hostages"
    modal = _MODAL_BEFORE.search(text, max(0, count.start - 60), count.start)
    if modal and (modal.group("verb") or _BARE_HARM.match(text, count.start)):
        return True  # "the next storm could kill hundreds": a harm foretold
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, count.start)), default=0)
    right_break = _CLAUSE_BREAK.search(text, count.end)
    right = right_break.start() if right_break else len(text)
    return _COUNTERFACTUAL.search(text, left, right) is not None


# "the army denied that 60 civilians had been killed", "Vell rejected Zedland's claim that 60
# died", "the claim that 60 died was rejected by Vell": a figure denied is no one's count here
# (the denier does not claim it; whoever claimed it is told elsewhere)
_THAT_CLAUSE = r"that\b(?:[^;:,.]|[,.](?=\d{3})){0,100}"
_DENIED_FIGURE = re.compile(
    r"\b(?:deni(?:ed|es)|deny(?:ing)?|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|"
    r"disput(?:ed|es|ing)|refut(?:ed|es|ing))\s+(?:as\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|assertions?|"
    r"suggestions?|accounts?)\s+)?" + _THAT_CLAUSE + "|"
    r"\b(?:claims?|reports?|allegations?|assertions?|suggestions?)\s+"
    + _THAT_CLAUSE
    + r"?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:rejected|denied|dismissed|disputed|refuted)\b",
    re.IGNORECASE,
)


def _rejected(text: str, count: Count) -> bool:
    return any(
        m.start() <= count.trigger < m.end()
        for pattern in (_REJECTED_FIGURE, _DENIED_FIGURE)
        for m in pattern.finditer(text)
    )


# "the toll rose to 21 after four people died in hospital": the four are the rise, not a toll
_TOLL_ROSE = re.compile(
    r"\b(?:toll|number\s+of\s+(?:dead|deaths|victims))\s+(?:has\s+|had\s+)?(?:rose|risen|"
    r"climbed|jumped|increased|reached|went\s+up|gone\s+up)\s+to\b",
    re.IGNORECASE,
)
# a speaker's own household among the dead: a part of the toll, never the toll
_FAMILY_PART = re.compile(
    r"(?:at\s+least\s+|some\s+|about\s+)?[\w,.-]+\s+(?:(?:of\s+the\s+)?members\s+of|of)\s+"
    r"(?:his|her|their|my|our)\s+(?:own\s+|extended\s+|immediate\s+)?(?:family|families|"
    r"relatives|household)\b",
    re.IGNORECASE,
)
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)


def _increment(text: str, count: Count) -> bool:
    return (
        _AFTER_BEFORE.search(text, max(0, count.start - 25), count.start) is not None
        and _TOLL_ROSE.search(text, 0, count.start) is not None
    )


# the heads of a whole toll: "six people", "nine victims" are never a part of one
_WHOLE_HEADS = frozenset(
    ["people", "persons", "person", "individuals", "victims", "victim", "others", "lives",
     "everyone", "everybody", "bodies"]
)  # fmt: skip
# "12 soldiers and three civilians", "ten soldiers, four police officers and two children"
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# the predicate a list of counts shares: "... were killed", "... died" after it
_LIST_CATEGORY_AFTER = re.compile(
    r"\s+(?:(?:were|are|have\s+been|had\s+been|was)\s+(?:(?:reportedly|also|all)\s+)?"
    r"(?P<cat>killed|dead|wounded|injured|hurt|missing)|"
    r"(?P<died>died|perished))\b",
    re.IGNORECASE,
)
# the end of a list the verb before it shares: the clause closes, or a place or time follows
_LIST_CLOSED = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|at|on|near|during|after|when|as|across|around|since|overnight|"
    r"over|inside|outside)\b)",
    re.IGNORECASE,
)
# "four police officers": the plural noun the group's last word qualifies
_ITEM_TAIL = re.compile(r"(?:\s+(?-i:[a-z]+s))?(?=\s*,|\s+and\s|\s+(?:were|are|was|died)\b)")
# "... killed 12 soldiers and three civilians": before it
_LIST_CATEGORY_BEFORE = re.compile(
    r"\b(?P<cat>killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures)\s+"
    r"(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


# one figure for the dead and the wounded together: "lost 420 servicemen killed and wounded",
# "40 soldiers were killed or injured" count neither the dead nor the wounded ("hundreds were
# killed or hurt" is as many of each, as "thousands dead and missing" is)
_KILLED_AND_WOUNDED = re.compile(
    r"(?:(?<=killed)|(?<=\bdead))\s*(?:,|and|or|and/or)\s+(?:wounded|injured|hurt)\b(?!\s+\d)",
    re.IGNORECASE,
)


_VAGUE_AMOUNT = re.compile(r"\b(?:dozens|hundreds|thousands|scores|several|many|tens)\b", re.I)


def _item_end(text: str, pos: int) -> int:
    """Where a counted group ends, past the plural noun its last word qualifies."""
    tail = _ITEM_TAIL.match(text, pos)
    return tail.end() if tail else pos


def _part_group(phrase: str, group: str) -> str | None:
    """The name of a part of a toll ("two children", "four police officers"): its own group,
    in the words of the report where the shared vocabulary would call it "people"; None for
    the words of a whole toll ("six people"), which must never be read as a part."""
    words = re.findall(r"[\w'’-]+", phrase.lower())
    if not words or words[-1] in _WHOLE_HEADS:
        return None
    if group not in ("people", UNNAMED):
        return group
    return " ".join(w for w in words if w not in ("the", "a", "an", "its", "their"))


def _split_toll(text: str) -> list[tuple[str, list[tuple[re.Match[str], str]], int, int]]:
    """Lists of counted groups that share one predicate ("12 soldiers and three civilians
    were killed", "killed ten soldiers, four police officers and two children"): the
    category, the counts with the words of their groups, and where the list is told (to
    keep other readings off it)."""
    found = []
    pos = 0
    while True:
        first = COUNT_GROUP.search(text, pos)
        if first is None:
            return found
        items: list[tuple[re.Match[str], str]] = []
        item: re.Match[str] | None = first
        end = first.end()
        while item is not None:
            end = _item_end(text, item.end())
            items.append((item, text[item.start("group") : end]))
            join = _LIST_JOIN.match(text, end)
            item = COUNT_GROUP.match(text, join.end()) if join else None
        pos = end
        if len(items) < 2 or any(_part_group(w, "") is None for _, w in items):
            continue  # "killed seven troops and 150 others were wounded": no list of parts
        after = _LIST_CATEGORY_AFTER.match(text, end)
        before = _LIST_CATEGORY_BEFORE.search(text, max(0, first.start() - 30), first.start())
        if before and after:
            continue  # "killed 12 soldiers and 40 civilians were wounded": two clauses
        if before and not _LIST_CLOSED.match(text, end):
            continue  # "... and 150 soldiers have suffered wounds": the last a new subject
        word = (after.group("cat") or "killed") if after else before.group("cat") if before else ""
        if not word:
            continue
        category = (
            "injured"
            if re.match(r"(?:wound|injur|hurt)", word, re.I)
            else ("missing" if word.lower() == "missing" else "killed")
        )
        end = after.end() if after else end
        found.append((category, items, before.start() if before else first.start(), end))


def find_counts(text: str, *, aircraft_event: bool, us_context: bool) -> list[Count]:
    """Every casualty count in one sentence."""
    counts: list[Count] = []
    if not _MAY_COUNT.search(text):
        return counts
    text = _QUOTE_MARK.sub(" ", text)  # 'carrying "around 200" passengers' (same offsets)
    unsuperlative = _SUPERLATIVE_SINCE.sub(lambda x: " " * len(x.group()), text)
    unsuperlative = _ANNIVERSARY.sub(lambda x: " " * len(x.group()), unsuperlative)
    scope = "cumulative" if CUMULATIVE.search(unsuperlative) else "incident"
    taken: list[tuple[int, int]] = []
    parts: list[Count] = []  # the counts read as parts of a toll ("including four children")

    def overlaps(s: int, e: int) -> bool:
        return any(s < te and ts < e for ts, te in taken)

    def group_of(phrase: str | None) -> str:
        return normalize_group(
            phrase or "", scope, aircraft_event=aircraft_event, us_context=us_context
        )

    def add(
        m: re.Match[str],
        category: str,
        group: str,
        trigger: int,
        end: int | None = None,
        *,
        part: bool = False,
    ):
        iv = _interval(m)
        if iv is None:
            return
        lo, hi, qualifier, total = iv
        if NEGATED_COUNT.search(text[: m.start()]):
            return
        if _FAMILY_PART.match(text, m.start()):
            return  # "eleven members of his family died": one household's dead, not a toll
        if re.search(r"\bthan\s+$", text[: m.start()]):
            return  # "far fewer casualties than the 500 dead of the first reports": a reference
        if re.search(r"\b(?:those|these)\s+$", text[: m.start()], re.IGNORECASE):
            return  # "these three deaths were never confirmed": a count told before, referred to
        s, e = m.start(), end if end is not None else m.end()
        if category == "killed" and _LATER_DEATHS.match(text, e):
            return  # "three died of their wounds, bringing the toll to 17": the rise, not a toll
        tail = re.match(r"\s+or\s+(less|fewer|more|above)\b", text[m.end("num") :])
        if tail and qualifier == "exact" and lo is not None:
            if tail.group(1).lower() in ("less", "fewer"):
                lo, hi, qualifier = None, lo, "at_most"
            else:
                hi, qualifier = None, "at_least"
        if _POPULATION.search(text, max(0, m.start("num") - 60), m.start("num")):
            return  # "a town of 9,000 people", "home to some 40,000": who lives there
        if qualifier == "exact" and _WITNESS_SAW.search(text, max(0, s - 40), s):
            hi, qualifier = None, "at_least"  # "he saw two men shot dead": what one saw, a floor
        if qualifier == "exact" and lo is not None and _MAY_REACH.search(text[s : m.start("num")]):
            lo, hi, qualifier = None, lo, "at_most"  # "the toll could hit 900": a ceiling
        if (
            not part
            and (
                _INCREMENT.search(m.group(0))
                or re.search(
                    r"\b(?:remaining|further|including|among\s+them)\s+$", text[:s], re.IGNORECASE
                )
            )
            and not (
                category in ("injured", "missing")
                or (category != "killed" and _KILLED_BEFORE.search(text[:s]))
            )
        ):
            return  # "12 more people", "the remaining two": a change, not a total
            # (but "killed 50 and injured a further 300" counts the injured)
        # "one of six service members killed": one person among six, so six were killed
        if (
            total is not None
            and lo == 1
            and re.search(r"(?:\bis|\bwas|\bas|\bamong|,)\s*$", text[:s], re.IGNORECASE)
        ):
            lo = hi = total
            qualifier, total = "exact", None
        if total is not None and qualifier not in ("of_total", "at_least", "approx", "at_most"):
            total = None
        counts.append(
            Count(s, e, trigger, category, group, lo, hi, qualifier, total, scope, part=part)
        )
        taken.append((s, e))
        if total is not None and category != "aboard":
            counts.append(Count(s, e, trigger, "aboard", group, total, total, "exact", None, scope))

    low = text.lower()

    def scan(pattern: re.Pattern[str], *words: str) -> Iterator[re.Match[str]]:
        """Run a pattern only on a sentence holding one of its key words (speed)."""
        if any(w in low for w in words):
            yield from pattern.finditer(text)

    for start, end, lo, hi in find_ranges(text):  # "100 to 300 people", "5,000-6,000"
        category, group = _range_category(text, start, end)
        if category is not None:
            counts.append(Count(start, end, start, category, group_of(group), lo, hi, "approx",
                                None, scope))  # fmt: skip
            taken.append((start, end))
    for categories, pattern in _ZERO.items():  # "nobody was hurt", "no casualties"
        for m in pattern.finditer(text):
            if overlaps(m.start(), m.end()) or re.search(
                r"\b(?:if|whether|not\s+(?:yet\s+)?(?:clear|known))\b", text[: m.start()], re.I
            ):
                continue
            if _ZERO_OF_A_CAUSE.match(text, m.end()):
                continue  # "no deaths were linked to police action": a cause denied, no toll
            for category in categories:
                counts.append(Count(m.start(), m.end(), m.start(), category, group_of(m.group(0)),
                                    0, 0, "exact", None, scope))  # fmt: skip
            taken.append((m.start(), m.end()))
    for category, items, start, end in _split_toll(text):
        if overlaps(start, end):
            continue
        # "12 soldiers and three civilians were killed": each group a part of the toll, its
        # count its own; none of them is the whole toll
        for item, words in items:
            group = _part_group(words, group_of(words))
            if group is not None:
                add(item, category, group, item.start(), item.end(), part=True)
        taken.append((start, end))
    for m in scan(PUT_AT, " at ", " as ", " of ", "number", "total", "stood", "reached"):
        if overlaps(m.start(), m.end()):
            continue
        second = _SECOND_TOLL.match(text, m.end())
        if second:  # "estimated the dead at 5,000, and the missing at 10,000"
            add(second, _toll_category(second.group("subj")), group_of(None), second.start())
        subject = m.group("subj") or m.group("subj2") or m.group("subj3") or ""
        add(m, _toll_category(subject), group_of(subject), m.start(), m.end())
    for m in scan(LEFT_COUNT, "left"):
        if overlaps(m.start(), m.end()):
            continue
        cat = (m.group("cat") or "").lower()
        if cat == "homeless":
            continue
        if not cat and not re.search(r"victims|dead|martyrs", m.group("group") or "", re.I):
            continue
        category = {"wounded": "injured", "injured": "injured", "hurt": "injured",
                    "missing": "missing"}.get(cat, "killed")  # fmt: skip
        if cat.startswith(("with", "in")):
            category = "injured"
        add(m, category, group_of(m.group("group")), m.start())
    for m in scan(TOLL, "toll", "number of"):
        if overlaps(m.start(), m.end()):
            continue
        injury = re.search(
            r"\b(?:injury|injuries|wounded)\s+toll", text[max(0, m.start() - 12) : m.end()], re.I
        )
        add(m, "injured" if injury else "killed", group_of(m.group(0)), m.start(), m.end())
        if counts and re.search(r"\b(?:military|troop|army|war|conflict)\b", m.group(0), re.I):
            counts[-1].scope = "cumulative"
    second_tolls: list[re.Match[str]] = []
    for m in [
        *scan(BRINGING_TO, "toll", "number", "total", "tally", "count"),
        *scan(TOLL_GENERAL, "toll", "number of", "missing"),
    ]:
        if overlaps(m.start(), m.end()):
            continue
        second = _SECOND_TOLL.match(text, m.end())
        if second:
            second_tolls.append(second)
        verb_at = m.start("verb") if m.groupdict().get("verb") else m.end("subj")
        subject = text[m.start() : verb_at] + (m.groupdict().get("mid") or "")
        verb = (m.groupdict().get("verb") or "").lower()
        n_before = len(counts)
        add(m, _toll_category(subject), group_of(subject), m.start(), m.end())
        if len(counts) > n_before and verb.startswith(("pass", "exceed", "top")):
            c = counts[-1]
            if c.min is not None and c.qualifier == "exact":
                c.max, c.qualifier = None, "at_least"  # "passed 2,000": at least 2,000
    for m in [*second_tolls]:  # "..., and the injured to some 12,500"
        if not overlaps(m.start(), m.end()):
            add(m, _toll_category(m.group("subj")), group_of(None), m.start(), m.end())
    for m in scan(BODIES_OF, "bodies of"):
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start())
    for m in scan(BODIES, "bodies"):
        if overlaps(m.start(), m.end()):
            continue
        if m.group("num") is None:
            b = {k[2:]: v for k, v in m.groupdict().items() if k.startswith("b_")}
            number = parse_number(b["num"] or "")
            if number is None:
                continue
            iv = interval_for(number, b.get("hedge"), vague=is_vague(b["num"]))
            lo, hi, qualifier = iv.min, iv.max, iv.qualifier
            at = m.start("b_hedge") if m.group("b_hedge") else m.start("b_num")
            seen = _WITNESS_SAW.search(text, max(0, at - 40), at)
            if qualifier == "exact" and seen:
                hi, qualifier = None, "at_least"  # a witness saw some of the dead, not all
            counts.append(Count(m.start(), m.end(), m.start(), "killed", group_of(None), lo,
                                hi, qualifier, None, scope))  # fmt: skip
            taken.append((m.start(), m.end()))
        else:
            add(m, "killed", group_of(None), m.start())
    for m in scan(NOBODY_HARMED, "no "):  # "No civilians were harmed": zero, not nothing
        if overlaps(m.start(), m.end()):
            continue
        what = m.group("what").lower()
        group = group_of(m.group("group"))
        if _STAFF.fullmatch(m.group("group")):
            continue  # "no guards had been hurt": none of the staff, not nobody at all
        categories = {"harmed": ("killed", "injured"), "killed": ("killed",)}.get(
            what, ("injured",)
        )
        for category in categories:
            counts.append(
                Count(m.start(), m.end(), m.start(), category, group, 0, 0, "exact", None, scope)
            )
        taken.append((m.start(), m.end()))
    for m in scan(NONE_SURVIVED, "surviv", "escaped", "made it"):
        number = parse_number(m.group("num"))
        if number is None or overlaps(m.start(), m.end()):
            continue
        group = group_of(m.group("group"))
        for category in ("killed", "aboard"):
            qualifier = "all" if category == "killed" else "exact"
            counts.append(Count(m.start(), m.end(), m.start(), category, group, number, number,
                                qualifier, None, scope))  # fmt: skip
        taken.append((m.start(), m.end()))
    for m in scan(SEARCH_FOR_MISSING, "search", "located", "found", "missing", "rescue", "hunt"):
        if overlaps(m.start(), m.end()):
            continue
        if m.group("num"):
            n = parse_number(m.group("num"))
        elif m.group("ord") and (m.group("tail") or m.group(0).lower().startswith("search")):
            n = 1
        else:
            continue
        if n:
            counts.append(Count(m.start(), m.end(), m.start(), "missing", group_of("crew"), n, n,
                                "exact", None, "incident"))  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in scan(SURVIVED_ALIVE, "alive"):
        if not overlaps(m.start(), m.end()):
            add(m, "survived", group_of(m.group("group")), m.start())
    for m in scan(TREATED_COUNT, "treat"):
        if not overlaps(m.start(), m.end()):
            add(m, "injured", group_of(m.group("group")), m.start())
    for m in scan(RAISES_TO, " to "):
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start(), m.end())
            counts[-1].scope = "cumulative"
    for m in ORDINAL_DEATH.finditer(text):
        n = parse_ordinal(m.group("ord"))
        if n and not overlaps(m.start(), m.end()):
            counts.append(
                Count(m.start(), m.end(), m.start(), "killed", group_of(m.group("group")), n, n,
                      "exact", None, "incident")
            )  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in scan(WHOLE_GROUP_KILLED, "all", "everyone", "everybody", "surviv"):
        if not overlaps(m.start(), m.end()):
            counts.append(
                Count(m.start(), m.end(), m.start(), "killed", group_of(m.group(0)), None, None,
                      "all", None, "incident")
            )  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in scan(EXPECT_TOLL, "expect"):
        subject = m.group("subj")
        if overlaps(m.start(), m.end()) or (
            subject.lower() == "it" and not re.search(r"\btoll\b", text[: m.start()], re.I)
        ):
            continue  # "expected it to reach 250" only of a toll named before
        n_before = len(counts)
        add(m, _toll_category(subject), group_of(None), m.start(), m.end())
        exceeds = m.group("verb").lower() in ("top", "exceed", "pass")
        if len(counts) > n_before and exceeds and counts[-1].qualifier == "exact":
            counts[-1].max, counts[-1].qualifier = None, "at_least"  # "to exceed 300"
    for m in scan(VICTIMS_COUNTED, "victims"):
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start(), m.end())
    for m in scan(DEATHS_OF, "death"):
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start())
    for m in scan(LIVES_TAKEN, "lives") if scope == "incident" else ():
        # (a war that "has cost 9,000 lives" is a running total of every front: not read)
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start())
    for m in scan(KILL_VERB_COUNT, "kill", "lives of", " dead ", "gunned", "gunning"):
        if not overlaps(m.start(), m.end()):
            add(m, "killed", group_of(m.group("group")), m.start())
    for m in scan(INJURE_VERB_COUNT, "injur", "wound", "hurting"):
        if not overlaps(m.start(), m.end()):
            add(m, "injured", group_of(m.group("group")), m.start())
    for m in scan(SENT_TO_HOSPITAL, "hospital", "intensive care"):
        if not overlaps(m.start(), m.end()):
            add(m, "injured", group_of(m.group("group")), m.start(), m.end())
    for m in scan(NUMBER_DEATHS, "deaths", "fatalities", "injuries"):
        if not overlaps(m.start(), m.end()):
            category = "injured" if m.group("cat").lower() == "injuries" else "killed"
            add(m, category, group_of(None), m.start("cat"))
    for m in scan(NUMBERING, "numbering"):
        among = _AMONG_THE.search(text, 0, m.start())
        if among and not overlaps(m.start(), m.end()):
            category = _toll_category(among.group("cat") or among.group("cat2"))
            add(m, category, group_of(m.group("group")), m.start())
    for m in scan(PART_OF_THE, " of the "):
        if overlaps(m.start(), m.end()):
            continue
        group = group_of(m.group("group"))
        if group in ("people", UNNAMED):
            continue  # "two of the dead were foreign nationals": who, not how many in all
        add(m, _toll_category(m.group("cat")), group, m.start(), m.end(), part=True)
    for m in COUNT_GROUP.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        category, aboard, pos, cat_end = _category_after(text, m.end())
        part = _INCLUDING_PART.search(text, max(0, m.start() - 20), m.start()) or (
            # "including four children and two Britons": the next part of the same list
            parts
            and counts
            and counts[-1] is parts[-1]
            and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[counts[-1].end : m.start()])
        )
        if category is None and not aboard and part and counts:
            both = re.match(r"\s+and\s+(women|children)\b", text[m.end() :], re.IGNORECASE)
            group = group_of(m.group("group") + (f" and {both.group(1)}" if both else ""))
            last = counts[-1]
            named = group in _PART_GROUPS or (group[:1].isupper() and group != UNNAMED)
            if (
                named
                and last.category in ("killed", "injured")
                and (last.end <= m.start() and not re.search(r"[;.]", text[last.end : m.start()]))
            ):
                # "19 civilians were killed, including four children": those children are a
                # part of the toll, counted in its category (and "three Britons": by nationality)
                n_before = len(counts)
                add(m, last.category, group, m.start(), m.end(), part=True)
                if len(counts) > n_before:
                    parts.append(counts[-1])
            continue
        if category is None and not aboard:
            among = _AMONG_THE.search(text, max(0, m.start() - 30), m.start())
            if not among or text[among.end() : m.start()].strip():
                continue
            category = _toll_category(among.group("cat") or among.group("cat2"))
            pos, cat_end = m.start(), m.end()
            # "the dead included four police officers": a part of the toll, by its own name
            # (as annotators count it), never the toll
            words = text[m.start("group") : _item_end(text, m.end())]
            part_group = _part_group(words, group_of(words))
            if part_group is not None:
                add(m, category, part_group, pos, cat_end, part=True)
            continue
        if _OF_OWN.search(m.group(0)) and re.search(r"[,;]", text[m.end() : pos]):
            continue  # "lost touch with one of its workers, and others may be missing"
        group = group_of(m.group("group"))
        if category is None:
            add(m, "aboard", group, m.end())
            continue
        add(m, category, group, pos, cat_end)
        appositive = _APPOSITIVE.match(text, m.end())
        if appositive and category in ("killed", "injured", "missing"):
            # "Six people, including two children, were killed": the children a part of it
            for item in COUNT_GROUP.finditer(text, m.end(), appositive.end()):
                part_group = _part_group(item.group("group"), group_of(item.group("group")))
                if part_group is not None and part_group != group:
                    add(item, category, part_group, item.start(), item.end(), part=True)
        last = counts[-1] if counts else None
        if (
            last is not None
            and group in ("people", "security forces")
            and last.qualifier == "exact"
            and (
                _AMONG_AFTER.match(text, m.end())
                # "two of its staff were killed": the speaker's own among the dead, no toll
                or _OF_OWN.search(m.group(0))
            )
        ):
            # "two policemen were among the dead": a part of the toll, so the toll is at
            # least two, not two
            last.qualifier, last.max = "at_least", None
        if aboard and last and last.qualifier == "all" and last.category == category:
            counts.append(
                Count(last.start, last.end, last.trigger, "aboard", group, last.min, last.max,
                      "exact", None, scope)
            )  # fmt: skip
    for m in COUNT_BARE.finditer(text):
        if not overlaps(m.start(), m.end()):
            cat = m.group("cat").lower()
            category = {
                "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing",
                "unaccounted for": "missing", "aboard": "aboard", "on board": "aboard",
                "rescued": "survived", "survived": "survived",
            }.get(re.sub(r"\s+", " ", cat), "killed")  # fmt: skip
            if re.search(r"hospital|treated", cat) and re.search(r"\b(?:still|remain)", m.group(0)):
                continue  # "195 are still hospitalised": those left in care, not all the injured
            if re.search(r"injuries|wounds|hospital|treated", cat):
                category = "injured"  # "8 more had suffered serious injuries", "300 hospitalised"
            add(m, category, group_of(None), m.start("cat"), m.end())
            if category == "survived" and re.match(r"\s+with\s+injuries", text[m.end() :]):
                add(m, "injured", group_of(None), m.start("cat"), m.end() + 14)
            both = re.match(r"\s+and\s+(missing|injured|wounded)\b", text[m.end() :])
            if both and category == "killed" and is_vague(m.group("num")):
                # "thousands dead and missing": as many of each (an exact "11 dead and
                # missing" is one figure for both, and is left alone)
                add(m, _toll_category(both.group(1)), group_of(None), m.end() + both.start(1),
                    m.end() + both.end())  # fmt: skip
    for m in scan(CARRYING, "carr", "with"):
        if m.group(0)[:4].lower() == "with" and _WITH_DONE_TO.match(text, m.end()):
            continue  # "with 400 people abducted since January": what befell them, not aboard
        if not overlaps(m.start(), m.end()):
            add(m, "aboard", group_of(m.group("group")), m.start())
    for m in scan(CREW_OF, "crew of", "complement of"):
        if overlaps(m.start(), m.end()):
            continue
        number = parse_number(m.group("num"))
        if number is None:
            continue
        iv = interval_for(number, m.group("hedge"))
        qualifier = "approx" if USUAL.search(text) and iv.qualifier == "exact" else iv.qualifier
        counts.append(
            Count(m.start(), m.end(), m.start(), "aboard", "crew", iv.min, iv.max, qualifier,
                  None, "incident")
        )  # fmt: skip
        taken.append((m.start(), m.end()))
    for m in scan(WHOLE_CREW, "crew", "all"):
        if overlaps(m.start(), m.end()):
            continue
        category, _, pos, cat_end = _category_after(text, m.end())
        if category in ("killed", "survived", "missing", "injured"):
            counts.append(
                Count(m.start(), cat_end, pos, category, "crew", None, None,
                      "all", None, "incident")
            )  # fmt: skip
            taken.append((m.start(), m.end()))
    kept = [
        c
        for c in counts
        if not _rejected(text, c)
        and not _unreal(text, c)
        and not _increment(text, c)
        and not (
            _KILLED_AND_WOUNDED.match(text, c.end)
            and not _VAGUE_AMOUNT.search(text, c.start, c.end)
        )
    ]
    for c in kept:
        c.speculative = _speculative_ceiling(text, c)
    return kept


def _aircraft_group(np: str, us_context: bool) -> str:
    if re.search(r"\bdrones?\b|unmanned|UAVs?\b", np, re.IGNORECASE):
        return "drones"
    if _US_WORD.search(np) or us_context:
        return "US aircraft"
    return "aircraft"


def find_aircraft_losses(text: str, *, us_context: bool, headline: bool = False) -> list[Count]:
    """Aircraft lost in one sentence: "the KC-135 went down", "at least the fourth"."""
    out: list[Count] = []
    if not _MAY_LOSE_AIRCRAFT.search(text):
        return out
    for m in ORDINAL_LOSS.finditer(text):
        if not _LOSS_CUE.search(text):
            break
        n = parse_ordinal(m.group("ord"))
        if n is None:
            continue
        qualifier = "at_least" if m.group("hedge") else "exact"
        out.append(
            Count(m.start(), m.end(), m.start(), "aircraft_lost",
                  _aircraft_group(text, us_context), n, None if m.group("hedge") else n,
                  qualifier, None, "cumulative")
        )  # fmt: skip
        return out  # the sentence is about the running total, not one loss

    def add(start: int, end: int, np: str, num: str | None, hedge: str | None, noun: str) -> None:
        if any(start < c.end and c.start < end for c in out):
            return
        if not headline and _PRESUPPOSED.search(text[max(0, start - 60) : start]):
            return  # "minutes before the helicopter went down": told, not claimed
        if _NEGATION_BEFORE.search(text[:start]) or re.search(
            r"\b(?:not|n't|never)\b", text[start:end]
        ):
            return
        if num:
            number = parse_number(num)
            if number is None or number > 500:
                return
            iv = interval_for(number, hedge)
            lo, hi, qualifier = iv.min, iv.max, iv.qualifier
        else:
            if _PLURAL_NOUN.search(noun) and not re.match(
                r"(?:aircraft|Strike)", noun, re.IGNORECASE
            ):
                return  # "planes went down": how many is not said
            if (
                noun.lower() == "aircraft"
                and not headline  # a headline drops its articles: "resistance downs US aircraft"
                and not re.search(
                    r"\b(?:a|an|the|one|its|this|that)\s+(?:[\w./-]+\s+){0,4}aircraft$", np, re.I
                )
                and not re.search(r"\bone\s+of\s+(?:its|the|their)\s+$", text[:start], re.I)
            ):
                return  # bare "aircraft" may be plural
            lo, hi, qualifier = 1, 1, "exact"
        scope = "cumulative" if _RUNNING_TOTAL.match(text[end : end + 60]) else "incident"
        out.append(
            Count(start, end, start, "aircraft_lost", _aircraft_group(np, us_context), lo, hi,
                  qualifier, None, scope)
        )  # fmt: skip

    for m in AIRCRAFT_SUBJECT_LOSS.finditer(text):
        mid = m.group("mid")
        if re.search(r"\b(?:landed|touched\s+down)\b", mid) and not re.search(
            r"\bthe\s+other\b", mid
        ):
            continue
        if re.search(r"\b(?:if|whether|would|could|might)\b", mid):
            continue
        # "the drone that went down ... was struck": the loss is presupposed, not asserted
        if re.fullmatch(r"\s*(?:that|which)(?:\s+(?:had|has|have))?\s*", mid):
            continue
        if _REDUCED_RELATIVE.match(m.group("verb")) and _AUX_LATER.match(text[m.end() :]):
            continue  # "a drone lost off the coast ... had been brought down": a description
        add(
            m.start("np"), m.end(), m.group("np"), m.group("num"), m.group("hedge"), m.group("noun")
        )
    for m in ONE_OF_THEM_LOSS.finditer(text):
        add(m.start(), m.end(), m.group(0), "one", None, "aircraft")
    for m in AIRCRAFT_OBJECT_LOSS.finditer(text):
        if re.match(r"down\b", m.group(0), re.I) and re.search(
            r"\b(?:went|go|goes|gone|came|come|comes|touch|touched|set|sets|landed)\s*$",
            text[: m.start()],
        ):
            continue
        add(m.start(), m.end(), m.group("np"), m.group("num"), m.group("hedge"), m.group("noun"))
    for m in SHOOTING_DOWN.finditer(text):
        det = m.group("det").lower()
        num = "two" if det == "both" else (None if det in ("the", "a", "an") else det)
        add(m.start(), m.end(), text[m.start("det") : m.end("noun")], num, None, m.group("noun"))
    for m in LOSS_OF.finditer(text):
        add(m.start(), m.end(), m.group(0), None, None, m.group("noun"))
    for m in HEADLINE_CRASH.finditer(text) if headline else ():
        add(m.start(), m.end(), m.group(0), None, None, m.group("noun"))
    return out
