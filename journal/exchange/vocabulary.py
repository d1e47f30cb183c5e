"""Other apps' words for attack types, symptoms and pain positions, mapped to the
journal's. What has no match stays in the user's own words (symptoms and locations
accept them), so nothing is dropped."""

from __future__ import annotations

from journal import domain as d

_SITES = (
    ("back of head", d.PainLocation.BACK_OF_HEAD),
    ("back of the head", d.PainLocation.BACK_OF_HEAD),
    ("occipital", d.PainLocation.BACK_OF_HEAD),
    ("forehead", d.PainLocation.FOREHEAD),
    ("temple", d.PainLocation.TEMPLE),
    ("eye", d.PainLocation.BEHIND_EYE),
    ("neck", d.PainLocation.NECK),
)
_VISUAL_WORDS = (
    "visual",
    "vision",
    "flashing light",
    "light flash",
    "bright spot",
    "zigzag",
    "zig-zag",
    "blind spot",
    "scotoma",
)


_PULSATING = ("throbbing", "pulsating", "pulsing", "pounding", "pochend", "pulsierend")
_WORSE_MOVING = (
    "worse pain if moving", "worse with movement", "worse when moving", "worse with activity",
    "worse on movement", "aggravated by", "movement makes it worse", "worse if moving",
    "verstärkt durch bewegung", "schlimmer bei bewegung",
)  # fmt: skip
_NOT_SURE = ("don't know yet", "dont know yet", "not sure", "unsure", "unknown", "weiß nicht")
_WITH_AURA = ("with aura", "mit aura")
MIGRAINE_WORDS = frozenset(
    {"migraine", "migraine with aura", "migraine without aura", "migräne", "migräne mit aura"}
    | {"migräne ohne aura"}
)


def pain_feature(word: str) -> str | None:
    """ "pulsating" or "worse_with_activity" when the word names that ICHD-3 pain
    feature, else None."""
    text = word.casefold().replace("’", "'")
    if any(w in text for w in _PULSATING):
        return "pulsating"
    if any(w in text for w in _WORSE_MOVING):
        return "worse_with_activity"
    return None


def type_has_aura(words: tuple[str, ...]) -> bool:
    """Whether the app's attack type says the attack came with an aura."""
    text = " ".join(words).casefold()
    return any(w in text for w in _WITH_AURA) or text.strip() == "aura"


def attack_type(words: tuple[str, ...]) -> tuple[d.AttackType, bool]:
    """The attack type for the app's type words, and whether that was an exact match
    (if not, the importer keeps the original words in the note)."""
    spelled = {word.casefold().replace("’", "'") for word in words}
    text = " ".join(spelled)
    if spelled and all(word in _NOT_SURE for word in spelled):
        return d.AttackType.NOT_SURE, True
    if "migraine" in text or "migräne" in text:
        if spelled <= MIGRAINE_WORDS:
            return d.AttackType.MIGRAINE, True
        found = d.AttackType.MIGRAINE
    elif "aura" in text:
        found = d.AttackType.AURA_ONLY
    elif "headache" in text or "kopfschmerz" in text:
        found = d.AttackType.HEADACHE
    else:
        return d.AttackType.NOT_SURE, not spelled
    return found, spelled in ({"migraine"}, {"headache"}, {"aura"})


def symptom(word: str) -> str | d.AuraType:
    """A journal symptom, an aura type, or the word itself when nothing matches."""
    text = word.casefold()
    sensitive = "sensitiv" in text or "phob" in text or "intoleran" in text
    if "aura" in text or any(w in text for w in _VISUAL_WORDS):
        if any(w in text for w in _VISUAL_WORDS):
            return d.AuraType.VISUAL
        for kind in (d.AuraType.SENSORY, d.AuraType.SPEECH, d.AuraType.MOTOR):
            if kind.value in text:
                return kind
        return word.strip()
    if "speech" in text or "speaking" in text or "finding words" in text:
        return d.AuraType.SPEECH
    if "nause" in text or "übelkeit" in text:
        return d.Symptom.NAUSEA.value
    if "vomit" in text or "erbrechen" in text:
        return d.Symptom.VOMITING.value
    if "photophobia" in text or ("light" in text and sensitive):
        return d.Symptom.PHOTOPHOBIA.value
    if "phonophobia" in text or (("noise" in text or "sound" in text) and sensitive):
        return d.Symptom.PHONOPHOBIA.value
    return word.strip()


_AURA_KINDS = (
    (("numb", "tingl", "pins and needles", "taub", "kribbel"), d.AuraType.SENSORY),
    (("speech", "speaking", "words", "sprach"), d.AuraType.SPEECH),
    (("weak", "paralys", "lähmung", "schwäche"), d.AuraType.MOTOR),
    (("vertigo", "double vision", "dizz", "schwindel", "doppelbilder"), d.AuraType.BRAINSTEM),
    (("one eye", "monocular", "einem auge"), d.AuraType.RETINAL),
)


def aura_kind(word: str) -> d.AuraType | None:
    """The aura type a word in an aura column names (such a column says the words
    are aura: numbness there is a sensory aura), or None when it names none."""
    found = symptom(word)
    if isinstance(found, d.AuraType):
        return found
    text = word.casefold()
    return next((kind for words, kind in _AURA_KINDS if any(w in text for w in words)), None)


def symptoms_and_aura(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[d.AuraSymptom, ...]]:
    """Symptoms (journal names or own words) and aura symptoms (without minutes).
    Words naming a pain feature are left out: `pain_features` reads them."""
    symptoms: list[str] = []
    aura: list[d.AuraSymptom] = []
    for word in words:
        if pain_feature(word) is not None:
            continue
        found = symptom(word)
        if isinstance(found, d.AuraType):
            if all(a.type != found for a in aura):
                aura.append(d.AuraSymptom(found))
        elif found not in symptoms:
            symptoms.append(found)
    return tuple(symptoms), tuple(aura)


def locations(words: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """Pain locations and whether the pain was on one side only (ICHD-3 1.1 C)."""
    found: list[str] = []
    for word in words:
        text = word.casefold()
        matched = []
        if "both" in text or "bilateral" in text:
            matched.append(d.PainLocation.BOTH_SIDES.value)
        else:
            if "left" in text:
                matched.append(d.PainLocation.LEFT.value)
            if "right" in text:
                matched.append(d.PainLocation.RIGHT.value)
        site = next((place for key, place in _SITES if key in text), None)
        if site is not None:
            matched.append(site.value)
        for place in matched or [word.strip()]:
            if place not in found:
                found.append(place)
    sides = {p for p in found if p in ("left", "right", "both_sides")}
    return tuple(found), sides in ({"left"}, {"right"})
