"""Exceptions raised by outcomes; each message says what was expected and what came."""

from __future__ import annotations


class OutcomesError(Exception):
    """Base class of every error outcomes raises on purpose."""


class LexiconError(OutcomesError):
    """A lexicon data file is missing or does not validate."""


class InputError(OutcomesError, ValueError):
    """An input document cannot be read as text."""


class GoldError(OutcomesError, ValueError):
    """A gold-label file does not follow the gold format of records.md."""
