"""The vocabulary of casualty counts, as data: phrases by word family (see `lexicon.phrase`).

`casualties.find_counts` reads the numbers, the intervals and the groups; these lists say
which words put a count in which category, and which sentences state that nobody was
harmed. To extend them, add a phrase and a sentence to tests/extraction/test_casualty_words.py.
"""

from __future__ import annotations

# words after a counted group that make it injured ("12 Britons were hospitalised")
INJURED = [
    "{hospitalise|hospitalize}",
    "{treat} for",
    "{treat} in hospital",
    "{take} to {hospital}",
    "in a {critical|serious} {condition}",
    "in {critical|serious} {condition}",
    "{diagnose} with",
    "{suffer|sustain} ... {injury|wound|burn|fracture}",
    "{left} {wound|injure}",
    # "96 people remain in hospital", "with a further 96 in hospital"
    "{be|remain} in {hospital}",
    "still in {hospital}",
    # "71 people had been brought in with injuries", "admitted with burns"
    "{bring} in with ... {injury|wound|burn}",
    "admitted with ... {injury|injuries|wound|wounds|burn|burns}",
]
# words that make it missing ("hundreds still under the rubble")
MISSING = [
    "under the rubble",
    "under the {debris|mud|wreckage|ruins}",
    "{trap} under",
    "still {trap}",
    "{trap} underground",
    "{bury} under",
    "{unaccounted} for",
    "not {account} for",
    "{sweep} out to sea",
    "{have|be} still not been found",
    "{have} not been found",
    "yet to be found",
]

# sentences that state a count of zero, and the categories they set to zero
ZERO = {
    # "nobody was hurt", "no one was injured", "none of the crew were harmed"
    "killed,injured": [
        "{nobody|no one|no-one|none} ... {be} {harm}",
        "no {casualty}",
        "without {casualty}",
        "no one {be} {harm}",
        "{cause|suffer} no {casualty}",
    ],
    "injured": [
        "{nobody|no one|no-one|none} ... {be} {hurt|injure|wound}",
        "no {injury}",
        "no one {be} {hurt|injure|wound}",
        "without {injury}",
        "{escape} {unhurt|unharmed|uninjured}",
    ],
    "killed": [
        "{nobody|no one|no-one|none} ... {be} {kill}",
        "{nobody|no one|no-one|none} {die}",
        "no {death|fatality}",
        "no {life} {be} lost",
        "no lives {be} lost",
    ],
    "missing": [
        "all ... {be} {account} for",
        "everyone ... {be} {account} for",
        "no one {be} {miss}",
        "{nobody|no one|no-one|none} ... {be} {missing}",
    ],
}

# nouns of people counted besides the ones `casualties.PERSON_NOUN` knows
PEOPLE = [
    "citizens?",
    "nationals?",
    "villagers?",
    "farmers?",
    "souls?",
    "women",
    "men",
    "patients?",
    "pilgrims?",
    "mourners?",
    "worshipp?ers?",
    "staff",
    "doctors?",
    "nurses?",
    "medics?",
    "paramedics?",
    "journalists?",
    "students?",
    "tourists?",
    "refugees?",
    "peacekeepers?",
    "police",
    "guards?",
    "volunteers?",
    "aid\\s+workers?",
    "inhabitants?",
    "martyrs?",
    "casualties",
    "adults?",
    "babies",
    "infants?",
    "minors?",
    "elderly",
    "miners?",
    "relatives",
    # a speaker's own: "seven of his colleagues had died", "two comrades were wounded"
    "colleagues?",
    "comrades?",
    "family\\s+members",
    "pupils?",
    "shoppers?",
    "spectators?",
    "protesters?",
    "demonstrators?",
    "prisoners?",
    "inmates?",
    "detainees?",
    "hostages?",
    "employees?",
    "commuters?",
    "travell?ers?",
    "hikers?",
    # the guests of resorts and the people of a block of flats
    "skiers?",
    "snowboarders?",
    "holidaymakers?",
    "guests?",
    "tenants?",
    "neighbou?rs?",
    "colleagues?",
    "occupants?",
    "climbers?",
    "fishermen",
    "labou?rers?",
    "bystanders?",
    "pedestrians?",
    "motorists?",
    # the crowds of festivals, shrines and stadiums
    "devotees?",
    "fans?",
    "supporters?",
    "revell?ers?",
    "festival-?goers?",
    "concert-?goers?",
    "attendees?",
    "drivers?",
    "foreigners?",
    # the crowds of a march, a polling day or a riot
    "marchers?",
    "voters?",
    "activists?",
    "rioters?",
    "strikers?",
]
