"""The vocabulary of causes, as data: phrases by word family (see `lexicon.phrase`).

Each list names one cause of the taxonomy (DESIGN.md, "Judging real event streams"); the
polarity, hedges and agents around a phrase are read by `causes.find_causes`. To extend
the desk's vocabulary, add a phrase to the right list and a sentence to
tests/extraction/test_cause_words.py.
"""

from __future__ import annotations

# a deliberate strike or attack
HOSTILE_FIRE = [
    "{suicide} {bomber|bombing|attack}",
    "{terrorist|terror} {attack|bombing|blast|explosion|act|operation}",
    "act of {terrorism}",
    "{terrorism}",
    "{bomb} {dropped|planted|placed|hidden}",
    "{bomb} went off",
    "{bomb} ... {plant|place|hide|conceal|leave|put|set off|detonate}",
    "{explosive} {vest|belt}",
    "{bomb} {detonate}",
    "{detonate} the {bomb}",
    "{drop} a {bomb}",
    "{plant} {bomb}",
    "{massacre}",
    "{strike|hit|attack|target|bomb} {nothing|anything}",
    "{fire|launch} from",
    "{missile|rocket} {terror}",
    "{strike} ... the {hospital|village|town|city|building|crowd|market|school|convoy|site}",
    "{carry} out ... {strike|attack|raid|bombing}",
    "{launch} ... {strike|attack}",
    "{fire} ... {missile|rocket} at",
    "{missile|rocket|projectile} {cross} into",
    "{missile|rocket|projectile} {enter}",
    "{hit|struck|strike} by ... {missile|rocket|bomb|projectile|strike|airstrike|raid}",
    "{attack} on the",
    "{attack} the {hospital|clinic|village|town|crowd|procession|ceremony|market|site|school|"
    "shelter|camp|mosque|church}",
    "{deliberate} {attack|strike}",
    "{gunman|gunmen} {open} fire",
    "{cause|carry out|perpetrate|commit} by {terrorist|militant|gunman|gunmen|extremist}",
    "{bombed}",
]

# strikes whose weapon is named but not who fired it: a claim only with an agent ("a Ruritanian
# airstrike", "Ruritanian missiles hit the village", "a strike by the air force"); alone, the
# words describe the event ("the missile that hit the farm")
HOSTILE_FIRE_WITH_AGENT = [
    "air {strike}",
    "{airstrike}",
    "air {raid}",
    "{airraid}",
    "{missile|rocket|drone|artillery|mortar} {strike|attack|barrage}",
    "{bombing}",
    "{bombardment}",
    "{shelling}",
    "strike",
    "strikes",
    "{missile|rocket|projectile|shell} {hit|strike|slam|crash} into",
    "{missile|rocket|projectile} {hit|strike|land|fall|come} down",
    "{missile|rocket|projectile} {hit|strike|kill|land|fall}",
    "{missile|rocket|projectile} ... {cross} into",
    "{missile|rocket|projectile|munition|shell} ... {come} from",
]

# one's own or a third side's munition failing or straying
MISFIRE = [
    "{misfire}",
    "{misfired}",
    "{fail} {rocket|missile} {launch}",
    "{failed} {launch}",
    "{launch} {fail}",
    "{rocket|missile} that {fail|misfire|malfunction|fell short}",
    "{misguided|errant|wayward|malfunctioning} {rocket|missile|projectile|interceptor}",
    "{fell|fall} short",
    "{poorly} {manufactured} {rocket|missile}",
    "{air defence|air defense|air-defence|air-defense|air defences|air defenses} "
    "{missile|rocket|interceptor}",
    "{air defence|air defense|air-defence|air-defense|air defences|air defenses} {fired}",
    "{fire|launch} by ... {air defence|air defense|air-defence|air-defense}",
    "anti-missile {defence|defense}",
    "{gone|go|went} astray",
    "anti-aircraft {missile|rocket|fire}",
    "{interceptor} {missile|rocket}",
    "{interceptor}",
    "{missile} ... to {intercept}",
    "{fire|fired} to {intercept}",
    "{intercept} ... {incoming} {missile|rocket}",
]

# fired by mistake on one's own side or on the wrong target
FRIENDLY_FIRE = [
    "friendly fire",
    "{fire|shoot} by mistake",
    "by mistake",
    "{mistakenly|accidentally|inadvertently|erroneously} {shoot|fire|target|hit|strike|down}",
    "human error",
]

