"""Units: the one place that knows quantulum3.

The unit lexicon (``lexicon/units.json``) answers the common spellings at regex speed;
quantulum3 is asked only about the few characters right after a candidate number when
the lexicon does not know them, and its answers are cached. quantulum3 sets up logging
and warns about optional classifier packages on import and parse: both are contained
here.
"""

from __future__ import annotations

import logging
import warnings
from functools import cache, lru_cache
from typing import Any

import regex

from outcomes.lexicon import units

# Small patterns used inside functions, compiled once.
_SPACES = regex.compile(r"\s+")
_STARTS_WITH_LETTER = regex.compile(r"\s?[^\W\d_]")

# "21 ventilator-free days", "4.2 fewer migraine-free days": a time unit behind a "-free" adjective.
_FREE_TIME = regex.compile(
    r"\s?[^\W\d_]+(?:-[^\W\d_]+)*-free\s+(?P<unit>days|weeks|months|hours)\b", regex.IGNORECASE
)

# "nmol/gHb", "µmol/g Hb", "mg/g creatinine": an amount per amount of a reference substance
_PER_REFERENCE = regex.compile(
    r"^\s?(?P<amount>[pnµμm]?mol|[pnµμm]?g|U|IU|mU)/(?P<per>g|mg|mmol|L|dL)\s?"
    r"(?P<ref>Hb|protein|creatinine|tissue)\b"
)

# "ng.mL−1", "mg kg-1", "µmol·L-1": a unit per another written with a negative power
_NEGATIVE_POWER = regex.compile(
    r"^\s?(?P<amount>[pnµμm]?(?:g|mol)|U|IU|mU)[.·\s](?P<per>[dmµμ]?[lL]|kg|h|min)\s?[-−]1(?![\d.]|[·\s][a-zA-Zµ]+\s?[-−]1)"
)
# "pmol/l.min", "µg/mL·h": a unit of the lexicon times a time (an area under a curve)
_TIMES_TIME = regex.compile(r"[.·](?:min|h|hr)\b(?!\.\w)")
_LOG = logging.getLogger(__name__)
_WINDOW = 32
_FIRST_TOKEN = regex.compile(r"^\s?(?P<token>[^\s,;()\[\]]+)")
# Worth asking quantulum3 about: a token with a slash, digit, µ or °, or a short one.
_UNIT_LIKE = regex.compile(r"^(?:.*[/\d µ°²³].*|[A-Za-z]{1,4}\.?)$")
_TRAILING_WORD = regex.compile(
    r"\s+(?:in|at|to|of|and|or|a|an|the|for|with|per|on|by|vs)$", regex.IGNORECASE
)


@cache
def _lexicon_pattern() -> regex.Pattern[str]:
    spellings = sorted(units().synonyms, key=len, reverse=True)
    alternatives = "|".join(regex.escape(s).replace(r"\ ", r"\s?") for s in spellings)
    # A unit starts right after the number (optionally one space) and ends at a word edge.
    # "/year" may follow ("mL/min/1.73 m²/year"); any other slash continues a longer unit
    # ("min/day" stays as written).
    return regex.compile(
        rf"^\s?(?P<unit>{alternatives})(?![\wµ²³]|/(?!year\b))",
        regex.IGNORECASE,
    )


