"""The words of opposite accounts of one event (:mod:`.accounts`): who was hit, how a
craft was lost, how someone died, who holds a place.  Lower-case; single words are
matched against a token's lower-cased text, phrases against a claim's lower-cased words.
"""

from __future__ import annotations

# Who was hit: civilians against military targets ("targeted civilian areas" against
# "struck infrastructure used by militants").
CIVILIAN = frozenset(
    {
        "civilian", "civilians", "innocent", "innocents", "residential", "home", "homes",
        "school", "schools", "hospital", "hospitals", "market", "mosque", "mosques",
        "church", "churches", "child", "children", "woman", "women", "tourist", "tourists",
        "family", "families", "village", "villages", "neighbourhood", "neighborhood",
        "apartment", "kindergarten", "college", "journalist", "journalists", "reporter",
        "reporters", "medic", "medics",
    }
)  # fmt: skip
MILITARY = frozenset(
    {
        "militant", "militants", "terrorist", "terrorists", "terror", "combatant",
        "combatants", "launcher", "launchers", "depot", "depots", "arsenal", "barracks",
        "garrison",
    }
)  # fmt: skip
# "no collateral damage": the striker's account of a clean strike
CLEAN_STRIKE = (
    "collateral damage", "military targets", "military facilities", "military installations",
    "military infrastructure", "military objects",
)  # fmt: skip

# How a craft was lost: shot down against an accident or a fault.
SHOT_DOWN = ("shot down", "shoot down", "shooting down", "downed", "down by", "hit by a missile")
ACCIDENT = (
    "technical fault", "technical failure", "technical malfunction", "malfunction",
    "mechanical failure", "mechanical fault", "engine failure", "accident", "crashed",
    "pilot error", "bad weather", "human error",
)  # fmt: skip
# How someone died: killed by another against by their own hand or by chance.
KILLED = (
    "murdered", "murder", "homicide", "foul play", "assassinated", "assassination",
    "poisoned", "strangled", "beaten to death", "killed by", "was killed", "were killed",
)  # fmt: skip
OWN_HAND = (
    "suicide", "his own life", "her own life", "their own lives", "killed himself",
    "killed herself",
    "hanged himself", "hanged herself", "natural causes", "accidental overdose",
    "died of an overdose", "heart attack",
)  # fmt: skip
# Who holds a place: taken by one side against still fought over or held by the other.
TAKEN = (
    "retreat of", "withdrew from", "withdrawal of", "captured", "took control",
    "taken control", "seized", "recaptured", "liberated", "fell to", "full control",
    "complete control", "combing", "cleared of",
)  # fmt: skip
CONTESTED = (
    "clashes were continuing", "clashes continued", "clashes continue", "clashes are continuing",
    "fighting continues", "fighting continued", "fighting was continuing",
    "fighting is continuing", "still fighting", "repelled", "still in control",
    "still holding", "remain in control", "remains in control", "still controls",
    "had not fallen", "has not fallen",
)  # fmt: skip
# Opposite accounts of one event, each kind as (what the reason says, one account, the
# other): "shot down" against "a technical fault".
ACCOUNTS = (
    ("shot down against lost to a fault", SHOT_DOWN, ACCIDENT),
    ("killed against died by their own hand", KILLED, OWN_HAND),
    ("taken against still fought over", TAKEN, CONTESTED),
)
