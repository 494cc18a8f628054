"""The vocabulary of causes, as data: phrases by word family (see `lexicon.phrase`).

Each list names one cause of the taxonomy (DESIGN.md, "Judging real event streams"); the
polarity, hedges and agents around a phrase are read by `causes.find_causes`. To extend
the desk's vocabulary, add a phrase to the right list and a sentence to
tests/extraction/test_cause_words.py.
"""

from __future__ import annotations

# places a strike is aimed at beyond homes and crowds: "struck the depot", "attacked the base"
_MILITARY_TARGETS = (
    "depot|base|warehouse|refinery|airport|airfield|barracks|checkpoint|compound|headquarters|"
    "facility|outpost|garrison"
)

# a deliberate strike or attack
HOSTILE_FIRE = [
    "{suicide} {bomber|bombing|attack|terrorist}",
    "{terrorist|terror} {attack|bombing|blast|explosion|operation}",
    "{terrorism}",
    "{bomb} {dropped|planted|placed|hidden}",
    "{bomb} went off",
    "{explosive} {vest|belt}",
    "{bomb} {detonate}",
    "{detonate} the {bomb}",
    "{detonated} {bomb}",
    "{drop} a {bomb}",
    "{plant} {bomb}",
    "{massacre}",
    "{strike|hit|attack|target|bomb} {nothing|anything}",
    "{fire|launch} from",
    "{missile|rocket} {terror}",
    "{strike} ... the {hospital|village|town|city|building|crowd|market|school|convoy|site}",
    f"{{strike}} the {{{_MILITARY_TARGETS}}}",
    # "said it had hit the depot with a drone": the deed and its weapon
    "{hit|strike|target|attack} the ... with ... {missile|rocket|drone|projectile|bomb}",
    "{carry} out ... {strike|attack|raid|bombing}",
    "{carry|conduct} out ... air {operation}",
    "{conduct} ... air {operation|strike|raid}",
    "{launch} ... {strike|attack}",
    "{fire} ... {missile|rocket} at",
    "{missile|rocket|projectile} {cross} into",
    "{missile|rocket|projectile} {enter}",
    "{hit|struck|strike} by ... {missile|rocket|bomb|projectile|strike|airstrike|raid}",
    "{attack} on the",
    "{attack} the {hospital|clinic|village|town|crowd|procession|ceremony|market|site|school|"
    "shelter|camp|mosque|church}",
    f"{{attack}} the {{{_MILITARY_TARGETS}}}",
    "{deliberate|intentional} {attack|strike}",
    "{sabotage}",
    "{arson}",
    "foul play",
    # "no sign of an attack": the bare word names a cause only where it is ruled out
    "no {sign|evidence|indication|suggestion|trace} of {a|an} {attack}",
    "no {sign|evidence|indication|suggestion|trace} {whatsoever|at all} of {a|an} {attack}",
    "{gunman|gunmen} {open} fire",
    # "troops opened fire on the crowd, killing nine"
    "{open} fire on",
    "{open} fire at",
    "{cause|carry out|perpetrate|commit} by {terrorist|militant|gunman|gunmen|extremist}",
    "{bombed}",
    # "the debris has nothing to do with Ruritanian weapons": a denial of whose weapon it was
    "{have} nothing to do with ... {weapon|missile|rocket|munition|strike|airstrike}",
    "{bear} no relation to ... {weapon|missile|rocket|munition|strike|airstrike}",
    # "its missiles would not have been able to reach Vell": a denial of whose weapon it was
    "{missile|rocket} {could|would} not have been able to reach",
    "{missile|rocket} {could|would} not have {reach}",
    # "denied it had fired on the city", "Vell forces opened fire on the convoy"
    "{fired|firing} {on|at} the {hospital|clinic|village|town|city|crowd|market|school|convoy|"
    "shelter|camp|bridge|crossing|port|station|terminal|building|civilians|area|district}",
    "{shelled|bombed} the {hospital|clinic|village|town|city|crowd|market|school|convoy|shelter|"
    "camp|bridge|crossing|port|station|terminal|building|area|district}",
    # "said it had not launched any missiles that day": the weapon denied outright
    "{launch|fire} any {missile|rocket|shell|drone|projectile|munition}",
    # "said it had hit the frigate with an anti-ship missile": the weapon aimed, a deed
    "{hit|strike|target} the ... with {a|an|two|three|several|its} ... "
    "{missile|missiles|rocket|rockets|torpedo|torpedoes|drone|drones}",
]

