""" "How is this counted?": each headline figure's rule in words a patient understands.

The texts follow clinical-rules.md and the defaults of this package; the Insights
view and the report quote them next to the figure they explain, translated with
_() where shown.
"""

from __future__ import annotations

from journal.i18n import N_

HOW_COUNTED: dict[str, str] = {
    "migraine_days": N_(
        "A migraine day is a day with a headache of at least 30 minutes that had at least"
        " 2 of: one-sided, throbbing, moderate or severe (4 or more out of 10), worse "
        "when moving, together with nausea, vomiting, or sensitivity to both light and "
        "sound (the ICHD-3 features); or a day with a typical aura, only in vision, "
        "feeling or speech, with a symptom of 5 to 60 minutes (an aura with weakness, a "
        "brainstem symptom or sight loss in one eye is not typical, and an aura whose "
        "kind was not recorded cannot show it); or a day with an attack you called a "
        "migraine that lasted at least 30 minutes (your own label); or a day you took a "
        "triptan, ergot, gepant or ditan for an attack (medication). Recording more "
        "detail never removes a migraine day. An attack logged without a type counts only"
        " by the features, the aura and the medication. An attack that goes past midnight"
        " counts on every day."
    ),
    "headache_days": N_(
        "A headache day is a day with a headache of at least 1 hour, or a day you took "
        "any acute headache medication. Every migraine day is also a headache day. "
        "Medicine for nausea alone does not make a headache day."
    ),
    "attacks": N_(
        "An attack that goes past midnight counts once. Headache that comes back "
        "before a whole headache-free calendar day has passed counts as the same "
        "attack."
    ),
    "per_28": N_(
        "Doctors and studies compare months of 28 days: the count of days is scaled "
        "to 28 days so that spans of different lengths can be compared."
    ),
    "acute_medication_days": N_(
        "Days on which you took a medication for an attack, counted per kind of "
        "medication. Two doses on one day are one day."
    ),
    "overuse": N_(
        "Taking triptans, ergots, opioids or combination painkillers on 10 or more days "
        "a month, simple painkillers (paracetamol, aspirin, ibuprofen and similar) on 15 "
        "or more days, or several of these kinds on 10 or more days together, for more "
        "than 3 months in a row (whichever kinds they were), matches the pattern of "
        "medication-overuse headache (ICHD-3 8.2). Every day you took one counts, also "
        "when you take it to prevent attacks. "
        "It is a pattern to discuss with your doctor, not a diagnosis."
    ),
    "chronic_pattern": N_(
        "Headache on 15 or more days a month, with migraine features on at least 8 of "
        "them, for more than 3 months (4 whole calendar months in a row), matches the "
        "chronic migraine pattern (ICHD-3 1.3). A day counts towards the 8 by the "
        "ICHD-3 features or aura, or when you called it migraine and a triptan or ergot "
        "eased the pain; a day with a triptan alone does not. Only whole calendar months "
        "count, and months before the span count too."
    ),
    "menstrual": N_(
        "Day 1 is the first day of bleeding; the window is the 2 days before and the "
        "first 3 days of bleeding (there is no day 0). Only migraine attacks count: an "
        "attack that makes a migraine day (see migraine days), or one you took a "
        "triptan, ergot, gepant or ditan for; a plain headache does not. Migraine "
        "attacks in the window in at least 2 of 3 cycles and never at other times match "
        "pure menstrual migraine; with migraine attacks at other times too, menstrually "
        "related migraine. 3 cycles are needed."
    ),
    "acute_effect": N_(
        "Pain free at 2 hours: no pain two hours after the dose, out of the doses taken "
        "at mild, moderate or severe pain that you rated at 2 hours. A dose taken before "
        "any pain (in the warning phase or the aura), and a dose whose pain at the dose "
        "was not noted, are counted apart and are in no rate. Sustained: still pain free at "
        "24 hours, with no other acute dose between 2 and 24 hours. Relief: from "
        "moderate or severe pain at the dose to none or mild at 2 hours, out of the "
        "doses taken at moderate or severe pain. At least 4 treated attacks are needed "
        "to judge whether it works consistently."
    ),
    "treatments": N_(
        "Migraine days per 28 days in the weeks before the start (28 days, up to 3 "
        "months) against the same length of time from 4 weeks after the start. 50% "
        "fewer migraine days or better counts as a response. Give a treatment 2 to 3 "
        "months before judging it."
    ),
    "triggers": N_(
        "How often an attack started on the same or the next day after days with a "
        "factor, against check-in days without it. This shows an association, not a "
        "cause; fewer than 10 days, or fewer than 5 attacks, on either side is too "
        "little to go by."
    ),
    "midas": N_("MIDAS grade: I 0-5 (little or no disability), II 6-10, III 11-20, IV 21 or more."),
    "hit6": N_("HIT-6: 49 or less little or no impact, 50-55 some, 56-59 substantial, 60+ severe."),
}