# no weapon: fire, an industrial explosion, negligence
ACCIDENT = [
    "accident",
    "{accidental} {explosion|fire|detonation|blast}",
    "{gas} {explosion|leak|cylinder|canister|capsule|tank|pipe}",
    "{gasoline|fuel|petrol} {canister|tank|explosion}",
    "{stored|storage} ... {chemical|explosive|fertiliser|fertilizer|ammunition|fuel}",
    "{fertiliser|fertilizer|chemical|explosive|fuel|ammunition} {stored}",
    "ammonium nitrate",
    "{chemical} {explosion|fire|leak|spill}",
    "{industrial} {accident|explosion|fire}",
    "{negligence}",
    "{mismanagement}",
    "{neglect}",
    "{fire} broke out",
    "{short circuit}",
]

# a technical failure, a structure giving way
MECHANICAL = [
    "{mechanical|technical} {failure|fault|problem|issue|malfunction|error|difficulty}",
    "{engine} {failure|malfunction|fire}",
    "{malfunction}",
    "{dam|levee|embankment|bridge|building|wall|structure|roof} {collapse|burst|breach|fail}",
    "{dam|levee|embankment|bridge} {give way}",
    "{dam|levee|embankment} ... {give way|collapse|burst|fail|breach}",
    "{burst|breach|overwhelm|destroy} ... {dam|levee|embankment}",
    "{dam} to {collapse|fail|burst}",
    "{collapse|failure|breach|bursting|destruction} of ... {dam|levee|embankment|bridge}",
    "{failed} {dam|levee}",
    "{structural} {failure|collapse}",
    "{brought|bring} down ... {dam}",
]

# storm, flood, earthquake
NATURAL = [
    "{storm}",
    "{hurricane}",
    "{cyclone}",
    "{typhoon}",
    "{flood}",
    "{flooding}",
    "{flash flood}",
    "heavy {rain|rainfall}",
    "{torrential} {rain|rainfall|downpour}",
    "{earthquake}",
    "{quake}",
    "{tsunami}",
    "{landslide|mudslide}",
    "extreme weather",
    "climate change",
    "{wildfire}",
    "{tornado}",
]

COLLISION = [
    "{collide}",
    "{collision}",
    "mid-?air {collision}",
]

# the cause not known yet, or being looked into
UNDER_INVESTIGATION = [
    "{investigate}",
    "under investigation",
    "{launch|open|begin|start|conduct|order|hold} ... {investigation|inquiry|probe}",
    "{investigation|inquiry|probe} {be} ... {underway|ongoing|continuing|opened|launched}",
    "{investigation|inquiry|probe} {be} under way",
    "{investigation|inquiry|probe} ... {be} {underway|ongoing|continuing}",
    "{wait|await} ... {investigation|inquiry|probe}",
    "{await} ... {outcome|result|findings}",
    "under {examination}",
    "{probe} into",
    "look into",
    "{look|looking} into it",
    "{examine}",
    "under review",
    "{analyse|analyze} ... {evidence|footage|debris|fragments}",
    "{gather} ... {information|evidence}",
    "not yet clear",
    "{be} unclear",
    "{be} not clear",
    "{remain} unclear",
    "{be} unknown",
    "unknown {origin|cause}",
    "too early to {say|tell|determine}",
    "{do} not know",
    "don't know",
    "doesn't know",
    "didn't know",
    "no precise proof",
    "{establish} ... what happened",
    "{determine} ... {cause|what happened|who}",
]

CAUSES: dict[str, list[str]] = {
    "hostile_fire": HOSTILE_FIRE,
    "hostile_fire_with_agent": HOSTILE_FIRE_WITH_AGENT,
    "misfire": MISFIRE,
    "friendly_fire": FRIENDLY_FIRE,
    "accident": ACCIDENT,
    "mechanical": MECHANICAL,
    "natural": NATURAL,
    "collision": COLLISION,
    "under_investigation": UNDER_INVESTIGATION,
}

# "X was behind it", "blamed X": a claim about who, whose cause is the kind of the incident
RESPONSIBILITY_AGENT_AFTER = [
    "{blame} ... on",
    "{blame}",
    "{pin} ... on",
    "{hold} ... responsible",
    "{accuse}",
    "responsibility ... {lie} with",
    "{be} {conducted|perpetrated|orchestrated|masterminded|organised|organized} by",
    "{be} carried out by",
    "the work of",
    "{attribute} ... to",
]
# "rejected responsibility", "denies any involvement": the claimant denies being the agent
DENIED_BY_CLAIMANT = [
    "{deny|reject|disclaim|disavow} ... {responsibility|involvement|role|part|connection}",
]
RESPONSIBILITY_AGENT_BEFORE = [
    "{have} no {connection|link|involvement|part} with",
    "{bear} responsibility",
    "{mastermind}",
    "{have} no {connection|link|involvement|part|role} in",
    "{be} to blame",
    "{be} behind",
    "{be} responsible",
    "{be} involved",
    "{have} no role",
    "{have} nothing to do with",
    "{claim} responsibility",
    "{carry} out the",
    "{be} not involved",
    "{be} not behind",
    "{be} not responsible",
]

