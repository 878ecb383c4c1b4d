"""nlp: the one place that knows spaCy.

Builds ``spacy.blank("en")`` once with two components of ours, registered as factories
when this module is imported (``outcomes`` imports it, so they always exist):

- ``outcomes_sentencizer`` sets sentence starts; it survives "vs.", "et al.", "Fig. 2",
  "P = .03", decimals and CI dashes.
- ``outcomes_grammar`` reads each sentence's mentions (numbers, statistics, cues,
  timepoints) into ``doc._.outcomes_mentions``.

A user's own pipeline (even a statistical one) can add both components by name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import cast

import numpy
import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from outcomes.cues import find_cues, find_times
from outcomes.lexicon import cues
from outcomes.mentions import Mention, PValueMention, SentenceMentions, TimeMention
from outcomes.numbers import FREQUENCY, normalise
from outcomes.quantities import changed_by, compared_after, find_quantities
from outcomes.statistics import find_counts, find_effects, find_intervals, find_pvalues
from outcomes.units import warm_up as warm_units

# Small patterns used inside functions, compiled once.
_CALENDAR_TIMEPOINT = regex.compile(r"^(?:day|week|month|year|visit|cycle|end|discharge)\b")

MENTIONS_ATTR = "outcomes_mentions"
REGIONS_KEY = "outcomes_regions"  # doc.user_data: [(start, end)] of body text; all if absent
TEXT_KEY = "outcomes_text"  # doc.user_data: the original text when the Doc holds a sanitised copy
OFFSET_KEY = "outcomes_offset"  # doc.user_data: where the Doc's text starts in the document

# Runs of one punctuation mark make spaCy's affix splitting quadratic; they carry no result.
_BY = regex.compile(r"by\s+", regex.IGNORECASE)
_TIME_MEASURE = (
    r"\b(?:survival|time|times|duration|stay|length|interval|latency|prolong\w*|extend\w*|"
    r"lengthen\w*|shorten\w*)\b"
)
_TIME_MEASURE_FROM = regex.compile(rf"{_TIME_MEASURE}[^.;\d]{{0,40}}$", regex.IGNORECASE)
_TIME_MEASURE_FROM_TO = regex.compile(
    rf"{_TIME_MEASURE}[^.;\d]{{0,40}}\bfrom\s+\d+(?:\.\d+)?\s*[a-z]+\b[^.;]{{0,60}}$",
    regex.IGNORECASE,
)
_PUNCTUATION_RUN = regex.compile(r"([^\w\s])\1{31,}")


# A sentence without a digit can hold a result only as words ("halved", "threefold", "one in five").
_MAY_HOLD_RESULT = regex.compile(
    r"\d|fold\b|halved|\bhalf\b|\btwice\b|\b" + FREQUENCY + r"\b|percent|per\s+cent"
    r"|\btimes\b|\b(?:third|quarter|fifth|tenth)s?\b"
    # "Five patients developed VAP ...": a spelled count of people
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:[a-z-]+\s+)?"
    r"(?:of|out|patients?|participants?|subjects?|women|woman|men|man|children|child|infants?|"
    r"people|person|deaths?|cases?|events?|episodes?|falls?|infections?|admissions?|relapses?|"
    r"exacerbations?|seizures?|strokes?|complications?|reactions?|attacks?|points?|stillbirths?|"
    r"transplants?)\b"
    # "two in the rapid-pathway group and three in the standard group"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in|among)\s+the\b"
    # "a median of two days": a spelled summary time
    r"|\b(?:median|mean|average)\s+of\s+[a-z-]+\s+(?:days?|weeks?|months?|hours?|nights?|years?)\b"
    # "shortened by two days", "went up by about two kilograms": a spelled size of a change
    r"|\bby\s+(?:[a-z]+\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
    r"(?:days?|weeks?|months?|hours?|minutes?|nights?|years?|kilograms?|kilos|pounds|points?|"
    r"centimet(?:re|er)s?|millimet(?:re|er)s?)\b",
    regex.IGNORECASE,
)


def original_text(doc: Doc) -> str:
    """The text the Doc stands for: the stored original, else ``doc.text``.

    ``doc.text`` is rebuilt from the tokens on every access, so it is read only when needed.
    """
    stored = doc.user_data.get(TEXT_KEY)
    return stored if isinstance(stored, str) else doc.text


def tokenizable(text: str) -> str:
    """A same-length copy of ``text`` with long runs of one punctuation mark blanked.

    >>> tokenizable("a" + "(" * 40 + "b") == "a" + " " * 40 + "b"
    True
    """
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


if not Doc.has_extension(MENTIONS_ATTR):
    Doc.set_extension(MENTIONS_ATTR, default=None)

# A sentence ends at . ! ? (maybe closed by a quote or bracket) before white space and a
# capital, digit, opening bracket or a name that starts in lower case ("eGFR", "mRNA", "pH");
# and at every line break.
_BOUNDARY = regex.compile(
    r"""(?P<stop>[.!?])["'”’)\]]?\s+(?=["'“‘(\[]?(?:[A-Z0-9]|[a-z]{1,3}[A-Z]))|\n\s*""",
    regex.VERBOSE,
)
_NOT_START = numpy.uint64(2**64 - 1)  # spaCy's array code for "not a sentence start" (-1)
_WORD_BEFORE = regex.compile(r"(?P<word>[\w.]+)$")
_BROKEN_DECIMAL = regex.compile(r"[=<>≤≥]\s?0$")
_DIGITS_NEXT = regex.compile(r"\d{2,5}(?![\d.]\d)")