# an attack by its own words (a bomb planted, a device set off by militants): a claim of cause
# even where the sentence names no harm ("two bombs had been put in bags"). Not a bomber named
# alone: "one of the suicide bombers was a foreigner" tells who, not what caused the blast
HOSTILE_FIRE_ACT = [
    # shooting at people is the harm itself: "shot by armed rioters", "used live ammunition"
    "{be} shot by",
    "{fire|use} live {round|ammunition|bullet}",
    "{terrorist|terror} {act}",
    "act of {terrorism}",
    "act of terror",
    "{bomb} ... {plant|place|hide|conceal|leave|put|set off|detonate}",
    # "its fighters had planted explosives at the depot": the deed told verb first
    "{plant|hide|conceal} {a|an|the|two|several} {bomb|explosive|device}",
    "{plant|hide|conceal} {explosives|bombs}",
    "{explosive} {device} ... {plant|place|hide|conceal|leave|put|set off|detonate}",
    "{detonate} ... by {terrorist|militant|gunman|gunmen|extremist|attacker|insurgent}",
    "{detonate} {remotely}",
    "{remotely} {detonate}",
    "{carry} out {the|both|these|those|two|twin|deadly} {blast|explosion}",
    "{carry} out {the|both|these|those} {twin|deadly} {blast|explosion}",
    "{bomb} that ... {dropped}",
    "{cause} by {a|an|the} {bomb|airstrike|bombing}",
    # a fire lit on purpose: "the fire was set deliberately", "an act of arson"
    "{set|start|light|lit} {deliberately|intentionally|on purpose}",
    "{deliberately|intentionally} {set|start|light|lit}",
    "act of {arson}",
    "{arson} {attack}",
    "{be} {arson}",
    # "no indication of a deliberate act": a leak or a fire caused on purpose
    "{a} {deliberate} act",
    # "the blast was caused by a Vell artillery shell"
    "{cause} by {a|an|the} ... {artillery|tank|mortar} {shell|round}",
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
    # "blamed artillery fire by the Vell army"
    "{artillery|mortar|sniper} fire",
    "{bombing}",
    "{bombardment}",
    "{shelling}",
    "strike",
    "strikes",
    "{missile|rocket|projectile|shell} {hit|strike|slam|crash} into",
    "{missile|rocket|projectile} {hit|strike|land|fall|come} down",
    "{missile|rocket|projectile} {hit|strike|kill|land|fall|crash}",
    # a drone that hit something was sent; one that crashed or fell may have been downed
    "{drone} {hit|strike|kill|slam}",
    "{drone} {have} {hit|strike|kill}",
    "{missile|rocket|projectile} {have} {hit|strike|land|fall|come down|kill}",
    "{missile|rocket|projectile} ... {be} responsible",
    "{missile|rocket|projectile} ... {cross} into",
    "{missile|rocket|projectile} ... {stray|veer} {across|into|off course}",
    "{missile|rocket|projectile|munition|shell|drone} ... {come} from",
    "{missile|rocket|projectile|munition|shell|drone} ... {likely|probably} {come} from",
]

# one's own or a third side's munition failing or straying
MISFIRE = [
    "{misfire}",
    "{be} ... our {rocket|missile|munition|projectile|interceptor}",
    "{misfired}",
    "{fail} {rocket|missile} {launch}",
    "{failed} ... {rocket|missile} {launch}",
    "{failed} {launch}",
    "{launch} {fail}",
    "{launch} that {fail|misfire}",
    "{rocket|missile} that {fail|misfire|malfunction|fell short}",
    "{rocket|missile} {failed|malfunctioned|misfired}",
    "{rocket|missile} in the {barrage|salvo|volley} {failed|malfunctioned|misfired}",
    "{misguided|errant|wayward|malfunctioning} {rocket|missile|projectile|interceptor}",
    "{failed|failing|faulty|defective} {rocket|missile|projectile|interceptor|munition}",
    "{fell|fall|drop} short",
    "{poorly} {manufactured} {rocket|missile}",
    "{air defence|air defense|air-defence|air-defense|air defences|air defenses} "
    "{missile|rocket|interceptor}",
    "{air defence|air defense|air-defence|air-defense|air defences|air defenses} {fired}",
    "{air defence|air defense|air-defence|air-defense} {system|unit|battery|force|troop|crew} "
    "{fired}",
    "{its|their|our} own {rocket|missile|munition|projectile|interceptor}",
    "{fire|launch} by ... {air defence|air defense|air-defence|air-defense|air defences|"
    "air defenses|air-defences|air-defenses}",
    "{missile|rocket|interceptor} of ... {air defence|air defense|air-defence|air-defense|"
    "air defences|air defenses}",
    "anti-missile {defence|defense}",
    "{gone|go|went} astray",
    "anti-aircraft {missile|rocket|fire}",
    "{interceptor} {missile|rocket}",
    "{interceptor}",
    "{missile} ... to {intercept}",
    "{fire|fired} to {intercept}",
    "{intercept} ... {incoming} {missile|rocket}",
    "{fire|fired|launch|launched|target|targeting} ... {incoming} ... {missile|rocket|one}",
    "against ... {incoming} ... {missile|rocket|one}",
    "{belong|belonging} to ... {air defence|air defense|air-defence|air-defense}",
    "work of ... {air defence|air defense|air-defence|air-defense}",
    # "their systems could have done so if they malfunctioned": a misfire, hedged
    "{surface-to-air|missile|rocket|interceptor} ... {could|might|may} have ... if {it|they} "
    "{malfunction|misfire}",
]

