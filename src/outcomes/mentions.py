"""Mentions: what the grammar finds in a sentence, before records are assembled.

Offsets are relative to the whole input text. Every mention is plain, frozen data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from outcomes.records import EffectMeasure, IntervalKind, Measure, Operator


class CueKind(StrEnum):
    """Kinds of cue words."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NO_CHANGE = "no_change"
    SIGNIFICANT = "significant"
    NOT_SIGNIFICANT = "not_significant"
    COMPARATOR = "comparator"
    CONTEXT = "context"  # baseline, dose, age, enrolment: numbers nearby are no results


@dataclass(frozen=True, slots=True)
class Mention:
    """Base: a span of the input text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PValueMention(Mention):
    """A p-value; ``test`` is set for p-values of other tests (interaction, trend ...)."""

    operator: Operator
    value: float
    test: str | None = None


@dataclass(frozen=True, slots=True)
class IntervalMention(Mention):
    """A confidence interval, IQR, range, SD or SE."""

    kind: IntervalKind | None  # None: a standard deviation
    low: float | None
    high: float | None
    level: float | None = None


@dataclass(frozen=True, slots=True)
class EffectMention(Mention):
    """A labelled contrast between arms, with its CI if written beside it."""

    measure: EffectMeasure
    value: float
    unit: str | None = None
    ci: IntervalMention | None = None
    label_start: int = 0
    about: str | None = None  # "hazard ratio for death": what the label names


@dataclass(frozen=True, slots=True)
class ValueMention(Mention):
    """A number that may be an arm's result, with what was read around it."""

    value: float | None
    unit: str | None
    measure: Measure | None = None  # set when the wording fixes it (change, fold, mean)
    events: int | None = None
    n: int | None = None
    sd: float | None = None
    interval: IntervalMention | None = None
    change_verb: bool = False  # "decreased by 3.5" style: the sign came from a verb


@dataclass(frozen=True, slots=True)
class CountMention(Mention):
    """A group size: "n = 120"."""

    n: int


@dataclass(frozen=True, slots=True)
class TimeMention(Mention):
    """A timepoint, normalised ("12 weeks", "day 90", "end of treatment")."""

    text: str
    is_duration: bool = False  # follow-up length, treatment duration: never a timepoint


@dataclass(frozen=True, slots=True)
class CueMention(Mention):
    """A cue word or phrase."""

    kind: CueKind
    text: str = ""


@dataclass(slots=True)
class SentenceMentions:
    """Everything the grammar found in one sentence."""

    start: int
    end: int
    text: str  # the original sentence text
    norm: str  # same-length normalised copy
    pvalues: list[PValueMention] = field(default_factory=list)
    intervals: list[IntervalMention] = field(default_factory=list)
    effects: list[EffectMention] = field(default_factory=list)
    values: list[ValueMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    cues: list[CueMention] = field(default_factory=list)
