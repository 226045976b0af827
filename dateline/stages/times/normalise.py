"""Turning a tagged candidate into a TIMEX3 type and value (and anchor, mod, freq, quant, resolved)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import get_args

from dateline.stages.times.calendar import (
    Grain,
    Point,
    point_of_date,
    shift,
    shift_undated,
    start_date,
    unit_grain,
)
from dateline.stages.times.context import Context
from dateline.stages.times.grammar import Grammar
from dateline.stages.times.lexicon import Offset, Unit
from dateline.stages.times.numbers import parse_number
from dateline.stages.times.points import resolve_point
from dateline.stages.times.reach import compares, event_reach, opens_span
from dateline.stages.times.relative import COMPARISON_SENTENCES, same_period
from dateline.stages.times.slots import Slots
from dateline.stages.times.tagger import Candidate
from dateline.stages.times.vocabulary import word_key

__all__ = ["Normalised", "Pending", "duration_value", "normalise"]

# How a fraction of a unit is written in the next smaller one ("2 1/2 years" is P2Y6M), by the unit's
# code and whether it is a time unit ("M" is a month, or after "T" a minute).
_SMALLER = {
    ("Y", False): ("M", 12, False),
    ("Q", False): ("M", 3, False),
    ("M", False): ("D", 30, False),
    ("W", False): ("D", 7, False),
    ("D", False): ("H", 24, True),
    ("H", True): ("M", 60, True),
    ("M", True): ("S", 60, True),
}
_REFERENCE_DIRECTION = {-1: "PAST_REF", 1: "FUTURE_REF"}
_COARSE_TO_FINE: tuple[Grain, ...] = get_args(Grain)


@dataclass(frozen=True)
class Pending:
    """A duration counted from a time not known yet: "two days after" whatever follows."""

    unit: str
    amount: int
    signal_end: int
    grain: Grain
    event: bool = False  # an event follows the signal word ("after he was shot in 1989")
    within_the_day: bool = False  # hours or minutes ("two hours later"): the day counted from

    def reached(self, point: Point) -> Point | None:
        """The point reached from ``point``, at no finer grain than the unit's ("two years after
        Christmas 1986" is 1988, "four months after 15 February" a month); a unit finer than the year
        of ``point`` leaves it in that year ("nine days after" something of 2000 is 2000, as far as the
        text says). From a point of unknown year, the day or month the text still tells ("four days after
        14 June" is XXXX-06-18), else None ("a year after 11 September")."""
        if self.within_the_day:
            return point if point.clock is None and point.part is None else None  # late at night: the next day?
        point = _without_time(point)
        if point.year is None:
            return self._reached_undated(point)
        if _finer(self.grain, than="year") and not _finer(point.grain, than="year"):
            return point
        moved = shift(point, unit=self.unit, amount=self.amount)
        return moved if _finer(self.grain, than="month") else _at_grain(moved, self.grain)

    def _reached_undated(self, point: Point) -> Point | None:
        moved = shift_undated(point, unit=self.unit, amount=self.amount)
        if moved is None or self.grain != "month" or moved.grain == "month":
            return moved
        return Point(grain="month", month=moved.month) if moved.month is not None else None  # "a month after 9 July"


@dataclass
class Normalised:
    """One expression with its TIMEX3 attributes; ``point`` is kept for later anchoring."""

    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    mod: str | None = None
    freq: str | None = None
    quant: str | None = None
    resolved: str | None = None
    point: Point | None = None
    explicit_year: bool = False
    derived: bool = False
    pending: Pending | None = None
    reaches: bool = False  # a duration with a signal word ("two years later"): it reaches a point


def normalise(candidate: Candidate, ctx: Context, grammar: Grammar) -> Normalised | None:
    """The TIMEX3 reading of ``candidate`` in its document, or None when it is not a valid time."""
    slots = Slots(
        texts=_slot_texts(candidate, ctx.text),
        start=candidate.start,
        end=candidate.end,
    )
    kind = candidate.kind
    if kind == "point":
        return _point(slots, ctx, grammar)
    if kind == "duration":
        return _duration(slots, ctx, grammar)
    if kind == "offset":
        return _offset(candidate, slots, ctx, grammar)
    if kind == "set":
        return _set(slots, grammar)
    return _reference(slots, grammar)


# Slots read as another: a full month name is a month.
_SAME_AS = {"month_name": "month", "month_ambiguous": "month"}


def _slot_texts(candidate: Candidate, text: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name, (start, end) in sorted(candidate.groups.items(), key=lambda item: item[1]):
        slot = name.split("__")[0]
        texts.setdefault(_SAME_AS.get(slot, slot), text[start:end])
    return texts


def _mod(slots: Slots, grammar: Grammar) -> str | None:
    for slot in ("pmod", "qmod", "dmod"):
        if slot in slots:
            mod: str | None = grammar.meaning(slot, slots[slot])
            return mod
    return None


def _point(slots: Slots, ctx: Context, grammar: Grammar) -> Normalised | None:
    if "deictic" in slots and grammar.meaning("deictic", slots["deictic"]).nowadays and ctx.nowadays(slots.start, slots.end):
        return Normalised(start=slots.start, end=slots.end, type="DATE", value="PRESENT_REF")  # "Today, X is home to"
    resolution = resolve_point(slots, ctx, grammar)
    if resolution is None:
        return None
    point = resolution.point
    return Normalised(
        start=slots.start,
        end=slots.end,
        type="TIME" if point.has_time else "DATE",
        value=point.value,
        anchor=resolution.anchor,
        mod=_mod(slots, grammar),
        point=point,
        explicit_year=resolution.explicit_year,
        derived=resolution.derived,
    )


def duration_value(amount: float | None, unit: Unit) -> str:
    """The TIMEX3 duration value of ``amount`` units: P2Y, PT3H, P2Y6M, PXY ("years")."""
    time = "T" if unit.time else ""
    if amount is None:
        return f"P{time}X{unit.vague or unit.code}"
    amount *= unit.factor
    whole = int(amount)
    rest = amount - whole
    if not rest:
        return f"P{time}{whole}{unit.code}"
    if (unit.code, unit.time) not in _SMALLER:  # the smallest unit takes a decimal: "5.8 seconds" is PT5.8S
        return f"P{time}{round(amount, 3):g}{unit.code}"
    smaller, per, smaller_time = _SMALLER[(unit.code, unit.time)]
    parts = f"{whole}{unit.code}" if whole else ""
    extra = round(rest * per)
    if smaller_time and not unit.time:
        return f"P{parts}T{extra}{smaller}"
    return f"P{time}{parts}{extra}{smaller}"


def _amount(slots: Slots, grammar: Grammar) -> float | None:
    """The number of units ("a minute and a half": 1.5); None for a vague one ("several years")."""
    if "vague" in slots:
        return None
    whole = parse_number(slots["num"], numbers=grammar.lexicon.numbers) if "num" in slots else 1.0
    return whole + 0.5 if whole is not None and "and_half" in slots else whole


# "a quarter of the votes", "300, or about a quarter, of its stores": a fraction.
_OF = re.compile(r"\s*,?\s+of\b", re.IGNORECASE)


def _duration(slots: Slots, ctx: Context, grammar: Grammar) -> Normalised | None:
    unit: Unit = grammar.meaning("unit", slots["unit"])
    if unit is None or not _is_unit(unit, slots, ctx, grammar):
        return None
    amount = _amount(slots, grammar)
    if amount is None and "vague" not in slots:
        return None
    return Normalised(
        start=slots.start,
        end=slots.end,
        type="DURATION",
        value=duration_value(amount, unit),
        mod=_mod(slots, grammar),
    )


def _is_unit(unit: Unit, slots: Slots, ctx: Context, grammar: Grammar) -> bool:
    """Whether the unit word is a unit of time here: not "a second attack", not "a quarter of the votes"
    (but "two consecutive quarters of growth": periods in a row are no fraction)."""
    if not unit.article and "num" in slots and word_key(slots["num"]) in grammar.lexicon.numbers.articles:
        return False
    return "serial" in slots or not (unit.fraction and _OF.match(ctx.text, slots.end))


def _offset(candidate: Candidate, slots: Slots, ctx: Context, grammar: Grammar) -> Normalised | None:
    """ "N units" plus an offset word: a DATE ("three years ago") or a DURATION that reaches a point
    ("two years later", the point in ``resolved``), as the offset word's ``extent`` says."""
    unit: Unit = grammar.meaning("unit", slots["unit"])
    offset: Offset = grammar.meaning("offset", slots["offset"])
    if unit is None or offset is None:
        return None
    amount = _amount(slots, grammar)
    steps = None if amount is None or amount != int(amount) else int(amount) * unit.factor * offset.direction
    if offset.extent == "signal":
        return _duration_to_point(candidate, slots, ctx, grammar, unit=unit, amount=amount, steps=steps)
    mod = _mod(slots, grammar)
    grain = unit_grain(unit)
    if steps is None or grain is None:
        value = _REFERENCE_DIRECTION[offset.direction]
        return Normalised(start=slots.start, end=slots.end, type="DATE", value=value, mod=mod)
    if unit.factor > 1:  # "a decade ago" is a year
        grain = "year"
    comparison = unit.code == "Y" and abs(steps) == 1
    base, anchor = _offset_base(
        slots, ctx, offset=offset, grain=grain, comparison=comparison, same="same" in slots
    )
    if base is None:
        unknown = Point(grain=grain).value
        return Normalised(start=slots.start, end=slots.end, type="DATE", value=unknown, mod=mod)
    point = shift(_without_time(base), unit=_step_unit(unit), amount=steps)
    return Normalised(
        start=slots.start,
        end=slots.end,
        type="DATE",
        value=point.value,
        anchor=anchor,
        mod=mod,
        point=point,
        derived=True,
    )


def _duration_to_point(
    candidate: Candidate,
    slots: Slots,
    ctx: Context,
    grammar: Grammar,
    *,
    unit: Unit,
    amount: float | None,
    steps: int | None,
) -> Normalised:
    """ "Two years later": the duration without the signal word, resolved from the last time mentioned.

    ``pending`` keeps what it takes to count from a time that follows instead ("two days after Christmas").
    """
    signal_start, signal_end = candidate.groups["offset"]
    end = signal_start
    while end > slots.start and ctx.text[end - 1].isspace():
        end -= 1
    value = duration_value(amount, unit)
    result = Normalised(start=slots.start, end=end, type="DURATION", value=value, mod=_mod(slots, grammar))
    if opens_span(ctx.text, slots.start) or compares(ctx.text, signal_end):
        return result  # "for two years before leaving", "a day later than the others": no point reached
    result.reaches = True
    grain = "year" if unit.factor > 1 else unit_grain(unit)  # "two decades later" is a year, as "earlier" is
    within_the_day = _within_a_day(unit, amount)
    if within_the_day:
        grain, steps = "day", 0
    if steps is None or grain is None:
        return result
    # "two years after his death" counts from the death: a time named far back does not date it
    offset: Offset = grammar.meaning("offset", slots["offset"])
    within = event_reach(ctx.text, signal_end) if offset.takes_event else None
    result.pending = Pending(
        unit=_step_unit(unit),
        amount=steps,
        signal_end=signal_end,
        grain=grain,
        event=within is not None,
        within_the_day=within_the_day,
    )
    reference = ctx.reference(before=result.start, within=within, undated=True)
    if reference is not None and ctx.unknown_since(reference, before=result.start):
        reference = None  # "until Christmas and then a week after that": the last time named has no year
    reached = result.pending.reached(reference.point) if reference is not None else None
    if reference is not None and not ctx.past_told_as_future(reached, start=result.start, end=result.end):
        result.resolved = reached.value if reached is not None else None
        result.anchor = reference.id if reached is not None else None
    return result


# How many hours later a time may still lie on the day counted from ("two hours later", "a few hours later").
_SAME_DAY_HOURS = 12


def _within_a_day(unit: Unit, amount: float | None) -> bool:
    """Whether "N units later" stays on the day it counts from: minutes, seconds, a few hours."""
    if not unit.time:
        return False
    if unit.code != "H":
        return amount is None or amount * unit.factor < 60 * _SAME_DAY_HOURS
    return amount is None or amount <= _SAME_DAY_HOURS


def _offset_base(
    slots: Slots, ctx: Context, *, offset: Offset, grain: Grain, comparison: bool, same: bool = False
) -> tuple[Point | None, str | None]:
    """The point "three years ago" or "a year earlier" counts from, and its anchor.

    A comparison ("up from a year ago") counts from the quarter the text last named; "the same
    period a year ago" from the period it last named, whatever its grain.
    """
    if same:
        period = same_period(ctx, before=slots.start, noun=slots["same"])
        if period is not None:
            return period.point, period.id
    if comparison:  # with "a year ago" in a story about a quarter: the same quarter a year before
        period = ctx.reference(before=slots.start, grain="quarter")
        if period is not None and ctx.sentence(slots.start) - period.sentence < COMPARISON_SENTENCES:
            return period.point, period.id
    if offset.anchor == "discourse":
        reference = ctx.reference(before=slots.start)
        if reference is not None:
            # "a year earlier" compares with the period named, at its grain (TimeBank's 1988-Q3)
            return (reference.point if comparison else _at_grain(reference.point, grain)), reference.id
    if ctx.document_date is None:
        return None, None
    return point_of_date(ctx.document_date, grain=grain), "DCT"


def _at_grain(point: Point, grain: Grain) -> Point:
    """The period of ``grain`` that holds ``point`` if the point is finer: "two years earlier" than 8 March
    1965 is 1963, at the granularity the expression gives, not the day."""
    start = start_date(point)
    if start is None or _COARSE_TO_FINE.index(point.grain) <= _COARSE_TO_FINE.index(grain):
        return point
    return point_of_date(start, grain=grain)


def _finer(grain: Grain, *, than: Grain) -> bool:
    return _COARSE_TO_FINE.index(grain) > _COARSE_TO_FINE.index(than)


def _without_time(point: Point) -> Point:
    return replace(point, clock=None, zone=None, part=None)


def _step_unit(unit: Unit) -> str:
    return "D" if unit.code == "WE" else unit.code


def _set(slots: Slots, grammar: Grammar) -> Normalised | None:
    quant = None
    freq = None
    if "setword" in slots:
        value = grammar.meaning("setword", slots["setword"])
    else:
        if "setq" in slots:
            quant = grammar.meaning("setq", slots["setq"])
        if "multiple" in slots:
            freq = f"{grammar.meaning('multiple', slots['multiple'])}X"
        elif "num" in slots:
            count = parse_number(slots["num"], numbers=grammar.lexicon.numbers)
            freq = f"{int(count)}X" if count else None
        value = _set_value(slots, grammar)
    if value is None:
        return None
    return Normalised(start=slots.start, end=slots.end, type="SET", value=value, quant=quant, freq=freq)


def _set_value(slots: Slots, grammar: Grammar) -> str | None:
    if "weekend" in slots:  # "on weekends"
        return "XXXX-WXX-WE"
    if "unit" in slots:
        unit: Unit = grammar.meaning("unit", slots["unit"])
        if unit.code == "WE":  # "every weekend": its days, as "on weekends" (no P1WE duration)
            return "XXXX-WXX-WE"
        return duration_value(_set_period(slots, grammar), unit)
    part = grammar.meaning("pod", slots["pod"]) if "pod" in slots else None
    time = f"T{part}" if part else ""
    if "weekday" in slots:
        return f"XXXX-WXX-{grammar.meaning('weekday', slots['weekday'])}{time}"
    if "month" in slots:
        return f"XXXX-{grammar.meaning('month', slots['month']):02d}"
    if "season" in slots:
        return f"XXXX-{grammar.meaning('season', slots['season'])}"
    if part:
        return f"XXXX-XX-XX{time}"
    return None


def _set_period(slots: Slots, grammar: Grammar) -> float | None:
    """How many units one period of a set spans: "every two weeks" 2, "every other week" 2, "every third
    year" 3, "every few days", "every two or three days" unknown (None); "every week" 1."""
    if "every_other" in slots:
        return 2
    if "ord" in slots:
        ordinal: int | None = grammar.meaning("ord", slots["ord"])
        return ordinal
    if "count" in slots:
        return parse_number(slots["count"], numbers=grammar.lexicon.numbers)
    return None if "vague" in slots or "every_range" in slots else 1


def _reference(slots: Slots, grammar: Grammar) -> Normalised | None:
    slot = next(name for name in ("ref", "aref", "mref") if name in slots)
    value = grammar.meaning(slot, slots[slot])
    if value is None:
        return None
    return Normalised(start=slots.start, end=slots.end, type="DATE", value=value)
