"""Numbers: normalising a sentence's characters and reading numerals as floats.

Normalisation works on a copy of the same length, so offsets found in the copy point
into the original text unchanged.
"""

from __future__ import annotations

import regex

# One character in, one character out: every offset survives normalisation.
_SAME_LENGTH = str.maketrans(
    {
        "\u2212": "-",  # minus sign
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\ufe63": "-",  # small hyphen-minus
        "\uff0d": "-",  # fullwidth hyphen-minus
        "\u223c": "~",  # tilde operator ("∼8 months")
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u200a": " ",  # hair space
        "\u03bc": "\u00b5",  # greek mu -> micro sign
        "\u2264": "\u2264",
        "\uff05": "%",  # fullwidth percent
        "\u2030": "%",  # per mille, read as a percent-like mark
    }
)

# A middle dot between digits is a decimal point (Lancet style: 14·5).
_MIDDLE_DOT = regex.compile(r"(?<=\d)[\u00b7\u2027\u22c5](?=\d)")
# An em dash between a word and a number opens an aside ("both groups—85% for ..."),
# it is no hyphen of a name such as "IL-6".
_WORD_DASH_NUMBER = regex.compile(r"(?<=[^\W\d_]{2})\u2014(?=\d)")

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")

NUMBER = r"""
    (?<![\w.])                       # not inside a word or after a decimal point
    (?P<sign>-\s?)?
    (?:
        \d{1,3}(?:,\d{3})+(?!\d)     # 20,211
      | \d{1,3}(?:\ \d{3})+(?![\d.,]) # 20 211 (space-grouped thousands)
      | \d+
    )?
    (?:\.\d+)?                       # decimals; ".03" allowed
"""

_NUMERAL = regex.compile(
    r"""^-?(?:\d{1,3}(?:[,\ ]\d{3})+|\d+)?(?:\.\d+)?$""",
    regex.VERBOSE,
)

WORD_NUMBERS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}

_WORD_NUMBER = regex.compile(
    r"^(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?$"
    r"|^(?P<word>[a-z]+)$",
    regex.IGNORECASE,
)


CURRENCY = regex.compile(r"[£$€]\s?")

# "(from) a mean of 4.6": the summary that opens a starting level
FROM_SUMMARY = r"an?\s+(?:mean|median|average)\s+of"

# Words that hedge or limit the number after them ("only 2 of 66", "barely one in ten",
# "roughly 11 mothers"): they belong to the number, not to the words around it.
APPROXIMATELY = (
    r"(?:about|approximately|around|roughly|nearly|almost|some|only|just|barely|merely|"
    r"a\s+mere|an\s+estimated|close\s+to|as\s+(?:few|many|little|much)\s+as|up\s+to)"
)

# Spelled-out shares of people, as small named-group patterns: a frequency ("one in five",
# "four out of ten", "1 in 20", "18 of every 100") and a fraction ("a quarter", "two-thirds").
SHARE_NUMERATOR = r"(?P<num>one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
SHARE_DENOMINATOR = (
    r"(?P<den>(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred|\d{1,4}(?!\.\d))"
)
FREQUENCY = SHARE_NUMERATOR + r"\s+(?:in|out\s+of|of\s+every)\s+" + SHARE_DENOMINATOR
FRACTION = (
    r"(?P<count>an?|one|two|three|four)[-\s](?P<part>half|halves|thirds?|quarters?|fifths?|tenths?)"
)
_PARTS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


def frequency_percent(numerator: str, denominator: str) -> float | None:
    """A frequency as a percent, one decimal: "four" in "ten" is 40.0.

    >>> frequency_percent("one", "eight"), frequency_percent("1", "a hundred")
    (12.5, 1.0)
    >>> frequency_percent("five", "two") is None
    True
    """
    words = [w for w in denominator.lower().split() if w not in {"a", "one"}] or ["hundred"]
    top = parse_number(numerator) if numerator[0].isdigit() else parse_word_number(numerator)
    bottom = parse_number(denominator) if denominator[0].isdigit() else parse_word_number(words[-1])
    if top is None or not bottom or top >= bottom:
        return None
    return round(100.0 * top / bottom, 1)


def fraction_percent(count: str | None, part: str) -> float | None:
    """A fraction as a percent, one decimal: "a quarter" is 25.0, "two-thirds" 66.7.

    >>> fraction_percent("a", "quarter"), fraction_percent("two", "thirds")
    (25.0, 66.7)
    >>> fraction_percent("a", "half"), fraction_percent("four", "thirds") is None
    (50.0, True)
    """
    parts = _PARTS.get(part.lower().removesuffix("s"))
    top = 1.0 if count is None or count.lower() in {"a", "an"} else parse_word_number(count)
    if parts is None or top is None or top >= parts:
        return None
    return round(100.0 * top / parts, 1)


def currency_of(raw: str) -> str | None:
    """The currency sign written in a numeral ("£36" -> "£"), if any.

    >>> currency_of("-£97"), currency_of("12")
    ('£', None)
    """
    found = CURRENCY.search(raw)
    return found.group().strip() if found else None


def normalise(text: str) -> str:
    """Return a same-length copy with dashes, spaces, middle dots and mu made plain.

    >>> normalise("HR 0·62 (−0.5 to 1.2; 14·5%)")
    'HR 0.62 (-0.5 to 1.2; 14.5%)'
    >>> len(normalise("a\u2009b")) == 3
    True
    """
    return _MIDDLE_DOT.sub(".", _WORD_DASH_NUMBER.sub(" ", text).translate(_SAME_LENGTH))


def parse_number(raw: str) -> float | None:
    """Read a numeral as written ("1,234", "20 211", "-.5", "−3·5") into a float.

    >>> parse_number("1,234")
    1234.0
    >>> parse_number("20 211")
    20211.0
    >>> parse_number("−3·5")
    -3.5
    >>> parse_number(".03")
    0.03
    >>> parse_number("-£97")
    -97.0
    >>> parse_number("abc") is None
    True
    """
    text = normalise(raw.strip()).replace("- ", "-")
    text = CURRENCY.sub("", text).removeprefix("+")
    if not text or not _NUMERAL.match(text) or not any(ch.isdigit() for ch in text):
        return None
    return float(text.replace(",", "").replace(" ", ""))


def parse_word_number(word: str) -> float | None:
    """Read a spelled-out number ("twenty", "twenty-five", "three").

    >>> parse_word_number("twenty-five")
    25.0
    >>> parse_word_number("Three")
    3.0
    >>> parse_word_number("many") is None
    True
    """
    match = _WORD_NUMBER.match(word.strip())
    if match is None:
        return None
    if match.group("tens"):
        total = WORD_NUMBERS[match.group("tens").lower()]
        if match.group("unit"):
            total += WORD_NUMBERS[match.group("unit").lower()]
        return float(total)
    value = WORD_NUMBERS.get(match.group("word").lower())
    return None if value is None else float(value)


def parse_exponent(raw: str) -> int | None:
    """Read a power of ten's exponent written "9", "⁹" or "-3".

    >>> parse_exponent("⁹")
    9
    >>> parse_exponent("-3")
    -3
    """
    text = normalise(raw.translate(_SUPERSCRIPTS)).strip()
    try:
        return int(text)
    except ValueError:
        return None
