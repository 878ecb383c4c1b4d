"""Cue lexicons: data files shipped in ``outcomes/lexicon``, validated once on load."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from outcomes.errors import LexiconError
from outcomes.records import EffectMeasure


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=BaseModel)


class Cues(_Data):
    """Cue words: direction, significance, arms, headings, units of time and dose."""

    increase: tuple[str, ...]
    decrease: tuple[str, ...]
    no_change: tuple[str, ...]
    significant: tuple[str, ...]
    not_significant: tuple[str, ...]
    comparator: tuple[str, ...]
    weak_comparator: tuple[str, ...]
    abbreviations: tuple[str, ...]
    context_headings: tuple[str, ...]
    result_headings: tuple[str, ...]
    baseline_cues: tuple[str, ...]
    dose_units: tuple[str, ...]
    percent_levels: tuple[str, ...] = Field(
        description="Outcomes measured in % that are levels, not shares of patients (HbA1c)."
    )
    people: tuple[str, ...] = Field(
        min_length=1, description="Nouns for those a trial counts (patients, women, lambs)."
    )
    lower_is_better: tuple[str, ...] = Field(
        description='Outcomes that improve as they fall ("pain", "symptoms", "WOMAC").'
    )
    people_qualifiers: tuple[str, ...] = Field(
        description='Words before the people counted that name no arm ("23 of 90 older women").'
    )
    difference_modifiers: tuple[str, ...] = Field(
        description='Words between "no" and "difference" in a no-difference claim ("obvious").'
    )
    arm_nouns: tuple[str, ...] = Field(
        min_length=1,
        description='Nouns that end an arm name ("the saline group", "A and B periods").',
    )

    @field_validator("increase", "decrease", "comparator", "abbreviations")
    @classmethod
    def _non_empty(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if not words or any(not w.strip() for w in words):
            msg = "expected a non-empty list of non-blank words"
            raise ValueError(msg)
        return words


class EffectLabel(_Data):
    """Spellings (regex fragments) of one effect measure's label."""

    measure: EffectMeasure
    patterns: tuple[str, ...] = Field(min_length=1)


class EffectLabels(_Data):
    """All effect labels, most specific first."""

    labels: tuple[EffectLabel, ...] = Field(min_length=1)


class Units(_Data):
    """Unit spellings (lower case) mapped to their normalised form."""

    synonyms: dict[str, str] = Field(min_length=1)
    not_units: frozenset[str] = Field(description="Short words never sent to the unit parser.")
    capital_units: frozenset[str] = Field(description="All-capital spellings that are units.")


def _load(name: str, model: type[M]) -> M:
    try:
        raw = resources.files("outcomes.lexicon").joinpath(name).read_text(encoding="utf-8")
        return model.model_validate(json.loads(raw))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        msg = f"lexicon file {name!r} is missing or malformed: {exc}"
        raise LexiconError(msg) from exc


@cache
def cues() -> Cues:
    """The cue-word lexicon (``cues.json``)."""
    return _load("cues.json", Cues)


@cache
def effect_labels() -> EffectLabels:
    """The effect-label lexicon (``effects.json``)."""
    return _load("effects.json", EffectLabels)


@cache
def units() -> Units:
    """The unit-synonym lexicon (``units.json``)."""
    return _load("units.json", Units)