# fired by mistake on one's own side or on the wrong target
FRIENDLY_FIRE = [
    "friendly fire",
    "{fire|shoot} by mistake",
    "by mistake",
    "{mistakenly|accidentally|inadvertently|erroneously} {shoot|fire|target|hit|strike|down}",
    "human error",
    # "the strike was carried out by our own aircraft", "its own jet killed four soldiers"
    "by {our|its|their} own {aircraft|jet|jets|warplane|warplanes|plane|planes|drone|drones|"
    "helicopter|helicopters|artillery|forces|troops|units|side}",
    "{our|its|their} own {aircraft|jet|jets|warplane|warplanes|drone|drones|helicopter|"
    "artillery|forces|troops|units} {kill|hit|strike|bomb|shell|fire on|fire at}",
]

# no weapon: fire, an industrial explosion, negligence
ACCIDENT = [
    "accident",
    "{accidental} {explosion|fire|detonation|blast}",
    "{gas} {explosion|leak|cylinder|canister|capsule|tank|pipe}",
    "{gasoline|fuel|petrol} {canister|tank|explosion}",
    "{leaking|leaky} {cylinder|canister|gas}",
    "{stored|storage} ... {chemical|explosive|fertiliser|fertilizer|ammunition|munition|fuel}",
    "{fertiliser|fertilizer|chemical|explosive|fuel|ammunition|munition} {stored}",
    "ammonium nitrate",
    "{improper|unsafe|illegal|careless|poor} {storage|handling}",
    "{store|keep|handle} {improperly|unsafely|illegally|carelessly}",
    "{chemical} {explosion|fire|leak|spill}",
    "{industrial} {accident|explosion|fire}",
    "{negligence}",
    "{negligent}",
    "{driver|pilot|operator|crew|captain|helmsman|signalman} error",
    # "the driver lost control on a bend": a vehicle out of hand, no weapon and no fault named
    "{driver|pilot|captain|helmsman} ... {lose} control",
    "{lose} control of the {vehicle|bus|truck|lorry|car|tanker|coach|minibus|van|train|plane|"
    "aircraft|helicopter|boat|ship|ferry|vessel}",
    "{poor|inadequate|insufficient|neglected|deferred|lack of|lax} {maintenance|upkeep}",
    "{maintenance|upkeep} {failure|failing|problem|shortcoming|lapse|deficiency}",
    "{problem|issue|lapse|failure|failing|shortcoming|deficiency} with ... {maintenance|upkeep}",
    "{maintenance|upkeep} ... {be} ... {inadequate|insufficient|poor|lacking|neglected|never done}",
    "{never|not} {properly|adequately} {maintain}",
    "{never} {be} {maintain}",
    "{never} {maintain}",
    "without {maintenance|upkeep}",
    # "maintenance contracts, but they have not been used": the upkeep paid for, never done
    "{maintenance|upkeep} ... not been {use|utilise|utilize|implement|carry out|spend}",
    "{neglect} ... {maintenance|upkeep}",
    "{mismanagement}",
    # warnings about a structure no one acted on, a structure left to decay
    "{warning} ... {dam|levee|embankment|bridge|building|structure} ... {be} {ignored}",
    "{warning} ... {go} unheeded",
    "{warning} ... {be} {ignored} ... {dam|levee|embankment|bridge|building|structure}",
    "{decaying|dilapidated|crumbling} {dam|levee|embankment|bridge|building|structure}",
    "{let} ... {maintenance|upkeep} {slide|lapse}",
    "{neglect}",
    "{fire} broke out",
    # "a fire that broke out during unloading", "the fire started in the engine room"
    "{fire|blaze} that {break} out",
    "{fire|blaze} {start} in the {engine room|boiler room|galley|hold|kitchen|storeroom}",
    "{short circuit}",
    # a crowd or a workplace left unsafe: "blamed the crush on overcrowding", "safety lapses"
    "{overcrowding}",
    "{poor|lax|inadequate|insufficient|lack of} safety {standard|measure|rule|practice|precaution}",
    "{safety} {lapse|violation|breach}",
]

