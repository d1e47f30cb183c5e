"""A built-in list of common migraine medications, generic and brand names, with
the class clinical-rules.md counts them in. It suggests a class when the user adds
a medication (the medication forms, the attack screen, the first start) and when an
importer meets a medication name (journal.exchange.foreign): one list for both, so
"Maxalt" is rizatriptan, a triptan, wherever it is typed or read. The user can always
choose another class.

Brand names are the common ones in the US, the UK, Germany and France, as the drug
labels name them: Drugs.com's "Brand names" of each generic (drugs.com/mtm/<generic>),
the "Trade names" of each drug's Wikipedia infobox (e.g. Rizatriptan: "Maxalt,
Maxalt-MLT, Rizafilm"), the UK's emc product list (medicines.org.uk), and the German
and French product pages (Formigran and Allegro: formigran.de, schmerzklinik.de;
Zomigoro: the French Zomig). A name is matched ignoring case, hyphens and a trailing
strength or form ("MAXALT-MLT 10 mg" is rizatriptan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from journal.domain import MedicationClass as C
from journal.domain import Use


@dataclass(frozen=True)
class KnownMedication:
    name: str
    med_class: C
    use: Use
    brands: tuple[str, ...] = ()


def _acute(name: str, med_class: C, *brands: str) -> KnownMedication:
    return KnownMedication(name, med_class, Use.ACUTE, brands)


def _preventive(name: str, med_class: C, *brands: str) -> KnownMedication:
    return KnownMedication(name, med_class, Use.PREVENTIVE, brands)


CATALOG: tuple[KnownMedication, ...] = (
    _acute("Sumatriptan", C.TRIPTAN, "Imitrex", "Imigran", "Zembrace", "Onzetra", "Tosymra"),
    _acute("Rizatriptan", C.TRIPTAN, "Maxalt", "Maxalt-MLT", "Maxalt Lingua", "Rizalt"),
    _acute("Zolmitriptan", C.TRIPTAN, "Zomig", "Zomig-ZMT", "AscoTop", "Zomigoro"),
    _acute("Eletriptan", C.TRIPTAN, "Relpax"),
    _acute("Naratriptan", C.TRIPTAN, "Amerge", "Naramig", "Formigran"),
    _acute("Almotriptan", C.TRIPTAN, "Axert", "Almogran"),
    _acute("Frovatriptan", C.TRIPTAN, "Frova", "Migard", "Allegro"),
    _acute("Ergotamine", C.ERGOT, "Cafergot", "Ergomar"),
    _acute("Dihydroergotamine", C.ERGOT, "DHE 45", "Migranal", "Trudhesa"),
    _acute(
        "Paracetamol",
        C.SIMPLE_ANALGESIC,
        "Acetaminophen",
        "Tylenol",
        "Panadol",
        "Doliprane",
        "Dafalgan",
        "Efferalgan",
        "ben-u-ron",
    ),
    _acute("Ibuprofen", C.SIMPLE_ANALGESIC, "Advil", "Motrin", "Nurofen", "Brufen", "Dolormin"),
    _acute("Naproxen", C.SIMPLE_ANALGESIC, "Aleve", "Naprosyn", "Anaprox"),
    _acute("Aspirin", C.SIMPLE_ANALGESIC, "Acetylsalicylic acid", "Bayer", "Aspégic"),
    _acute("Diclofenac", C.SIMPLE_ANALGESIC, "Voltaren", "Cambia", "Cataflam"),
    _acute("Ketoprofen", C.SIMPLE_ANALGESIC, "Orudis", "Profenid"),
    _acute("Celecoxib", C.SIMPLE_ANALGESIC, "Elyxyb", "Celebrex"),
    _acute("Metamizole", C.SIMPLE_ANALGESIC, "Dipyrone", "Novalgin", "Novaminsulfon"),
    _acute(
        "Paracetamol, aspirin and caffeine",
        C.COMBINATION_ANALGESIC,
        "Excedrin",
        "Thomapyrin",
        "Anadin Extra",
    ),
    _acute("Sumatriptan and naproxen", C.COMBINATION_ANALGESIC, "Treximet"),
    _acute("Butalbital combination", C.COMBINATION_ANALGESIC, "Fioricet", "Fiorinal"),
    _acute(
        "Codeine and paracetamol",
        C.OPIOID,
        "Co-codamol",
        "Tylenol 3",
        "Dafalgan codéine",
        "Efferalgan codéine",
    ),
    _acute("Tramadol", C.OPIOID, "Ultram", "Tramal", "Topalgic", "Contramal"),
    _acute("Codeine", C.OPIOID),
    _acute("Oxycodone", C.OPIOID, "OxyContin", "OxyNorm"),
    _acute("Ubrogepant", C.GEPANT, "Ubrelvy"),
    _acute("Rimegepant", C.GEPANT, "Nurtec", "Vydura"),
    _acute("Zavegepant", C.GEPANT, "Zavzpret"),
    _acute("Lasmiditan", C.DITAN, "Reyvow", "Rayvow"),
    _acute("Metoclopramide", C.ANTIEMETIC, "Reglan", "Maxolon", "Paspertin", "Primperan"),
    _acute("Domperidone", C.ANTIEMETIC, "Motilium"),
    _acute("Prochlorperazine", C.ANTIEMETIC, "Compazine", "Stemetil", "Buccastem"),
    _acute("Ondansetron", C.ANTIEMETIC, "Zofran"),
    _preventive("Propranolol", C.BETA_BLOCKER, "Inderal", "Dociton", "Avlocardyl"),
    _preventive("Metoprolol", C.BETA_BLOCKER, "Lopressor", "Toprol-XL", "Beloc", "Seloken"),
    _preventive("Bisoprolol", C.BETA_BLOCKER, "Concor"),
    _preventive("Topiramate", C.ANTICONVULSANT, "Topamax", "Trokendi XR", "Qudexy XR", "Epitomax"),
    _preventive(
        "Valproate",
        C.ANTICONVULSANT,
        "Depakote",
        "Divalproex",
        "Epilim",
        "Depakine",
        "Ergenyl",
        "Orfiril",
    ),
    _preventive("Amitriptyline", C.ANTIDEPRESSANT, "Elavil", "Saroten", "Laroxyl"),
    _preventive("Nortriptyline", C.ANTIDEPRESSANT, "Pamelor", "Aventyl", "Nortrilen"),
    _preventive("Venlafaxine", C.ANTIDEPRESSANT, "Effexor", "Trevilor"),
    _preventive("Candesartan", C.ANGIOTENSIN_BLOCKER, "Atacand", "Blopress", "Kenzen"),
    _preventive("Flunarizine", C.CALCIUM_CHANNEL_BLOCKER, "Sibelium"),
    _preventive("Erenumab", C.ANTI_CGRP_ANTIBODY, "Aimovig"),
    _preventive("Fremanezumab", C.ANTI_CGRP_ANTIBODY, "Ajovy"),
    _preventive("Galcanezumab", C.ANTI_CGRP_ANTIBODY, "Emgality"),
    _preventive("Eptinezumab", C.ANTI_CGRP_ANTIBODY, "Vyepti"),
    _preventive("Atogepant", C.GEPANT, "Qulipta", "Aquipta"),
    _preventive("OnabotulinumtoxinA", C.BOTULINUM_TOXIN, "Botox"),
    _preventive("Magnesium", C.SUPPLEMENT),
    _preventive("Riboflavin", C.SUPPLEMENT, "Vitamin B2"),
    _preventive("Coenzyme Q10", C.SUPPLEMENT, "CoQ10"),
)


def _key(name: str) -> str:
    """A name as it is matched: case folded, hyphens and runs of spaces made one space
    ("MAXALT-MLT" and "Maxalt MLT" are one key)."""
    return " ".join(re.sub(r"[-‐‑–/]", " ", name).casefold().split())


@cache
def _by_name() -> dict[str, KnownMedication]:
    """Every generic and brand name by its key; made at the first look-up, not at
    every start of the window."""
    return {_key(key): known for known in CATALOG for key in (known.name, *known.brands)}


def lookup(name: str) -> KnownMedication | None:
    """The catalogue entry for a generic or brand name, ignoring case, hyphens, spaces
    and a trailing strength or form ("Maxalt 10 mg", "MAXALT-MLT" find rizatriptan)."""
    words = _key(name).split()
    while words:
        found = _by_name().get(" ".join(words))
        if found is not None:
            return found
        words.pop()
    return None


def generic_of(name: str) -> str | None:
    """The generic name when `name` is a brand name of the list ("Maxalt" gives
    "Rizatriptan"); None for a generic name itself or a name the list does not know."""
    known = lookup(name)
    if known is None or _key(name).startswith(_key(known.name)):
        return None
    return known.name


USUAL_ACUTE = (
    "Ibuprofen",
    "Paracetamol",
    "Aspirin",
    "Naproxen",
    "Sumatriptan",
    "Rizatriptan",
    "Zolmitriptan",
    "Eletriptan",
    "Metoclopramide",
)
"""The acute medications most people with migraine start with (NSAIDs and simple
analgesics, the common triptans, an antiemetic): offered as one tap each when the
journal has none yet."""


def names() -> list[str]:
    """Every generic and brand name, for completion in the medication editor."""
    return sorted({key for known in CATALOG for key in (known.name, *known.brands)})


PROCEDURE_WORDS = (
    "infusion",
    "injection",
    "nerve block",
    "block",
    "botox",
    "onabotulinumtoxin",
    "ketamine",
    "lidocaine",
    "stimulation",
    "stimulator",
    "surgery",
    "infusionen",
    "injektion",
    "spritze",
)
NON_DRUG_WORDS = (
    "physiotherapy",
    "physio",
    "acupuncture",
    "therapy",
    "relaxation",
    "biofeedback",
    "meditation",
    "mindfulness",
    "exercise",
    "yoga",
    "massage",
    "akupunktur",
    "physiotherapie",
    "entspannung",
    "sport",
)
"""Words that name a procedure or a non-drug treatment, English and German."""


def treatment_kind_for(name: str) -> str | None:
    """The kind of treatment a course's name suggests ("procedure", "non_drug",
    "preventive_medication", the values of TreatmentKind), or None when it says
    nothing: "Ketamine infusions" is a procedure, "Physiotherapy" non-drug,
    "Topiramate" a preventive medication. The person can always choose another."""
    folded = " ".join(name.casefold().split())
    if not folded:
        return None
    if any(word in folded for word in PROCEDURE_WORDS):
        return "procedure"
    if any(word in folded for word in NON_DRUG_WORDS):
        return "non_drug"
    known = lookup(folded)
    if known is not None:
        return "procedure" if known.med_class is C.BOTULINUM_TOXIN else "preventive_medication"
    return None


def drug_key(name: str) -> str:
    """What tells one drug from another by name: the generic name of a catalogue
    entry (a brand and its generic are one drug), else the name itself, ignoring
    case and spaces."""
    known = lookup(name)
    return (known.name if known else " ".join(name.split())).casefold()