class OutcomesSentencizer:
    """Sets ``token.is_sent_start`` from punctuation and line breaks."""

    def __init__(self, abbreviations: tuple[str, ...]) -> None:
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)

    def boundaries(self, text: str) -> list[int]:
        """Character offsets where a new sentence starts.

        >>> OutcomesSentencizer(("vs", "al")).boundaries("A was 5 vs. 6 in B et al. 2. Next one.")
        [29]
        """
        starts = []
        for match in _BOUNDARY.finditer(text):
            if match.group("stop"):
                stop = match.start("stop")
                word = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
                token = word.group("word").lower() if word else ""
                bare = (
                    token.rsplit(".", 1)[-1] if "." in token and not token[-1:].isdigit() else token
                )
                if bare in self.abbreviations or token in self.abbreviations:
                    continue
                if _BROKEN_DECIMAL.search(text, max(0, stop - 8), stop) and _DIGITS_NEXT.match(
                    text, match.end()
                ):
                    continue  # "p = 0. 003": a decimal broken by a space, not a full stop
            starts.append(match.end())
        return starts

    def __call__(self, doc: Doc) -> Doc:
        starts = set(self.boundaries(original_text(doc)))
        starts.update(start for start, _ in doc.user_data.get(REGIONS_KEY, ()))
        if not len(doc):
            return doc
        # Written as one array: setting each token's flag costs more than the rest of the pipeline.
        offsets = doc.to_array("IDX")
        is_start = numpy.isin(
            offsets, numpy.fromiter(starts, dtype=offsets.dtype, count=len(starts))
        )
        is_start[0] = True
        flags = numpy.where(is_start, numpy.uint64(1), _NOT_START).astype("uint64").reshape(-1, 1)
        doc.from_array(["SENT_START"], cast(Ints2d, flags))
        return doc


@Language.factory(
    "outcomes_sentencizer",
    default_config={"abbreviations": None},
    assigns=["token.is_sent_start"],
)
def make_sentencizer(
    nlp: Language, name: str, abbreviations: list[str] | None
) -> Callable[[Doc], Doc]:
    """Factory of the sentence splitter; abbreviations default to the lexicon's."""
    del nlp, name
    return OutcomesSentencizer(tuple(abbreviations) if abbreviations else cues().abbreviations)


def read_sentence(text: str, start: int, end: int, offset: int = 0) -> SentenceMentions:
    """Every mention in ``text[start:end]``; offsets are into ``text`` plus ``offset``."""
    sentence = text[start:end]
    norm = normalise(sentence)
    start, end = start + offset, end + offset
    found = SentenceMentions(start=start, end=end, text=sentence, norm=norm)
    if not _MAY_HOLD_RESULT.search(norm):
        return found  # no digit and no spelled-out quantity: nothing to read
    found.pvalues = find_pvalues(norm, start)
    found.intervals = find_intervals(norm, start)
    found.counts = find_counts(norm, start)
    found.effects = find_effects(norm, start)
    found.times = find_times(norm, start)
    taken: list[Mention] = [*found.pvalues, *found.counts, *found.effects]
    taken += [i for i in found.intervals if not any(_inside(i, e) for e in found.effects)]
    found.times = [t for t in found.times if not _has_arm_value_shape(norm, t, start)]
    taken += found.times
    values, more_effects = find_quantities(norm, start, taken)
    found.values = values
    found.effects = sorted([*found.effects, *more_effects], key=lambda m: m.start)
    # "P less than 0.05": words inside a p-value are no cues; "no significant (p > 0.05)
    # effect": a bracketed p-value does not break the cue around it
    found.cues = find_cues(_without_pvalues(norm, found.pvalues, start), start)
    return found


def _without_pvalues(norm: str, pvalues: list[PValueMention], offset: int) -> str:
    """The sentence with each p-value (and a bracket holding only it) blanked, same length."""
    if not pvalues:
        return norm
    chars = list(norm)
    for p in pvalues:
        left, right = p.start - offset, p.end - offset
        if left > 0 and norm[left - 1] == "(" and norm[right : right + 1] == ")":
            left, right = left - 1, right + 1
        chars[left:right] = " " * (right - left)
    return "".join(chars)