# a technical failure, a structure giving way
MECHANICAL = [
    "{mechanical|technical} {failure|fault|problem|issue|malfunction|error|difficulty}",
    "{engine} {failure|malfunction|fire}",
    "{malfunction}",
    "{signal|signalling|signaling|brake|steering|hydraulic|electrical|wiring|track|rail|points|"
    "axle|wheel|equipment|system} {failure|fault|malfunction|defect}",
    "{brakes|signals} {failed}",
    # "a valve had failed", "the pump malfunctioned": a part of the plant or the vehicle
    "{valve|pump|seal|cable|boiler|compressor|crane|hose|gauge|sensor|engine} "
    "{fail|malfunction|rupture}",
    "{valve|pump|seal|cable|boiler|compressor|crane|hose|gauge|sensor|engine} "
    "{had|has} {fail|malfunction|rupture}",
    # "a valve on a storage tank failed"
    "{valve|pump|seal|hose|gauge|sensor} on {a|an|the} ... {failed|malfunctioned|ruptured}",
    "{valve|pump|seal|cable|boiler|compressor|crane|hose|gauge|sensor|pipe|pipeline|tank} "
    "{failure|fault|malfunction|defect|rupture}",
    # "the brakes of the bus had failed", "the left engine lost power"
    "{brakes|steering} of the {bus|truck|lorry|coach|train|vehicle|car} {had|have} {failed}",
    "{brakes|steering} of the {bus|truck|lorry|coach|train|vehicle|car} {failed}",
    "{engine|engines} ... {lose} power",
    "{dam|levee|embankment|bridge|building|wall|structure|roof} {collapse|burst|breach|fail}",
    "{dam|levee|embankment|bridge} {give way}",
    # a stand, a roof, a balcony that failed under a crowd or a load
    "{stand|grandstand|terrace|roof|ceiling|balcony|floor|scaffolding|stage|structure|wall} "
    "{give way}",
    "{stand|grandstand|balcony|scaffolding} {collapse}",
    # "a faulty refrigerator", "faulty wiring": what broke, as "a wiring fault" is
    "{faulty|defective|malfunctioning|overheating|overheated} {appliance|refrigerator|fridge|"
    "freezer|heater|wiring|cable|socket|charger|battery|cooker|stove|valve|pipe|pipeline|tank|"
    "brakes}",
    "{design|construction|manufacturing|structural} {flaw|defect}",
    "{dam|levee|embankment} ... {give way|collapse|burst|fail|breach}",
    "{burst|breach|overwhelm|destroy} ... {dam|levee|embankment}",
    "{dam} to {collapse|fail|burst}",
    "{dam|levee|embankment} ... to {collapse|burst|give way}",
    "{dam|levee|embankment} ... of the ... {collapse|burst|give way|breach}",
    "{collapse|failure|breach|bursting|destruction} of ... {dam|levee|embankment|bridge}",
    "{failed|failing} {dam|levee}",
    "{structural} {failure|collapse}",
    "{brought|bring} down ... {dam}",
]