@cache
def _parser() -> Any:
    """Import quantulum3 once, with its logging and warnings kept out of ours."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415  (slow import, done lazily)
    root.handlers[:], root.level = handlers, level
    return parser


@lru_cache(maxsize=4096)
def _quantulum_unit(window: str) -> tuple[str, int] | None:
    """Ask quantulum3 for the unit of "1<window>"; (surface, length in window) or None."""
    parser = _parser()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse("1" + window)
    except Exception as exc:
        _LOG.debug("quantulum3 failed on %r: %s", window, exc)
        return None
    finally:
        root.handlers[:], root.level = handlers, level
    if not quantities:
        return None
    first = quantities[0]
    start, end = first.span
    if start != 0 or first.unit.entity.name == "dimensionless" or end <= 1:
        return None
    surface = ("1" + window)[1:end].rstrip()
    # quantulum3 reads a following word as a unit ("µg/m3 in" as inches): trim such words.
    while (trimmed := _TRAILING_WORD.sub("", surface)) != surface:
        surface = trimmed
    end = len(surface) + 1
    surface = surface.strip()
    if not surface or surface[0].isdigit():
        return None
    return surface, end - 1


def warm_up() -> None:
    """Load quantulum3 now (it takes seconds) instead of at the first unknown unit."""
    _quantulum_unit(" mg")


_PER_TIME = regex.compile(r"\s?(?:per|/)\s?(?P<period>year|month|week|day)\b", regex.IGNORECASE)


def with_period(unit: str, text: str, end: int) -> tuple[str, int]:
    """A unit followed by its period ("mL/min per year"), and where it ends.

    >>> with_period("mL/min", "1.5 mL/min per year;", 10)
    ('mL/min/year', 19)
    """
    rate = _PER_TIME.match(text, end)
    if rate is None:
        return unit, end
    return f"{unit}/{rate.group('period').lower()}", rate.end()


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """The unit written right after a number ending at ``pos``: (normalised, end offset).

    >>> unit_after("12.1 mg/dL vs", 4)
    ('mg/dL', 10)
    >>> unit_after("3.5 points", 3)
    ('points', 10)
    >>> unit_after("65% in", 2)
    ('%', 3)
    >>> unit_after("21 ventilator-free days (IQR", 2)
    ('days', 23)
    """
    window = text[pos : pos + _WINDOW]
    if free := _FREE_TIME.match(text, pos, pos + 60):
        return free.group("unit").lower(), free.end()
    if per := _PER_REFERENCE.match(window):
        # "8.02 nmol/gHb", "1.2 µmol/g Hb", "30 mg/g creatinine": per amount of a substance
        amount = per.group("amount").replace("μ", "µ")
        return f"{amount}/{per.group('per')} {per.group('ref')}", pos + per.end()
    if power := _NEGATIVE_POWER.match(window):
        amount = power.group("amount").replace("μ", "µ")
        denominator = power.group("per").replace("μ", "µ")
        if denominator.endswith("l"):
            denominator = denominator[:-1] + "L"  # "ml", "dl" -> "mL", "dL"
        return f"{amount}/{denominator}", pos + power.end()
    if match := _lexicon_pattern().match(window):
        surface = match.group("unit")
        if (
            len(surface.strip()) == 1
            and surface.strip().isupper()
            and surface.strip() not in units().capital_units
        ):
            return None  # "23S rRNA", "5 H": a capital letter is a name, not seconds or hours
        key = _SPACES.sub(" ", surface.lower())
        normal = (
            units().synonyms.get(surface.strip())  # "Nm" (newton metres) is no "nm"
            or units().synonyms.get(key)
            or units().synonyms.get(key.replace(" ", ""), surface)
        )
        if product := _TIMES_TIME.match(window, match.end()):
            # "2,265 ± 718 pmol/l.min": an area under the curve, amount per volume times time
            return normal + product.group(), pos + product.end()
        return normal, pos + match.end()
    if not window[:2].strip() or not _STARTS_WITH_LETTER.match(window):
        return None
    token = _FIRST_TOKEN.match(window)
    if token is None or not _UNIT_LIKE.match(token.group("token")):
        return None
    word = token.group("token").rstrip(".:,")
    lexicon = units()
    if (word.lower() in lexicon.not_units and word not in lexicon.capital_units) or (
        word.isupper() and len(word) > 1 and word not in lexicon.capital_units
    ):
        return None  # "vs", "to", "SD", "QALY": words and abbreviations, not units
    found = _quantulum_unit(window[: token.end()])  # cached per token: "mg/dL", "IU/mL" ...
    if found is None:
        return None
    surface, length = found
    return surface.replace("μ", "µ"), pos + length