# a cause word alone is a topic; with one of these in its sentence it is a claim of cause
CAUSAL = [
    "{kill}",
    "{dead}",
    "{death}",
    "{die}",
    "{toll}",
    "{cause}",
    "because of",
    "{result} of",
    "due to",
    "{blame}",
    "{destroy}",
    "{devastate}",
    "{leave} ... {dead|homeless|missing}",
    "{sweep}",
    "{trigger}",
    "{unleash}",
    "{bring} on",
    "{bring} down",
    "{responsible}",
    "{behind}",
    "{lead} to",
    "{claim} the lives",
    "{hit}",
    "{strike}",
    "{tear} through",
    "{wash} away",
    "{collapse}",
    "{give way}",
    "{burst}",
    "{injure}",
    "{wound}",
    "{explosion}",
    "{blast}",
    "{explode}",
    "{attack}",
    "{detonate}",
    "{kill}",
    "{martyr}",
    "went off",
    "{plant}",
    "set off",
    "{conceal}",
    "{describe} ... as",
    "{call} it",
    "{condemn}",
]

# a storm, a flood, a gas leak named as what did the harm: a verb of harm after the cue, or
# a causal link before it ("killed by", "as a result of", "blamed ... on")
HARM_AFTER = [
    "{kill}",
    "{leave}",
    "{hit}",
    "{strike}",
    "{sweep}",
    "{tear}",
    "{bring}",
    "{wash}",
    "{carry}",
    "{cause}",
    "{trigger}",
    "{unleash}",
    "{destroy}",
    "{devastate}",
    "{claim}",
    "{wreck}",
    "{make}",
    "{dump}",
    "{batter}",
    "{ravage}",
    "{lash}",
    "{lead} to",
    "{flatten}",
    "{submerge}",
    "{inundate}",
    "{be} to blame",
    "{be} behind",
    "{be} the cause",
    "{be} responsible",
    "{explode}",
    "{detonate}",
    "went off",
    "{collapse}",
    "{give way}",
    "{burst}",
]
HARM_BEFORE = [
    "by",
    "because of",
    "{result} of",
    "due to",
    "{blame} ... on",
    "{cause} by",
    "{follow}",
    "after",
    "amid",
    "in",
    "from",
    "{attribute} ... to",
]

# words that deny what follows them in the clause
DENIAL_BEFORE = [
    "not",
    "n't",
    "never",
    "no",
    "nothing",
    "neither",
    "nor",
    "{deny}",
    "{denial}",
    "{reject}",
    "{dismiss}",
    "{rule} out",
    "{refute}",
    "{rebuff}",
    "no {indication|evidence|sign|reason|proof}",
    "nothing {indicate|suggest|point}",
    "{have} nothing to do with",
    "{bear} no relation",
    "{wrong} to {speculate}",
    "{be} not",
    "{unlikely}",
    "{probably|likely} not",
    "{rather} than",
    "instead of",
    "other than",
]
# calling a claim false: the sentence denies the cause it reports
REJECTION = [
    "{lie}",
    "a lie",
    "{false}",
    "{baseless}",
    "{fabrication}",
    "{fabricated}",
    "{untrue}",
    "not true",
    "conspiracy {theory}",
    "{propaganda}",
    "{unfounded}",
    "{groundless}",
    "{nonsense}",
    "{deny}",
    "{reject}",
    "{dismiss}",
    "{refute}",
]
# a hedge keeps the claim and is recorded with it
HEDGES = [
    "{possibly}",
    "{possible}",
    "may have",
    "might have",
    "could have",
    "{likely}",
    "{probably}",
    "{probable}",
    "{apparently}",
    "{appear}",
    "{seem}",
    "{suggest}",
    "{point} to",
    "{believe}",
    "{suspect}",
    "{reportedly}",
    "{allegedly}",
    "{preliminary}",
    "{initial} ... {indicate|suggest|show}",
]
# questions and conditions assert nothing
OPEN_QUESTION = ["whether", "if", "{speculation}", "{speculate}", "{rumour|rumor}"]