# storm, flood, earthquake
NATURAL = [
    # the noun, not the verb: "gunmen stormed the hotel"
    "storm",
    "storms",
    "{hurricane}",
    "{cyclone}",
    "{typhoon}",
    "{flood}",
    "{flooding}",
    "{flash flood}",
    "heavy {rain|rainfall}",
    "heavy {snow|snowfall}",
    "{huge|giant|rogue|freak|massive|large|high} {wave}",
    "{torrential} {rain|rainfall|downpour}",
    "{earthquake}",
    "{quake}",
    "{tsunami}",
    "{landslide|mudslide}",
    "extreme weather",
    "{bad|severe|poor|rough|stormy} weather",
    "{rough|heavy|high|stormy} seas",
    "{strong|high|gale-force|hurricane-force} winds",
    "climate change",
    "{tornado}",
    "{heatwave}",
    "heat wave",
    "extreme heat",
    "{avalanche}",
    "{drought}",
    "{blizzard}",
    "{snowstorm}",
    "{volcanic} {eruption}",
    # "the volcano erupted", "pyroclastic flows swept through the village" (not a bare
    # "eruption", which may be of violence)
    "{volcano}",
    "{pyroclastic} {flow|surge}",
    "{lava} {flow}",
    # "a lightning strike sparked the fire", "heatstroke killed 23 pilgrims"
    "{lightning}",
    "{heatstroke}",
    "heat {stroke|exhaustion}",
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
    "{ongoing|continuing} {investigation|inquiry|probe}",
    "{investigation|inquiry|probe} ... {be} not {finished|complete|completed|over|concluded}",
    "{lack} ... {evidence|proof} of {who|what|how}",
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
    "{be} not yet known",
    "{be} not known",
    "unknown {origin|cause}",
    "too early to {say|tell|determine}",
    "too early ... to be able to {say|tell|determine}",
    "too early ... to {say|tell|determine}",
    "{do} not know",
    "{do} not yet know",
    "don't know",
    "doesn't know",
    "didn't know",
    # "we cannot say yet whether it was a strike": not known, and said so
    "{cannot|could not|can't|couldn't} say",
    "{unable} to say",
    "no precise proof",
    "{establish} ... what happened",
    # "the circumstances cannot be finally established": not known, and said so
    "{cannot|could not} be ... {establish|determine|ascertain}",
    "{determine} ... {cause|what happened|who}",
    # "its cause had not yet been established", "the cause is yet to be determined"
    # (the noun: "the fire caused damage that has not been determined" is no open question)
    "cause ... {have} not ... been {establish|determine|identify|confirm}",
    "cause ... {be} not ... {establish|determine|identify}",
    "cause ... {be} yet to be {establish|determine|identify|confirm}",
    "what caused ... {have} not ... been {establish|determine|identify|confirm}",
    # "it could not yet say who was responsible"
    "{cannot|could not|can not} ... say who {be} {responsible|behind}",
    "{cannot|could not|can not} ... say who ... {fire|launch|carry out}",
    "{cannot|could not|can not} ... say which {side|army|party|country} ... "
    "{fire|launch|carry out}",
    "{cannot|could not|can not} ... say what caused",
    "{unable} to ... {say|determine|establish} who {be} {responsible|behind}",
    "{unable} to ... {say|determine|establish} who ... {fire|launch|carry out}",
    "{unable} to ... {say|determine|establish} which {side|army|party|country} ... "
    "{fire|launch|carry out}",
    "{unable} to ... {say|determine|establish} what caused",
]