def _inside(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_POINT_IN_TIME = regex.compile(r"(?:after|at|by|within)\s", regex.I)
_SINCE_EVENT = regex.compile(  # "6 hours after surgery", "18 hours postoperatively"
    r"\s+(?:(?:after|following|post)\s|post-?operatively\b|postpartum\b)", regex.I
)


@cache
def _unit_patterns(unit: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A number in ``unit`` after a time, and one before it joined by "and"/"vs"."""
    word = regex.escape(unit)
    return (
        regex.compile(rf"\d\s*{word}\b", regex.I),
        regex.compile(rf"\d\s*{word}\b.*\b(?:and|vs\.?|versus|compared\s+with)\s+$", regex.I),
    )


def _same_unit_follows(norm: str, time: TimeMention, offset: int) -> bool:
    """Another number in the same time unit nearby: "14 weeks after A and 15 weeks after B"."""
    later, earlier = _unit_patterns(
        norm[time.start - offset : time.end - offset].rsplit(maxsplit=1)[-1].lower()
    )
    after = norm[time.end - offset : time.end - offset + 80]
    before = norm[max(0, time.start - offset - 60) : time.start - offset]
    return bool(later.search(after) or earlier.search(before))


_AMOUNT_BEFORE_BY = regex.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[^,;()]{0,30}?"
    r"(?:fold|%|points?|per\s+cent|percent|mm|kg|mg|ml)\b[^,;()\d]{0,40}$",
    regex.I,
)
_FROM_START_POINT = regex.compile(
    r"\bfrom\s+(?:the\s+)?(?:baseline|randomi[sz]ation|enrol(?:l)?ment|admission|start|entry|"
    r"screening|pre-?treatment|day\s+0|week\s+0)\s*$",
    regex.I,
)


def _has_arm_value_shape(norm: str, time: TimeMention, offset: int) -> bool:
    """ "14.2 months vs 11.1 months": time-like numbers that are compared are values."""
    by = _BY.match(norm, time.start - offset)
    if (
        by is not None
        and changed_by(norm, by.end())
        and not _CALENDAR_TIMEPOINT.match(time.text)  # "rose 38-fold by day 84": when
        # "an improvement of at least six points by three months": the change is already said
        and not _AMOUNT_BEFORE_BY.search(
            norm[max(0, time.start - offset - 50) : time.start - offset]
        )
    ):
        return True  # "shortened sleep latency by 12 minutes": a change, not a timepoint
    lead = norm[max(0, time.start - offset - 160) : time.start - offset]
    written = norm[time.start - offset : time.end - offset].lower()
    if written.startswith("to") and _FROM_START_POINT.search(lead):
        return False  # "fell by 18% from baseline to 6 months in the shunt group": when
    if not _CALENDAR_TIMEPOINT.match(time.text) and (
        (written.startswith("from") and _TIME_MEASURE_FROM.search(lead))
        or (written.startswith("to") and _TIME_MEASURE_FROM_TO.search(lead))
    ):
        return True  # "prolongation of median survival from 9 months in A to 12 months in B"
    if time.is_duration or _CALENDAR_TIMEPOINT.match(time.text):
        return False  # "at week 12", "median follow-up of 3 years": never an arm's value
    if (
        _POINT_IN_TIME.match(written) or _SINCE_EVENT.match(norm, time.end - offset)
    ) and not _same_unit_follows(norm, time, offset):
        # "reduced after 18 hours in the morphine group (...)": when, not how long (but "at
        # 13.8 months with A and 13.1 months with B" are the arms' values)
        return False
    return compared_after(norm, time.end - offset)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, read from arrays rather than token objects."""
    if not len(doc):
        return []
    table = doc.to_array(["SENT_START", "IDX", "LENGTH"])
    first = numpy.flatnonzero(table[:, 0] == 1)
    if not len(first) or first[0] != 0:
        first = numpy.concatenate(([0], first))
    last = numpy.append(first[1:] - 1, len(doc) - 1)
    starts = table[first, 1]
    ends = table[last, 1] + table[last, 2]
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


class OutcomesGrammar:
    """Reads each sentence's mentions into ``doc._.outcomes_mentions``."""

    def __call__(self, doc: Doc) -> Doc:
        # The Doc may hold a sanitised copy (see ``tokenizable``); mentions read the original.
        text = original_text(doc)
        offset = doc.user_data.get(OFFSET_KEY, 0)
        regions = doc.user_data.get(REGIONS_KEY) or [(0, len(text))]
        found = []
        for start, end in sentence_spans(doc):
            region_end = next((b for a, b in regions if a <= start < b), None)
            if region_end is not None and text[start:end].strip():
                found.append(read_sentence(text, start, min(end, region_end), offset))
        doc._.set(MENTIONS_ATTR, found)
        return doc


@Language.factory(
    "outcomes_grammar",
    default_config={},
    requires=["token.is_sent_start"],
    assigns=[f"doc._.{MENTIONS_ATTR}"],
)
def make_grammar(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory of the mention reader."""
    del nlp, name
    return OutcomesGrammar()


@cache
def pipeline() -> Language:
    """The shared pipeline: ``spacy.blank("en")`` + our two components, built once."""
    nlp = spacy.blank("en")
    nlp.add_pipe("outcomes_sentencizer")
    nlp.add_pipe("outcomes_grammar")
    warm_units()  # quantulum3 takes seconds to import: pay it once, when the pipeline is built
    return nlp


def mentions(doc: Doc) -> list[SentenceMentions]:
    """The mentions the grammar component stored on ``doc``."""
    found = doc._.get(MENTIONS_ATTR)
    return list(found) if found else []
