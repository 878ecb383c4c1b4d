"""The effect records of the contract (``records.md``): frozen pydantic models.

This module knows nothing of spaCy, regexes or files; every other module builds on it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Measure(StrEnum):
    """What kind of number an arm carries."""

    PROPORTION = "proportion"
    MEAN = "mean"
    MEDIAN = "median"
    COUNT = "count"
    VALUE = "value"
    ABSOLUTE_CHANGE = "absolute_change"
    PERCENT_CHANGE = "percent_change"
    FOLD_CHANGE = "fold_change"


class EffectMeasure(StrEnum):
    """What kind of contrast between arms an effect states."""

    HAZARD_RATIO = "hazard_ratio"
    ODDS_RATIO = "odds_ratio"
    RISK_RATIO = "risk_ratio"
    RATE_RATIO = "rate_ratio"
    MEAN_DIFFERENCE = "mean_difference"
    RISK_DIFFERENCE = "risk_difference"
    RELATIVE_DIFFERENCE = "relative_difference"
    FOLD_DIFFERENCE = "fold_difference"
    NNT = "nnt"


class Direction(StrEnum):
    """How the outcome moved for the intervention."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NO_CHANGE = "no_change"


class IntervalKind(StrEnum):
    """What an arm-level interval is."""

    CI = "ci"
    IQR = "iqr"
    RANGE = "range"
    SE = "se"


class Operator(StrEnum):
    """Comparison operator of a p-value."""

    EQ = "="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


def _blank_to_none(value: object) -> object:
    """An empty string means "not stated": stored as None so every export round-trips."""
    return None if isinstance(value, str) and not value.strip() else value


class Span(_Frozen):
    """A character span of the input text; ``text == input[start:end]``."""

    start: int = Field(ge=0, description="Offset of the first character in the input text.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The input text between start and end, verbatim.")


class Interval(_Frozen):
    """An arm-level interval: confidence interval, IQR, range or standard error."""

    kind: IntervalKind = Field(description="ci, iqr, range or se.")
    low: float | None = Field(default=None, description="Lower bound (or the SE itself).")
    high: float | None = Field(default=None, description="Upper bound; null if not reached.")
    level: float | None = Field(default=None, description="Confidence level in percent.")


class Arm(_Frozen):
    """One arm's result."""

    group: str | None = Field(default=None, description="The arm as the text calls it.")
    value: float | None = Field(default=None, description="The arm's number, normalised.")
    n: int | None = Field(default=None, description="Group size stated with the result.")
    events: int | None = Field(default=None, description="Number of patients with the event.")
    sd: float | None = Field(default=None, description="Standard deviation of the value.")
    interval: Interval | None = Field(default=None, description="Arm-level interval.")

    _blank_group = field_validator("group", mode="before")(_blank_to_none)


class ConfidenceInterval(_Frozen):
    """Confidence interval of an effect."""

    low: float | None = Field(default=None, description="Lower bound.")
    high: float | None = Field(default=None, description="Upper bound; null if not reached.")
    level: float | None = Field(default=None, description="Confidence level in percent (95).")


class Effect(_Frozen):
    """A stated contrast between the arms (HR, OR, "20% lower" ...)."""

    measure: EffectMeasure = Field(description="Kind of contrast.")
    value: float = Field(description="The contrast as written; relative changes signed.")
    unit: str | None = Field(default=None, description="Unit: '%', 'pp', 'fold', or null.")
    ci: ConfidenceInterval | None = Field(default=None, description="Its confidence interval.")
    _blank_unit = field_validator("unit", mode="before")(_blank_to_none)

    @field_validator("ci", mode="after")
    @classmethod
    def _drop_empty_ci(cls, ci: ConfidenceInterval | None) -> ConfidenceInterval | None:
        if ci is not None and ci.low is None and ci.high is None and ci.level is None:
            return None
        return ci


class PValue(_Frozen):
    """A p-value with its operator."""

    operator: Operator = Field(description="=, <, <=, > or >=.")
    value: float = Field(ge=0, description="The p-value as a number.")


class EffectRecord(_Frozen):
    """One comparison of one outcome, with the evidence it was read from."""

    outcome: str = Field(description="What was measured, as written.")
    timepoint: str | None = Field(default=None, description="When, as written; null if unstated.")
    measure: Measure | None = Field(default=None, description="Kind of the per-arm numbers.")
    unit: str | None = Field(default=None, description="Unit of the per-arm numbers.")
    intervention: Arm | None = Field(default=None, description="The treated arm.")
    comparator: Arm | None = Field(default=None, description="The control arm.")
    effect: Effect | None = Field(default=None, description="A stated contrast between arms.")
    p_value: PValue | None = Field(default=None, description="The p-value of the comparison.")
    direction: Direction | None = Field(default=None, description="How the outcome moved.")
    significant: bool | None = Field(default=None, description="Stated or implied by p.")
    evidence: Span = Field(description="Where in the input the record was read.")
    doc_id: str | None = Field(default=None, description="Id of the source document, if known.")

    _blank_strings = field_validator("timepoint", "unit", "doc_id", mode="before")(_blank_to_none)