CAUSES: dict[str, list[str]] = {
    "hostile_fire": HOSTILE_FIRE,
    "hostile_fire_act": HOSTILE_FIRE_ACT,
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
    # "pointed the finger at X", "condemned X for the attack" (the harm said after "for")
    "{point} the finger at",
    "{point} {finger|fingers} at",
    "{condemn}",
    "{pin} ... on",
    "{hold} ... responsible",
    "{accuse}",
    # "charged Zedland with a massacre": the one charged, when the charge is the harm
    "{charge}",
    # "condemned Zedland for the attack": the one condemned for the harm
    "{condemn}",
    # "Zedland points the finger at Vell" (not "pointing": "accused X of pointing the finger at
    # us" is the accusation told, not made)
    "points ... {finger} at",
    "pointed ... {finger} at",
    # "a headline that falsely pointed the blame at X", "laid the blame at X's door"
    "{point|lay|put|place} the blame at",
    "responsibility ... {lie} with",
    "{be} {conducted|perpetrated|orchestrated|masterminded|organised|organized} by",
    "{be} carried out by",
    "the work of",
    # "the prime suspect behind the assault is X"
    "{prime|main|chief|principal} {suspect} ... {be}",
    "{attribute} ... to",
]
# "rejected responsibility", "denies any involvement": the claimant denies being the agent
DENIED_BY_CLAIMANT = [
    "{deny|reject|disclaim|disavow} ... {responsibility|involvement|role|part|connection}",
]
RESPONSIBILITY_AGENT_BEFORE = [
    # passive blame: "the militia was held responsible", "X and Y were blamed for the attack"
    "{be} held responsible",
    "{be} blamed for",
    "{be} accused ... of {involvement|responsibility|carrying out|being behind|orchestrating}",
    "{have} no {connection|link|involvement|part} with",
    "{bear} responsibility",
    "{bear} no responsibility",
    "{mastermind}",
    "{have} no {connection|link|involvement|part|role} in",
    "{be} to blame",
    "{be} not to blame",
    "not to blame",
    # hedged: "the group was most likely behind the attack"
    "{be} {most|very|more} {likely|probably} {behind|responsible}",
    "{be} {likely|probably|possibly|allegedly|reportedly} {behind|responsible}",
    "{be} behind",
    "{be} responsible",
    "{be} involved",
    "{have} no role",
    "{have} nothing to do with",
    "{claim} responsibility",
    "{claim} {the|both|these} {bombing|attack|blast|explosion}",
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
    "{charge} ... with",
    "{accuse}",
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
    "{contribute} to",
    "{make} ... {likelier|worse|deadlier|more likely|more intense|more severe}",
    "{claim} the lives",
    "{hit}",
    "{strike}",
    "{tear} through",
    "{rip} through",
    "{break} apart",
    "{wash} away",
    "{collapse}",
    "{give way}",
    "{burst}",
    "{sink}",
    "{capsize}",
    "{overturn}",
    "{injure}",
    "{wound}",
    "{explosion}",
    "{blast}",
    "{explode}",
    "{attack}",
    "{detonate}",
    "{activate}",
    "{kill}",
    "{martyr}",
    "went off",
    "{plant}",
    "set off",
    "{conceal}",
    "{describe} ... as",
    "{call} it",
    "{condemn}",
    # what started a fire or sent a vehicle off the road: "the blaze was started by a faulty
    # cable", "sparked by a short circuit", "the bus crashed after its brakes failed"
    "{start} by",
    "{start} the {fire|blaze|explosion}",
    "{spark}",
    "{ignite}",
    "{crash}",
    "{derail}",
    "{plunge}",
    "{veer} off",
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
    "{rip} through",
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
    "{drop} ... {rain|rainfall}",
    "{batter}",
    "{ravage}",
    "{lash}",
    "{lead} to",
    "{contribute} to",
    "{play} ... {part|role} in",
    # "bad weather may have played a role", "fatigue was a factor"
    "{play} a {part|role}",
    "{play} a {major|key|big|large|significant|decisive} {part|role}",
    "{be} a {factor|contributing factor}",
    "{be} a {major|key|main|significant|contributing} factor",
    "{be} one factor",
    "{make} ... {likelier|worse|deadlier|more likely|more intense|more severe}",
    "{flatten}",
    # "a gas leak started the fire", "a short circuit sparked the blaze"
    "{start|spark|ignite} the {fire|blaze|explosion}",
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
    "{sink}",
    "{capsize}",
    "{overturn}",
]
HARM_BEFORE = [
    "{charge} with",
    "{accuse} of",
    "{convict} of",
    "guilty of",
    "{blame} ... for",
    "{blame}",
    "by",
    "because of",
    "{result} of",
    "due to",
    "{blame} ... on",
    "{cause} by",
    "{cause} of",
    "{follow}",
    "after",
    "amid",
    "in",
    "from",
    "{attribute} ... to",
    # "died of heatstroke"
    "{die|perish} of",
]

# words that deny what follows them in the clause
DENIAL_BEFORE = [
    "not",
    "nobody",
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
    # "a headline that falsely pointed the blame at Zedland": the speaker denies it
    "{falsely|wrongly|wrongfully}",
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
    "{absurd}",
    "{ridiculous}",
    "{preposterous}",
    "{provocation}",
]
# a hedge keeps the claim and is recorded with it
HEDGES = [
    "{possibly}",
    "{possible}",
    "{possibility}",
    "{hypothesis}",
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
OPEN_QUESTION = [
    "whether",
    "if",
    "{speculation}",
    "{speculate}",
    "{rumour|rumor}",
    # an embedded question: "will look into why the dams collapsed"
    "into {why|how}",
    "{determine|establish|investigate|examine|understand|explain|ask} {why|how}",
]
