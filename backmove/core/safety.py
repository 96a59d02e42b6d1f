"""The red-flag safety screen: which answers lead where, and when to ask again.

The questions, tiers and triggers, and their sources: docs/evidence.md#safety-check.

The screen is a safety net that over-refers on purpose, never a diagnosis. This module holds the
question ids and their tiers only; the wording lives in the UI, through tr(), so a translation
can never change which tier a question belongs to.

The tiers and what follows (docs/evidence.md#what-each-tier-leads-to):
- A, get emergency help now: exercise is locked until the user confirms "A doctor or
  physiotherapist has checked my back and said I can exercise", with the date of that
  assessment; then a re-screen is offered.
- B, see a doctor soon: exercise is paused until the same confirmation.
- C, book a routine appointment: exercise goes on, gentle (seated and standing) moves only; floor
  moves are hidden until the next check.
- none: everything is allowed (floor moves still only if the user opted in to them).
No screen yet, or a skipped one: breaks offer only "stand up and move".

A higher tier wins: one A answer makes the screen A whatever else was ticked. Once the user has
confirmed an assessment, exercise comes back gentle-only until a fresh check says otherwise:
the answers that locked it still stand until the user gives new ones.

The pause (a `Hold`) is worked out from the whole history, not from the latest screen alone: an
A or B answer, or leg or saddle symptoms reported in "Stop — this hurts", start one, and only a
confirmed assessment made after it ends it. A checklist answered all clear minutes after the
symptoms is the user's own view of the same back, not a clinician's, so it does not end a hold
(docs/evidence.md#what-each-tier-leads-to).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import Literal, Protocol

from backmove.core.record import Record
from backmove.core.trend import SUSTAINED_DAYS, PainTrend

Tier = Literal["none", "A", "B", "C"]

TIER_A: tuple[str, ...] = ("A1", "A2", "A3", "A4", "A5", "A6")
TIER_B: tuple[str, ...] = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9")
TIER_C: tuple[str, ...] = ("C1", "C2", "C3", "C4", "C5")
QUESTION_IDS: tuple[str, ...] = TIER_A + TIER_B + TIER_C
"""Every question, in the order the screen asks them."""

TIER_OF: Mapping[str, Tier] = {
    **dict.fromkeys(TIER_A, "A"),
    **dict.fromkeys(TIER_B, "B"),
    **dict.fromkeys(TIER_C, "C"),
}

# Outcome codes for the `outcome` column of a safety_screens record.
EMERGENCY_CARD_SHOWN = "emergency_card_shown"
URGENT_CARD_SHOWN = "urgent_card_shown"
INFO_CARD_SHOWN = "info_card_shown"
CLEAR = "clear"
ASSESSED_CONFIRMED = "assessed_confirmed"
"""The user said a doctor or physiotherapist has checked their back and said they can exercise.
The app records this as a row of its own with the date of that assessment (`assessed_on`), the
tier of the hold it ends and the answers of the screen that started it (none when symptoms in a
break started it)."""

OUTCOME_OF_TIER: Mapping[Tier, str] = {
    "A": EMERGENCY_CARD_SHOWN,
    "B": URGENT_CARD_SHOWN,
    "C": INFO_CARD_SHOWN,
    "none": CLEAR,
}

RESCREEN_AFTER_S = 30 * 24 * 3600
SEVERE_RATING = 8


class ScreenResult(Record):
    tier: Tier
    flagged: tuple[str, ...]
    """The question ids answered yes, in the order the screen asks them."""
    outcome: str
    """The outcome code to record with the screen: which card the user was shown."""


class SafetyLimits(Record):
    """What a break may offer. `exercise_allowed` False means "stand up and move" only."""

    exercise_allowed: bool
    floor_allowed: bool
    """Floor moves may be offered (the user's own opt-in still applies on top)."""
    gentle_only: bool
    """Seated and standing moves only."""


STAND_UP_ONLY = SafetyLimits(exercise_allowed=False, floor_allowed=False, gentle_only=True)
GENTLE = SafetyLimits(exercise_allowed=True, floor_allowed=False, gentle_only=True)
ALL = SafetyLimits(exercise_allowed=True, floor_allowed=True, gentle_only=False)


def screen_result(answers: Mapping[str, bool]) -> ScreenResult:
    """The tier a set of answers gives. A question left out counts as not ticked.

    Raises ValueError for an id that is not a question: answers are stored as they are, and a
    typo must not pass as a harmless "no".
    """
    unknown = sorted(set(answers) - set(QUESTION_IDS))
    if unknown:
        raise ValueError(f"not safety question ids: {', '.join(unknown)}")
    flagged = tuple(q for q in QUESTION_IDS if answers.get(q) is True)
    tiers = {TIER_OF[q] for q in flagged}
    tier: Tier = next((t for t in ("A", "B", "C") if t in tiers), "none")
    return ScreenResult(tier, flagged, OUTCOME_OF_TIER[tier])


def settled(answers: Mapping[str, bool]) -> bool:
    """True once no answer still to come can change what follows: any A is ticked.

    The screen stops there and shows the emergency card rather than asking about weight loss
    first.
    """
    return screen_result(answers).tier == "A"


class ScreenLike(Protocol):
    """What the rules read of a stored screen (backmove.storage.records.SafetyScreen fits)."""

    @property
    def at(self) -> int: ...
    @property
    def tier(self) -> str: ...
    @property
    def outcome(self) -> str: ...
    @property
    def answers(self) -> Mapping[str, bool]: ...


def is_assessed_confirmation(screen: ScreenLike | None) -> bool:
    return screen is not None and screen.outcome == ASSESSED_CONFIRMED


class SymptomReport(Protocol):
    """A symptom tapped in "Stop — this hurts", with when (a StopSymptom code)."""

    @property
    def at(self) -> int: ...
    @property
    def symptom(self) -> str: ...


class Reported(Record):
    """A plain SymptomReport, for callers that keep reports themselves."""

    at: int
    symptom: str


HOLD_TIER_OF_SYMPTOM: Mapping[str, Literal["A", "B"]] = {"saddle": "A", "leg": "B"}
"""The stop symptoms that pause exercise, and the card they lead to (see `stop_flow`)."""


class Hold(Record):
    """Exercise is paused until the user confirms a clinician's assessment.

    `tier` is the most serious reason since the last confirmation ("A" over "B"); `since` is
    when the latest reason came (an assessment must be dated on or after its day to answer it);
    `answers` are those of the latest screen that gave an A or B, empty when only symptoms in a
    break did.
    """

    tier: Literal["A", "B"]
    since: int
    answers: Mapping[str, bool]
    by_symptoms: bool
    """The latest reason was a symptom in a break, not an answer to the check."""


def hold_in_force(
    screens: Sequence[ScreenLike], reports: Iterable[SymptomReport] = ()
) -> Hold | None:
    """The pause on exercise now, from every screen in the order taken and every stop symptom.

    Only a confirmed assessment ends a hold, and only one taken after everything that started
    it: a later all-clear or tier C screen leaves it in place. A symptom reported in the same
    second as an assessment counts as coming after it, so doubt keeps the pause.
    """
    # (time, screens before symptoms within a second, position) orders the history.
    timeline: list[tuple[int, int, int, ScreenLike | None, SymptomReport | None]] = [
        (s.at, 0, i, s, None) for i, s in enumerate(screens)
    ]
    timeline += [(r.at, 1, i, None, r) for i, r in enumerate(reports)]
    timeline.sort(key=lambda e: e[:3])
    hold: Hold | None = None
    for at, _, _, screen, report in timeline:
        if report is not None:
            tier = HOLD_TIER_OF_SYMPTOM.get(report.symptom)
            if tier is not None:
                hold = _raised(hold, tier, at, None)
        elif screen is not None:
            if screen.outcome == ASSESSED_CONFIRMED:
                hold = None
            elif screen.tier == "A" or screen.tier == "B":
                hold = _raised(hold, "A" if screen.tier == "A" else "B", at, screen.answers)
    return hold


def cautious_hold(
    screens: Sequence[ScreenLike], reports: Iterable[SymptomReport] = ()
) -> Hold | None:
    """The pause on exercise across devices: every device's screens and stop symptoms in one
    timeline, where a red flag or a leg or saddle symptom on any device holds until an
    assessment confirmed after it on any device. A skewed clock can only make a confirmation
    look earlier than the flag it answers, which keeps the pause: doubt stays cautious."""
    ordered = sorted(screens, key=lambda s: s.at)
    return hold_in_force(ordered, reports)


def _raised(
    hold: Hold | None, tier: Literal["A", "B"], at: int, answers: Mapping[str, bool] | None
) -> Hold:
    """`hold` with one more reason: the worse tier, the later time."""
    worst: Literal["A", "B"] = (
        "A" if tier == "A" or (hold is not None and hold.tier == "A") else "B"
    )
    if answers is None:
        kept = hold.answers if hold is not None else {}
        return Hold(worst, at, kept, by_symptoms=True)
    return Hold(worst, at, dict(answers), by_symptoms=False)


def limits(latest_screen: ScreenLike | None, hold: Hold | None) -> SafetyLimits:
    """What breaks may offer, from the latest screen and the hold in force (`hold_in_force`).

    A hold means "stand up and move" whatever the latest screen says. An A or B screen that is
    not a confirmation locks by itself too, so a caller that forgot the hold cannot unlock it.
    After a confirmation (the latest row is one), moves are gentle until a fresh check.
    """
    if latest_screen is None or hold is not None:
        return STAND_UP_ONLY
    tier = latest_screen.tier
    if tier in ("A", "B"):
        return GENTLE if is_assessed_confirmation(latest_screen) else STAND_UP_ONLY
    if tier == "C":
        return GENTLE
    if tier == "none":
        return ALL
    raise ValueError(f"unknown tier {tier!r}")


def assessment_date_allowed(on: date, hold_day: date, today: date) -> bool:
    """An assessment answers a hold only if it took place on or after the hold's local day
    and not in the future: one from before the symptoms never saw them."""
    return hold_day <= on <= today


# --- asking again (docs/evidence.md#re-check-triggers) ----------------------------------------


class RescreenReason(StrEnum):
    NEVER_SCREENED = "never_screened"
    LEG_SYMPTOMS = "leg_symptoms"
    """Leg, saddle or bladder symptoms tapped in the player's stop flow."""
    SEVERE_RATING = "severe_rating"
    """A rating of 8 or more."""
    PAIN_RISING = "pain_rising"
    """The 7-day mean has stayed at least the threshold above baseline for a week."""
    MONTHLY = "monthly"
    ASSESSED = "assessed"
    """Not returned by rescreen_due: the reason the app gives when it offers the check right
    after the user confirmed an assessment."""


class RatingValue(Protocol):
    @property
    def at(self) -> int: ...
    @property
    def value(self) -> int: ...


def rescreen_due(
    now_wall: float,
    latest_screen_at: float | None,
    recent_ratings: Iterable[RatingValue],
    pain_trend_sustained_rise: bool,
    leg_symptoms_reported_at: float | None,
    *,
    held: bool = False,
) -> RescreenReason | None:
    """Why the check should be offered again now, the most serious reason first, or None.

    While exercise is `held`, only fresh leg or saddle symptoms bring the check back (it may
    find more to refer on); nothing else is re-asked until the assessment is confirmed, and no
    answer to it ends the hold.

    Only what happened after the latest screen counts, so taking the check answers the reason
    that brought it. `recent_ratings` are any 0-10 ratings (before, after or end of day);
    `pain_trend_sustained_rise` should come from `sustained_rise_since`, for the same reason.
    A wall clock set back before the latest screen makes nothing due by age.
    """
    if latest_screen_at is None:
        return RescreenReason.NEVER_SCREENED
    if leg_symptoms_reported_at is not None and leg_symptoms_reported_at > latest_screen_at:
        return RescreenReason.LEG_SYMPTOMS
    if held:
        return None
    if any(r.at > latest_screen_at and r.value >= SEVERE_RATING for r in recent_ratings):
        return RescreenReason.SEVERE_RATING
    if pain_trend_sustained_rise:
        return RescreenReason.PAIN_RISING
    if now_wall - latest_screen_at >= RESCREEN_AFTER_S:
        return RescreenReason.MONTHLY
    return None


def sustained_rise_since(trend: PainTrend, screen_day: date) -> bool:
    """A sustained rise made wholly of days after the screen's local day.

    A rise that began before the check and goes on after it was already asked about; it counts
    again only once a full week of rising lies after the check.
    """
    first = screen_day + timedelta(days=SUSTAINED_DAYS)
    return any(d.sustained_rise for d in trend.days if d.day >= first)


# --- "Stop — this hurts" (docs/evidence.md#moves-that-hurt) -----------------------------------

StopSymptom = Literal["leg", "saddle", "sharp", "dizziness", "worse"]
"""What the player's stop flow asks about (the codes of backmove.ui.player.SYMPTOMS):
- leg: pain, numbness or tingling going down a leg (B7);
- saddle: numbness around the genitals or bottom, or bladder or bowel trouble (A1, A2);
- sharp, dizziness, worse: the stop rule's other reasons.
"""
StopRoute = Literal["safety_card_A", "safety_card_B", "not_tolerated"]

STOP_SYMPTOMS: tuple[StopSymptom, ...] = ("leg", "saddle", "sharp", "dizziness", "worse")

STOP_SYMPTOM_EVENT = "stop_symptom"
"""The app_events kind for a symptom tapped in "Stop — this hurts" (detail: symptom, move).
Defined here, beside the codes it carries, because the safety flow writes it and the report
reads it back."""


def stop_flow(symptom: StopSymptom) -> StopRoute:
    """Where "Stop — this hurts" leads.

    saddle leads to the A card, leg to the B card; both count as leg symptoms for
    `rescreen_due`. Everything else marks the move "not tolerated" (it is not suggested for 7
    days).
    """
    if symptom == "saddle":
        return "safety_card_A"
    if symptom == "leg":
        return "safety_card_B"
    if symptom in STOP_SYMPTOMS:
        return "not_tolerated"
    raise ValueError(f"unknown stop symptom {symptom!r}")


STOP_GO_ON: frozenset[StopSymptom] = frozenset({"sharp", "worse"})
"""Stop symptoms after which a different move may follow once the user has rested."""


def may_go_on_after(symptom: StopSymptom) -> bool:
    """Whether the page after "Stop — this hurts" may offer, as a second choice, to go on with
    a different move (docs/evidence.md#moves-that-hurt).

    Ending the break is always the first choice: the stop rule says stop and rest. Sharp pain
    or a move that felt worse is about that move, so another one may follow. Dizziness is not
    about the move, and leg or saddle symptoms pause exercise altogether, so after those the
    break only ends.
    """
    if symptom not in STOP_SYMPTOMS:
        raise ValueError(f"unknown stop symptom {symptom!r}")
    return symptom in STOP_GO_ON
