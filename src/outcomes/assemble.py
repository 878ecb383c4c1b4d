"""Assemble: one sentence's mentions -> effect records.

Decides which numbers share an outcome and which arm each belongs to ("vs", "compared
with", "than", "respectively", three arms, comparator named first), which CI, SD, n and
p qualify which head, then reads the outcome, timepoint, direction and significance.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from functools import cache

import regex

from outcomes.cues import (
    arm_after,
    arm_before,
    arm_nouns,
    control_strength,
    difference_modifiers,
    improves_downward,
    people_nouns,
    percent_level,
    qualifies_people,
)
from outcomes.mentions import (
    CueKind,
    CueMention,
    EffectMention,
    IntervalMention,
    PValueMention,
    SentenceMentions,
    ValueMention,
)
from outcomes.numbers import APPROXIMATELY, FRACTION, FREQUENCY, FROM_SUMMARY
from outcomes.quantities import (
    CLEARED_BY,
    CORRELATION_BEFORE,
    COUNTED_NOUNS,
    LOST,
    SUMMARY_BEFORE,
    dose_amount,
    is_dose,
    power_of_ten,
    share_of_people,
)
from outcomes.records import (
    Arm,
    ConfidenceInterval,
    Direction,
    Effect,
    EffectMeasure,
    EffectRecord,
    Interval,
    IntervalKind,
    Measure,
    Operator,
    PValue,
    Span,
)
from outcomes.statistics import find_unlabelled_estimates, is_superiority

# Small patterns used inside functions, compiled once.
_OPEN_BRACKET_GAP = regex.compile(r"^[^()]*\($")
_CLOSING = regex.compile(r"\s*[)\]]")  # a bracket closing right after a number
_CLAUSE_STOP = regex.compile(r"[,;(]")
_FROM_BEFORE = regex.compile(
    r"(?:from|over|relative\s+to|vs\.?|versus|compared\s+(?:with|to)|since)\s+$", regex.I
)
_COMMA_ONLY = regex.compile(r"\s*,\s*")
_CLAUSE_ARM_THEN_LINK = regex.compile(
    r"^[^;\d]{0,80}?\b(?:in|among|with|on)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}?\s+(?:group|arm)\b"
    r"\s*,?\s*(?:whereas|where\s+as|while|but|compared\s+with|versus|and)\b[^;\d]{0,30}$",
    regex.I,
)
_CLAUSE_ARM = regex.compile(
    r"^[^;\d]{0,60}?\b(?:in|among|with|on)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}?\s+(?:group|arm)\b",
    regex.I,
)


def _closes_bracketed_chain(sentence: SentenceMentions, target: _Draft, p: PValueMention) -> bool:
    """Whether a p-value ends the bracket that holds a whole multi-arm chain."""
    if target.chain_start is None or not target.values:
        return False
    base = sentence.start
    chain_text = sentence.norm[target.chain_start - base : p.start - base]
    opened = sentence.norm[: target.chain_start - base].rfind("(")
    last = max(v.end for v in target.values)
    return (
        ")" not in chain_text
        and opened >= 0
        and ")" not in sentence.norm[opened : target.chain_start - base]
        and _P_AFTER_CHAIN.fullmatch(sentence.norm[last - base : p.start - base]) is not None
    )


def _arm_then_pvalue(sentence: SentenceMentions, value: ValueMention) -> bool:
    """Whether the arm named after a number is followed by a p of its own ("in A (P = .02)")."""
    at = value.end - sentence.start
    if (since := _SINCE_BASELINE.match(sentence.norm, at)) is not None:
        at = since.end()  # "decreased by 31.5% from baseline in the LymfaPulse group (P < .001)"
    arm = arm_after(sentence.norm, at)
    if arm is None:
        return False
    return any(
        q.start - sentence.start >= arm[2]
        and _OWN_P_GAP.fullmatch(sentence.norm[arm[2] : q.start - sentence.start])
        for q in sentence.pvalues
    )


_SINCE_BASELINE = regex.compile(
    r"\s+from\s+(?:the\s+)?(?:(?:[\w-]+\s+)?baseline|study\s+entry|(?:pre-?[\w-]+|[\w-]+)\s+(?:level|value)s?)\b"
    r"(?=\s+(?:in|among|on|with|for)\b)",
    regex.I,
)


def _without_times(sentence: SentenceMentions, after: int) -> str:
    """The sentence with the times that start at or after ``after`` (sentence-relative) blanked."""
    text = sentence.norm
    for time in sentence.times:
        a, b = time.start - sentence.start, time.end - sentence.start
        if after <= a:
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _own_pvalue(sentence: SentenceMentions, value: ValueMention) -> bool:
    """Whether a p-value follows the number right away ("-44%; p=0.031")."""
    rel = value.end - sentence.start
    gap_text = _without_times(sentence, rel)  # "by 58% between month 1 and month 6 (p<0.001)"
    return any(
        q.start >= value.end and _OWN_P_GAP.fullmatch(gap_text[rel : q.start - sentence.start])
        for q in sentence.pvalues
    )


_OWN_P_GAP = regex.compile(r"\s*[;,(]?\s*")
_ARM_IN_GAP = regex.compile(
    r"\b(?:group|arm|placebo|control|controls|vs\.?|versus|compared|than|with|on)\b", regex.I
)
_P_TEXT = regex.compile(r"\b[pP]\s*[=<>≤≥]\s*[\d.]+")
# "(p<0.001 vs baseline)": a test of one arm's change, which links it to no other arm
_P_AGAINST_BASELINE = regex.compile(
    _P_TEXT.pattern + r"(?:\s*,?\s*(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s+"
    r"(?:the\s+)?(?:baseline|pre-?treatment|pre-?intervention|study\s+entry|entry)\b)?",
    regex.I,
)
_AND_AT_END = regex.compile(r"\band\s*$", regex.I)
_LINK_ARMS_ONLY = regex.compile(r"\b(?:vs\.?|versus|compared|than|respectively)\b", regex.I)
_NEW_RATE_OF = regex.compile(
    r"\band\s+(?:an?\s+|the\s+)?(?:[^\W\d_][\w-]*\s+){0,3}(?:rate|rates|score|proportion|level|"
    r"incidence|prevalence|risk)\s+(?:(?:at|by|after|within)\s+(?:\d+\s+)?\w+(?:\s+\d+)?\s+)?"
    r"(?:of|was|were)\s*$",  # "and the cumulative rate at 12 mo was 5.7%"
    regex.I,
)
_NAMED_THEN_CONTRAST = regex.compile(
    r"^\s*(?:on|with|in|among|receiving)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+)?\s*,?\s*"
    r"(?:but|whereas|while|compared\s+with|versus|vs\.?)\s+[^\d;]{0,40}$",
    regex.I,
)
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:in\s+)?")
_NEW_LABEL_GAP = regex.compile(r"\s*%?\s*\)\s*[,;]\s*(?:and\s+)?[A-Za-z][^()\d;]{0,60}\(\s*")
_LABEL_LIST_GAP = regex.compile(r"\s*[,;]\s*[A-Za-z][\w+/&-]*(?:\s+[\w+/&-]+)?\s+")
_LEADING_BRACKET = regex.compile(r"^\s*\([^()]{1,40}\)")
# "58% with A, ...", "29.6% of the patients in the 4-mg group, 41.5% of those in ...": the
# arm the number belongs to, before the comma of a list of arms
_LEADING_ARM_PHRASE = regex.compile(
    r"^\s*%?\s*(?:of\s+(?:the\s+|those\s+)?(?:patients|participants|subjects|those|people)\s+)?"
    r"(?:with|on|in|for|among|receiving|given|taking)\s+[^,;()]{1,40}"
)
_BY_OR_OF = regex.compile(r"\b(?:by|of)\b")
_TRAILING_BY = regex.compile(r"\bby\s*$")
_BY_WORD = regex.compile(r"\bby\b")
_BY_TIME = regex.compile(
    r"\bby\s+(?:the\s+)?(?:(?:day|week|month|year|visit)\s+\d+|\d+\s+(?:days?|weeks?|months?|years?)\b|"
    r"(?:the\s+)?end\s+of\b|discharge\b)",
    regex.I,
)
_WORD = regex.compile(r"[^\W\d_][\w+α-ω-]*\.?")
_AND_NEW_CLAUSE = regex.compile(r",\s*and\s+[^\W\d_]{3,}")
_BRACKET_LIST = regex.compile(r"\bvs\.?|\bversus\b|,|\band\b|/")
_DIGIT = regex.compile(r"\d")
_TO_CLAUSE_END = regex.compile(r"^[^.;]*")
_TO_WORD = regex.compile(r"\bto\b")
_CLAUSE_SPLIT = regex.compile(r";|\.\s|,\s*(?:and|but|while|whereas)\s")
_CHANGE_GAP = regex.compile(r"^[\s,;:(]*(?:with|as|from)?\b")
_LETTERS = regex.compile(r"[^\W\d_]+")
_CLAUSE_WORDS = regex.compile(r"\b(?:and|while|whereas|but|was|were)\b")
_CLAUSE_LINKS = regex.compile(r"\b(?:and|while|whereas|but)\b|[,;]")
_LONG_WORD = regex.compile(r"[^\W\d_]{3,}")
_BRACKET_WITH_DIGIT = regex.compile(r"\s*\([^()]*\d[^()]*\)")
_TRAILING_BRACKET = regex.compile(r"\s*\([^()]*\)?\s*$")
_TRAILING_COMMA = regex.compile(r"\s*,\s*$")
_CLOSED_BRACKET = regex.compile(r"\([^()]*\)")
_TRAILING_ARM = regex.compile(r"\s+(?:with|in|among|on|receiving|for)\s+(?:the\s+)?\S.*$")

_CITATION = regex.compile(
    r"\bdoi\s?:\s?10\.\d|\b(?:19|20)\d\d\s?;\s?\d+\s?(?:\(\d+\))?\s?:\s?\d+", regex.I
)
_COMPARISON_IN_NAME = regex.compile(r"\b(?:relative\s+to|compared|versus|vs|than)\b", regex.I)
_TIME_UNITS = frozenset({"days", "weeks", "months", "years"})
_TIME_TO = regex.compile(r"(?:(?:the|median|mean)\s+)?time\s+to\b", regex.I)
_SURVIVAL = regex.compile(
    r"\b(?:survival|event-free|disease-free|progression-free|recurrence-free|relapse-free)\b(?!\s+(?:rates?|at)\b)",
    regex.I,
)
_FLIPPED = {Direction.INCREASE: Direction.DECREASE, Direction.DECREASE: Direction.INCREASE}
_AIM = regex.compile(
    r"^\W*(?:the\s+)?(?:main\s+|primary\s+)?(?:objective|aim|purpose|goal)s?\s+of\s+(?:this|the|our)\s+"
    r"(?:study|trial|work|paper|analysis)\s+(?:was|were|is|are)\s+to\b",
    regex.I,
)
_ALPHA = 0.05
_RATIOS = {
    EffectMeasure.HAZARD_RATIO,
    EffectMeasure.ODDS_RATIO,
    EffectMeasure.RISK_RATIO,
    EffectMeasure.RATE_RATIO,
    EffectMeasure.FOLD_DIFFERENCE,
}
_CHANGES = {Measure.ABSOLUTE_CHANGE, Measure.PERCENT_CHANGE, Measure.FOLD_CHANGE}

# Words allowed between two arms' numbers of one comparison.
_LINK = regex.compile(
    r"\b(?:as\s+(?:did|were|was|had|do)|vs\.?|versus|v\.?|compared|comparison|than|against|relative\s+to|over|to|and|or)\b|:|/",
    regex.I,
)
_LINK_FILLER = frozenset(
    [
        "vs",
        "vs.",
        "versus",
        "v.",
        "compared",
        "comparison",
        "with",
        "to",
        "than",
        "against",
        "relative",
        "over",
        "and",
        "or",
        "in",
        "the",
        "a",
        "an",
        "of",
        "among",
        "for",
        "on",
        "receiving",
        "given",
        "treated",
        "those",
        "patients",
        "participants",
        "subjects",
        "group",
        "groups",
        "arm",
        "arms",
        "observed",
        "seen",
        "recorded",
        "reported",
        "noted",
        "found",
        "was",
        "were",
        "is",
        "are",
        "respectively",
        "significantly",
        "statistically",
        "higher",
        "lower",
        "more",
        "less",
        "greater",
        "fewer",
        "smaller",
        "larger",
        "longer",
        "shorter",
        "slightly",
        "markedly",
        "substantially",
        "also",
        "only",
        "just",
        "corresponding",
        "rate",
        "rates",
        "respective",
        "by",
        "placebo",
        "control",
        "controls",
        "usual",
        "standard",
        "care",
        "sham",
        "%",
        "points",
        "point",
        "percentage",
        "with",
        "after",
        "at",
        "who",
        "which",
        "cohort",
        "while",
        "whereas",
        "it",
        "that",
        "those",
        "this",
    ]
)
_STRONG_LINK = regex.compile(
    r"\b(?:as\s+(?:did|were|was|had|do)|vs\.?|versus|compared\s+(?:with|to)|as\s+opposed\s+to|against|relative\s+to|than|in\s+comparison\s+(?:with|to))\b",
    regex.I,
)
_GAP_STATS = regex.compile(
    r"^[\s,;:(\[]*(?:SD|SE|SEM|s\.d\.)?\s*(?:with\s+an?\s+|and\s+an?\s+|giving\s+an?\s+)?$", regex.I
)
_RESPECTIVELY = regex.compile(r"^(?:[^.;()]|\([^();]{0,40}\)){0,90}?\brespectively\b", regex.I)

_CLAUSE_CUT = regex.compile(
    r"(?::\s|;|,\s*(?:and|but|while|whereas)\s(?!\d+(?:\s*(?:days|weeks|months|years|hours))?\s+(?:was|were)\b)|\s(?:while|whereas|but)\s|,?\s(?:although|though)\s(?!not\b|only\b|non)|,\s*(?:with|and)\s(?=(?!\d)\w+\s+(?:was|were|of|in)\b)|,\s*with\s+(?=(?:an?\s+|the\s+)?[^\W\d_])|\.\s)",
    regex.I,
)
_DISCOURSE = regex.compile(
    r"""^(?:[\s,:;()\[\]%\-•▪·*]+|and\b|or\b|but\b|whereas\b|while\b|although\b|though\b|only\b|just\b|yet\b|furthermore\b|moreover\b|in\s+addition\b|additionally\b|also\b|
    overall\b|similarly\b|likewise\b|however\b|in\s+contrast\b|by\s+contrast\b|notably\b|importantly\b|
    finally\b|conversely\b|meanwhile\b|specifically\b|in\s+particular\b|thus\b|consequently\b|
    put\s+(?:another\s+way|differently|simply)\b|in\s+other\s+words\b|in\s+(?:absolute|relative)\s+terms\b|taken\s+together\b|
    (?:even\s+|perhaps\s+)?(?:more|most|less)\s+[a-z]+(?:ly)?\s*,|(?:reassuringly|encouragingly|surprisingly|crucially|strikingly|notably|remarkably|unexpectedly)\b|
    as\s+a\s+result\b|as\s+expected\b|in\s+the\s+\w+(?:\s+\w+)?\s+(?:analysis|population|cohort)\b|
    (?:at|by|after|within)\s+(?:week|day|month|year)\s+\d+\b|(?:at|by|after|within)\s+\d+\s+\w+\b|
    between\s+(?:(?:weeks?|days?|months?)\s+)?\d+\s+and\s+\d+(?:\s+\w+)?\s*,|
    from\s+(?:(?:week|day|month)\s+)?\d+\s+to\s+(?:(?:week|day|month)\s+)?\d+(?:\s+\w+)?\s*,|
    compared\s+(?:with|to)\s+(?:[^,]|,(?=\d{3})){1,50},|relative\s+to\s+(?:[^,]|,(?=\d{3})){1,50},|versus\s+(?:[^,]|,(?=\d{3})){1,50},|
    in\s+(?:the\s+)?(?:[^,]|,(?=\d{3})){1,40}\s+(?:group|arm|cohort),|among\s+(?:[^,]|,(?=\d{3})){1,50},|
    (?:after\s+)?adjusting\s+for\s+(?:[^,]|,(?=\d{3})){1,120}(?:,\s*and\s+(?:[^,]|,(?=\d{3})){1,60})?,|
    at\s+(?:a\s+)?(?:median|mean)\s+follow-up\s+of\s+(?:[^,]|,(?=\d{3})){1,60},|
    of\s+(?:the\s+)?\d(?:[^,]|,(?=\d{3})){0,80},|of\s+(?:the|all|those)\s+[^\d,]{1,40},|
    (?:at|by|after|within|during|over|in|among|for|on|with|through|until|up\s+to)\s+(?:[^,]|,(?=\d{3})){1,50},|
    (?:based\s+on|according\s+to|using)\s+(?:[^,]|,(?=\d{3})){1,60},|
    (?:a\s+)?(?:(?:statistically\s+)?non-?significant|significant|greater|larger|smaller|modest|marked|small|
    (?:a\s+)?trend\s+towards?)\b|
    (?:reductions?|increases?|improvements?|decreases?|declines?|rises?)\s+(?:in|of)\b|
    (?:the\s+)?(?:least[-\s]squares\s+)?(?:adjusted\s+)?(?:mean\s+|median\s+)?(?:difference|differences|changes?)\s+(?:from\s+baseline\s+)?(?:in|of)\b|
    (?:the\s+)?(?:proportion|percentage|number|share)\s+of\s+(?:patients|participants|people|children|women|men|subjects|infants)
        \s+(?:who\s+(?:had|were|achieved|reached|developed|reported)\s+|with\s+(?:an?\s+)?|achieving\s+|reaching\s+|left\s+with\s+|having\s+)|
    a\s+total\s+of\b|
    results\s+showed\s+that\b|[^,;]{0,60}?\b(?:showed|demonstrated|revealed|found|indicated|suggested)\s+that\b|
    \(?\s*p\s*[<=>≤≥]\s*[\d.]+\s*\)?|we\s+found\s+that\b|
    (?:we|they|the\s+authors?|(?:[\w-]+\s+){0,2}analys[ie]s)\s+(?:observed|found|noted|saw|detected|reported|revealed|showed|demonstrated)\s+(?:an?\b|the\b)?|the\s+study\s+(?:found|showed)\s+that\b|that\b|
    there\s+(?:was|were|is|are)(?:\s+(?:a|an|no))?(?:\s+(?:significantly|slightly|markedly|statistically))?
    (?:\s+(?:more|fewer|less|greater|higher|lower|significant|similar))?\b|
    the\b|a\b|an\b|its\b|their\b)""",
    regex.I | regex.VERBOSE,
)
_SUBJECT_END = regex.compile(
    r"""\s(?:was|were|is|are|had|has|have|showed|shown|demonstrated|occurred|developed|
    experienced|reached|achieved|increased|decreased|rose|fell|improved|reduced|declined|dropped|
    changed|remained|did|differed|led|resulted|yielded|favou?red|averaged|totall?ed|amounted|
    ranged|measured|lowered|raised|cut|halved|doubled|went|grew|climbed|jumped|lessened|ended|stood|
    prevented|dropped|produced|caused|gave|saw|affected|significantly|of\s*$|by\s*$|than\b|compared|vs\b|versus|
    shrank|shrunk|shortened|lengthened|worsened|plummeted|plunged|sank|soared|tumbled|slumped|dipped|eased|
    (?:\w+\s+)?by\s+(?:a\s+|an\s+)?(?:mean|median|average)\s*$|
    \w{3,}ed\s+(?:in|by|from|to|faster|slower|more|less|significantly|after|with|among|between|than|surgery)\b|
    among|in\s+(?:the\s+)?(?:\w+\s+){0,4}(?:group|arm|cohort|patients)|with\s+(?:the\s+)?(?:\w+\s+){0,3}(?:group|arm))\b|[:(\[]""",
    regex.I | regex.VERBOSE,
)
_CHANGE_VERB = regex.compile(
    r"""\b(?:reduced|increased|lowered|raised|improved|cut|halved|doubled|decreased|prevented|
    lessened|boosted|shortened|prolonged|extended|worsened|diminished|attenuated|elevated|affected|
    reduce|increase|lower|improve|decrease|prevent|shorten|
    (?<=(?:\bnot|n't|\bto)\s+(?:(?:significantly|materially|appreciably|substantially)\s+)?)
    (?:change|affect|alter|influence|modify))\s+(?:the\s+)?(?:mean\s+)?
    (?:(?:risk|rate|rates|incidence|odds|likelihood|chance|number|proportion|frequency|levels?|duration)\s+of\s+)?
    (?![a-z]+ly\b)(?P<object>[^,;()]{2,80}?)(?=\s*(?:,|;|\(|\[|$|\bby\b|\bcompared\b|\bvs\b|\bversus\b|\brelative\b|\bin\s+(?:the\s+)?\w+\s+(?:group|arm)|\bamong\b|\bat\s+\d|\bfrom\b|\bto\s+\d|\bwith\b|\bthan\b|\bwhich\b|\bover\b))""",
    regex.I | regex.VERBOSE,
)
_OBJECT_AFTER = regex.compile(
    r"^\s*(?:in|of)\s+(?:the\s+)?(?P<object>[^,;()\[]{2,80}?)(?=\s*(?:,|;|\(|\[|$|\band\s+(?:an?|the)\b|\bin\s+(?:the\s+)?\S+\s+(?:group|arm)|\bamong\b|\bwith\b|\bcompared\b|\bvs\b|\bversus\b|\bthan\b|\bfrom\b|\bto\b|\bat\b|\bby\b|\bafter\b|\bwas\b|\bwere\b|\bwhich\b|\bover\b|\bfor\b))",
    regex.I,
)
_TRAILING = regex.compile(
    r"""(?:\s+(?:
        (?:at|by|after|within|over|during)\s+(?:the\s+)?(?:\w+\s+)?(?:\d+(?:\.\d+)?|one|two|three|six|twelve)[\s-]*(?:days?|weeks?|months?|years?|hours?)(?:\s+(?:of|after|from|since)\s+[\w-]+)?
      | (?:at|by|after)\s+(?:week|day|month|year|visit)\s+\d+
      | (?:in|among|with|for|between)\s+(?:the\s+)?(?:[\w+-]+\s+){0,3}(?:groups?|arms?|patients|participants|cohorts?|
          protocols?|regimens?|strategies|techniques?|procedures?)
      | up\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?\d+(?:\.\d+)?[\s-]*(?:days?|weeks?|months?|years?|hours?|h)
      | (?<!\b(?:correlations?|concordance|interactions?|associations?|agreement|relationships?|
          relations?|links?|discrepanc(?:y|ies)|ratios?|overlap|consistency|distances?|intervals?|
          times?)\s+)between\s+(?:the\s+)?(?:[^\W\d_][\w+-]*\s+){1,3}?(?:and|vs\.?|versus)\s+(?:the\s+)?[^\W\d_][\w+-]*(?:\s+[^\W\d_][\w+-]*){0,2}?
      | was|were|is|are|the|of|and|to|also|both|all|respectively|in|at|by|with|for|from|on|than|as
    ))+[\s,;:(\-]*$""",
    regex.I | regex.VERBOSE,
)
_APPOSITIVE = regex.compile(
    r"\s*,\s*(?:a|an|the|which|who|defined|measured|assessed|including|as|i\.e\.|e\.g\.|according|based|"
    r"such|mostly|mainly|particularly|especially|however|though|largely|rated|scored|graded|"
    r"evaluated|expressed|reported|on\s+the\s+other\s+hand|in\s+turn|by\s+contrast|in\s+contrast|too|"
    r"already|meaning)\b.*$",
    regex.I,
)
_ARMISH = regex.compile(
    r"^\W*(?:the\s+)?(?:patients|participants|subjects|those|people|women|men|children|infants|adults|"
    r"users|recipients|individuals)\b(?!\s+with\b)"
    r"|\b(?:group|groups|arm|arms|recipients|treated|receiving|randomi[sz]ed|assigned|allocated|"
    r"placebo|controls?|who\s+(?:received|took|got|were\s+given))\b",
    regex.I,
)
_ADVERB_OBJECT = regex.compile(
    r"^(?:slightly|significantly|markedly|substantially|modestly|sharply|steadily|only|further|"
    r"from|by|to|after|over|in|during|at|more|less|between|among|with|than|compared)\b",
    regex.I,
)
_OF_OBJECT = regex.compile(
    r"\b(?:odds|risk|likelihood|rates?|incidence|hazard|chances?|probability|number|proportion|"
    r"occurrence|frequency|prevalence|levels?|percentage|share)\s+of\s+(?:an?\s+|the\s+)?(?P<object>[^,;()]+?)"
    r"\s*(?=\(|$|,|;|\bin\s+the\b|\bamong\b|\bcompared\b|\bthan\b|\bat\s+\d|\bby\b|\bvs\b|\bversus\b)",
    regex.I,
)
_RATED_NOUN = regex.compile(
    r"(?<=\d\s?)(?P<object>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)\s+per\s+(?:\d|[^\W\d_])",
    regex.I,
)
_COUNTED_OBJECT = regex.compile(  # "1.2 fewer migraine days per month than placebo"
    r"^\s*(?P<object>(?!(?:than|respectively|and|or|with|in|at|to|of|for|that|which|was|were)\b)"
    r"[^\W\d_][\w-]{2,}(?:\s+[\w-]+){0,4}?)(?=\s+(?:than|compared|vs|versus|because|"
    r"a\s+(?:year|month|week|day)|in\s+the|among|during)\b|\s*[,;(]|\.?$)",
    regex.I,
)
_EFFECT_OBJECT = regex.compile(
    r"^\s*(?:(?:lower|higher|greater|less|more|reduced|increased)\s+)?(?:(?:risk|odds|likelihood|chance|hazard|rate|likely)\s+)?"
    r"(?:of|to|for)\s+(?:(?:develop|developing|have|having|experience|experiencing|be|being|die\s+of|die\s+from|die|dying|"
    r"achieve|achieving|require|requiring|undergo|report|need|needing|get|getting|suffer|complete|completing)\s+)?"
    r"(?:an?\s+|the\s+)?(?P<object>[^,;()]+?)(?=\s*(?:\(|$|,|;|\.|\bthan\b|\bcompared\b|\bat\s+\d|\bin\s+the\b|\bafter\b|\bwithin\b))",
    regex.I,
)
_PREVENT = regex.compile(r"\b(?:prevent|avert|avoid|save|spare)\w*", regex.I)
# "the rate of decline", "the slope of change": a rate, not a change
_NOT_RATE_OF = r"(?<!\b(?:rates?|slopes?)\s+of\s+)"
_CHANGE_WORDS = regex.compile(
    _NOT_RATE_OF
    + r"\b(?:reductions?|decreases?|increases?|improvements?|declines?|gains?|(?:weight|fat\s+mass)\s+loss(?:es)?|"
    # not "tachysystole with fetal heart rate changes", "pain during dressing changes"
    r"(?<!\bwith\s+(?:[\w-]+\s+){1,3})(?<!\b(?:dressing|nappy|diaper|catheter|shift|ECG)\s)changes?|"
    r"growth(?!\s+(?:hormone|factors?|rates?|charts?|curves?|retardation|restriction))|"
    r"declined|fell(?!\s+(?:at\s+least|once|twice|ill|asleep|pregnant|more\s+than))|rose|dropped|"
    + LOST
    + r"|gained)\b(?!\s+(?:to\b|from\b(?!\s+baseline)))(?!\s+of\s+(?:at\s+least|more\s+than|≥|>|over))",
    regex.I,
)
_SIGNED_CHANGE_LEAD = regex.compile(
    _NOT_RATE_OF
    + r"\b(?:improved|improvements?|worsened|worsening|changed|changes?|increased|decreased|reduced|"
    r"reductions?|decreases?|increases?|declines?|"
    r"shortened|lengthened|declined|rose|fell|from\s+baseline)\b",
    regex.I,
)
_SIGNED = regex.compile(r"^[-+]\s?\d")
_BRACKETED_OBJECT = regex.compile(
    r"^.*\b(?:in|of)\s+(?:the\s+)?"
    r"(?P<object>[^,;()\d]{2,60}?)\s*\(\s*$",
    regex.I,
)
_NUMBER_OF_UNIT = regex.compile(
    r"\bnumber\s+of\s+(?P<unit>days|weeks|months|hours|nights|[a-z]+/(?:day|week|month))\b", regex.I
)
_OBSERVED_CHANGE = regex.compile(
    r"\b(?:improvements?|reductions?|decreases?|increases?|declines?|gains?)\s+(?:were|was)\s+"
    r"(?:observed|seen|found|noted|reported|recorded|achieved)\b[^;.]*$",
    regex.I,
)
_FOLLOW_UP = regex.compile(r"\b(?:median|mean)\s+(?:duration\s+of\s+)?follow[-\s]?up\b", regex.I)
_MEAN = regex.compile(r"\b(?:mean|average|means|averaged|averaging|on\s+average)\b", regex.I)
_MEDIAN = regex.compile(r"\bmedians?\b", regex.I)
_NEGATED_SIG = regex.compile(r"\b(?:not|no|non|without|nor|neither)\b[^,.;]{0,20}$", regex.I)


@dataclass
class _Draft:
    """A record under construction."""

    values: list[ValueMention] = field(default_factory=list)
    effect: EffectMention | None = None
    pvalue: PValueMention | None = None
    start: int = 0
    end: int = 0
    chain_start: int | None = None  # shared by the records of one multi-arm comparison
    named: str | None = None  # the outcome a "respectively" list gave this record
    crossed: int | None = None  # shared by the records of two parallel lists of arms
    when: str | None = None  # the timepoint a "respectively" list of times gave this record

    def heads(self) -> list[int]:
        points = [v.start for v in self.values]
        if self.effect is not None:
            points.append(self.effect.start)
        return points


_TIME_LABEL_OUTCOME = regex.compile(
    r"^(?:(?:at|by|after|in|on|during)\s+(?:the\s+)?)?(?:(?:day|week|month|year|visit)\s+\d+|"
    r"(?:first|second|third|fourth|fifth|sixth|twelfth|\d+)(?:th)?\s+(?:day|week|month|year)s?)$",
    regex.I,
)


_TIME_LABEL_ONLY = regex.compile(r"^(?:day|week|month|year|visit)\s+\d+$", regex.I)


def _signed_bracket(sentence: SentenceMentions, draft: _Draft) -> bool:
    """Arms inside one bracket, one of them written with a minus sign."""
    return (
        len(draft.values) == 2
        and all(_inside_brackets(sentence.norm, v.start - sentence.start) for v in draft.values)
        and any(sentence.norm[v.start - sentence.start] == "-" for v in draft.values)
    )


def assemble(
    sentence: SentenceMentions,
    text: str,
    doc_id: str | None = None,
    context: DocumentContext | None = None,
) -> list[EffectRecord]:
    """The effect records of one sentence.

    Args:
        sentence: the grammar's mentions of the sentence.
        text: the whole input (evidence spans point into it).
        doc_id: copied into each record.
        context: what the whole document says about its arms and spreads
            (`document_context`); none for a sentence read alone.
    """
    context = context or DocumentContext()
    controls, treatments = context.controls, context.treatments
    if _CITATION.search(sentence.norm):
        return []  # "2026;144(2):131-140. doi:10.1001/...": a reference, no result
    if _AIM.match(sentence.norm):
        return []  # "The objective of this study was to evaluate ... at 5% and 10% levels"
    if estimates := find_unlabelled_estimates(
        sentence.norm, sentence.start, text[max(0, sentence.start - 3000) : sentence.start]
    ):
        spans = [(e.start, e.end) for e in estimates]
        sentence.values = [
            v for v in sentence.values if not any(a <= v.start < b for a, b in spans)
        ]
        sentence.effects = sorted([*sentence.effects, *estimates], key=lambda e: e.start)
    values = _attach_intervals(sentence, context.spread_is_se(sentence.end))
    values = _continued_effects(sentence, values)
    if _baseline_sentence(sentence):
        # "Baseline frequency was 18.6 days in A and 18.1 days in B": only changes are results
        values = [v for v in values if v.measure in _CHANGES]
    values = [v for v in values if not _is_context(sentence, v)]
    if _ENROLMENT_CLAUSE.search(sentence.norm):
        values = [v for v in values if v.unit is not None or v.events is not None]
    values = _drop_starting_levels(sentence, values)
    values = _counts_then_shares(sentence, values)
    drafts = _fold_changes_into_pairs(sentence, _pair(sentence, values, controls, treatments))
    drafts = _borrowed_order(sentence, _parallel_bare_pairs(sentence, drafts))
    drafts = _unlabelled_differences(sentence, drafts)
    drafts = _changes_against_control(sentence, drafts)
    drafts = _appositive_differences(sentence, drafts)
    drafts = _merge_effects(sentence, drafts)
    drafts = _attach_pvalues(sentence, drafts)
    drafts = [
        d
        for d in drafts
        if (_keep(d) or _count_in_named_arm(sentence, d))
        and not _baseline_pvalue(sentence, d)
        and not _planned_effect(sentence, d)
        and not _attrition(sentence, d)
        and not _background(sentence, d)
        and not _allocation(sentence, d)
    ]
    drafts.sort(key=lambda d: d.start)
    records: list[EffectRecord] = []
    chain_zones: dict[int, int] = {}  # the zone start of each multi-arm comparison's first record
    for index, draft in enumerate(drafts):
        zone_start = drafts[index - 1].end if index else sentence.start
        sibling = (
            index
            and draft.chain_start is not None
            and drafts[index - 1].chain_start == draft.chain_start
        )
        if draft.chain_start is not None:
            # the records of one comparison share the words before its first arm
            zone_start = chain_zones.setdefault(draft.chain_start, zone_start)
        zone_end = drafts[index + 1].start if index + 1 < len(drafts) else sentence.end
        record = _record(
            sentence, draft, (zone_start, zone_end), text, doc_id, len(drafts), context
        )
        if (
            index
            and not sibling
            and _shares_measure(sentence, drafts[index - 1], draft, records[-1], record)
        ):
            # "gains in body mass (-0.7, 1.0 kg) and scanned mass (-0.2, 1.7 kg)": one predicate
            record = record.model_copy(
                update={
                    "measure": records[-1].measure,
                    "direction": record.direction or records[-1].direction,
                }
            )
        elif (
            index
            and records[-1].measure in {Measure.ABSOLUTE_CHANGE, Measure.PERCENT_CHANGE}
            and record.measure in {Measure.MEAN, Measure.VALUE}
            and record.unit is not None
            and _signed_bracket(sentence, draft)
        ):
            # "... mitigate gains in body mass (-0.7 ± 1.8, 1.0 ± 2.5 kg) ... and in fat mass
            # (-0.2 ± 0.7, 1.1 ± 2.3 kg)": the same bracketed signed arms, the same change
            record = record.model_copy(update={"measure": records[-1].measure})
        if index and not sibling:
            record = _list_sign(sentence, drafts[index - 1], draft, records[-1], record)
        if index and _TIME_LABEL_OUTCOME.match(record.outcome):
            # "... on Day 4 (OR 0.1 ...), Day 7 (OR 0.2 ...)": the list keeps its outcome and each
            # item names its own timepoint
            record = record.model_copy(
                update={
                    "outcome": records[-1].outcome,
                    "timepoint": record.timepoint
                    if not _TIME_LABEL_ONLY.match(record.outcome)
                    else record.outcome.lower(),
                    "significant": record.significant
                    if record.significant is not None
                    else records[-1].significant,
                }
            )
        if index and _NUMBER_LED.match(record.outcome):
            # "SOD decreased 23% in A and 14% in B": "14% in B" names no outcome
            record = record.model_copy(update={"outcome": records[-1].outcome})
        if index and not sibling and _PRONOUN_SUBJECT.match(record.outcome):
            # "..., which still separated from placebo (mean difference -2.8)": the same outcome
            record = record.model_copy(update={"outcome": records[-1].outcome})
        if sibling:
            # three arms, one outcome: "58% with A, 49% with B and 38% with placebo"
            record = record.model_copy(
                update={
                    "outcome": records[-1].outcome,
                    "timepoint": records[-1].timepoint or record.timepoint,
                    "unit": record.unit or records[-1].unit,
                    "measure": records[-1].measure or record.measure,
                }
            )
        if index and draft.crossed is not None and drafts[index - 1].crossed == draft.crossed:
            # "(29.8 h and 17.9 h vs. 29.5 h and 19.1 h)": the second pair reads like the first
            first = records[-1]
            measure = first.measure
            if measure in _CHANGES and record.unit != first.unit:
                measure = Measure.PERCENT_CHANGE if record.unit == "%" else Measure.ABSOLUTE_CHANGE
            record = record.model_copy(
                update={
                    "measure": measure,
                    "timepoint": record.timepoint or first.timepoint,
                    "direction": first.direction
                    if first.direction is Direction.NO_CHANGE
                    else record.direction,
                    "significant": record.significant
                    if record.significant is not None
                    else first.significant,
                }
            )
        listed = (
            index and not draft.values and draft.effect is None and not drafts[index - 1].values
        )
        if listed and record.direction is None and records[-1].direction is not None:
            # "less fatigue (p = 0.07), hunger (p = 0.02)": the list shares its direction; in
            # "improved QOL (P < 0.001), fatigue (P < 0.001)" fatigue that improves falls
            shared = records[-1].direction
            if shared in _FLIPPED and _improves_downward(sentence, records[-1].outcome) != (
                _improves_downward(sentence, record.outcome)
            ):
                shared = _FLIPPED[shared]
            record = record.model_copy(update={"direction": shared})
        records.append(record)
    for index in range(len(records) - 2, -1, -1):
        # "Graft loss (1.0% vs 1.4%) and death (0.7% vs 1.0%) were similar": a list of
        # outcomes shares the predicate that follows it
        gap = sentence.norm[
            drafts[index].end - sentence.start : drafts[index + 1].start - sentence.start
        ]
        if (
            records[index + 1].direction is Direction.NO_CHANGE
            and records[index].direction is not Direction.NO_CHANGE
            and _LIST_JOIN.match(gap)
            and _cues_between(sentence, drafts[-1].end, sentence.end, CueKind.NO_CHANGE)
        ):
            records[index] = records[index].model_copy(update={"direction": Direction.NO_CHANGE})
        if (
            drafts[index].chain_start is not None
            and drafts[index].chain_start == drafts[index + 1].chain_start
            and records[index].unit is None
            and records[index + 1].unit is not None
            and records[index].measure == records[index + 1].measure
        ):
            # "from 6.2 (placebo) to 8.5 (A) and 8.0 nmol/L (B)": the unit after the last arm
            records[index] = records[index].model_copy(update={"unit": records[index + 1].unit})
    opened = False
    for index in range(1, len(records)):
        # "No significant difference in duration of MV (6.2 vs 7.5 days, P > 0.05), duration of
        # weaning (35 vs 47 hours, P > 0.05) or ICU stay (...)": the claim opens the list
        before = drafts[index - 2].end if index >= 2 else sentence.start
        opened = opened or bool(
            _cues_between(sentence, before, drafts[index - 1].start, CueKind.NO_CHANGE)
        )
        gap = sentence.norm[
            drafts[index - 1].end - sentence.start : drafts[index].start - sentence.start
        ]
        if (
            opened
            and records[index - 1].direction is Direction.NO_CHANGE
            and records[index].direction is not Direction.NO_CHANGE
            and records[index].significant is not True
            and _LIST_JOIN.match(gap)
            and not any(
                drafts[index - 1].end <= c.start < drafts[index].start and c.kind in _CLAIM_KINDS
                for c in sentence.cues
            )
        ):
            records[index] = records[index].model_copy(update={"direction": Direction.NO_CHANGE})
        else:
            opened = False
    if drafts and any(r.direction is None for r in records):
        # "the SD of speed (p = 0.024), mental effort (p = 0.003) ... were reduced": a list of
        # lone p-values shares the predicate that follows it
        tail_start = drafts[-1].end
        moved = [
            c
            for c in sentence.cues
            if tail_start <= c.start <= tail_start + 60
            and c.kind in {CueKind.INCREASE, CueKind.DECREASE}
        ]
        gap = (
            sentence.norm[tail_start - sentence.start : moved[0].start - sentence.start]
            if moved
            else ""
        )
        if moved and not _DIGIT.search(_P_TEXT.sub("", gap)):
            shared = Direction.INCREASE if moved[0].kind is CueKind.INCREASE else Direction.DECREASE
            records = [
                r.model_copy(update={"direction": shared})
                if r.direction is None and r.intervention is None and r.effect is None
                else r
                for r in records
            ]
    records = _claims_cover_siblings(drafts, records)
    records = _claim_before_colon(sentence, drafts, records)
    records = _weaker_arm_compares(records)
    records = _respective_outcomes(sentence, records)
    return [
        split for record in records for split in _split_outcome_list(record, len(sentence.pvalues))
    ]


def _claims_cover_siblings(drafts: list[_Draft], records: list[EffectRecord]) -> list[EffectRecord]:
    """ "Rates of any adverse event were similar across the arms (64% with 75 mg, 61% with 25 mg
    and 59% with placebo)": a claim of no difference covers every active arm of the list."""
    groups: dict[int, list[int]] = {}
    for index, draft in enumerate(drafts):
        if draft.chain_start is not None and index < len(records):
            groups.setdefault(draft.chain_start, []).append(index)
    out = list(records)
    for members in groups.values():
        if len(members) < 2 or not any(out[i].direction is Direction.NO_CHANGE for i in members):
            continue
        for i in members:
            if out[i].direction is not Direction.NO_CHANGE and out[i].significant is not True:
                out[i] = out[i].model_copy(update={"direction": Direction.NO_CHANGE})
    return out


def _claim_before_colon(
    sentence: SentenceMentions, drafts: list[_Draft], records: list[EffectRecord]
) -> list[EffectRecord]:
    """ "Mortality did not differ significantly: ICU mortality 21.4% vs 22.6%, 30-day mortality
    24.1% vs 25.0%": a claim of no difference before a colon covers every record of the list."""
    colon = sentence.norm.find(":")
    if colon < 0 or _DIGIT.search(sentence.norm[:colon]):
        return records
    end = sentence.start + colon
    claims = [c for c in sentence.cues if c.end <= end]
    if not any(c.kind is CueKind.NO_CHANGE for c in claims) or any(
        c.kind in {CueKind.INCREASE, CueKind.DECREASE} for c in claims
    ):
        return records
    not_significant = any(c.kind is CueKind.NOT_SIGNIFICANT for c in claims) or bool(
        _NOT_SIGNIFICANT_CLAIM.search(sentence.norm[:colon])
    )
    out = list(records)
    for index, draft in enumerate(drafts[: len(out)]):
        record = out[index]
        if draft.start < end or record.significant is True or record.p_value is not None:
            continue
        update: dict[str, object] = {"direction": Direction.NO_CHANGE}
        if not_significant and record.significant is None:
            update["significant"] = False
        out[index] = record.model_copy(update=update)
    return out


_NOT_SIGNIFICANT_CLAIM = regex.compile(r"\bnot\b[^:]{0,30}\bsignificant(?:ly)?\b", regex.I)


def _weaker_arm_compares(records: list[EffectRecord]) -> list[EffectRecord]:
    """ "fell by 31.5% in the LymfaPulse group (P < .001) and by 17.8% in the CDT-alone group
    (P = .004)": of two arms' own changes of one outcome, the one named as a control is the
    comparator's."""
    records = list(records)
    for index in range(1, len(records)):
        first, second = records[index - 1], records[index]
        if not (
            first.comparator is None
            and second.comparator is None
            and first.intervention is not None
            and second.intervention is not None
            and first.intervention.group
            and second.intervention.group
            and first.intervention.value is not None
            and second.intervention.value is not None
            and first.outcome == second.outcome
            and first.measure == second.measure
            and first.effect is None
            and second.effect is None
        ):
            continue
        strengths = (
            control_strength(first.intervention.group),
            control_strength(second.intervention.group),
        )
        if strengths[0] < strengths[1]:
            records[index] = second.model_copy(
                update={"intervention": None, "comparator": second.intervention}
            )
        elif strengths[0] > strengths[1]:
            records[index - 1] = first.model_copy(
                update={"intervention": None, "comparator": first.intervention}
            )
    return records


def _respective_outcomes(
    sentence: SentenceMentions, records: list[EffectRecord]
) -> list[EffectRecord]:
    """ "VAT and SSPG declined ..., mean differences of -31.4 cm2 (...) and -55.3 mg/dl (...),
    respectively": estimates without arms, one per listed outcome, in the list's order."""
    if not _RESPECTIVELY_WORD.search(sentence.norm):
        return records
    out = list(records)
    index = 0
    while index < len(out):
        listed = out[index].outcome
        if (
            index + 1 < len(out)
            and len(out[index + 1].outcome) > len(listed)
            and [i.strip() for i in _LIST_SPLIT.split(out[index + 1].outcome) if i.strip()][
                -1
            ].lower()
            == listed.lower()
        ):
            # "Haemoglobin, leucocytes, and neutrophil counts decreased (mean difference
            # -0.4, -423 and -485, respectively)": the first estimate kept only the last item
            listed = out[index + 1].outcome
        run = index
        while (
            run < len(out)
            and (out[run].outcome == listed or run == index)
            and out[run].intervention is None
            and out[run].comparator is None
            and out[run].effect is not None
        ):
            run += 1
        items = [i.strip() for i in _LIST_SPLIT.split(listed) if i.strip()]
        if run - index >= 2 and len(items) == run - index and not any(_names_arm(i) for i in items):
            for offset, item in enumerate(items):
                out[index + offset] = out[index + offset].model_copy(update={"outcome": item})
        index = max(run, index + 1)
    return out


_RESPECTIVELY_WORD = regex.compile(r"\brespectively\b", regex.I)
_OUTCOME_LIST = regex.compile(
    r"^(?:(?:[^,;()]|\([^()]{1,12}\)){2,40},\s+){1,}(?:(?:[^,;()]|\([^()]{1,12}\)){2,40},?\s+)?"
    r"(?:and|or)\s+(?:[^,;()]|\([^()]{1,12}\)){2,40}$"
)
_TWO_MODIFIERS = regex.compile(
    r"^(?i:(?:the\s+)?)(?!(?i:pre|post|before|after|baseline|early|late)\b)"
    r"(?P<a>[A-Za-z][a-z][\w-]+)\s+and\s+(?!(?:pre|post|before|after|late|final)\b)(?P<b>[a-z][\w-]{2,})\s+"
    r"(?P<head>(?!(?:of|in|on|for|to|with|at|by|between|among|from|were|was)\b)[\w-]+(?:\s+[\w-]+){0,3})$"
)
_TWO_LISTS = regex.compile(
    r"\bboth\b|^(?:as\s+regards|regarding|with\s+regard\s+to|concerning)\b", regex.I
)
_PREDICTORS = regex.compile(r"\b(?:associated|correlated|predict(?:ed|ive|ors?))\b", regex.I)
_LIST_ITEM_SPLIT = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# "migraine days and attacks frequency", "the incidence and severity of headache": two
# outcomes of two words or more, or two nouns sharing what follows "of"
_TWO_OUTCOMES = regex.compile(
    r"^(?!.*\b(?:between|both|either|and\s+\S+\s+and)\b)(?P<a>[^,;]+?)\s+and\s+(?P<b>[^,;]+)$",
    regex.I,
)
_DETERMINER = regex.compile(r"^(?:the|a|an|its|their)\s+", regex.I)
_OF_TAIL = regex.compile(r"^(?P<noun>[A-Za-z][\w-]+)(?P<tail>\s+of\s+.+)$")


def _split_outcome_list(record: EffectRecord, pvalues: int = 1) -> list[EffectRecord]:
    """ "no significant (p > 0.05) effect on the spirogram, heart rate, Ve, or sensation": a
    p-value shared by a list of outcomes gives one record per outcome."""
    bare = record.intervention is None and record.comparator is None and record.effect is None
    if (
        bare
        and record.p_value is not None
        and (pair := _TWO_MODIFIERS.match(record.outcome))
        and pvalues == 1  # not "(p = 0.018 and 0.035)": each p is one outcome's
    ):
        # "fasting and postprandial triglyceride concentrations were lower (P < 0.0001)": two
        # outcomes sharing one head
        return [
            record.model_copy(update={"outcome": f"{pair.group(side)} {pair.group('head')}"})
            for side in ("a", "b")
        ]
    if (
        bare
        and record.p_value is not None
        and pvalues == 1
        and (pair := _TWO_OUTCOMES.match(record.outcome))
    ):
        a = _DETERMINER.sub("", pair.group("a").strip())
        b = _DETERMINER.sub("", pair.group("b").strip())
        if len(a.split()) == 1 and (shared := _OF_TAIL.match(b)) is not None:
            a += shared.group("tail")  # "incidence and severity of headache"
        if len(a.split()) >= 2 and len(b.split()) >= 2:
            return [record.model_copy(update={"outcome": item}) for item in (a, b)]
    if not bare or record.p_value is None or not _OUTCOME_LIST.match(record.outcome):
        return [record]
    if _TWO_LISTS.search(record.outcome) or _PREDICTORS.search(record.evidence.text):
        # "As regards SPID and TOTPAR, both PCF and NAP": two lists in one; "attendance,
        # self-monitoring and the energy goal were associated with weight loss": predictors
        return [record]
    items = [item.strip() for item in _LIST_ITEM_SPLIT.split(record.outcome) if item.strip()]
    if len(items) < 3 or any(len(item.split()) > 6 or item[0].isdigit() for item in items):
        return [record]  # "Pain scores at 6, 12 and 24 hours": a list of times, one outcome
    return [record.model_copy(update={"outcome": item}) for item in items]


# ---------------------------------------------------------------- statistics to heads


_COUNT_THEN_SHARE = regex.compile(r"\s*[,;]\s*")


def _attach_intervals(sentence: SentenceMentions, spread_is_se: bool = False) -> list[ValueMention]:
    """Give each value its SD/IQR/CI/n, and each effect its CI, when written beside it."""
    values = list(sentence.values)
    effects = list(sentence.effects)
    norm, base = sentence.norm, sentence.start
    intervals = sentence.intervals
    if spread_is_se:
        # "Data are mean ± SEM": every unlabelled spread of the document is a standard error
        intervals = [replace(i, kind=IntervalKind.SE) if i.kind is None else i for i in intervals]
    for interval in intervals:
        inside = [
            i
            for i, e in enumerate(effects)
            if e.start < interval.start and interval.end <= e.end and e.ci is None
        ]
        if (
            inside
            and interval.kind is IntervalKind.CI
            and _CI_LABEL.search(norm, interval.start - base, interval.end - base)
        ):
            # "1.09 (95% confidence interval, 0.27–1.90) mmHg higher": the CI inside the effect
            effects[inside[0]] = replace(effects[inside[0]], ci=interval)
            continue
        if any(e.start <= interval.start < e.end for e in effects):
            continue
        holder = next((i for i, v in enumerate(values) if v.start <= interval.start < v.end), None)
        if holder is not None:
            value = values[holder]
            if interval.kind is None and value.sd is None:
                values[holder] = replace(value, sd=interval.low)
            elif interval.kind is not None and value.interval is None:
                values[holder] = replace(value, interval=interval)
            continue
        heads: list[tuple[int, str, int]] = [(v.end, "value", i) for i, v in enumerate(values)]
        heads += [(e.end, "effect", i) for i, e in enumerate(effects)]
        before = [h for h in heads if h[0] <= interval.start]
        if not before:
            continue
        end, kind, index = max(before)
        gap = norm[end - base : interval.start - base]
        adjacent = bool(_GAP_STATS.match(gap)) or (
            len(gap) < 30 and bool(_OPEN_BRACKET_GAP.match(gap))
        )
        # "1.2 fewer migraine days per month than placebo (95% CI ...)": an effect's own bracket
        own_bracket = (
            kind == "effect"
            and len(gap) < 90
            and bool(_OPEN_BRACKET_GAP.match(gap))
            and not _DIGIT.search(gap)
        )
        if not adjacent and not own_bracket:
            continue
        if kind == "effect":
            effect = effects[index]
            if effect.ci is None and interval.kind is IntervalKind.CI:
                reach = effect.end if not adjacent else max(effect.end, interval.end)
                effects[index] = replace(effect, ci=interval, end=reach)
        else:
            value = values[index]
            # The value now reaches over its SD or interval: what follows is the next arm.
            reach = max(value.end, interval.end)
            opened = norm[value.start - base : interval.start - base]
            if opened.count("(") + opened.count("[") > opened.count(")") + opened.count("]") and (
                close := _CLOSING.match(norm, interval.end - base)
            ):
                reach = max(reach, base + close.end())  # "13% (95% CI 9-20%) in the A group"
            scaled = _scaled_like(norm[value.start - base : value.end - base], value, interval)
            if not _holds(scaled, value):
                # "fell from 4.7% to 0.7% (95% CI 3.37 to 4.64)": the difference's CI, which
                # the value still reaches over
                values[index] = replace(value, end=reach)
                continue
            if scaled.kind is None and value.sd is None:
                values[index] = replace(value, sd=scaled.low, end=reach)
            elif scaled.kind is not None and value.interval is None:
                values[index] = replace(value, interval=scaled, end=reach)
    sentence.effects = effects
    for count in sentence.counts:
        near = [v for v in values if abs(v.start - count.end) < 40 or abs(count.start - v.end) < 40]
        if near:
            closest = min(
                near, key=lambda v: min(abs(v.start - count.end), abs(count.start - v.end))
            )
            gap = sentence.norm[count.end - base : closest.start - base]
            if (
                closest.unit == "%"
                and closest.events is None
                and count.end <= closest.start
                and _COUNT_THEN_SHARE.fullmatch(gap)
            ):
                # "migration (n=6, 20%)": the n counts the events the share is of
                values[values.index(closest)] = replace(closest, events=count.n)
            elif closest.n is None:
                values[values.index(closest)] = replace(closest, n=count.n)
    return values


def _holds(interval: IntervalMention, value: ValueMention) -> bool:
    """Whether a CI could be the value's own: it holds the value, or its size when a change
    is written unsigned inside ("fell by 3.5 (95% CI 2.9 to 4.1)")."""
    if interval.kind is not IntervalKind.CI or value.value is None:
        return True
    low, high = interval.low, interval.high
    if low is None or high is None or low > high:
        return True
    return any(low <= v <= high for v in (value.value, -value.value))


_COUNT_PAIR_LINK = regex.compile(r"\s*(?:vs\.?|versus|and|v)\s+", regex.I)
_SHARES_BRACKET = regex.compile(
    rf"\s*(?:(?:{people_nouns()}|events?|cases?)\s*)?[(\[]\s*$", regex.I
)


def _counts_then_shares(
    sentence: SentenceMentions, values: list[ValueMention]
) -> list[ValueMention]:
    """ "occurred in 11 versus 27 patients (5.4% vs 13.4%)": each share counts its arm's events."""
    base = sentence.start
    out = list(values)
    index = 0
    while index + 3 < len(out):
        a, b, c, d = out[index : index + 4]
        if (
            all(v.unit is None and v.events is None and v.value is not None for v in (a, b))
            and all(v.unit == "%" and v.events is None for v in (c, d))
            and _COUNT_PAIR_LINK.fullmatch(sentence.norm[a.end - base : b.start - base])
            and _SHARES_BRACKET.fullmatch(sentence.norm[b.end - base : c.start - base])
            and _COUNT_PAIR_LINK.fullmatch(sentence.norm[c.end - base : d.start - base])
            and all(float(v.value or 0).is_integer() for v in (a, b))
        ):
            out[index : index + 4] = [
                replace(c, events=int(a.value or 0)),
                replace(d, events=int(b.value or 0)),
            ]
        elif (
            all(_share_of(count, share) for count, share in ((a, c), (b, d)))
            and _SHARES_AFTER.fullmatch(sentence.norm[b.end - base : c.start - base])
            and _COUNT_PAIR_LINK.fullmatch(sentence.norm[c.end - base : d.start - base])
        ):
            # "in 11 of 108 patients after A and 39 of 110 after B (10.2% v 35.5%)": the
            # shares are the counts', as their arithmetic shows
            out[index : index + 4] = [
                replace(c, events=a.events, n=a.n),
                replace(d, events=b.events, n=b.n),
            ]
        index += 1
    return out


_SHARES_AFTER = regex.compile(r"[^\d;()]{0,60}\(\s*")


def _share_of(count: ValueMention, share: ValueMention) -> bool:
    """Whether a percentage is the count's events over its n, as rounded in print."""
    if count.unit is not None or count.events is None or not count.n or share.unit != "%":
        return False
    if share.events is not None or share.value is None:
        return False
    return abs(100 * count.events / count.n - share.value) <= 0.6


def _scaled_like(written: str, value: ValueMention, interval: IntervalMention) -> IntervalMention:
    """ "64×10^9/L (IQR 38–112)": bounds written without the value's power of ten take it."""
    exponent = power_of_ten(written)
    if exponent is None or value.value is None or interval.high is None:
        return interval
    scale = 10.0**exponent
    if not abs(interval.high) * scale >= abs(value.value) / 100 or abs(interval.high) >= abs(
        value.value
    ):
        return interval
    low = None if interval.low is None else interval.low * scale
    return replace(interval, low=low, high=interval.high * scale)


def _cues_between(
    sentence: SentenceMentions, start: int, end: int, kind: CueKind
) -> list[CueMention]:
    return [c for c in sentence.cues if c.kind is kind and start <= c.start and c.end <= end]


# "in the 29.5 mL dose group", "the 10 mg arm": a dose that names an arm
_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.I)
_LABELS_ARM = regex.compile(
    r"\s*(?:(?:dose|daily|weekly)\s+)?(?:groups?|arms?|cohorts?)\b", regex.I
)
_SCHEDULE_BEFORE = regex.compile(
    r"\bevery\s+(?:other\s+)?(?:\d+(?:\.\d+)?\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+|to\s+|[-–]\s*))*$",
    regex.I,
)
_DOSE_MULTIPLE_AFTER = regex.compile(
    r"\s?(?:(?:-?\s?fold|times)\b)?\s*(?:the\s+)(?:(?:recommended|usual|standard|approved|licensed|"
    r"maximum|normal|daily|labelled|labeled|clinical|therapeutic)\s+){0,3}(?:[\w-]+\s+){0,3}?doses?\b",
    regex.I,
)
_AT_BEFORE = regex.compile(
    r"\b(?:at|of)\s+(?:\d+(?:\.\d+)?\s*°?\s*(?:,\s*|and\s+|or\s+))*$", regex.I
)
_DEGREES_AT = regex.compile(r"[-−]?\d+(?:\.\d+)?\s?°(?!\s?[CF]\b)")


_SHARE_PRICE = regex.compile(
    r"(?:\b(?-i:[A-Z][\w-]+)\s+shares|\b(?:company's|developer's|its)\s+shares|(?-i:\bShares)\s+of|"
    r"\bstock\s+(?:price|market)?|\bshare\s+price)\b[^.;\d]{0,60}?\b(?:rose|fell|jumped|climbed|dropped|"
    r"gained|lost|slid|surged|soared|tumbled|sank|up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|more\s+than\s+)?$",
    regex.I,
)


def _is_context(sentence: SentenceMentions, value: ValueMention) -> bool:
    """A baseline value, dose, age, eligibility threshold or background figure."""
    rel_start, rel_end = value.start - sentence.start, value.end - sentence.start
    if (
        _SCHEDULE_BEFORE.search(sentence.norm[max(0, rel_start - 40) : rel_start])
        or (
            value.unit not in {None, "%", "pp", "points", "fold"}
            and _THE_BEFORE.search(sentence.norm, max(0, rel_start - 8), rel_start)
            and _LABELS_ARM.match(sentence.norm, rel_end)
        )
        or _DOSE_MULTIPLE_AFTER.match(sentence.norm, rel_end)
        or (
            _AT_BEFORE.search(sentence.norm[max(0, rel_start - 30) : rel_start])
            and _DEGREES_AT.match(sentence.norm, rel_start)
        )
    ):
        # "injected every 4, 6 or 8 weeks", "(four times the recommended dose)", "knee
        # extension at 90° of flexion": a schedule, a dose, a condition of the measurement
        return True
    if _SHARE_PRICE.search(sentence.norm, 0, rel_start):
        return True  # "Fenwick shares rose 9% to $42.10 in morning trading": the market's figure
    if value.measure in _CHANGES:
        return False
    window_start = max(sentence.start, value.start - 70)
    window = sentence.norm[window_start - sentence.start : value.start - sentence.start]
    window = _LABEL_BRACKET.sub(lambda m: " " * len(m.group()), window)  # "mean (SD) age was"
    if (cut := max(window.rfind(";"), window.rfind(")"), window.rfind(":"))) >= 0:
        window_start += cut + 1
    before = _real_context(sentence, window_start, value.start)
    if _in_context_brackets(sentence, value):
        return True
    after_end = min(sentence.end, value.end + 70)
    if (
        stop := _CLAUSE_STOP.search(
            sentence.norm[value.end - sentence.start : after_end - sentence.start]
        )
    ) is not None:
        after_end = value.end + stop.start()
    return bool(before) or bool(_real_context(sentence, value.end, after_end))


_LATER_TIME = regex.compile(
    r"\b(?:after|post-?(?:treatment|operative|intervention)|at\s+(?:week|month|day|the\s+end)|follow-up)\b",
    regex.I,
)


def _baseline_sentence(sentence: SentenceMentions) -> bool:
    """A sentence that opens with "Baseline" and reports no change or later time."""
    return bool(
        (_BASELINE_OPENING.match(sentence.norm) or _SAMPLE_DESCRIPTION.search(sentence.norm))
        and not _CHANGE_WORDS.search(sentence.norm)
        and not _SIGNED_CHANGE_LEAD.search(sentence.norm)
        and not _LATER_TIME.search(sentence.norm)
    )


_LABEL_BRACKET = regex.compile(r"\((?:SD|SE|SEM|IQR|range|95%\s?CI|s\.d\.)\)", regex.I)
_BASELINE_OPENING = regex.compile(
    r"^\W*(?:the\s+)?(?:(?:mean|median|average)\s+)?(?:(?:at|in|on)\s+(?:the\s+)?)?"
    r"(?:baseline\b(?!\s+(?:to|and|through|until)\b)|(?:screening|pre-?randomi[sz]ation)\b(?=[^.;]{0,60}\b(?:was|were)\b))",
    regex.I,
)
# "The study sample had a mean (SD) age 57.2 (6.3) years, BMI of 31.7 (3.8) kg/m2": who took part
_SAMPLE_DESCRIPTION = regex.compile(
    r"\b(?:aged?|ages)\b[^;]{0,30}?\d[^;]{0,80}?\b(?:BMI|body\s+mass\s+index|male|female|"
    r"Caucasian|white|black|Hispanic)\b"
    r"|\d\s?(?:±\s?\d+(?:\.\d+)?\s?)?years?\s+old\b"  # "The patients, 42 ± 15 years old, were burned on 46%"
    r"|\b(?:characteristics|demographics)\b[^;]{0,60}?\b(?:did\s+not\s+differ|"
    r"were\s+(?:similar|comparable|(?:well\s+)?balanced))",
    regex.I,
)


def _real_context(sentence: SentenceMentions, start: int, end: int) -> list[CueMention]:
    """Context cues in a span, leaving out "from baseline" and its kin (a change, not a baseline)."""
    return [
        c
        for c in _cues_between(sentence, start, end, CueKind.CONTEXT)
        if not _FROM_BEFORE.search(
            sentence.norm[max(0, c.start - sentence.start - 20) : c.start - sentence.start],
        )
        # "children aged 6-59 months was 10.9 g/dL": an age qualifies only the number beside it
        and not (_AGE_CUE.match(c.text) and end - c.end > 8)
        # "Among participants with prediabetes at baseline, 84.1% ...": who the subgroup is
        and not (
            c.text.lower().endswith("baseline")
            and _SUBGROUP_AT_BASELINE.match(sentence.norm[: c.end - sentence.start + 2])
        )
        # "decreased from 8.5 ± 1.7% at baseline to 7.4 ± 1.1%": the level a change starts from
        and not (
            c.text.lower() == "baseline"
            and (
                found := _FROM_AT_BASELINE.search(
                    sentence.norm, max(0, c.start - sentence.start - 40)
                )
            )
            is not None
            and found.start() < c.start - sentence.start < found.end()
        )
        # "4.2% of the 10 mg/kg group", "1.82 with 20 mg/kg and": a dose naming an arm
        and not (
            is_dose(c.text)
            and (
                _ARM_WORD_AFTER_DOSE.match(sentence.norm, c.end - sentence.start) is not None
                or (
                    _ARM_DOSE_LEAD.search(
                        sentence.norm,
                        max(0, c.start - sentence.start - 30),
                        c.start - sentence.start,
                    )
                    is not None
                    and _PHRASE_END.match(sentence.norm, c.end - sentence.start) is not None
                )
            )
        )
        # "11/409 (2.7%) with either dose of ofraxolone": the dose names the arm
        and not (
            c.text.lower() == "dose of"
            and _ARM_DOSE_BEFORE.search(
                sentence.norm, max(0, c.start - sentence.start - 20), c.start - sentence.start
            )
        )
    ]


_SUBGROUP_AT_BASELINE = regex.compile(
    rf"^\W*(?:among|in|for|of)\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:(?:{people_nouns()})\s+)?(?:with|who\s+had|who\s+were)\s+[^,;()]{{1,60}}?\bat\s+baseline\s*,",
    regex.I,
)
_ARM_WORD_AFTER_DOSE = regex.compile(
    r"\s*(?:(?:,|and|or)\s*[\d.]+\s*[^\s,]+\s*)*(?:dose\s+)?(?:groups?|arms?|cohorts?|recipients)\b",
    regex.I,
)
_ARM_DOSE_LEAD = regex.compile(
    r"\b(?:with|on|receiving|given|taking|of|in|and)\s+(?:the\s+)?[\d.]+\s*$", regex.I
)
_PHRASE_END = regex.compile(
    r"\s*(?:[,;)]|$|\.(?!\d)|(?:and|or|vs\.?|versus|compared|than|groups?|arms?)\b)", regex.I
)
_FROM_AT_BASELINE = regex.compile(
    r"\bfrom\s+[^;()]{1,30}?\bat\s+baseline\s+to\s(?![^;]*\bfrom\s+[-\d])", regex.I
)
_CI_LABEL = regex.compile(r"\bCI\b|confidence", regex.I)
_ARM_DOSE_BEFORE = regex.compile(
    r"\b(?:with|on|receiving|given|in)\s+(?:either|each|both|any|the\s+(?:higher|lower|same))\s+$",
    regex.I,
)


_AGE_CUE = regex.compile(r"^(?:aged|age|ages|age\s+of|years\s+old)$", regex.I)


def _in_context_brackets(sentence: SentenceMentions, value: ValueMention) -> bool:
    """ "(median age 69 years; 57% with a urinary source)": baseline facts in brackets."""
    rel = value.start - sentence.start
    opening = sentence.norm.rfind("(", 0, rel)
    if opening < 0 or sentence.norm.rfind(")", 0, rel) > opening:
        return False
    closing = sentence.norm.find(")", rel)
    closing = len(sentence.norm) if closing < 0 else closing
    # "(−1.1%, baseline 8.5%)": a cue after the value's own comma qualifies the next number only
    comma = sentence.norm.find(",", value.end - sentence.start, closing)
    closing = comma if comma >= 0 else closing
    return bool(
        _cues_between(sentence, sentence.start + opening, sentence.start + closing, CueKind.CONTEXT)
    ) or (
        value.unit is None
        and bool(_ENROLMENT_WORDS.search(sentence.norm[max(0, opening - 30) : opening]))
    )


# "486 patients were randomly assigned": a sentence about enrolment, not results.
_ENROLMENT_CLAUSE = regex.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:randomi[sz]ed|assigned|enrolled|allocated|recruited|included|analy[sz]ed)\b"
    r"|\bunderwent\s+randomi[sz]ation\b|\brandomi[sz]ed\s+\d|\brandomi[sz]ed\s+(?:patients|participants|subjects)\b"
    r"|\bentered\s+the\s+(?:study|trial)\b|\bwere\s+screened\b"
    # "We enrolled 309 adults", "We analyzed 210 follow-up respondents"
    r"|\b(?:we|they)\s+(?:enrolled|recruited|randomi[sz]ed|analy[sz]ed|included|studied)\s+(?:a\s+total\s+of\s+)?\d"
    r"|\b(?:completed|finished)\s+the\s+(?:study|trial|follow-up|protocol)\s*[.;]"
    r"|\banalys[ie]s\s+(?:was|were)\s+(?:carried\s+out|performed|conducted|done)\s+(?:in|on|for)\b",
    regex.I,
)
_ENROLMENT_WORDS = regex.compile(
    r"\b(?:randomi[sz]ed|randomly\s+assigned|underwent\s+randomi[sz]ation|enrolled|recruited|allocated)\b",
    regex.I,
)


# ---------------------------------------------------------------- arms


def _compatible(a: ValueMention, b: ValueMention) -> bool:
    if a.unit == b.unit:
        return True
    if a.unit and b.unit and "/" in a.unit and a.unit.split("/")[0] == b.unit:
        return True  # "2.1 hours per day in A and 3.4 hours in B": the rate said once
    if a.unit == "pp" and b.unit == "points":
        return True  # "rose by 31 percentage points with A versus 24 points with B"
    return a.unit is None or (b.unit is None and a.unit not in {"%", "fold"})


_LABELLED_ARM_GAP = regex.compile(r"\s*[;,]\s*[^\W\d_][\w+/.-]*(?:\s+[\w+/.-]+){0,3}\s*:\s*")
_LABEL_BEFORE_VALUE = regex.compile(
    r"(?:^|[—–:;,-]\s*)[^\W\d_][\w+/.-]*(?:\s+[\w+/.-]+){0,3}\s*:\s*$"
)


def _linked(
    sentence: SentenceMentions, a: ValueMention, b: ValueMention, third: bool = False
) -> bool:
    """Whether the text between two numbers joins them as arms of one comparison."""
    between = sentence.norm[a.end - sentence.start : b.start - sentence.start]
    # "... versus barely one in ten (10 per cent) on the fake": the share said in words
    # before its bracketed figure is the second number itself, not words between the two
    between = _SHARE_THEN_BRACKET.sub("", between)
    if _LABELLED_ARM_GAP.fullmatch(between) and _LABEL_BEFORE_VALUE.search(
        sentence.norm, max(0, a.start - sentence.start - 40), a.start - sentence.start
    ):
        return True  # "— Lerodisiran: −52.4 mg/dL; Placebo: +1.9 mg/dL": each arm labelled
    if _COMMA_ONLY.fullmatch(between) and sentence.norm[: a.start - sentence.start].count(
        "("
    ) > sentence.norm[: a.start - sentence.start].count(")"):
        return True  # "(-0.7 ± 1.8, 1.0 ± 2.5 kg)": two arms in one bracket
    if _own_pvalue(sentence, a) and _own_pvalue(sentence, b) and not _ARM_IN_GAP.search(between):
        return False  # "(-32.6%; p=0.012, -44%; p=0.031 ...)": each number has its own test
    if (
        all(_value_text(sentence, v).startswith("+") for v in (a, b))
        and _NEW_LABEL_GAP.fullmatch(between)
        and arm_before(sentence.norm, b.start - sentence.start) is None
    ):
        return False  # "Knowledge (+12.5%); Attitudes (+13.5%)": signed changes of two outcomes
    if (
        a.measure in _CHANGES
        and (_arm_then_pvalue(sentence, a) or _own_pvalue(sentence, a))
        and (_arm_then_pvalue(sentence, b) or _own_pvalue(sentence, b))
        and _arm_of(sentence, b) is not None
        and not _STRONG_LINK.search(_P_AGAINST_BASELINE.sub(" ", between))
    ):
        # "decreased by 14% in the soy group (P = .02) and by 18% in the placebo group (P <
        # .001)": each arm's change tested against its own baseline, not against the other arm
        return False
    levels = (_control_level(sentence, a), _control_level(sentence, b))
    roles = tuple(None if level is None else level > 0 for level in levels)
    if ";" not in between and len(between) < 150 and None not in levels and levels[0] != levels[1]:
        # one arm is the control, the other is not, or a weak control against a strong one
        # ("2.6 points with nemocytine alone ..., compared with a 1.2-point drop on placebo")
        return True
    if (
        any(a.end <= t.start and t.end <= b.start for t in sentence.times)
        and any(b.end <= t.start <= b.end + 40 for t in sentence.times)
        and roles == (None, None)
        and not _LINK_ARMS_ONLY.search(between)
    ):
        return False  # "by 31.6 pp at the sixth month and 38.4 pp at the twelfth": two times
    if roles == (None, True) and (
        _NAMED_THEN_CONTRAST.match(between)
        or (len(between) < 80 and not _DIGIT.search(between) and _CONTRAST.search(between))
    ):
        # "shortened by 3.9 ms on olvesitide but lengthened by 0.6 ms on placebo", "declined by
        # 22.4, whereas it rose by 3.1 in the comparison group"
        return True
    if _parallel_arms(sentence, a, between) or _parallel_prepositions(sentence, a, b):
        return True
    if (
        a.unit == b.unit
        and len(between) < 120
        and not _DIGIT.search(between)
        and (second := _CONTRAST_SUBJECT.search(between)) is not None
        and control_strength(second.group("subject")) > 0
    ):
        # "used CPAP 4.1 hours per night, while the usual care patients averaged 2.8 hours":
        # the second clause's subject is the control
        return True
    if (
        (first := _of_named_people().match(between)) is not None
        and _PEOPLE_LINK.fullmatch(between[first.end() :])
        and _of_named_people().match(sentence.norm, b.end - sentence.start)
    ):
        return True  # "11.6% of tacrolimus recipients but only 4.0% of coravacept recipients"
    if (
        len(between) < 150
        and ";" not in between
        and not _DIGIT.search(between)
        and _COMPARED_AT_END.search(between)
        and (
            _OF_PEOPLE_AFTER.match(sentence.norm, b.end - sentence.start)
            or arm_after(sentence.norm, b.end - sentence.start) is not None
        )
    ):
        # "71% of the time-restricted eaters were still following their diet at one year,
        # compared with 49% of those counting calories": the clause ends on the other arm
        return True
    if _to_from(sentence, a, b):
        return True
    if (
        a.measure is Measure.COUNT
        and b.measure is Measure.COUNT
        and _CLAUSE_ARM_THEN_LINK.match(between)
        and _CLAUSE_ARM.match(sentence.norm[b.end - sentence.start :])
    ):
        return True  # "5 patients developed VAP in the PSV group, whereas 1 patient had ... in the NIV group"
    if (
        a.measure in _CHANGES
        and b.measure == a.measure
        and _AND_BY.search(between)
        and ";" not in between
        and len(between) < 120
        and not _NEW_OUTCOME_BEFORE_BY.search(between)
        and not any(a.end <= t.start and t.end <= b.start for t in sentence.times)
    ):
        return True  # "fell by 7% in the A arm but by 18% in the B arm" (not "at 6 months and by")
    named = arm_after(sentence.norm, a.end - sentence.start)
    if (
        named is not None
        and _LIST_GAP.fullmatch(sentence.norm[named[2] : b.start - sentence.start])
        and arm_after(sentence.norm, b.end - sentence.start) is not None
    ):
        return True  # "in 85% of CQ, 40% of CQ+PQ and 23% of SP+AS": a list of arms
    if _LABEL_LIST_GAP.fullmatch(between) and (
        arm_before(sentence.norm, a.start - sentence.start) is not None
        and arm_before(sentence.norm, b.start - sentence.start) is not None
    ):
        return True  # "were: CQ 55/68 (81%); CQ+AS 19/67 (28%)": a list of labelled arms
    between = _LEADING_BRACKET.sub("", between)  # "92% (adjuvanted), 85% ..."
    own = sentence.norm[a.start - sentence.start : a.end - sentence.start]
    if own.count("(") + own.count("[") > own.count(")") + own.count("]") and (
        close := _CLOSING.match(between)
    ):
        between = between[close.end() :]  # "97.8% (95% CI: 87.8–99.8%), 100% ..."
    if _COMMA_ONLY.fullmatch(between) or (
        _COMMA_ONLY.fullmatch(_LEADING_ARM_PHRASE.sub("", between))
    ):
        return True  # "58% with A, 49% with B, and 38% with placebo": a list of arms
    bracketed_semicolon = (
        ";" in between
        and len(between) < 40
        and _inside_brackets(sentence.norm, b.start - sentence.start)
    )
    if len(between) > 150 or (";" in between and not bracketed_semicolon):
        return False
    if not _LINK.search(between) and not bracketed_semicolon:
        return False
    strong = _STRONG_LINK.search(between) is not None
    if a.measure in _CHANGES and _ELLIPSIS.match(between):
        return False
    if (
        third
        and _AND_ONLY.fullmatch(between)
        and _THAN.search(
            sentence.norm, max(0, a.start - sentence.start - 50), a.start - sentence.start
        )
    ):
        return True  # "higher with A (91%) than with B (78%) and monotherapy (64%)": a third arm
    if (other := _NEW_OUTCOME.search(between)) is not None and not _names_arm(other.group("np")):
        return False  # "nausea in 20% and vomiting in 10%": a second outcome, not a second arm
    if _NEW_RATE_OF.search(between):
        return False  # "a technical success rate of 96.8% and a clinical success rate of 80.0%"
    if a.measure in _CHANGES and b.measure in _CHANGES and b.change_verb and a.change_verb:
        # "fell by 3 points and rose by 2 points": two changes, each with its own verb
        return not _BY_OR_OF.search(between)
    arm = arm_after(sentence.norm, a.end - sentence.start)
    if arm is not None:
        between = sentence.norm[arm[2] : b.start - sentence.start]
    between = _TRAILING_BY.sub("", between)  # "fell by 8 in A and by 3 in B"
    between = _BY_TIME.sub(" ", between)  # "by month 24", "by day 28": a timepoint
    if _BY_WORD.search(between):
        return False  # "..., and fatigue by 9%": a new outcome with its own numbers
    words = _WORD.findall(between)
    foreign = [
        w
        for w in words
        if w.lower() not in _LINK_FILLER and w.lower().rstrip(".") not in _LINK_FILLER
    ]
    if third:
        return len(foreign) <= 2 and not _AND_NEW_CLAUSE.search(between)
    return len(foreign) <= (8 if strong else 3)


_SHARE_THEN_BRACKET = regex.compile(
    r"(?:\b"
    + APPROXIMATELY
    + r"\s+)?\b(?:"
    + FREQUENCY
    + r"|"
    + FRACTION
    + r")(?:\s+[^\W\d_][\w-]*){0,3}\s?\(\s?$",
    regex.IGNORECASE,
)
_CONTRAST_SUBJECT = regex.compile(
    r",\s*(?:while|whereas|but|and)\s+(?P<subject>[^,;()]{2,80})$", regex.I
)
# "3.1% of the 1,228 women who were given X and (in) 5.8% of those who ...": each number is
# followed by the people it counts, described by a relative or participle clause, and the
# connector right before the second number repeats the first number's preposition.
_PARALLEL_ARMS = regex.compile(
    r"""
    ^\s?%?\s?(?:\([^()]{0,40}\)\s*)?                 # "(15.3%)"
    (?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?            # "of the 1,228"
    (?:(?:patients|participants|subjects|women|men|children|people|infants|adults|students|
       pupils|residents|mothers|neonates|babies|individuals|those|persons|users|recipients)\s+)?
    (?:who|whose|that|assigned|allocated|randomi[sz]ed|treated|receiving|received|given|
       taking|on|in|under|getting|undergoing|managed|offered|using|having)\b
    [^;]{0,120}?
    (?:,\s*)?\b(?P<conn>and|compared\s+(?:with|to)|versus|vs\.?|whereas|while|against)
    \s+(?:(?P<prep>in|among|of|for|with|by)\s+)?(?:the\s+|those\s+)?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@cache
def _of_named_people() -> regex.Pattern[str]:
    return regex.compile(
        rf"\s?%?\s*(?:\([^()]{{0,30}}\)\s*)?of\s+(?:the\s+)?(?:[\w+/-]+\s+){{1,3}}?(?:{people_nouns()})\b",
        regex.I,
    )


_PEOPLE_LINK = regex.compile(
    r"\s*,?\s*(?:but|and|while|whereas|compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s+"
    r"(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+)?(?:in\s+)?",
    regex.I,
)
_COMPARED_AT_END = regex.compile(
    r"(?:(?:,|\s-)\s*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)|,?\s+as\s+opposed\s+to)\s+"
    r"(?:" + APPROXIMATELY + r"\s+)?$",
    regex.I,
)
_OF_PEOPLE_AFTER = regex.compile(
    r"\s?%?\s*\)?\s*(?:\([^()]{0,30}\)\s*)?(?:of|in|among|for|on)\s+(?:those|the|patients|participants|"
    r"people|women|men|children|subjects)\b",
    regex.I,
)
_WORD_BEFORE = regex.compile(r"(?P<word>[^\W\d_]+)\s*$")


# "... and vomiting in 10%", "..., and dizziness (4%)": after the connector a noun phrase
# that names no arm leads the second number, so it starts a new outcome.
_NEW_OUTCOME = regex.compile(
    r"""
    (?:^|[\s,])and\s+
    (?!(?:the|in|with|among|for|those|of|on|by|at|to|a|an|after|receiving|given|patients|
        participants|subjects|respectively|vs|versus)\b|"""
    + APPROXIMATELY
    + r"""\s*$)
    (?P<np>[^\W\d_][\w+α-ω-]*(?:\s+(?!(?:in|of|among|at|with|for|was|were|occurred)\b)[\w+α-ω-]+){0,3})
    \s*(?:\(\s*)?(?:(?:was|were|occurred|developed|reported)\s+)?(?:in|of|among|at|for)?\s*
    (?:\(\s*(?:n\s*=\s*\d[\d,]*\s*[,;]\s*)?)?$           # "and tumor ingrowth (n=1, 3.3%)"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# "..., and weight by 2 kg": "and <noun> by" starts a new outcome (not "and by")
_NEW_OUTCOME_BEFORE_BY = regex.compile(
    r"\b(?:and|but|while|whereas)\s+(?!(?:by|in|among|with|for)\b)[^\W\d_]+[^,;]*\bby\s*$", regex.I
)


def _names_arm(phrase: str) -> bool:
    """Whether a phrase names an arm: a control, or a group / arm / cohort."""
    return control_strength(phrase) > 0 or _group_word_end().search(" " + phrase) is not None


# "1,204 episodes of malaria among vaccinated children and 1,771 among controls": the
# second number repeats the preposition that named the first number's arm.
_PREP_ARM_THEN_LINK = regex.compile(
    r"""^[^\d;]{0,60}?\s(?P<prep>among|in|with|on|for|receiving|after)\s+[^\d;,]{1,50}?\s*,?\s*
    (?:and|vs\.?|versus|compared\s+(?:with|to)|against|as\s+against|but)\s+(?:only\s+|just\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)


# "18 admissions in the DP group, 41 in the SP group, and 77 ...": a comma joins arms of a list
# when the next number repeats the preposition and the list goes on after it
_PREP_ARM_THEN_COMMA = regex.compile(
    r"^[^\d;]{0,60}\s(?P<prep>among|in|with|on|for|receiving|after)\s+(?P<name>[^\d;,]{1,50}?)\s*,\s*$",
    regex.IGNORECASE,
)
_LIST_GOES_ON = regex.compile(
    r"[^\d;,()]{1,50}?\s*,?\s*(?:and\s+|or\s+)?(?:only\s+|just\s+)?[-−]?\d"
)
_NEVER = regex.compile(r"(?!)")
_SAME_PREP_AFTER = {
    prep: regex.compile(rf"\s*(?:\([^()]*\)\s*)?(?:[^\W\d_]+\s+){{0,2}}?{prep}\s", regex.IGNORECASE)
    for prep in ("among", "in", "with", "on", "for", "receiving", "after")
}


def _parallel_prepositions(sentence: SentenceMentions, a: ValueMention, b: ValueMention) -> bool:
    """Two numbers each followed by the same preposition naming its arm."""
    # "93.5% remained arrested at 24 months with A and 88.0% with B": a time between is no number
    start = a.end - sentence.start
    between = _without_times(sentence, start)[start : b.start - sentence.start]
    between = _SHARE_THEN_BRACKET.sub("", between)
    if (match := _PREP_ARM_THEN_LINK.match(between)) is not None:
        same = _SAME_PREP_AFTER[match.group("prep").lower()]
        return same.match(sentence.norm, b.end - sentence.start) is not None
    match = _PREP_ARM_THEN_COMMA.match(between)
    if match is None or _PEOPLE.fullmatch(match.group("name").removeprefix("the ")):
        return False
    repeat = _SAME_PREP_AFTER[match.group("prep").lower()].match(
        sentence.norm, b.end - sentence.start
    )
    return repeat is not None and _LIST_GOES_ON.match(sentence.norm, repeat.end()) is not None


def _parallel_arms(sentence: SentenceMentions, a: ValueMention, between: str) -> bool:
    """Two numbers, each followed by the people it counts, joined as arms of one comparison."""
    match = _PARALLEL_ARMS.match(between)
    if match is None or _DIGIT.search(between[match.start("conn") :]):
        return False
    prep = match.group("prep")
    if prep is None:
        return True
    before = _WORD_BEFORE.search(sentence.norm[: a.start - sentence.start])
    return before is not None and before.group("word").lower() == prep.lower()


# ", and dizziness 13% and 7%", "; vomiting, 4.1% and 3.9%": a new outcome's name, then two
# numbers joined by "and" alone
_NEXT_OUTCOME_GAP = regex.compile(
    r"^\s*%?(?:\s*(?:on|with|in|among|of|for)\s+[^\d,;()]{1,40}?)?\s*[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?:for\s+|of\s+)?(?P<name>[^\d()\[\];,]{2,50}?)"
    r"\s*(?:,|:|\s(?:in|of|was|were|at))?\s*$",
    regex.I,
)
_AND_GAP = regex.compile(r"^\s*(?:%\s*)?and\s*$", regex.I)


def _parallel_bare_pairs(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "Somnolence affected 22% of women on A compared with 6% on placebo, and dizziness 13%
    and 7%": after a pair of arms, a second outcome's two bare numbers are the same arms."""
    out: list[_Draft] = []
    index = 0
    while index < len(drafts):
        draft = drafts[index]
        if index + 1 < len(drafts) and out and len(out[-1].values) == 2:
            a, b = draft, drafts[index + 1]
            if (
                len(a.values) == len(b.values) == 1
                and a.effect is None
                and b.effect is None
                and a.values[0].measure == b.values[0].measure
                and a.values[0].unit == b.values[0].unit
                and _AND_GAP.match(
                    sentence.norm[
                        a.values[0].end - sentence.start : b.values[0].start - sentence.start
                    ]
                )
                and (
                    named := _NEXT_OUTCOME_GAP.match(
                        sentence.norm[
                            out[-1].end - sentence.start : a.values[0].start - sentence.start
                        ]
                    )
                )
                and not _names_arm(named.group("name"))
                and not _RESPECTIVELY.match(sentence.norm[b.values[0].end - sentence.start :])
                and not any(a.end <= t.start < b.end + 30 for t in sentence.times)
                and not _arm_of(sentence, b.values[0])
            ):
                name = named.group("name").strip()
                out.append(
                    _Draft(values=[a.values[0], b.values[0]], start=a.start, end=b.end, named=name)
                )
                index += 2
                continue
        out.append(draft)
        index += 1
    return out


def _borrowed_order(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "from 38% in controls to 51% in the treatment group corresponding to median times of 17
    and 48 months": an unnamed pair after a named one lists its arms in the same order."""
    control_first: bool | None = None
    for draft in sorted(drafts, key=lambda d: d.start):
        if len(draft.values) != 2 or draft.values[0] is draft.values[1]:
            continue
        named = [_arm_of(sentence, v) is not None for v in draft.values]
        if all(named) or _from_to(sentence, sorted(draft.values, key=lambda v: v.start)):
            control_first = draft.values[1].start < draft.values[0].start
        elif not any(named) and control_first and draft.values[0].start < draft.values[1].start:
            draft.values = [draft.values[1], draft.values[0]]
    return drafts


_THERE_WAS_CHANGE = regex.compile(
    r"\bthere\s+(?:was|were)\s+(?:an?\s+)?(?:(?:significant|progressive|marked|small|slight|"
    r"greater|larger|modest|gradual|steady|further|similar)\s+){0,2}"
    r"(?:increases?|decreases?|reductions?|improvements?|declines?|rises?|falls?|changes?|gains?|losses?)"
    r"\s+(?:in|of)\s+(?P<object>[^,;()\d]{2,60}?)"
    r"(?=\s+(?:in|among|with|for|on)\s+(?:the\s+|both\s+|all\s+)?[^,;()\d]{0,40}?(?:groups?|arms?)\b|\s*[(,;]|$)",
    regex.I,
)
_COUNTED_ARM = regex.compile(
    rf"\d+\s+(?:(?:of|out\s+of)\s+\d[\d,]*\s+)?(?:(?P<arm>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+"
    rf"(?:{people_nouns()})|(?P<arm>controls))\s*[(\[]",  # "36 of 209 controls (17.2%)"
    regex.I,
)
# "9 of 270 children on vehicle (3.3%) and 31 of 269 on cyclomidine (11.5%)": the arm after
# the people counted
_COUNTED_ON_ARM = regex.compile(
    rf"\d+\s+(?:(?:of|out\s+of)\s+\d[\d,]*\s+(?:(?:{people_nouns()})\s+)?|(?:{people_nouns()})\s+)"
    r"(?:on|given|receiving|taking|treated\s+with|allocated\s+to|assigned\s+to|in\s+the)\s+"
    r"(?P<arm>[^\W\d_][\w+/-]*(?:\s+[^\W\d_][\w+/-]*){0,3}?)\s*[(\[]",
    regex.I,
)
# "15 of 139 (10.8%) placebo and 28 of 141 (19.9%) lumaglutide participants": the arm's
# name qualifies the people counted, or stands alone before the next arm
_QUALIFIED_PEOPLE = regex.compile(
    rf"\s?(?:\)\s*|\([^()]{{0,40}}\)\s*)?(?P<arm>[^\W\d_][\w+/-]*)\s+(?:{people_nouns()})\b"
    r"|\s?(?:\)|\([^()]{0,40}\))?\s*(?P<arm>placebo|controls?|sham|usual\s+care|standard\s+care)"
    r"(?=\s*(?:,|;|\band\b|\bvs\b|\bversus\b|\)))",
    regex.I,
)
# "23 events occurred among the 189 children in the X group": the arm follows the people
_EVENTS_AMONG = regex.compile(
    rf"(?:\s+[^\W\d_][\w-]*){{0,3}}?\s+(?:among|of|in|out\s+of)\s+(?:the\s+)?"
    rf"(?P<n>\d[\d,]*)\s+(?:{people_nouns()})\b",
    regex.I,
)
_BRACKET_LEAD_WORDS = regex.compile(r"[^\W\d_][^\d();]{0,40}?[,:]\s*")
_GROUP_WORD = regex.compile(r"\b(?:group|arm)s?\b", regex.I)
_BRACKET_VERSUS = regex.compile(r"\bvs\.?|\bversus\b|\band\b", regex.I)
_IN_THE = regex.compile(r"\b(?:in|among|for|of)\s+(?:the\s+)?", regex.I)


def _arm_of(sentence: SentenceMentions, value: ValueMention) -> tuple[str, int, int] | None:
    """The arm named beside a value; a name before a bracket holding several values is none."""
    after = arm_after(sentence.norm, value.end - sentence.start)
    if after is not None:
        return after
    since = _SINCE_BASELINE.match(sentence.norm, value.end - sentence.start)
    if since is not None and (after := arm_after(sentence.norm, since.end())) is not None:
        return after  # "decreased by 31.5% from baseline in the LymfaPulse group"
    among = _EVENTS_AMONG.match(sentence.norm, value.end - sentence.start)
    if (
        among is not None
        and value.n is not None
        and int(among.group("n").replace(",", "")) == value.n
        and (after := arm_after(sentence.norm, among.end())) is not None
    ):
        return after
    qualified = _QUALIFIED_PEOPLE.match(sentence.norm, value.end - sentence.start)
    if (
        qualified is not None
        and value.events is not None
        and not qualifies_people(qualified.group("arm"))
    ):
        return qualified.group("arm"), qualified.start("arm"), qualified.end("arm")
    counted = _COUNTED_ARM.match(sentence.norm, value.start - sentence.start) or (
        _COUNTED_ON_ARM.match(sentence.norm, value.start - sentence.start)
        if value.events is not None
        else None
    )
    if counted is not None and counted.end() <= value.end - sentence.start:
        # "in 31 angioplasty patients (16.4%)": the people counted are named by their arm
        return counted.group("arm"), counted.start("arm"), counted.end("arm")
    before = arm_before(sentence.norm, value.start - sentence.start)
    if before is None:
        # "in the intervention group (mean annual increase, 2.0 points; SE 0.2)": the first
        # number of a bracket opened right after the arm's name
        rel = value.start - sentence.start
        opening = sentence.norm.rfind("(", 0, rel)
        if (
            opening > 0
            and ")" not in sentence.norm[opening:rel]
            and _BRACKET_LEAD_WORDS.fullmatch(sentence.norm[opening + 1 : rel])
            and (named := arm_before(sentence.norm, opening)) is not None
            and _GROUP_WORD.search(named[0])
            and not _BRACKET_VERSUS.search(sentence.norm[rel:].split(")", 1)[0])
        ):
            inner = list(_IN_THE.finditer(named[0]))
            if inner:  # "disability in the intervention group": the arm is after "in the"
                cut = inner[-1].end()
                return named[0][cut:], named[1] + cut, named[2]
            return named
        return None
    rel = value.end - sentence.start
    closing = sentence.norm.find(")", rel)
    if (
        sentence.norm[before[2] : value.start - sentence.start].strip().endswith("(")
        and closing >= 0
        and sentence.norm[rel - 1 : rel] not in {")", "]"}  # "(18, 22.5%)": closed by the value
    ):
        inside = sentence.norm[rel:closing]
        if _BRACKET_LIST.search(inside):
            return None  # "(3.1 vs 5.4)": the bracket compares arms named elsewhere
    than = _THAN_ARM.search(sentence.norm, 0, before[1])
    if (
        than is not None
        and _LISTED_PAIR.match(sentence.norm, before[2], value.start - sentence.start + 1)
        and _VERSUS_NEXT.match(sentence.norm, rel)
    ):
        # "greater in the placebo group than in the levamisole group, 68% vs 38%": the pair
        # lists the two arms of the comparison in their order, so the first value is the
        # first arm's
        return arm_before(sentence.norm, than.start())
    if (
        not sentence.norm[before[2] : value.start - sentence.start].strip()
        and _VERSUS_NEXT.match(sentence.norm, rel)
        and control_strength(before[0]) == 0
        and not _GROUP_WORD.search(before[0])
    ):
        return None  # ": ICU mortality 21.4% vs 22.6%": a label before a pair names its outcome
    return before


_THAN_IN = r"\bthan\s+(?:in\s+|with\s+|for\s+|among\s+)?(?:the\s+)?"  # "than in the"
_THAN_ARM = regex.compile(rf"{_THAN_IN}$", regex.I)
_LISTED_PAIR = regex.compile(r"\s*[,:]\s*\d")
_VERSUS_NEXT = regex.compile(r"\s?%?\s*(?:vs\.?|versus)\s*[-−]?\d", regex.I)


# "the high dose group", "the MPA arm": a named arm of up to four words
_ARM_NAME = r"[\w+α-ωµ-]+(?:\s+[\w+α-ωµ-]+){0,3}?\s+(?:group|arm|cohort)"
# "The usual-care group made 37 emergency department visits ...": the arm is the subject
_SUBJECT_ARM = regex.compile(
    r"^\W*(?:the\s+)?(?P<group>[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:group|arm))\s+"
    r"(?:made|had|reported|needed|required|experienced|showed|used|spent|lost|gained|recorded|"
    r"suffered|developed|averaged)\b",
    regex.I,
)
_LEAD_ARM = regex.compile(
    r"""^\W*(?:in|among|with|for)\s+(?:the\s+)?
    (?P<group>"""
    + _ARM_NAME
    + r"""
      # "Among women who stayed on alendronate alone, 11.9% ...": people described by their arm
      |(?:patients|participants|subjects|women|men|children|people|adults|infants|those)\s+
       (?:who|given|receiving|on|treated|assigned|allocated|randomi[sz]ed|taking|using|managed|
          undergoing|getting)\b[^,;()\d]{0,60}?)
    (?:\s*,|\s+(?=(?:the|mean|median|average|overall)\s))""",
    regex.I | regex.X,
)


_NAME_DIGITS = regex.compile(r"(?<=[^\W\d_]-?)\d+")


def _lead_arm(sentence: SentenceMentions, value: ValueMention) -> str | None:
    """The arm a sentence opens with, when the value is the first number after it."""
    lead = _LEAD_ARM.match(sentence.norm) or _SUBJECT_ARM.match(sentence.norm)
    if lead is None:
        return None
    # "In the saline group the score at week 24 was 31.2": a time between is no number
    gap = _without_times(sentence, lead.end())[lead.end() : value.start - sentence.start]
    if _DIGIT.search(_NAME_DIGITS.sub(" ", gap)):  # "SNOT-22", "IL-6": names
        return None
    return str(lead.group("group"))  # "In the sham group, pressure fell by 4.1 mmHg"


def _control_level(sentence: SentenceMentions, value: ValueMention) -> int | None:
    """How strongly the arm named beside a value is a control (0 active, 1 weak, 2 control)."""
    arm = _arm_of(sentence, value)
    if arm is None and (lead := _lead_arm(sentence, value)) is not None:
        return control_strength(lead)
    return None if arm is None else control_strength(arm[0])


def _is_comparator(sentence: SentenceMentions, value: ValueMention) -> bool | None:
    """True/False when an arm phrase beside the value names a control / an active arm."""
    level = _control_level(sentence, value)
    return None if level is None else level > 0


def _pair(
    sentence: SentenceMentions,
    values: list[ValueMention],
    controls: tuple[str, ...] = (),
    treatments: tuple[str, ...] = (),
) -> list[_Draft]:
    drafts: list[_Draft] = []
    values = _elliptical_changes(sentence, values)
    index = 0
    while index < len(values):
        if (crossed := _crossed_pairs(sentence, values, index)) is not None:
            # "(-0.11 cm, -8%) as compared to the control group (-0.21 cm, -13.9%)"
            lead = crossed[0][0]
            if lead.measure in _CHANGES and all(
                v.unit == lead.unit for pair in crossed for v in pair
            ):
                # "decreased by 9.1 and 8.6 points with A versus 5.8 and 5.0 points with B": one
                # verb signs both lists
                crossed = [
                    [
                        v
                        if v is lead
                        else replace(v, measure=lead.measure, value=_signed_like(lead, v))
                        for v in pair
                    ]
                    for pair in crossed
                ]
            for pair in crossed:
                for draft in _arms(sentence, _share_change(pair), controls, treatments):
                    draft.crossed = values[index].start
                    drafts.append(draft)
            index += 2 * len(crossed)
            continue
        chain = [values[index]]
        while index + len(chain) < len(values):
            nxt = values[index + len(chain)]
            if (
                _compatible(chain[-1], nxt)
                and _linked(sentence, chain[-1], nxt, third=len(chain) >= 2)
                and not (len(chain) == 1 and _for_both(sentence, chain[0], written_after=True))
            ):
                chain.append(nxt)
            else:
                break
        index += len(chain)
        for part in _split_pairs(sentence, chain):
            drafts.extend(_arms(sentence, _share_change(part), controls, treatments))
    return drafts


_PLAIN_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)", regex.I)
_CROSS_LINK = regex.compile(
    r"^\s*(?:vs\.?|versus|compared\s+(?:with|to)|as\s+opposed\s+to)\s*$", regex.I
)


def _open_bracket(sentence: SentenceMentions, value: ValueMention) -> int | None:
    """Where the bracket holding a value opens, if it is inside one."""
    depth = 0
    for pos in range(value.start - sentence.start - 1, -1, -1):
        char = sentence.norm[pos]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth == 0:
                return pos
            depth -= 1
    return None


_ARM_TAGGED_MIDDLE = regex.compile(
    r"\s*(?:%|(?!(?:of|in|among|with|for|on)\b)[^\W\d_][\w/]{0,12})?\s*(?P<prep>of|in|among|with|for|on)\s+(?:the\s+)?(?P<tag>[^,;()\d]{2,50}?),?\s+(?:and|vs\.?|versus|compared\s+with)\s+",
    regex.I,
)
_ARMISH_TAG = regex.compile(
    r"-treated\b|\b(?:group|arm|given|receiving|treated|placebo|controls?)\b", regex.I
)


def _crossed_pairs(
    sentence: SentenceMentions, values: list[ValueMention], index: int
) -> list[list[ValueMention]] | None:
    """Two parallel lists, each arm's numbers together: "A (x cm, y %) compared to B (z cm, w %)"
    (units in the same order) or "(29.8 h and 17.9 h vs. 29.5 h and 19.1 h)" pair by position."""
    for size in (3, 2):
        if index + 2 * size > len(values):
            continue
        first, second = values[index : index + size], values[index + size : index + 2 * size]
        units = [v.unit for v in first]
        if units != [v.unit for v in second]:
            continue
        inner = [_between(sentence, a, b) for a, b in itertools.pairwise(first)]
        inner += [_between(sentence, a, b) for a, b in itertools.pairwise(second)]
        if not all(_PLAIN_JOIN.fullmatch(gap) for gap in inner):
            continue
        middle = _between(sentence, first[-1], second[0])
        opened = {_open_bracket(sentence, v) for v in first}
        reopened = {_open_bracket(sentence, v) for v in second}
        separate = (
            len(set(units)) == size
            and len(opened) == 1
            and len(reopened) == 1
            and None not in opened | reopened
            and opened != reopened
            and len(middle) < 90
            and ";" not in middle
            and _STRONG_LINK.search(middle) is not None
        )
        # one list against the other with "vs" between them, all in one unit
        listed = len(set(units)) == 1 and _CROSS_LINK.match(middle) is not None
        # "67 and 81% of frovatriptan-treated, and 61 and 74% of rizatriptan-treated patients":
        # each list tagged with its arm
        tag = _ARM_TAGGED_MIDDLE.fullmatch(middle) if size == 2 else None
        tagged = tag is not None and (
            _ARMISH_TAG.search(tag.group("tag")) is not None
            # "by 9.1 and 8.6 points with A versus 5.8 and 5.0 points with placebo": the second
            # list is tagged with the control
            or (
                (after := arm_after(sentence.norm, second[-1].end - sentence.start)) is not None
                and (
                    control_strength(after[0]) > 0
                    # "97.2% and 96.3% with A and 97.6% and 95.8% with B": the same preposition
                    # tags each list
                    or _SAME_PREP_AFTER.get(tag.group("prep").lower(), _NEVER).match(
                        sentence.norm, second[-1].end - sentence.start
                    )
                    is not None
                )
            )
        )
        if tagged:
            # "67 and 81%": the unit written once serves the whole list
            first = [replace(v, unit=v.unit or first[-1].unit) for v in first]
            second = [replace(v, unit=v.unit or second[-1].unit) for v in second]
        if separate or listed or tagged:
            return [[a, b] for a, b in zip(first, second, strict=True)]
    return None


def _share_change(part: list[ValueMention]) -> list[ValueMention]:
    """Later arms of "decreased by 3.5 ... versus 1.2" take the first arm's kind and sign."""
    if len(part) < 2 or part[0].measure not in _CHANGES:
        return part
    first = part[0]
    return [first] + [
        replace(v, measure=first.measure, value=_signed_like(first, v)) for v in part[1:]
    ]


def _between(sentence: SentenceMentions, a: ValueMention, b: ValueMention) -> str:
    return sentence.norm[a.end - sentence.start : b.start - sentence.start]


def _split_pairs(sentence: SentenceMentions, chain: list[ValueMention]) -> list[list[ValueMention]]:
    """ "24% vs 8%, and 12% vs 3%": a chain of "vs" pairs joined by "and" is two comparisons."""
    if len(chain) < 4:
        return [chain]
    if len(chain) % 2 == 0 and all(
        _from_to(sentence, chain[i : i + 2]) for i in range(0, len(chain), 2)
    ):
        # "(EMS group: from 1.42 to 1.31 cm, ... control group: from 1.59 to 1.37 cm)": each
        # arm's own change from baseline
        return [chain[i : i + 2] for i in range(0, len(chain), 2)]
    strong = [
        bool(_PAIR_LINK.search(_between(sentence, a, b)))
        # "31.2% and 12.6%, respectively, and 16.2% of A versus 4.1% of B": a respective pair
        or (
            _BARE_AND.fullmatch(_between(sentence, a, b)) is not None
            and _RESPECTIVELY_NEXT.match(sentence.norm[b.end - sentence.start :]) is not None
        )
        for a, b in itertools.pairwise(chain)
    ]
    if not any(strong) or all(strong):
        return [chain]
    parts, current = [], [chain[0]]
    for value, joined in zip(chain[1:], strong, strict=True):
        if joined:
            current.append(value)
        else:
            parts.append(current)
            current = [value]
    parts.append(current)
    return parts


_PAIR_LINK = regex.compile(r"\b(?:vs\.?|versus|v\.?|compared|against|than)\b", regex.I)
_ELLIPSIS = regex.compile(
    # the rest of a bracket the first change's interval opened: "(95% CI 0 to 42%; p = 0.05)"
    r"^\s?%?\s*(?:\([^()]{0,40}\)|[;,][^()]{0,40}\))?[\s,;]*(?:and|while|whereas|but)\s+"
    r"(?:the\s+)?[\w+-]+"
    # "... and severe acute lower respiratory infection (ALRI) by 35%"
    r"(?:\s+[\w+-]+){0,5}(?:\s+\([\w+-]{2,12}\))?\s+by\s*$",
    regex.I,
)


# "had fallen by 7% in the A arm but by 18% in the B arm": the second arm's change
_AND_BY = regex.compile(
    r"\b(?:and|but|while|whereas|vs\.?|versus|compared\s+with|against)\s+(?:only\s+)?"
    # "decreased in the soy group by 16% and in the placebo group by 15%"
    r"(?:(?:in|among|with|for)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+)?by\s*$",
    regex.I,
)
_ELLIPSIS_AFTER_ARMS = regex.compile(
    r",\s*(?:and|while|whereas|but)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+by\s*$", regex.I
)


def _elliptical_changes(
    sentence: SentenceMentions, values: list[ValueMention]
) -> list[ValueMention]:
    """ "IL-6 fell by 42% and CRP by 31%": the second change shares the first's verb."""
    out = list(values)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        between = _between(sentence, first, second)
        shares_verb = first.measure in _CHANGES and first.change_verb and second.measure is None
        across = False
        if second.measure is None and _ELLIPSIS_AFTER_ARMS.search(between):
            # "fell by 11.9 cm with A and 3.1 cm with B, and blood pressure by 7.4 and 1.8":
            # the verb of the last change before, across the first pair's arms
            source = next((v for v in reversed(out[:i]) if v.measure in _CHANGES), None)
            if source is not None and source.change_verb:
                first, shares_verb, across = source, True, True
        timed = (
            shares_verb
            and second.unit == first.unit
            and _AND_AT_END.search(between) is not None
            and any(first.end <= t.start and t.end <= second.start for t in sentence.times)
        )  # "increased by 31.6 pp at month 6 and 38.4 pp at month 12": the same change later
        if shares_verb and (across or timed or _ELLIPSIS.match(between) or _AND_BY.search(between)):
            value = second.value
            signed = sentence.norm[
                second.start - sentence.start : second.start - sentence.start + 1
            ]
            if (
                value is not None
                and first.value is not None
                and first.value < 0
                and signed not in {"+", "-"}  # "by -2.1 ... and by +3.4": its own sign
            ):
                value = -abs(value)
            out[i] = replace(second, measure=first.measure, value=value, change_verb=True)
    return out


def _signed_like(first: ValueMention, other: ValueMention) -> float | None:
    """The second arm of "decreased by 3.5 ... versus 1.2" shares the first's sign."""
    if other.change_verb or other.value is None or first.value is None:
        return other.value
    if first.measure is Measure.FOLD_CHANGE:
        return other.value
    return -abs(other.value) if first.value < 0 else other.value


@cache
def _both() -> regex.Pattern[str]:
    """ "12% in both groups", "2.9 days (IQR 2.0-4.1) in both groups": one number for two arms."""
    return regex.compile(
        rf"""^\s?(?:[)\]]\s*)?(?:%\s?|(?!(?:{people_nouns()})\b)[^\W\d_][\w/µ²]{{0,15}}\s)?
        (?:\([^()]*\)\s*)?
        (?:of\s+(?:the\s+)?(?:{people_nouns()})\s+)?
        (?:on\s+(?:a|the)\s+[\w-]+\s+scale\s+)?  # "0.89 on a 0-to-1 scale in both"
        (?:in|for|among|with)\s+
        (?:both(?=\s*(?:[.;,)]|$))
          |(?:both|the\s+two|each\s+of\s+the\s+two|all)\s+(?:\w+\s+)?(?:groups|arms)\b
          |each(?:\s+(?:group|arm))?(?!\s+(?:of|patient|participant|child|woman|man|person|visit|year|month|week|day)\b)\b)""",
        regex.I | regex.X,
    )


_BOTH_BEFORE = regex.compile(
    r"(?:^|[,;]\s*)(?:[\w-]+\s+){0,3}?(?:in|among)\s+both\s+(?:groups|arms)\b[^,;\d]{0,60}$",
    regex.I,
)
# "Major amputations were equally rare in both groups (1.1%)": the same in each arm
_BOTH_PREDICATE = regex.compile(
    r"\b(?:was|were)\s+(?:(?:equally|similarly|just\s+as)\s+)?[\w-]+\s+in\s+both\s+"
    r"(?:groups|arms)\s*\(\s*$",
    regex.I,
)
_CLOSES_BRACKET = regex.compile(r"\s?%?\s*\)")
_IN_BEFORE = regex.compile(
    r"\b(?:occurred|seen|observed|reported|developed|found)\s+in\s+$", regex.I
)


@cache
def _people_in_each() -> regex.Pattern[str]:
    return regex.compile(
        rf"^\s(?:{people_nouns()})\s+in\s+(?:each|both)\s+(?:group|arm|groups|arms)\b", regex.I
    )


_TIMES_LISTED = regex.compile(
    r"\b(?:\d+[-\s](?:year|month|week|day)s?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)){1,3}"
    r"\d+[-\s](?P<lu>year|month|week|day)s?\b"
    r"|\bat\s+\d+(?:\s*,\s*\d+)*\s*,?\s+and\s+\d+\s+(?P<lu2>years|months|weeks|days)\b",
    regex.I,
)


_TIMED_SUBJECT_END = regex.compile(r"\s+(?:were|was|are|is|had|showed|reached)\b|\s*[(:]")


def _timed_subject(sentence: SentenceMentions, first: ValueMention) -> str | None:
    """ "The 8-year and 11-year survivorship rates ... were": the subject without its times."""
    head = sentence.norm[: first.start - sentence.start]
    spans = [(m.start(), m.end()) for m in _TIMES_LISTED.finditer(head)]
    if not spans:
        return None
    start, end = spans[-1]
    cut = _TIMED_SUBJECT_END.search(head, end)
    subject = head[:start] + head[end : cut.start() if cut else len(head)]
    subject = regex.sub(r"^\W*(?:the\s+)?", "", regex.sub(r"\s+", " ", subject), flags=regex.I)
    return subject.strip(" ,") or None


def _respective_times(sentence: SentenceMentions, chain: list[ValueMention]) -> list[str] | None:
    """The times a "respectively" list of numbers is read at, when the clause names no arm."""
    head = sentence.norm[: chain[0].start - sentence.start]
    if any(_arm_of(sentence, v) is not None for v in chain):
        return None
    found = list(_TIMES_LISTED.finditer(head))
    if not found:
        return None
    match = found[-1]
    numbers = regex.findall(r"\d+", match.group())
    unit = (match.group("lu") or match.group("lu2") or "").lower().rstrip("s")
    if len(numbers) != len(chain) or not unit:
        return None
    return [f"{n} {unit}" + ("" if n == "1" else "s") for n in numbers]


def _for_both(sentence: SentenceMentions, value: ValueMention, written_after: bool = False) -> bool:
    """Whether one number is written for both arms ("12% in both groups"); with
    ``written_after``, only when "both" is said beside the number itself."""
    tail = sentence.norm[value.end - sentence.start :]
    head = sentence.norm[: value.start - sentence.start]
    if written_after:
        return bool(
            _both().match(tail) or (_BOTH_PREDICATE.search(head) and _CLOSES_BRACKET.match(tail))
        )
    return bool(
        _both().match(tail)
        or (
            # "Severe hypoglycaemia occurred in 2 patients in each arm": events in people
            _IN_BEFORE.search(head) and _people_in_each().match(tail)
        )
        # "Women in both groups stayed in hospital for a median of 3 days"
        or (_BOTH_BEFORE.search(head) and _arm_of(sentence, value) is None)
        or (_BOTH_PREDICATE.search(head) and _CLOSES_BRACKET.match(tail))
    )


def _arms(
    sentence: SentenceMentions,
    chain: list[ValueMention],
    controls: tuple[str, ...] = (),
    treatments: tuple[str, ...] = (),
) -> list[_Draft]:
    if len(chain) == 1:
        single = chain[0]
        tail = sentence.norm[single.end - sentence.start :]
        head = sentence.norm[: single.start - sentence.start]
        if _for_both(sentence, single):
            return [_Draft(values=[single, single], start=single.start, end=single.end)]
        return [_Draft(values=chain, start=chain[0].start, end=chain[0].end)]
    roles = [_is_comparator(sentence, v) for v in chain]
    tail = sentence.norm[chain[-1].end - sentence.start :]
    if (
        len(chain) == 2
        and all(v.measure in _CHANGES for v in chain)
        and True not in roles
        and (against := _AGAINST_CONTROL.match(tail)) is not None
        and control_strength(against.group("name")) > 0
    ):
        # "Catalase activity increased 27% in A and 29% in B as compared to control": each arm's
        # change against the control, which has no number of its own
        return [
            _Draft(values=[v], start=v.start, end=v.end, chain_start=chain[0].start) for v in chain
        ]
    if (
        all(v.measure in _CHANGES and v.change_verb for v in chain)
        and True not in roles
        and all(
            (arm := _arm_of(sentence, v)) is not None and dose_amount().search(arm[0])
            for v in chain
        )
        and not _COMPARISON_WORD.search(_between(sentence, chain[0], chain[-1]))
        and not _COMPARISON_WORD.search(tail[:80])
    ):
        # "LDL cholesterol increased from baseline by 8.9 mg/dL in the 4-mg group and by 14.2
        # mg/dL in the 8-mg group": each dose's own change, no control beside them
        return [
            _Draft(values=[v], start=v.start, end=v.end, chain_start=chain[0].start) for v in chain
        ]
    names: list[str] | None = None
    if (
        2 <= len(chain) <= 4
        and _RESPECTIVELY.match(tail) is not None
        and (times := _respective_times(sentence, chain)) is not None
    ):
        # "The 8-year and 11-year survivorship rates were 75.6% and 71.7% respectively": one
        # arm read at two times, not two arms
        subject = _timed_subject(sentence, chain[0])
        return [
            _Draft(values=[v], start=v.start, end=v.end, when=when, named=subject)
            for v, when in zip(chain, times, strict=True)
        ]
    if len(chain) >= 2 and (resp := _RESPECTIVELY.match(tail)) is not None:
        names = _respective_names(tail[: resp.end()], len(chain))
        if names is None:
            after_resp = _TO_CLAUSE_END.match(tail[resp.end() :])
            names = _respective_names(after_resp.group() if after_resp else "", len(chain))
        if names is None:
            cut = list(_CLAUSE_CUT.finditer(sentence.norm[: chain[0].start - sentence.start]))
            head = sentence.norm[cut[-1].end() if cut else 0 : chain[0].start - sentence.start]
            names = _respective_names(head, len(chain))
            if names is None and (frame := _OPENING_FRAME.match(head)) is not None:
                # "Among patients treated in A and B periods, X was required in 5.1% and 6.0%,
                # respectively": the arms are named in the clause's opening frame
                names = _respective_names(frame.group("frame"), len(chain))
            if names is None and len(chain) == 2 and (both := _SUBJECT_PAIR.match(head)):
                if _BY_ONLY.fullmatch(head[both.end() :]):
                    # "TC and non-HDL-C concentrations decreased by 0.26 mmol/l and 0.31 mmol/l
                    # ..., respectively": the subjects are outcomes, each with its own change
                    return [
                        _Draft(values=[v], start=v.start, end=v.end, named=name)
                        for v, name in zip(chain, (both.group("a"), both.group("b")), strict=True)
                    ]
                names = [both.group("a"), both.group("b")]  # "A and B decreased X (by 17% and 46%)"
            if names is None and (listed := _outcome_list(head, len(chain))):
                # "HPV DNA, HPV16 DNA and HPV mRNA were detected in 55%, 20% and 30% ...,
                # respectively": one group, several outcomes
                return [
                    _Draft(values=[v], start=v.start, end=v.end, named=name)
                    for v, name in zip(chain, listed, strict=True)
                ]
        if names is not None:
            roles = [_names_control(n) for n in names]
            if all(_ANALYSIS_SET.fullmatch(n.strip()) for n in names):
                # "83.5% and 87.7% in the ITT and PP analyses, respectively": one arm, two analyses
                return [_Draft(values=[v], start=v.start, end=v.end) for v in chain]
            if True not in roles and _doses_of_one_drug(names):
                # "prednisolone 7.5 mg and prednisolone 30 mg ... by 17% and 46%,
                # respectively": doses of one drug, each an arm against a control named apart
                return [
                    _Draft(values=[v], start=v.start, end=v.end, chain_start=chain[0].start)
                    for v in chain
                ]
    if (
        len(chain) == 3
        and roles[0] is not True
        and (
            _THAN.search(_between(sentence, chain[0], chain[1]))
            # "(6.6% vs 13.8% and 13.8% respectively)": the first arm against the two others
            or (
                # "13.9% of A versus 5.5% and 5.3% of B and placebo recipients": the two after
                # the versus, bare, are both what the first is set against
                (
                    (True not in roles and _VERSUS_THEN.fullmatch(_between(sentence, *chain[:2])))
                    or (
                        _BARE_AND.fullmatch(_between(sentence, chain[1], chain[2])) is not None
                        and _VERSUS_LATER.fullmatch(_between(sentence, *chain[:2])) is not None
                    )
                )
                # unless the arm named first is what the document compares against
                and not any(_word_in(c, _lead_of(sentence, chain[0])) for c in controls)
            )
        )
        and _AND_ONLY.fullmatch(_between(sentence, chain[1], chain[2]))
    ):
        # "higher in the OAC group [31.7%] than in the OA group [10.2%] and the placebo group
        # [13.8%]": the first arm against each of the others
        return [_pair_draft(chain, 0, 1), _pair_draft(chain, 0, 2)]
    if True not in roles and (combined := _combinations(sentence, chain)) is not None:
        return [_pair_draft(chain, i, j) for i, j in combined]
    if True in roles:
        strengths = [
            _strength_of(sentence, v, names[i] if names else None) for i, v in enumerate(chain)
        ]
        comparator = max(range(len(chain)), key=lambda i: (strengths[i], i))
    elif len(chain) == 2 and (timing := _before_after(sentence, chain)) is not None:
        comparator = timing  # "24.69% before and 10.43% after tamoxifen": before is the reference
    elif len(chain) in {2, 3} and _from_to(sentence, chain):
        comparator = 0  # "fell from 8.1% to 7.2%", "from 6.2 (placebo) to 8.5 (A) and 8.0 (B)"
    elif names is not None and (reference := _than_named(sentence, names)) is not None:
        comparator = reference  # "... respectively, and was greater in To and Co than in BT"
    elif len(chain) == 2 and (ordered := _pair_named_before(sentence, chain)) is not None:
        comparator = ordered  # "favoured placebo over levamisole (100% vs 57%)"
    elif (
        len(chain) == 2 and (by_subject := _subject_arm_pair(sentence, chain, controls)) is not None
    ):
        comparator = by_subject  # "Children in the fluoride group had more lesions (4.4% vs 2.6%)"
    elif (named := _named_control(sentence, chain, controls)) is not None:
        comparator = named  # the document compares against this arm elsewhere
    elif len(chain) == 2 and (treated := _named_treatment(sentence, chain, treatments)) is not None:
        comparator = 1 - treated  # "To evaluate the role of NIV ...": NIV's arm is the treated one
    else:
        comparator = len(chain) - 1
    return [_pair_draft(chain, i, comparator) for i in range(len(chain)) if i != comparator]


_THAN = regex.compile(r"\bthan\b", regex.I)
_COMPARISON_WORD = regex.compile(r"\b(?:compared|versus|vs\.?|than|relative\s+to)\b", regex.I)


def _lead_of(sentence: SentenceMentions, value: ValueMention) -> str:
    """The words before a value, up to the first word of comparison."""
    head = sentence.norm[: value.start - sentence.start]
    cut = _COMPARISON_WORD.search(head)
    return head[: cut.start()] if cut else head


_VERSUS_THEN = regex.compile(r"[^\d;]{0,12}?\s*(?:vs\.?|versus|compared\s+(?:with|to))\s*", regex.I)
# "favoured placebo over levamisole (", "between usual care and the X group (": two arms named
# together right before the values that follow in the same order
_NAMED_PAIR = regex.compile(
    r"\b(?P<a>[^\W\d_][\w+/-]*(?:\s+(?:care|therapy|treatment|group|arm))?)\s+"
    r"(?:over|versus|vs\.?|and|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?P<b>[^\W\d_][\w+/-]*(?:\s+[^\W\d_][\w+/-]*)?)(?:\s+(?:groups?|arms?))?"
    r"(?:\s*[(:,]\s*|\s+(?:was|were|of|at)\s+)$",
    regex.I,
)


def _than_named(sentence: SentenceMentions, names: list[str]) -> int | None:
    """The one listed arm the sentence compares the others against ("than in the BT group")."""
    hits = set()
    for than in _THAN_NAME.finditer(sentence.norm):
        after = than.group("name").lower()
        for index, name in enumerate(names):
            core = _group_word_end().sub("", name.strip()).lower()
            if core and regex.match(rf"{regex.escape(core)}(?![\w+])", after):
                hits.add(index)
    return hits.pop() if len(hits) == 1 else None


_THAN_NAME = regex.compile(rf"{_THAN_IN}(?P<name>[^\W\d_][^,;()]{{0,40}})", regex.I)


def _pair_named_before(sentence: SentenceMentions, chain: list[ValueMention]) -> int | None:
    """Which of two unnamed values is the control's, when the words right before them name
    a control and an active arm in that order ("placebo over levamisole (100% vs 57%)")."""
    if any(_arm_of(sentence, v) is not None for v in chain):
        return None
    first = min(chain, key=lambda v: v.start)
    named = _NAMED_PAIR.search(sentence.norm, 0, first.start - sentence.start)
    if named is None:
        return None
    a, b = control_strength(named.group("a")), control_strength(named.group("b"))
    if a == b:
        return None
    control_first = a > b
    return chain.index(first) if control_first else 1 - chain.index(first)


@cache
def _subject_arm() -> regex.Pattern[str]:
    return regex.compile(
        rf"""^\W*(?:(?:{people_nouns()})\s+(?:in|of|from|on|receiving|given)\s+)?(?:the\s+)?
        (?P<arm>[^\W\d_][\w+/-]*(?:\s+[\w+/-]+){{0,3}}?\s+(?:group|arm))\s+
        (?:had|showed|experienced|reported|developed|needed|required|were|was|used|made)\s+
        (?:(?:significantly|slightly|markedly|substantially|also|far|much|more\s+often)\s+)?
        (?:more|fewer|less|higher|lower|greater|longer|shorter|better|worse|smaller|larger)\b
        [^\d()\[\];]{{0,100}}?[(\[]\s*$""",
        regex.I | regex.X,
    )


_PAIR_IN_BRACKET = regex.compile(r"^[^\d()\[\]]{0,12}?(?:vs\.?|versus|v|and|,|/)\s*$", regex.I)


def _subject_arm_pair(
    sentence: SentenceMentions, chain: list[ValueMention], controls: tuple[str, ...]
) -> int | None:
    """Which of two bracketed values is the control's, when the sentence's subject is one arm
    and its comparative sets it against the other ("Children in the fluoride group had more
    lesions (4.4% vs 2.6%)": the first value is the subject arm's)."""
    first, second = sorted(chain, key=lambda v: v.start)
    if any(_arm_of(sentence, v) is not None for v in chain):
        return None
    subject = _subject_arm().match(sentence.norm[: first.start - sentence.start])
    if subject is None or not _PAIR_IN_BRACKET.match(_between(sentence, first, second)):
        return None
    arm = subject.group("arm").lower()
    control = control_strength(arm) > 0 or any(_word_in(c, arm) for c in controls)
    return chain.index(first) if control else chain.index(second)


_BARE_AND = regex.compile(r"\s*,?\s*(?:and|or)\s*", regex.I)
_VERSUS_LATER = regex.compile(
    r"[^\d;]{0,80}?(?<!\w)(?:vs\.?|versus|compared\s+(?:with|to))\s*(?:the\s+)?", regex.I
)
_AND_ONLY = regex.compile(
    r"[^\d;]{0,12}?[\])]?\s*,?\s*(?:and|or)\s+(?:that\s+)?(?:in\s+|with\s+|of\s+|for\s+)?"
    r"(?:the\s+)?[^\d;,]{0,40}?[\[(]?\s*",
    regex.I,
)


def _pair_draft(chain: list[ValueMention], active: int, control: int) -> _Draft:
    """The record of one arm of a chain against its comparator."""
    pair = [chain[active], chain[control]]
    return _Draft(
        values=pair,
        start=min(v.start for v in pair),
        end=max(v.end for v in chain),
        chain_start=chain[0].start if len(chain) > 2 else None,
    )


_OPENING_FRAME = regex.compile(r"^(?P<frame>(?:among|in|for|with)\s[^,;]+),", regex.I)
_NAME_SPLIT = regex.compile(
    r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+vs\.?\s+|\s+versus\s+", regex.I
)
_NAME_LEAD = regex.compile(
    r"^.*?\b(?:in|with|among|for|of|on|receiving|between|after|given|taking|assigned\s+to|randomi[sz]ed\s+to)\s+"
    r"(?:the\s+|those\s+|patients\s+|participants\s+)*(?:(?:receiving|given|taking|on|treated\s+(?:with|in|during)|assigned\s+to)\s+(?:the\s+)?)?",
    regex.I,
)


_COMPONENT_SPLIT = regex.compile(r"\s*(?:[+&/]|\bplus\b|\band\b|\bwith\b)\s*", regex.I)
_ARM_WORDS = regex.compile(
    r"^(?:(?:the|those|patients|participants|subjects|residents)\s+(?:(?:in|on|receiving|given)\s+)?)+"
    r"|\b(?:groups?|arms?|facilities|villages|sites|practices|clinics|treated|patients|participants|"
    r"subjects|therapy|treatment|regimen)\b",
    regex.I,
)


def _components(names: list[str]) -> list[frozenset[str]]:
    """The drugs each arm name combines: "CQ+AS" -> {cq, as}; "group SM" -> {s, m} beside
    arms "group S" and "group M"."""
    cores = [" ".join(_ARM_WORDS.sub(" ", name).split()) for name in names]
    parts = [frozenset(p.lower() for p in _COMPONENT_SPLIT.split(core) if p) for core in cores]
    singles = {core.lower() for core in cores if regex.fullmatch(r"[A-Z]", core)}
    return [
        frozenset(core.lower())  # "SM": the initials of the single-drug arms S and M
        if regex.fullmatch(r"[A-Z]{2,3}", core) and set(core.lower()) <= singles
        else part
        for core, part in zip(cores, parts, strict=True)
    ]


def _combinations(
    sentence: SentenceMentions, chain: list[ValueMention]
) -> list[tuple[int, int]] | None:
    """Combination arms each against the arms they add to: "CQ 81%; CQ+AS 28%" -> (CQ+AS, CQ).

    Used when no arm is a named control and every arm takes part in such a pair.
    """
    arms = [_arm_of(sentence, value) for value in chain]
    if any(arm is None for arm in arms):
        return None
    parts = _components([arm[0] for arm in arms if arm is not None])
    pairs = [
        (i, j)
        for i, whole in enumerate(parts)
        for j, part in enumerate(parts)
        if part and part < whole
    ]
    covered = {k for pair in pairs for k in pair}
    if not pairs or len(covered) != len(chain):
        return None
    return sorted(pairs, key=lambda pair: (chain[pair[0]].start, chain[pair[1]].start))


_LIST_SPLIT = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", regex.I)
_LISTED_SUBJECT = regex.compile(
    r"^\W*(?P<list>[^\W\d_][^;()]{2,160}?)\s+(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:detected|found|"
    r"seen|observed|present|positive|reported|identified)\b",
    regex.I,
)


def _outcome_list(head: str, count: int) -> list[str]:
    """The outcomes a clause opens with, when as many as its numbers and none an arm."""
    found = _LISTED_SUBJECT.match(head)
    if found is None:
        return []
    items = [i.strip() for i in _NAME_SPLIT.split(found.group("list")) if i.strip()]
    if len(items) != count:
        # "HPV DNA, high-risk HPV DNA, HPV16 or 18 DNA and HPV mRNA": an "or" inside an item
        items = [i.strip() for i in _LIST_SPLIT.split(found.group("list")) if i.strip()]
    if len(items) != count or any(_names_arm(i) or _ASIDE_ITEM.match(i) for i in items):
        return []  # "Any diarrhoea, including one-day episodes, ...": an aside is no item
    return items


_ASIDE_ITEM = regex.compile(
    r"(?:including|excluding|especially|particularly|notably|mainly|mostly|such\s+as|i\.e\.|e\.g\.)\b",
    regex.I,
)
_DOSED_SUBJECT = regex.compile(r"\d\s?(?:mg|µg|mcg|g|mL|IU|mg/kg)\b")
_SUBJECT_PAIR = regex.compile(
    r"^\W*(?:both\s+)?(?P<a>[^\W\d_][^,;()]{0,40}?)\s+and\s+(?P<b>[^\W\d_][^,;()]{0,40}?)\s+"
    r"(?:both\s+)?(?:increased|decreased|reduced|lowered|raised|improved|worsened|shortened|"
    r"lengthened|prolonged|produced|resulted|led|caused)\b",
    regex.IGNORECASE,
)
_AGAINST_CONTROL = regex.compile(
    r"^[^;.\d()]{0,40}?\b(?:as\s+)?(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|over)\s+"
    r"(?:the\s+|that\s+(?:of|in)\s+(?:the\s+)?)?(?P<name>[\w-]+(?:\s+(?!(?:and|or|but|at|in|on|by|with)\b)[\w-]+){0,2})"
    r"\s*(?:[.;,]|$)",
    regex.I,
)
_BY_ONLY = regex.compile(r"\s*(?:significantly\s+|by\s+)*", regex.I)
_ANALYSIS_SET = regex.compile(
    r"(?:in\s+)?(?:the\s+)?(?:ITT|PP|mITT|FAS|intention[-\s]to[-\s]treat|intent[-\s]to[-\s]treat|per[-\s]protocol|"
    r"modified\s+intention[-\s]to[-\s]treat|full\s+analysis|as[-\s]treated|safety)"
    r"(?:\s*\((?:ITT|PP|mITT|FAS)\))?(?:\s+(?:analys[ie]s|populations?|sets?))?",
    regex.I,
)
_DOSE_IN_NAME = regex.compile(
    r"\d+(?:\.\d+)?\s?(?:mg/kg|µg/kg|mg|µg|mcg|g|ml|mL|IU|units?|%)?", regex.IGNORECASE
)


def _doses_of_one_drug(names: list[str]) -> bool:
    """Whether arm names differ only by dose: "drug 4.5 mg", "drug 9 mg", "9 mg"."""
    if not all(_DOSE_IN_NAME.search(name) for name in names):
        return False
    drugs = {" ".join(_DOSE_IN_NAME.sub(" ", name).lower().split()) for name in names}
    return len(drugs - {""}) <= 1


@cache
def _group_word_end() -> regex.Pattern[str]:
    return regex.compile(rf"\s+(?:{arm_nouns()})\s*$", regex.I)


def _respective_names(segment: str, count: int) -> list[str] | None:
    """Arm names of a "respectively" list: "in the A, B and C groups" -> [A, B, C]."""
    text = regex.sub(r",?\s*respectively\b.*$", "", segment, flags=regex.I).strip(" ,;:()%")
    lead = _NAME_LEAD.match(text)
    if lead is None:
        return None
    text = _group_word_end().sub("", text[lead.end() :])
    parts = [p.strip(" ,") for p in _NAME_SPLIT.split(text)]
    parts = [
        regex.sub(
            r"^(?:the|those|patients|participants)\s+(?:(?:receiving|given|taking|on|assigned\s+to)\s+)?(?:the\s+)?",
            "",
            p,
            flags=regex.I,
        )
        for p in parts
        if p
    ]
    return parts if len(parts) == count else None


def _strength_of(sentence: SentenceMentions, value: ValueMention, name: str | None) -> int:
    if name is not None:
        return control_strength(name)
    arm = _arm_of(sentence, value)
    if arm is None and (lead := _lead_arm(sentence, value)) is not None:
        return control_strength(lead)
    return control_strength(arm[0]) if arm else 0


def _names_control(name: str) -> bool:
    return control_strength(name) > 0


def _named_control(
    sentence: SentenceMentions, chain: list[ValueMention], controls: tuple[str, ...]
) -> int | None:
    """The one value whose arm the document names as its comparison ("versus chloroquine")."""
    if not controls:
        return None
    arms = [_arm_of(sentence, value) for value in chain]
    hits = [
        index
        for index, arm in enumerate(arms)
        if arm is not None and any(control in arm[0].lower() for control in controls)
    ]
    named = [arm is not None for arm in arms]
    if not hits and len(chain) == 2 and named.count(True) == 1:
        # One value names an active arm, the other none: the stretch from that value to the
        # next may name the control ("27% ... in the cefixime group as compared to 1% in
        # gatifloxacin group").
        for index, value in enumerate(chain):
            if named[index]:
                continue
            start = 0 if index == 0 else value.start - sentence.start
            end = (
                chain[index + 1].start - sentence.start
                if index + 1 < len(chain)
                else len(sentence.norm)
            )
            region = sentence.norm[start:end].lower()
            if any(regex.search(rf"\b{regex.escape(c)}", region) for c in controls):
                hits.append(index)
    return hits[0] if len(hits) == 1 else None


_COMPARED_AGAINST = regex.compile(
    r"\b(?:versus|vs\.?|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?"
    # "compared to a single dose of cefuroxime": how much of it was given is no name
    r"(?:(?:single|one|two|three|standard|low|high|usual|fixed|daily)[\s-]+(?:doses?|courses?|injections?|"
    r"infusions?|shots?)\s+of\s+)?"
    r"(?P<name>(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred)\b)[A-Za-z][\w-]{3,})(?![\w-])"
    # "versus sodium fluoride varnish": the second word may be the one the arms are called by
    r"(?:\s+(?!(?:for|with|from|were|was|that|this|group|groups|arm|arms|alone|among|after|during|"
    r"plus|and|or|in|on|at|the|patients|participants|subjects|treatment|therapy|care)\b)"
    r"(?P<second>[a-z][\w-]{3,})(?![\w-]))?"
    # "compared with lambs receiving CMV": people described by their arm, not an arm
    r"(?!\s+(?:receiving|given|treated|who|that|randomi[sz]ed|allocated|assigned|undergoing|on)\b)",
    regex.I,
)
_PEOPLE = regex.compile(people_nouns(), regex.I)
# "61 minutes for angioplasty alone", "the surgery alone group": what an add-on is measured against
_ALONE_CONTROL = regex.compile(
    r"\b(?P<name>[A-Za-z][\w-]{3,})\s+alone\b"
    # not "whether antibiotics alone could be enough": the treatment tried on its own
    r"(?!\s+(?:could|can|would|will|might|may|is|are|was|were)\s+(?:be\s+)?(?:enough|sufficient|"
    r"adequate|effective|safe|an?\s+(?:option|alternative)))",
    regex.I,
)
_NOT_CONTROL_NAMES = frozenset(
    ("baseline", "those", "patients", "participants", "subjects", "group", "groups", "controls",
     "control", "placebo", "previous", "other", "standard", "usual", "conventional", "women", "children",
     "this", "that", "these", "which", "them", "itself")
)  # fmt: skip


@dataclass(frozen=True)
class DocumentContext:
    """What a whole document says that its sentences read alone do not."""

    controls: tuple[str, ...] = ()  # names it compares against ("versus chloroquine")
    treatments: tuple[str, ...] = ()  # words of what its aim evaluates ("the role of NIV")
    # where the text declares its spreads: (offset, True for "mean ± SEM", False for "± SD")
    spreads: tuple[tuple[int, bool], ...] = ()

    def spread_is_se(self, pos: int) -> bool:
        """Whether the last declaration before ``pos`` made unlabelled spreads SEs."""
        before = [se for at, se in self.spreads if at < pos]
        return bool(before) and before[-1]


_SE_DECLARED = regex.compile(
    r"(?:±|\+/-|\+-)\s?(?:SEM|SE|S\.E\.(?:M\.)?)(?!\w)|\bmeans?\s*\(\s*(?:SEM|SE)\s*\)", regex.I
)
_SD_DECLARED = regex.compile(
    r"(?:±|\+/-|\+-)\s?(?:SD|S\.D\.)(?!\w)|\(\s*SD\b|\bSD\s*[=:]|\bstandard\s+deviation", regex.I
)


def document_context(text: str) -> DocumentContext:
    """Read once per document, before its sentences.

    >>> document_context("Values are mean ± SEM. Weight was 3.3 ± 0.1 kg.").spread_is_se(23)
    True
    """
    marks = [(m.start(), True) for m in _SE_DECLARED.finditer(text)]
    marks += [(m.start(), False) for m in _SD_DECLARED.finditer(text)]
    treatments = document_treatments(text)
    labelled_controls, labelled_treated = group_labels(text, treatments)
    return DocumentContext(
        controls=document_controls(text) + labelled_controls,
        treatments=treatments + labelled_treated,
        spreads=tuple(sorted(marks)),
    )


# What a document calls its arms by letter, number or abbreviation, and what each one got:
# "placebo (group P)", "Trabecular Metal (TM)", "Group KM (46 patients) received ...".
_GROUP_LABEL = (
    r"(?:(?:group|arm)\s+(?-i:[A-Z][A-Za-z0-9]{0,3}|I{1,3}|IV|[1-4])"
    r"|(?-i:[A-Z][A-Za-z0-9+]{0,4})\s+(?:group|arm))"
)
_LABEL_AFTER = regex.compile(
    rf"\((?P<label>{_GROUP_LABEL}|(?-i:[A-Z][A-Za-z0-9+]{{1,4}}))(?:\s*[,;]\s*n\s*=\s*\d+)?\)",
    regex.I,
)
_DESCRIPTION_WORD = regex.compile(r"[\w+/-]+")
_DESCRIPTION_STOP = regex.compile(r"[^\w+/\s-]")
_LABEL_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<label>{_GROUP_LABEL})(?![\w-])\s*(?:\((?P<inner>[^()\d]{{2,40}})\))?"
    r"(?:\s*\([^()]{0,30}\))?\s*,?\s*"
    r"(?:(?:received|was\s+given|were\s+given|was\s+treated\s+with|were\s+treated\s+with|"
    r"underwent|took)\s+(?P<desc>[^.;]{3,100}?)(?=\s*(?:[.;]|,?\s+(?:while|whereas|and|but)\s|,\s+"
    r"(?:group|arm|the\s+other)\b|$)))?",
    regex.I,
)
# the words before a description that only say how it was given: "randomized to either"
_LABEL_LEAD = regex.compile(
    r"^.*\b(?:to|with|or|and|versus|vs|of|either|receive|received|into|in|the|a|an|on|by|for)\s+",
    regex.I,
)
# "control" names an arm only as a head noun: "Balance Control Trainer", "disease control rate"
# are named things
_CONTROL_AS_HEAD = regex.compile(
    r"\bcontrols?\b(?!\s+(?!(?:group|arm|condition|intervention|participants|patients|subjects|"
    r"children|animals|rats|mice)\b)[^\W\d_])",
    regex.I,
)

_CONTROL_WORD = regex.compile(r"\bcontrols?\b", regex.I)


def _control_description(desc: str) -> bool:
    if control_strength(desc) == 2:
        strong_words = _CONTROL_WORD.sub(" ", desc)
        return control_strength(strong_words) == 2 or bool(_CONTROL_AS_HEAD.search(desc))
    # "standard formula (SF)", "conventional LOR technique (C group)", "midazolam alone": a
    # weak word leading it, or "alone" ending it
    words = desc.split()
    return control_strength(desc) == 1 and (
        control_strength(words[0]) == 1 or words[-1].lower() == "alone"
    )


def group_labels(text: str, treatments: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The labels a document gives its control arms and its treated arms, lower-cased.

    >>> group_labels("Children got placebo (group P) or dexmedetomidine (group D).", ("dexmedetomidine",))
    (('group p',), ('group d',))
    """
    described: dict[str, str] = {}
    for match in _LABEL_AFTER.finditer(text):
        # the (at most six) words right before the bracket, within their clause
        before = text[max(0, match.start() - 100) : match.start()]
        if not before[-1:].isalnum() and not before.endswith(("+", "/", "-", " ")):
            continue  # "X, (TM)": no words right before the bracket
        if stops := list(_DESCRIPTION_STOP.finditer(before)):
            before = before[stops[-1].end() :]
        words = _DESCRIPTION_WORD.findall(before)[-6:]
        desc = _LABEL_LEAD.sub("", " ".join(words))
        described.setdefault(match.group("label").lower(), desc)
    for match in _LABEL_BEFORE.finditer(text):
        desc = " ".join(part for part in (match.group("inner"), match.group("desc")) if part)
        if desc:
            described.setdefault(match.group("label").lower(), desc)
    controls: list[str] = []
    shared: dict[str, int] = {}
    for label, desc in described.items():
        if _NOT_LABEL.match(label) or _names_control(label):
            continue
        if _control_description(desc):
            controls.append(label)
        elif hits := sum(_word_in(word, desc) for word in treatments):
            shared[label] = hits
    # "noninvasive ventilation (NIV)" and "mechanical ventilation (MV)": the arm whose
    # description shares most with the aim is the treated one, if only one does
    best = max(shared.values(), default=0)
    treated = [label for label, hits in shared.items() if hits == best]
    # with three or more arms named ("BT, To or both (Co)") the aim's words mark no single one
    two_arms = len(described) <= 2
    return tuple(controls), tuple(treated) if len(treated) == 1 and two_arms else ()


_NOT_LABEL = regex.compile(
    r"^(?:one|two|each|both|the|this|that|either|other|any|all|no|same|study|control|"
    r"treatment|intervention|active|placebo)\b",
    regex.I,
)


_TEST_STATISTIC = (
    r"[^=]{0,12}\b(?:MWU|Z|U|t|χ2|chi2|X2|F)\s?=\s?[-−]?(?:\d|\.\d)[\d.]*"  # "MWU Z = −2.7"
)
_REFERRING_OUTCOME = regex.compile(
    r"(?:it|they|this|these|that|this\s+difference|the\s+difference|this\s+effect|the\s+effect|"
    r"\d+(?:\.\d+)?|to|likely|shrunk|narrowed|widened|grown|fallen|risen|"  # nothing measured
    # a stray function word or the people counted: "from", "of patients", "tended"
    r"from|of|in|at|as|was|were|set|indicated|tended|resulting|(?:the\s+)?majority|"
    r"/\S*|"  # "/minute": the tail of a unit
    r"(?:the\s+)?(?:adjusted\s+)?(?:hazard|odds|risk|rate)\s+ratios?(?:\s+(?:with|on)\s+[^,;]{1,40})?|"  # the statistic
    # "The mean difference between treatment arms was 1.9": the contrast, not what it is of
    r"(?:the\s+)?(?:(?:adjusted|estimated)\s+)?(?:mean|median|average)\s+differences?"
    r"(?:\s+between\s+(?:the\s+)?(?:treatment\s+|two\s+)?(?:arms|groups))?|"
    r"(?:the\s+)?(?:improvements?|changes?|scores?|patients|participants|subjects|students|when|"
    r"this\s+notion|both\s+regimens)|"
    r"(?:\d+\s?%\s+)?(?:confidence\s+intervals?|CI)(?:\s*\[CI\])?|"
    r"of\s+(?:the\s+)?(?:patients|participants|subjects|those|cases)|"
    r"(?:(?:no|a|the)\s+)?(?:(?:statistically\s+)?significant\s+)?differences?\s+between\s+"
    r"(?:the\s+)?[^,;]{1,40}?\s+(?:groups?|arms?)|"
    r"(?:the\s+)?(?:gap|benefit)|(?-i:(?!(?:family|anomaly|supply|assembly|belly|jelly)$)[a-z]{3,}ly)|"
    r"(?:the\s+)?(?:corresponding|respective|equivalent|comparable|same)\s+"
    r"(?:rates?|figures?|values?|proportions?|numbers?|percentages?|results?|estimates?)|"
    r"\d+(?:\.\d+)?\s?(?:mg|µg|g)\s+dose|"
    # "MWU Z = −2.7", "difference", "statistically significant reduction": a test or a
    # contrast, not the thing measured
    rf"{_TEST_STATISTIC}|"
    r"(?:a\s+|the\s+)?(?:(?:statistically\s+)?significant\s+)?(?:differences?|reductions?|"
    r"increases?|associations?|no\s+association|(?:positive|negative|inverse)\s+correlations?))",
    regex.I,
)


_TEST_STATISTIC_OUTCOME = regex.compile(_TEST_STATISTIC, regex.I)


def refers_back(record: EffectRecord) -> bool:
    """Whether a record's outcome names nothing measured ("it", "the difference", "from")."""
    return bool(_REFERRING_OUTCOME.fullmatch(record.outcome.strip()))


def carry_outcome(previous: EffectRecord | None, record: EffectRecord) -> EffectRecord:
    """ "The response rate ... was low (60%). It increased to 70% with ID route.": a record
    whose outcome only refers back takes the outcome of the sentence before."""
    if previous is None or not refers_back(record) or refers_back(previous):
        return record
    return record.model_copy(update={"outcome": previous.outcome})


def document_controls(text: str) -> tuple[str, ...]:
    """Names a document compares against ("... versus cefixime"), most frequent first.

    >>> document_controls("Gatifloxacin versus cefixime for fever. Better than as compared to cefixime.")
    ('cefixime',)
    """
    counts: dict[str, int] = {}
    compared = list(_COMPARED_AGAINST.finditer(text))
    found = [(m, "name") for m in (*compared, *_ALONE_CONTROL.finditer(text))]
    found += [
        (m, "second")
        for m in compared
        if m.group("second")
        # "silver diamine fluoride versus sodium fluoride varnish": a word both arms share
        and not _word_in(
            m.group("second").lower(), text[max(0, m.start() - 80) : m.start()].lower()
        )
    ]
    for match, group in found:
        name = match.group(group).lower()
        if (
            name not in _NOT_CONTROL_NAMES
            and not any(ch.isdigit() for ch in name)
            and not _PEOPLE.fullmatch(name)
        ):
            if name.endswith("s") and not name.endswith("ss") and len(name) > 5:
                name = name[:-1]  # "sutures alone" names the "suture group"
            counts[name] = counts.get(name, 0) + 1
    return tuple(sorted(counts, key=lambda n: -counts[n]))[:3]


_AIM_OF = regex.compile(
    r"""\b(?:to\s+(?:evaluate|assess|compare|determine|examine|investigate|test|study|explore|
          establish|measure|report|describe|estimate)
        |we\s+(?:evaluated|assessed|compared|investigated|tested|examined|studied|explored|report))
    \s+(?:the\s+|whether\s+)?(?:[\w-]+\s+){0,3}?
    (?:efficacy|effects?|effectiveness|role|impact|safety|benefits?|value|usefulness|influence|
       tolerability|feasibility|outcomes?|results?|performance)
    \s+(?:and\s+[\w-]+\s+)?of\s+(?:the\s+|a\s+|an\s+|adding\s+|using\s+)?
    (?P<name>[^,;.()\[\]]{2,60}?)(?:\s*\((?P<short>[^()]{2,15})\))?
    (?=\s+(?:in|on|for|among|versus|vs|compared|as|with|to|at|during|after|when|and|or|over)\b|\s*[,;.(]|$)""",
    regex.I | regex.X,
)
_NOT_TREATMENT_WORDS = frozenset(
    ("the", "a", "an", "of", "and", "or", "with", "in", "on", "for", "to", "therapy", "treatment",
     "treatments", "intervention", "interventions", "group", "groups", "patients", "use", "new",
     "administration", "program", "programme", "oral", "daily", "dose", "doses", "two", "three",
     "different", "versus", "vs", "compared", "study", "trial", "care", "based", "effect")
)  # fmt: skip


_TWO_TREATMENTS = regex.compile(
    r"\s+(?:and|or)\s+(?!its\b|their\b|the\s+(?:safety|tolerability))", regex.I
)


def document_treatments(text: str) -> tuple[str, ...]:
    """Words naming what a document's aim evaluates ("the role of NIV in weaning"), first few.

    >>> document_treatments("Objective: To evaluate the role of noninvasive ventilation (NIV) in weaning.")
    ('noninvasive', 'ventilation', 'niv')
    """
    words: list[str] = []
    for match in _AIM_OF.finditer(text[:3000]):
        if _TWO_TREATMENTS.match(text, match.end()):
            continue  # "the effectiveness of pentobarbital and thiopental": two, neither first
        phrase = match.group("name") + " " + (match.group("short") or "")
        for word in regex.findall(r"[\w+-]{3,}", phrase.lower()):
            if word not in _NOT_TREATMENT_WORDS and not _names_control(word) and word not in words:
                words.append(word)
        if words:
            break
    return tuple(words[:6])


def _named_treatment(
    sentence: SentenceMentions, chain: list[ValueMention], treatments: tuple[str, ...]
) -> int | None:
    """The one of two values whose arm holds a word of the document's aim."""
    if not treatments:
        return None
    names = []
    for index, value in enumerate(chain):
        arm = _arm_of(sentence, value)
        if arm is not None:
            names.append(arm[0])
            continue
        # "Five patients developed VAP in the PSV group, whereas only one patient had
        # pneumonia in the NIV group": the stretch from the value to the next one
        end = chain[index + 1].start if index + 1 < len(chain) else sentence.end
        region = sentence.norm[value.end - sentence.start : end - sentence.start]
        if _RESPECTIVELY_BETWEEN.search(region):
            return None  # "59% and 55% ... for the telephone and mail surveys, respectively"
        if index + 1 == len(chain):
            region = _CLAUSE_END.split(region, maxsplit=1)[0]
        if len(region) > 80:
            return None
        names.append(region)
    hits = [index for index, name in enumerate(names) if any(_word_in(t, name) for t in treatments)]
    return hits[0] if len(hits) == 1 else None


_CLAUSE_END = regex.compile(r"[,;.]\s|[,;]|\.$")


def _word_in(word: str, text: str) -> bool:
    return regex.search(rf"(?<![\w-]){regex.escape(word)}(?![\w-])", text, regex.I) is not None


def _to_from(sentence: SentenceMentions, a: ValueMention, b: ValueMention) -> bool:
    """ "rose to 76% in A from 58% in B": the level after, then the level before."""
    before = sentence.norm[max(0, a.start - sentence.start - 4) : a.start - sentence.start]
    between = _between(sentence, a, b)
    return (
        before.rstrip().lower().endswith("to")
        and _FROM_END.search(between) is not None
        and ";" not in between
        and len(between) < 80
    )


_BRACKET_REST = regex.compile(r"^[^()\[\]]*[)\]]")  # ", p = 0.006]": the end of an effect's bracket
_ANY_CLOSED_BRACKET = regex.compile(r"\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]")
_EFFECT_CONTINUES = regex.compile(
    r"^[^;\d]{0,80}?\b(?:and|while|whereas|but)\s+(?:[^\W\d_][\w-]*\s+){0,6}?$", regex.I
)


def _continued_effects(
    sentence: SentenceMentions, values: list[ValueMention]
) -> list[ValueMention]:
    """ "The incidence rate ratio was 0.38 [95% CI ...] for the total sample and 0.07 (95% CI
    0.01-0.57) among patients with dementia": a second estimate under the same label."""
    kept: list[ValueMention] = []
    base = sentence.start
    for value in values:
        earlier = [e for e in sentence.effects if e.end <= value.start]
        if (
            earlier
            # "28.2 percentage points (95% CI ...) with the 4-mg dose and 40.1 percentage points
            # (95% CI ...) with the 8-mg dose": the second estimate may repeat the unit
            and value.unit in {None, earlier[-1].unit}
            and value.measure is None
            and value.value is not None
            and value.interval is not None
            and value.interval.kind is IntervalKind.CI
            and _EFFECT_CONTINUES.match(
                dose_amount().sub(  # "2.49 (...) with 10 mg/kg and 1.82 (...) with 20 mg/kg"
                    " dose ",
                    _ANY_CLOSED_BRACKET.sub(
                        " ",
                        _BRACKET_REST.sub(
                            " ", sentence.norm[earlier[-1].end - base : value.start - base]
                        ),
                    ),
                )
            )
        ):
            label = earlier[-1]
            sentence.effects = sorted(
                [
                    *sentence.effects,
                    EffectMention(
                        start=value.start,
                        end=value.end,
                        measure=label.measure,
                        value=value.value,
                        unit=label.unit,
                        ci=value.interval,
                        label_start=value.start,
                    ),
                ],
                key=lambda e: e.start,
            )
            continue
        kept.append(value)
    return kept


_FROM_END = regex.compile(r"\bfrom\s+(?:the\s+)?$", regex.I)


_TIMING_AFTER = regex.compile(
    r"^\s?%?\s*(?:\([^()]*\)\s*)?(?P<when>before|after|pre-?treatment|post-?treatment|"
    r"pre-?intervention|post-?intervention|at\s+baseline)\b",
    regex.I,
)


def _before_after(sentence: SentenceMentions, chain: list[ValueMention]) -> int | None:
    """The index of the "before" value of "24.7% before and 10.4% after treatment"."""
    whens = []
    for value in chain:
        found = _TIMING_AFTER.match(sentence.norm[value.end - sentence.start :])
        if found is None:
            return None
        whens.append(found.group("when").lower())
    befores = [i for i, w in enumerate(whens) if w.startswith(("before", "pre", "at"))]
    return befores[0] if len(befores) == 1 else None


_FROM_JUST_BEFORE = regex.compile(r"\bfrom\s*$", regex.I)
_TO_GAP = regex.compile(r"\s*(?:[^\W\d_][\w/%.-]*\s*)?(?:\([^()]*\)\s*)?to\s*", regex.I)


def _drop_starting_levels(
    sentence: SentenceMentions, values: list[ValueMention]
) -> list[ValueMention]:
    """ "decreased from 5.4 to 3.1 in the IL-2 group and from 5.3 to 4.2 in the control group":
    each arm's level after compares with the other's; the levels before are baselines."""
    base = sentence.start
    starts = []
    for first, second in itertools.pairwise(values):
        if (
            _FROM_JUST_BEFORE.search(
                sentence.norm[max(0, first.start - base - 8) : first.start - base]
            )
            and _TO_GAP.fullmatch(sentence.norm[first.end - base : second.start - base])
            and arm_after(sentence.norm, second.end - base) is not None
        ):
            starts.append(first)
    if len(starts) < 2:
        return values
    if any(starts[0].end <= p.start < starts[-1].start for p in sentence.pvalues):
        # "from 0.26 to 0.19 in the low-dose group (P < 0.01) and from 0.26 to 0.18 in the
        # high-dose group (P < 0.001)": each arm's change is tested against its own baseline
        return values
    return [v for v in values if not any(v is s for s in starts)]


def _from_to(sentence: SentenceMentions, chain: list[ValueMention]) -> bool:
    """ "fell from 8.1% to 7.2%", "from a mean of 4.6 in the protocol arm to 1.2 in ..."."""
    before = sentence.norm[
        max(0, chain[0].start - sentence.start - 30) : chain[0].start - sentence.start
    ]
    between = sentence.norm[chain[0].end - sentence.start : chain[1].start - sentence.start]
    return _FROM_LEAD.search(before) is not None and _TO_WORD.search(between) is not None


_FROM_LEAD = regex.compile(rf"\bfrom\s+(?:{FROM_SUMMARY}\s+)?$", regex.I)


# ---------------------------------------------------------------- effects and p-values


_RISK_CHANGED_BY = regex.compile(
    r"\b(?:incidence|risk|rates?|odds|hazard|frequency|number\s+of\s+episodes)\b[^.;\d]{0,60}?"
    r"\b(?:was|were)\s+(?:significantly\s+)?(?:reduced|lowered|decreased|increased|raised)\s+by\s+$",
    regex.I,
)
_EXCEEDED_BY = regex.compile(
    r"\bexceed(?:s|ed|ing)?\b[^.;\d]{0,80}?\bby\s+(?:(?:about|approximately|around|nearly|almost|an?\s+average\s+of)\s+)?$",
    regex.I,
)
_COMPARATIVE_BEFORE = regex.compile(
    r"\b(?:lower|higher|greater|less|more|smaller|larger|shorter|longer|reduced|increased|improved|"
    r"differed|difference|different|better|worse)\s*(?:,\s*)?(?:by\s+)?[(\[]?\s*$",
    regex.I,
)


_BRACKET_OPENS_WITH_CHANGE = regex.compile(r"[(\[]\s?(?=[\d.]+\s?%)")
_ABSOLUTE_DIFFERENCE_OF = regex.compile(
    r"\babsolute\s+(?P<way>gain|difference|increase|reduction|decrease|benefit|improvement|rise|"
    r"drop|fall|decline)\s+(?:of\s+|was\s+|by\s+)?(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+over|just\s+under)\s+)?$",
    regex.I,
)
_LOWER_WAYS = {"reduction", "decrease", "drop", "fall", "decline"}


def _unlabelled_differences(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "was significantly lower (-0.15 mmol/l, 95% CI -0.25, -0.06)": a between-arm difference."""
    risk_changed = False
    for draft in drafts:
        if len(draft.values) != 1 or draft.effect is not None:
            continue
        value = draft.values[0]
        interval = value.interval
        if (
            value.value is not None
            and value.measure is None
            and _EXCEEDED_BY.search(
                sentence.norm,
                max(0, value.start - sentence.start - 120),
                value.start - sentence.start,
            )
        ):
            # "costs in the arthroscopy group exceeded those of the control group by €901": by
            # how much one arm's level passed the other's
            draft.effect = EffectMention(
                start=value.start,
                end=value.end,
                measure=EffectMeasure.RELATIVE_DIFFERENCE
                if value.unit == "%"
                else EffectMeasure.MEAN_DIFFERENCE,
                value=value.value,
                unit=None if value.unit == "%" else value.unit,
                ci=interval if interval is not None and interval.kind is IntervalKind.CI else None,
                label_start=value.start,
            )
            draft.values = []
            continue
        absolute = _ABSOLUTE_DIFFERENCE_OF.search(
            sentence.norm, max(0, value.start - sentence.start - 50), value.start - sentence.start
        )
        if value.value is not None and value.unit == "pp" and absolute is not None:
            # "That is an absolute gain of 28 percentage points": the difference between arms
            lower = absolute.group("way").lower() in _LOWER_WAYS
            draft.effect = EffectMention(
                start=value.start,
                end=value.end,
                measure=EffectMeasure.RISK_DIFFERENCE,
                value=-abs(value.value) if lower else value.value,
                unit="pp",
                ci=interval if interval is not None and interval.kind is IntervalKind.CI else None,
                label_start=absolute.start() + sentence.start,
            )
            draft.values = []
            continue
        if value.value is None or interval is None or interval.kind is not IntervalKind.CI:
            continue
        if (
            value.measure is Measure.PERCENT_CHANGE
            and interval.low is not None
            and interval.high is not None
            and (
                _RISK_CHANGED_BY.search(
                    sentence.norm,
                    max(0, value.start - sentence.start - 120),
                    value.start - sentence.start,
                )
                # "... reduced by 24% (95% CI 0 to 42%) and severe ALRI by 35% (95% CI 0 to 58%)"
                or (risk_changed and value.change_verb)
                # "no effect on diarrhea (6% reduction, 95% CI: -1 to 12%; p = 0.08)": a bracketed
                # change whose CI holds its size, not its signed value, is the arms' difference
                or (
                    _inside_brackets(sentence.norm, value.start - sentence.start)
                    and _BRACKET_OPENS_WITH_CHANGE.search(
                        sentence.norm,
                        max(0, value.start - sentence.start - 3),
                        value.start - sentence.start + 12,
                    )
                    is not None
                    and value.value < 0
                    and interval.low <= -value.value <= interval.high
                    and not interval.low <= value.value <= interval.high
                )
            )
        ):
            risk_changed = True
            # "Incidence of pneumonia was reduced by 24% (95% CI: 0 to 42%)": a rate's change
            # with a confidence interval is the relative difference against the control
            low, high = interval.low, interval.high
            if value.value < 0 and low <= -value.value <= high and not low <= value.value <= high:
                # "reduced by 24% (0 to 42%)", "(6% reduction, 95% CI -1 to 12%)": its bounds
                low, high = 0.0 - high, 0.0 - low
            draft.effect = EffectMention(
                start=value.start,
                end=value.end,
                measure=EffectMeasure.RELATIVE_DIFFERENCE,
                value=value.value,
                unit=None,
                ci=replace(interval, low=low, high=high),
                label_start=value.start,
            )
            draft.values = []
            continue
        if value.measure is not None or value.unit == "%":
            continue
        before = sentence.norm[
            max(0, value.start - sentence.start - 40) : value.start - sentence.start
        ]
        if _COMPARATIVE_BEFORE.search(before):
            draft.effect = EffectMention(
                start=value.start,
                end=value.end,
                measure=EffectMeasure.MEAN_DIFFERENCE,
                value=value.value,
                unit=value.unit,
                ci=interval,
                label_start=value.start,
            )
            draft.values = []
    return drafts


# "12% vs 18%, a 33% reduction", "61 vs 38 fractures, a rise of about 60%": a percent
# change set after two arms restates their contrast.
_APPOSITIVE_CHANGE = regex.compile(
    r"""^[^\d;]{0,40}?[,;(]\s*(?:(?:a|an|or\s+an?|representing\s+an?|which\s+(?:is|was|represents|represented)\s+an?|
    corresponding\s+to\s+an?|equivalent\s+to\s+an?)\s+)
    (?:(?:relative|proportional)\s+)?
    (?:(?:rise|increase|reduction|decrease|drop|fall|decline|cut|gain|difference)\s+of\s+)?
    (?:(?:about|approximately|roughly|nearly|almost|some|around)\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _appositive_differences(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """Merge "..., a 33% reduction" into the two-arm comparison it follows."""
    out: list[_Draft] = []
    for draft in drafts:
        previous = out[-1] if out else None
        value = draft.values[0] if len(draft.values) == 1 else None
        if (
            previous is not None
            and value is not None
            and draft.effect is None
            and value.measure is Measure.PERCENT_CHANGE
            and value.value is not None
            and len(previous.values) == 2
            and previous.effect is None
            and _APPOSITIVE_CHANGE.match(
                sentence.norm[previous.end - sentence.start : value.start - sentence.start]
            )
        ):
            previous.effect = EffectMention(
                start=value.start,
                end=value.end,
                measure=EffectMeasure.RELATIVE_DIFFERENCE,
                value=value.value,
                unit="%",
                label_start=value.start,
            )
            previous.end = max(previous.end, value.end)
            continue
        out.append(draft)
    return out


_TRAILING_CONTROL = regex.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+(?:the\s+|those\s+(?:on|given|receiving)\s+)?"
    r"(?P<control>[\w-]+(?:\s+[\w-]+){0,2})\s*\.?$",
    regex.I,
)
_VERSUS_CONTROL = regex.compile(
    r"\b(?:versus|vs\.?)\s+(?:the\s+)?(?P<control>[\w-]+(?:\s+[\w-]+){0,2})", regex.I
)
_BASELINE_WORD = regex.compile(
    r"\b(?:baseline|pre-?\w*|before|prior|start|admission|entry|initial|first|previous)\b", regex.I
)
_LEADING_CONTROL = regex.compile(
    r"^\W*(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)\s+(?:the\s+)?"
    r"(?P<control>[^,;()\d]{2,50}?)\s*,",
    regex.I,
)
_DIFFERENCE_AGAINST_CONTROL = regex.compile(
    r"\b(?:improvements?|changes?|reductions?|increases?|gains?|decreases?)\s+(?:in|of)\s+(?:the\s+)?(?P<object>[^;,()]{2,60}?)"
    r"\s+(?:with|for|of|in)\s+[^;,()]{2,40}?\s+(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)\s+"
    r"(?:the\s+)?(?:placebo|controls?|sham|usual\s+care|standard\s+care|vehicle)(?:\s+(?:group|arm))?"
    r"\s+(?:was|were|of|amounted\s+to|reached)\s+(?:a\s+|an\s+)?(?:mean\s+|median\s+)?(?:of\s+)?$",
    regex.I,
)


# "The difference in favour of etoposide phosphate was borderline significant: median 9.9"
_DIFFERENCE_SUBJECT = regex.compile(
    r"^\W*(?:the\s+|a\s+|this\s+)?(?:(?:mean|median|absolute|overall|observed|estimated)\s+)?"
    r"difference\b(?!s)[^;\d]{0,100}$",
    regex.I,
)
_BETWEEN_GROUPS_LEAD = regex.compile(
    r"\b(?:differ(?:ent|ence|ed|s)?|varied)\s+(?:\w+\s+){0,2}?between\s+(?:the\s+)?"
    r"(?:two\s+|three\s+|study\s+|treatment\s+|randomi[sz]ed\s+|trial\s+)?(?:groups|arms)\s*[(\[]\s*$",
    regex.I,
)


_CONTROL_THEN_BY = regex.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|over)\s+(?:the\s+)?"
    r"(?P<control>[\w-]+(?:\s+[\w-]+){0,2}?)\s+by\s+(?:[~≈]\s?)?$",
    regex.I,
)


def _changes_against_control(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "fell by 24 percent among those who received the drug compared with placebo"."""
    tail = _TRAILING_CONTROL.search(sentence.norm)
    lead = _LEADING_CONTROL.match(sentence.norm)
    against_control = (
        bool(sentence.values)
        and len(sentence.values) == sum(len(d.values) for d in drafts)
        and all(len(d.values) <= 1 for d in drafts)
        and (
            (
                tail is not None
                and tail.start() >= max(v.end for v in sentence.values) - sentence.start
                and control_strength(tail.group("control")) > 0
            )
            or (
                # "Compared with conventional physiotherapy, robot training increased gait
                # speed by 0.12 m/s (95% CI 0.04-0.20)"
                lead is not None and control_strength(lead.group("control")) > 0
            )
        )
    )
    lone = bool(sentence.values) and all(len(d.values) <= 1 for d in drafts)
    first = min((v.start for v in sentence.values), default=sentence.end) - sentence.start
    versus = _VERSUS_CONTROL.search(sentence.norm, 0, first)
    # "Compared to butter, CPTRO reduced total cholesterol by 8%", "Participants randomized to
    # lisinopril vs. L-placebo had declines in diastolic BP (-3.3 mmHg)": the reference is named
    # before the lone changes, which are the differences against it
    reference = lone and (
        (lead is not None and not _BASELINE_WORD.search(lead.group("control")))
        or (versus is not None and control_strength(versus.group("control")) > 0)
    )
    for draft in drafts:
        if len(draft.values) != 1 or draft.effect is not None:
            continue
        change = draft.values[0]
        before = sentence.norm[: change.start - sentence.start]
        if (
            reference
            and change.value is not None
            and change.sd is None  # "(by 17 ± 6%)": an arm's own change, with its spread
            and (change.interval is None or change.interval.kind is IntervalKind.CI)
            and (
                change.measure in {Measure.ABSOLUTE_CHANGE, Measure.PERCENT_CHANGE}
                # "had significant declines in diastolic BP (-3.3 mmHg)": signed, after a change
                or (
                    change.measure is None
                    and _value_text(sentence, change)[:1] in {"-", "+"}
                    and _CHANGE_WORDS.search(before) is not None
                )
            )
            and not (change.unit == "%" and percent_level(before))
        ):
            relative = change.unit == "%"
            _into_difference(
                draft,
                change,
                change.value,
                EffectMeasure.RELATIVE_DIFFERENCE if relative else EffectMeasure.MEAN_DIFFERENCE,
                "%" if relative else change.unit,
            )
            continue
        if (
            (change.unit != "%" or percent_level(before))
            and change.value is not None
            and change.measure in {None, Measure.ABSOLUTE_CHANGE, Measure.PERCENT_CHANGE}
            and (
                lead := _DIFFERENCE_AGAINST_CONTROL.search(
                    sentence.norm, 0, change.start - sentence.start
                )
            )
            is not None
        ):
            # "median improvement in trough FEV1 with tiotropium versus placebo was 0.06 L": the
            # number is the difference between the arms
            _into_difference(
                draft, change, change.value, EffectMeasure.MEAN_DIFFERENCE, change.unit
            )
            draft.named = lead.group("object")
            continue
        if (
            change.measure is Measure.ABSOLUTE_CHANGE
            and change.unit == "pp"
            and change.value is not None
            and change.interval is not None
            and change.interval.kind is IntervalKind.CI
        ):
            # "utilization in the intervention villages increased by 17.7 percentage points
            # (95% CI 9.7-25.6)": a gap in points with its CI is the difference between arms
            _into_difference(draft, change, change.value, EffectMeasure.RISK_DIFFERENCE, "pp")
            continue
        if (
            change.value is not None
            and change.interval is not None
            and change.interval.kind is IntervalKind.CI
            and change.unit not in {"%", "pp"}
            and change.measure in {None, Measure.VALUE, Measure.MEAN, Measure.ABSOLUTE_CHANGE}
            and (
                _BETWEEN_GROUPS_LEAD.search(before) is not None
                or _DIFFERENCE_SUBJECT.match(before) is not None
            )
        ):
            # "was not significantly different between study groups (0.08 points; 95% CI,
            # -1.1-1.2)": one number with its CI set after the groups' contrast is the
            # difference between them
            _into_difference(
                draft, change, change.value, EffectMeasure.MEAN_DIFFERENCE, change.unit
            )
            continue
        if (
            change.measure is Measure.ABSOLUTE_CHANGE
            and change.value is not None
            and change.interval is not None
            and change.interval.kind is IntervalKind.CI
            and against_control
        ):
            # "AQLQ improved by 0.25 (95% CI -0.3, 0.8) units, ... in azithromycin-treated
            # compared to placebo-treated participants": changes with CIs against a control
            # named after them are the differences between the arms
            _into_difference(
                draft, change, change.value, EffectMeasure.MEAN_DIFFERENCE, change.unit
            )
            continue
        if (
            change.unit == "%"
            and change.value is not None
            and change.interval is not None
            and change.interval.kind is IntervalKind.CI
            and (more := _MORE_PEOPLE.match(sentence.norm, change.end - sentence.start))
        ):
            # "5.5% (95% CI 0.2 to 10.8) more participants in the valerian group perceived
            # their sleep as better": the gap between the arms' shares
            _into_difference(draft, change, change.value, EffectMeasure.RISK_DIFFERENCE, "pp")
            if more.group("did"):
                draft.named = more.group("did")
            continue
        if (
            len(sentence.values) == 1
            and change.value is not None
            and change.unit not in {"%", "pp"}
            and change.measure in {None, Measure.VALUE, Measure.MEAN, Measure.ABSOLUTE_CHANGE}
            and (by := _COMPARATIVE_BY.search(before)) is not None
            and (
                by.group("favoured")
                or _COMPARED_AFTER.match(sentence.norm, change.end - sentence.start)
            )
        ):
            # "higher with either depot, by a mean of 11.4 points (95% CI 7.9 to 14.9) compared
            # with sublingual", "favoured the paste by an average of 4.1 points": the one
            # number is the gap between the arms
            _into_difference(
                draft, change, change.value, EffectMeasure.MEAN_DIFFERENCE, change.unit
            )
            continue
        if change.measure is not Measure.PERCENT_CHANGE or change.value is None:
            continue
        rest = sentence.norm[change.end - sentence.start :]
        clause = _CLAUSE_SPLIT.split(rest, maxsplit=1)[0]
        link = _STRONG_LINK.search(clause)
        against = _CONTROL_THEN_BY.search(before)
        if (
            link is not None
            and control_strength(_BRACKET_OR_COMMA.split(clause[link.end() :])[0]) > 0
        ) or (against is not None and control_strength(against.group("control")) > 0):
            # "fell by 24% ... compared with placebo", "increased compared to placebo by ~50%"
            _into_difference(
                draft, change, change.value, EffectMeasure.RELATIVE_DIFFERENCE, "%", ci=False
            )
    return drafts


# "(P < 0.001 versus baseline) and by 6% with placebo": what the link names ends at a bracket
_BRACKET_OR_COMMA = regex.compile(r"[(),;]")
# "more participants in the valerian group perceived ...": who, and what they did
_MORE_PEOPLE = regex.compile(
    rf"\s*more\s+(?:{people_nouns()})\b(?:(?:\s+(?:in|on|with|receiving|given)\s+(?:the\s+)?"
    r"[^,;()\d]{1,40}?\s+(?:group|arm))?\s+(?P<did>[^\W\d_][^,;()\d]{2,80}?)(?=\s*[,;(.]|$))?",
    regex.I,
)
_COMPARATIVE_BY = regex.compile(
    r"\b(?:higher|lower|greater|better|worse|larger|smaller|longer|shorter|"
    r"(?P<favoured>favou?red)\s+(?:the\s+)?[^,;()\d]{1,40}?)"
    r"(?:\s+[^;()\d]{0,40}?)?,?\s+by\s+(?:(?:a\s+mean|an\s+average|a\s+median)\s+of\s+|an?\s+)?$",
    regex.I,
)
_COMPARED_AFTER = regex.compile(
    r"[^;]{0,60}?\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\b", regex.I
)


def _into_difference(
    draft: _Draft,
    change: ValueMention,
    value: float,
    measure: EffectMeasure,
    unit: str | None,
    ci: bool = True,
) -> None:
    """The draft's one number becomes the difference between the arms (its CI with it)."""
    interval = change.interval
    keep = ci and interval is not None and interval.kind is IntervalKind.CI
    draft.effect = EffectMention(
        start=change.start,
        end=change.end,
        measure=measure,
        value=value,
        unit=unit,
        ci=interval if keep else None,
        label_start=change.start,
    )
    draft.values = []


def _fold_changes_into_pairs(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "Severe cases were cut by 94%, with 1 case versus 17": the change is between arms."""
    out: list[_Draft] = []
    for draft in drafts:
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(previous.values) == 1
            and previous.values[0].measure is Measure.PERCENT_CHANGE
            and previous.values[0].value is not None
            and len(draft.values) == 2
            and _CHANGE_GAP.match(
                sentence.norm[previous.end - sentence.start : draft.start - sentence.start],
            )
            and len(sentence.norm[previous.end - sentence.start : draft.start - sentence.start])
            < 12
        ):
            change = previous.values[0]
            draft.effect = EffectMention(
                start=change.start,
                end=change.end,
                measure=EffectMeasure.RELATIVE_DIFFERENCE,
                value=change.value if change.value is not None else 0.0,
                unit="%",
                label_start=change.start,
            )
            draft.start = change.start
            out[-1] = draft
            continue
        out.append(draft)
    return out


_ARM_THEN_EFFECT = regex.compile(r"\s*[,;:]?\s*(?:with\s+an?\s+|giving\s+an?\s+|an?\s+)?")
_EFFECT_GAP_WORDS = frozenset(
    (
        *("with", "a", "an", "the", "corresponding", "to", "giving", "yielding", "for"),
        *(
            "adjusted",
            "unadjusted",
            "which",
            "is",
            "was",
            "that",
            "representing",
            "resulting",
            "in",
        ),
    )
)


_ARMS_NAMED_AFTER = regex.compile(
    r"^\s?%?\s*(?:of\s+)?(?:the\s+|those\s+)?(?:patients|participants|subjects|people|children|women|men)?\s*"
    r"(?:given|receiving|on|in|treated\s+with|taking|assigned\s+to)\s+(?:the\s+)?"
    r"[\w+/-]+(?:\s+[\w+/-]+){0,3}?\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){0,3}?"
    r"(?:\s+(?:groups?|arms?))?(?=\s*[(\[,;]|\s*$)",
    regex.I,
)
_RESPECTIVE_ARMS = regex.compile(
    r"^\s?%?\s*(?:(?:in|with|among|for|on|of)\s+(?:the\s+)?[^;()\d]{1,60}?,?\s*)?respectively\b",
    regex.I,
)


_EFFECT_THEN_BRACKETED_PAIR = regex.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?!\b(?:was|were|and|but|while|whereas)\b)[^\d;()]){0,60}\(\s*",
    regex.I,
)
_EFFECT_LEADS_PAIR = regex.compile(r"\s*\)?\s*(?:for|in|with|among)\s+[^\d;()]{1,50}?\(?\s*")


_PAIR_LABEL = regex.compile(
    r"(?P<a>[^\W\d_][\w+-]*(?:\s+[\w+-]+)?)\s+(?:vs\.?|versus|compared\s+with)\s+"
    r"(?P<b>[^\W\d_][\w+-]*(?:\s+[\w+-]+)?)\s*[:,]\s*$",
    regex.I,
)


def _named_pair_host(
    sentence: SentenceMentions, drafts: list[_Draft], effect: EffectMention
) -> _Draft | None:
    """ "(isoflurane vs propofol: hazard ratio, 0.89)": the effect of the pair its label names."""
    lead = sentence.norm[
        max(0, effect.label_start - sentence.start - 60) : effect.label_start - sentence.start
    ]
    named = _PAIR_LABEL.search(lead)
    if named is None:
        return None
    first = named.group("a").lower()
    for draft in drafts:
        if draft.effect is not None or len(draft.values) != 2:
            continue
        arm = _arm_of(sentence, draft.values[0])
        if arm is not None and first in arm[0].lower():
            return draft
    return None


def _merge_effects(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """An effect written right after a pair of arms qualifies that pair."""
    out = list(drafts)
    listed = _chain_effects(sentence, out)
    for effect in sentence.effects:
        if any(effect is e for e in listed):
            continue
        host = _named_pair_host(sentence, out, effect)
        for draft in [] if host is not None else out:
            if draft.effect is not None or not draft.values:
                continue
            if (
                effect.end <= draft.start
                and effect.measure is EffectMeasure.RELATIVE_DIFFERENCE
                and len(draft.values) == 2
                and _EFFECT_LEADS_PAIR.fullmatch(
                    sentence.norm[effect.end - sentence.start : draft.start - sentence.start]
                )
            ):
                host = draft  # "longer (56%) for the OBM group (15.3 mm) than ... (9.8 mm)"
                break
            if (
                effect.end <= draft.start
                and len(draft.values) == 2
                and _EFFECT_THEN_BRACKETED_PAIR.fullmatch(
                    sentence.norm[effect.end - sentence.start : draft.start - sentence.start]
                )
            ):
                host = draft  # "The mean difference was -0.43% in favour of A (8.04% vs 8.47%"
                break
            if effect.start < draft.end:
                continue
            gap = sentence.norm[draft.end - sentence.start : effect.start - sentence.start]
            # "3.0% and 3.3% in the A and placebo groups, respectively (RR 0.91": the arms' names
            gap = _RESPECTIVE_ARMS.sub("", gap, count=1)
            # "45.6% versus 13.9% of patients given derlikizumab and placebo (odds ratio 5.2":
            # the two arms named together after their numbers
            gap = _ARMS_NAMED_AFTER.sub("", gap, count=1)
            words = [w.lower() for w in _LETTERS.findall(gap)]
            after_semicolon = _LETTERS.findall(gap.rsplit(";", 1)[-1]) if ";" in gap else []
            # "..., compared with 90.1% on the standard regimen; the 0.7-percentage-point gap"
            named_gap = bool(after_semicolon) and all(
                w.lower() in {"the", "a", "an", "this", "that", "its"} for w in after_semicolon
            )
            if named_gap and len(draft.values) == 2 and len(gap) <= 90:
                host = draft
                break
            if len(gap) > 60 or ". " in gap or after_semicolon:
                continue
            if len(draft.values) == 2:
                if not _CLAUSE_WORDS.search(gap) or (
                    # "97 of 857 (11%) in home and 75 of 592 (13%) in facility care were
                    # admitted (0.91, 0.64-1.28)": the verb follows its arms, no new clause
                    not _CLAUSE_LINKS.search(gap)
                    and not _CLAUSE_WORDS.search(
                        sentence.norm[: draft.start - sentence.start].lower()
                    )
                    and gap.rstrip().endswith("(")
                ):
                    host = draft
            elif len(gap) < 25 and all(w in _EFFECT_GAP_WORDS for w in words):
                host = draft
            elif (
                (arm := _arm_of(sentence, draft.values[0])) is not None
                and draft.end - sentence.start <= arm[2] < effect.start - sentence.start
                and _ARM_THEN_EFFECT.fullmatch(
                    sentence.norm[arm[2] : effect.start - sentence.start]
                )
            ):
                host = draft  # "declined 23.9 cm2 in GH group, mean difference from placebo: -28.1"
        if host is not None:
            host.effect = effect
            host.end = max(host.end, effect.end)
        else:
            out.append(_Draft(effect=effect, start=effect.start, end=effect.end))
    return _restated_effects(sentence, out)


_P_AFTER_EFFECT = regex.compile(
    r"\s*(?:[(\[]\s*(?:(?:95|90|99)\s?%\s?)?(?:CI|confidence\s+intervals?)[^;()\[\]]{0,40})?[\])]?\s*[;,]?\s*",
    regex.I,
)


def _chain_effects(sentence: SentenceMentions, drafts: list[_Draft]) -> list[EffectMention]:
    """ "47.2%, 55.1% and 31.9% ... (odds ratios vs placebo, 1.91 [...] and 2.62 [...])": as
    many effects of one kind as the arms set against a shared control, listed after them,
    go to those arms in order. Returns the effects placed."""
    placed: list[EffectMention] = []
    chains: dict[int, list[_Draft]] = {}
    for draft in drafts:
        if draft.chain_start is not None and len(draft.values) == 2 and draft.effect is None:
            chains.setdefault(draft.chain_start, []).append(draft)
    for group in chains.values():
        if len(group) < 2 or len({id(d.values[1]) for d in group}) != 1:
            continue
        end = max(d.end for d in group)
        later = [d.start for d in drafts if d.start >= end and not any(d is g for g in group)]
        limit = min(later, default=sentence.end)
        after = [e for e in sentence.effects if end <= e.start < limit]
        if (
            len(after) != len(group)
            or len({e.measure for e in after}) != 1
            or after[0].start - end > 120
            or ". " in sentence.norm[end - sentence.start : after[0].start - sentence.start]
        ):
            continue
        for draft, effect in zip(
            sorted(group, key=lambda d: d.values[0].start), after, strict=True
        ):
            draft.effect = effect
            draft.end = max(draft.end, effect.end)
            placed.append(effect)
    return placed


_RESTATING_GAP = regex.compile(r"^[^;]{0,80}?[(\[][^\d()\[\]]{0,30}$")


def _restated_effects(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """ "1.8 points lower in the Lidorel group (mean difference −1.8, 95% CI −2.5 to −1.1)":
    a bracket that labels the same difference again, with its CI, is one record."""
    alone = sorted(
        (d for d in drafts if d.effect is not None and not d.values and d.pvalue is None),
        key=lambda d: d.start,
    )
    for first, second in itertools.pairwise(alone):
        a, b = first.effect, second.effect
        if (
            a is not None
            and b is not None
            and a.measure is b.measure
            and a.value == b.value
            and a.ci is None
            and a.end <= b.start
            and _RESTATING_GAP.match(
                sentence.norm[a.end - sentence.start : b.start - sentence.start]
            )
            and not any(a.end <= v.start < b.start for v in sentence.values)
        ):
            second.effect = replace(b, unit=b.unit or a.unit)
            second.start = first.start
            drafts = [d for d in drafts if d is not first]
    return drafts


def _attach_pvalues(sentence: SentenceMentions, drafts: list[_Draft]) -> list[_Draft]:
    """Each p goes to the nearest record before it (or the first one after it)."""
    drafts.sort(key=lambda d: d.start)
    listed = _respective_pvalues(sentence, drafts)
    for p in sentence.pvalues:
        if not is_superiority(p) or any(p is q for q in listed):
            continue
        before = [d for d in drafts if d.start <= p.start]
        after = [d for d in drafts if d.start > p.start]
        target = before[-1] if before else after[0] if after else None
        beside = [
            d
            for d in before
            if d.values
            and d.values[0].end <= p.start
            and _OWN_P_GAP.fullmatch(
                sentence.norm[d.values[0].end - sentence.start : p.start - sentence.start]
            )
        ]
        if len(beside) == 1 and beside[0].pvalue is None:
            # "33.1% in the placebo group, 44.4% (p = 0.059) in the A group, 55.1% (p = 0.001)
            # in the B group": the p right after an arm's number tests that arm's record
            target = beside[0]
        tested = [
            d
            for d in drafts
            if d.values
            and d.effect is not None
            and d.effect.end <= p.start
            and _P_AFTER_EFFECT.fullmatch(
                sentence.norm[d.effect.end - sentence.start : p.start - sentence.start]
            )
        ]
        if len(tested) == 1 and tested[0].pvalue is None:
            # "the difference vs propofol was 2.1 days (95% CI, 0.4-3.8; P = .02) for A and
            # 0.6 days (...; P = .49) for B": the p right after an effect tests its record
            target = tested[0]
        if (
            not before
            and after
            and any(p.end <= q.start < after[0].start for q in sentence.pvalues)
        ):
            # "improved ... in overall functioning (p = 0.0008), receptive language (p < 0.0001)
            # ...; 9/30 ...": a list of tests before the first numbers, one outcome per p
            target = None
        if target is None:
            drafts.append(_Draft(pvalue=p, start=p.start, end=p.end))
            continue
        if target.pvalue is None:
            target.pvalue = p
            target.end = max(target.end, p.end)
            if _closes_bracketed_chain(sentence, target, p):
                # "(basic: -0.72, enhanced: -1.0, control: 0.15; P < .001)": one test of the arms
                for sibling in drafts:
                    if sibling.chain_start == target.chain_start and sibling.pvalue is None:
                        sibling.pvalue = p
        elif _has_words(sentence, target.end, p.start):
            # "less fatigue (p = 0.07), hunger (p = 0.02)": one outcome per p
            lone = _Draft(pvalue=p, start=p.start, end=p.end)
            drafts.append(lone)
            drafts.sort(key=lambda d: d.start)
        tail = sentence.norm[p.end - sentence.start : p.end - sentence.start + 30]
        head = sentence.norm[max(0, p.start - sentence.start - 8) : p.start - sentence.start]
        shared = regex.search(r"\b(?:all|both|each)\s*$", head, regex.I)
        for_all = regex.match(r"^\s*(?:for\s+(?:both|all|each)\b)", tail, regex.I)
        if shared or for_all or regex.match(r"^\s*,?\s*respectively", tail, regex.I):
            for draft in drafts:
                # "(p < 0.001 for both) with A 4.5 and 9 µg (113% ...)": the p may come first
                if draft.pvalue is None and (draft.start < p.start or for_all):
                    draft.pvalue = p
        elif (
            len(before) >= 2
            and _ENDS_SENTENCE.match(tail)
            and (
                _RESPECTIVELY_BETWEEN.search(
                    sentence.norm[
                        before[-2].start - sentence.start : before[-1].end - sentence.start + 20
                    ]
                )
                and not _DIGIT.search(
                    sentence.norm[before[-1].end - sentence.start : p.start - sentence.start]
                )
                and before[-2].pvalue is None
                and _alike(before[-2], before[-1])
            )
        ):
            # "(mean difference 4.4 g and 6.9 g, respectively) with A than with B (p<0.001)"
            before[-2].pvalue = p
    return drafts


def _respective_pvalues(sentence: SentenceMentions, drafts: list[_Draft]) -> list[PValueMention]:
    """ "... cholesterol by 0.4% and LDL by 6.3% (P = .828 and .210, respectively)": a list of
    p-values goes, in order, to the records before it."""
    base = sentence.start
    pvalues = sorted(sentence.pvalues, key=lambda p: p.start)
    for i in range(len(pvalues)):
        run = [pvalues[i]]
        for q in pvalues[i + 1 :]:
            gap = sentence.norm[run[-1].end - base : q.start - base]
            if not _PVALUE_LIST_GAP.fullmatch(gap):
                break
            run.append(q)
        tail = sentence.norm[run[-1].end - base : run[-1].end - base + 20]
        if len(run) < 2 or not _RESPECTIVELY_NEXT.match(tail):
            continue
        targets = [d for d in drafts if d.end <= run[0].start and d.pvalue is None]
        if len(targets) < len(run):
            continue
        for draft, p in zip(targets[-len(run) :], run, strict=True):
            draft.pvalue = p
        return run
    return []


_PVALUE_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)(?:p\s*[=<>]\s*)?", regex.I)
_RESPECTIVELY_NEXT = regex.compile(r"^\s*,?\s*respectively\b", regex.I)


def _alike(a: _Draft, b: _Draft) -> bool:
    """Two records of one "respectively" list: both effects alone, or both one arm's number."""
    if a.effect is not None and b.effect is not None:
        return not a.values and not b.values
    return len(a.values) == 1 and len(b.values) == 1 and a.values[0].measure == b.values[0].measure


_P_AFTER_CHAIN = regex.compile(r"\s*(?:,\s*SD\s*[\d.]+)?\s*[;,]?\s*")
_ENDS_SENTENCE = regex.compile(r"^\s*\)?\s*[.;]?\s*$")
_RESPECTIVELY_BETWEEN = regex.compile(r"\brespectively\b", regex.I)


_OWN_PREDICATE = regex.compile(
    r"\b(?:had|have|has|was|were|is|are|showed|tended|achieved|experienced|reported|required)\b",
    regex.I,
)
_CLAIM_KINDS = frozenset(
    {CueKind.INCREASE, CueKind.DECREASE, CueKind.NO_CHANGE, CueKind.SIGNIFICANT}
)
_LIST_JOIN = regex.compile(
    r"^(?:\s*[;,]?\s*p\s*[<=>≤≥]\s*0?\.\d+)?[\s,;)]*(?:and\s+|or\s+|as\s+well\s+as\s+)?"
    r"(?!(?:whereas|while|but|however|although)\b)[^\W\d_][\w\s-]{0,40}\((?:\s*[^\W\d_][\w-]{0,15}\s*[:=]?)?\s*$",  # "..., centile (LGI "
    regex.I,
)


def _list_sign(
    sentence: SentenceMentions,
    before: _Draft,
    draft: _Draft,
    previous: EffectRecord,
    record: EffectRecord,
) -> EffectRecord:
    """ "greater reductions in total cholesterol (-35.9 vs. -30.1%), LDL-C (48.0 vs. 39.5%)":
    unsigned changes listed after negative ones of a reduction share their sign."""
    if previous.measure not in _CHANGES or record.measure != previous.measure:
        return record
    old = [a for a in (previous.intervention, previous.comparator) if a and a.value is not None]
    new = [a for a in (record.intervention, record.comparator) if a and a.value is not None]
    if (
        not old
        or len(old) != len(new)
        or any(a.value is None or a.value >= 0 for a in old)
        or any(a.value is None or a.value <= 0 for a in new)
        or any(_SIGNED.match(_value_text(sentence, v)) for v in draft.values)
    ):
        return record
    gap = sentence.norm[before.end - sentence.start : draft.start - sentence.start]
    lead = sentence.norm[: before.start - sentence.start]
    if not _LIST_JOIN.match(gap) or not _REDUCTION_NOUN.search(lead):
        return record
    flipped = {
        role: arm.model_copy(update={"value": -arm.value})
        for role, arm in (("intervention", record.intervention), ("comparator", record.comparator))
        if arm is not None and arm.value is not None
    }
    update: dict[str, object] = dict(flipped)
    if record.intervention is not None and record.comparator is not None:
        a, b = flipped["intervention"].value, flipped["comparator"].value
        if a is not None and b is not None and a != b:
            update["direction"] = _compare(a, b)
    return record.model_copy(update=update)


_REDUCTION_NOUNS = r"reductions?|decreases?|declines?|drops?|falls?"
_REDUCTION_NOUN = regex.compile(rf"\b(?:{_REDUCTION_NOUNS})\b", regex.I)


def _shares_measure(
    sentence: SentenceMentions,
    before: _Draft,
    draft: _Draft,
    previous: EffectRecord,
    record: EffectRecord,
) -> bool:
    """A record listed right after a change, in the same bracketed form, is a change too."""
    listed_share = (  # "improvements in fatigue (26.9%), alertness (28.2%) ...": changes too
        previous.measure is Measure.PERCENT_CHANGE
        and record.measure is Measure.PROPORTION
        and record.unit == "%"
        and (
            record.comparator is None
            or all(  # "(-22.1 vs. -15.3%), LDL (31.4 vs. 25.0%)": the list of signed changes
                arm is not None and arm.value is not None and arm.value < 0
                for arm in (previous.intervention, previous.comparator)
            )
        )
    )
    if previous.measure not in _CHANGES or (
        record.measure not in {Measure.MEAN, Measure.VALUE} and not listed_share
    ):
        return False
    gap = sentence.norm[before.end - sentence.start : draft.start - sentence.start]
    return (
        bool(_LIST_JOIN.match(gap))
        and not _CHANGE_WORDS.search(gap)
        and not _OWN_PREDICATE.search(gap)  # "and tended to have a shorter induction time ("
    )


def _has_words(sentence: SentenceMentions, start: int, end: int) -> bool:
    between = sentence.norm[start - sentence.start : end - sentence.start]
    return _LONG_WORD.search(between) is not None


def _baseline_pvalue(sentence: SentenceMentions, draft: _Draft) -> bool:
    """ "Both groups had comparable age (p = 0.764)": a p-value of a baseline comparison."""
    if draft.values or draft.effect is not None or draft.pvalue is None:
        return False
    return bool(_real_context(sentence, sentence.start, draft.pvalue.start))


def _planned_effect(sentence: SentenceMentions, draft: _Draft) -> bool:
    """ "The non-inferiority margin for the difference was 0.3 points", "The expected success
    rate was 80%": a design figure."""
    lone = len(draft.values) == 1 and draft.effect is None and draft.pvalue is None
    if not lone and (draft.values or draft.effect is None):
        return False
    rel = (draft.effect or draft.values[0]).start - sentence.start
    if _inside_brackets(sentence.norm, rel):
        return False  # "(difference 0.6, 95% CI ...)" reports a result beside a margin
    return bool(_DESIGN_WORDS.search(sentence.norm[max(0, rel - 50) : rel]))


_DESIGN_WORDS = regex.compile(
    r"\b(?:margin|power|powered|to\s+detect|assum\w*|anticipated|sample\s+size|hypothesi[sz]ed|"
    r"(?<!\bas\s)expected)\b",
    regex.I,
)


# "611 (92.9%) completed the week 52 visit", "1,987 (92.5%) children received all three doses"
_ATTRITION_AFTER = regex.compile(
    r"^[^,;.]{0,25}?\b(?:completed|received\s+all|were\s+(?:followed|analy[sz]ed|included|retained)|"
    r"adhered|attended\s+all|were\s+lost\s+to\s+follow|withdrew|remained\s+in\s+the\s+(?:study|trial)|"
    r"received\s+the\s+(?:experimental|allocated|assigned|intended|study)\b|"
    r"agreed\s+to\s+(?:participate|take\s+part|join|enrol)|(?:gave\s+(?:written\s+|informed\s+)*)?consent(?:ed)?\b|"
    r"(?:declined|refused)\s+to\s+(?:participate|take\s+part|join)|were\s+(?:enrolled|recruited)\b)\b"
    # "99 out of the 125 patients included in the analysis were of a female gender": who they were
    r"|^[^;.]{0,90}?\bwere\s+(?:of\s+(?:a\s+)?)?(?:female|male|women|men|girls|boys)\b"
    # "101/202 patients with positive cultures were randomly assigned to ...": allocation
    r"|^[^;.]{0,90}?\bwere\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to\b",
    regex.I,
)


_COUNT_THEN_BRACKET = regex.compile(r"\d\s?[(\[]\s?$")


# "About 40% of people over 65 in Britain take vitamin D", "Roughly 15% of adults have
# tinnitus": a share of a population in the present tense describes the world, not the trial
_PRESENT_SHARE_AFTER = regex.compile(
    r"^\s?%?\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|adults|children|women|men|"
    r"americans|britons|europeans|population|survivors|smokers|patients|individuals|seniors)\b"
    r"[^.;%]{0,60}?\b(?:(?:have|has)(?!\s+(?:been\b|\w+ed\b))|take|takes|are|is|remain|remains|live|lives|"
    r"develop|develops|die|dies|experience|experiences|suffer|suffers|use|uses|need|needs)\b",
    regex.I,
)
# "with mortality approaching 30%", "coverage has hovered around 70% for a decade"
_TREND_BEFORE = regex.compile(
    r"\b(?:approaching|hover(?:s|ed|ing)?\s+(?:around|at|near)|has\s+(?:stood|remained)\s+(?:at|around))\s+$",
    regex.I,
)


_ALLOCATED_AFTER = regex.compile(
    r"^\s*(?:(?:patients|participants|women|men|children)\s+)?(?:received|were\s+(?:randomly\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed)|got)\b",
    regex.I,
)
_ELIDED_ALLOCATION = regex.compile(
    r"^\s+(?:(?:to|on)\s+)?(?:the\s+)?[^\W\d_][\w+/-]*(?:\s+[^\W\d_][\w+/-]*){0,2}\s*(?:[.;,]|$)"
)
_INSTRUCTED_BEFORE = regex.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated|asked|instructed|advised|told)\s+to\s+(?:eat|cut|reduce|increase|walk|exercise|limit|restrict|avoid|follow|consume|drink|lose|maintain|stop|quit|lower|keep)\b[^;]{0,120}$",
    regex.I,
)


def _allocation(sentence: SentenceMentions, draft: _Draft) -> bool:
    """ "194 received orvaglutide and 97 received placebo": who got what, no result; "assigned ...
    to cut their usual daily calories by 25 percent": an instruction, no result."""
    if draft.effect is not None or draft.pvalue is not None or not draft.values:
        return False
    base = sentence.start
    if all(
        v.unit is None and _ALLOCATED_AFTER.match(sentence.norm[v.end - base :])
        for v in draft.values
    ):
        return True
    if (
        len(draft.values) >= 2
        and all(v.unit is None and v.events is None for v in draft.values)
        and _ALLOCATED_AFTER.match(sentence.norm[draft.values[0].end - base :])
        and all(_ELIDED_ALLOCATION.match(sentence.norm[v.end - base :]) for v in draft.values[1:])
    ):
        return True  # "56 patients received ILF and 58 ELF": the verb is not repeated
    first = draft.values[0]
    return (
        len(draft.values) == 1
        and first.measure in _CHANGES
        and _INSTRUCTED_BEFORE.search(sentence.norm[: first.start - base]) is not None
    )


def _background(sentence: SentenceMentions, draft: _Draft) -> bool:
    """A lone share of a population in the present tense, or a level it is approaching."""
    if (
        draft.effect is None
        and draft.pvalue is None
        and _EPIDEMIOLOGY.search(sentence.norm)
        and not _TRIAL_ARMS.search(sentence.norm)
    ):
        return True  # "Lung cancer kills about 1.8 million people worldwide each year"
    if draft.effect is not None or len(draft.values) != 1 or draft.pvalue is not None:
        return False
    value = draft.values[0]
    after = sentence.norm[value.end - sentence.start : value.end - sentence.start + 120]
    before = sentence.norm[max(0, value.start - sentence.start - 40) : value.start - sentence.start]
    if _TREND_BEFORE.search(before) or (
        _AFFLICTS_BEFORE.search(before) and not _TRIAL_ARMS.search(sentence.norm)
    ):
        return True  # "... afflicts as many as 45% of elite players": how common it is
    if _SURVEY_SOURCE.search(sentence.norm) and not _TRIAL_ARMS.search(sentence.norm):
        return True  # "60% of teenagers who vape want to quit, according to national surveys"
    share = _PRESENT_SHARE_AFTER.match(after)
    if share is None or sentence.times:
        return False
    # "30% of patients are alive with drug A", "... in the trial": the trial's own result
    return not _TRIAL_WORDS.search(sentence.norm[value.end - sentence.start :])


_AFFLICTS_BEFORE = regex.compile(
    r"\b(?:afflicts?|affects?|strikes?|plagues?|complicates?|occurs\s+in)\s+(?:(?:as\s+many\s+as|up\s+to|"
    r"about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    regex.I,
)
_SURVEY_SOURCE = regex.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:surveys?|census|registr(?:y|ies)|"
    r"statistics|estimates|figures|data\s+from)\b|\b(?:national|population)\s+surveys?\s+"
    r"(?:show|suggest|indicate)",
    regex.I,
)
_EPIDEMIOLOGY = regex.compile(
    r"\b(?:worldwide|globally|nationwide|every\s+year|each\s+year|a\s+year\s+in\b|"
    r"in\s+(?:the\s+)?(?:UK|US|USA|Britain|England|Europe|United\s+States|country)\s+(?:each|every|a)\s+year)",
    regex.I,
)
_TRIAL_ARMS = regex.compile(
    r"\b(?:groups?|arms?|trial|randomi[sz]ed|placebo|controls?|vs\.?|versus|compared)\b", regex.I
)
_TRIAL_WORDS = regex.compile(
    r"\b(?:with|on|receiving|given|taking|after|group|arm|trial|study|treated|treatment|placebo)\b",
    regex.I,
)


def _attrition(sentence: SentenceMentions, draft: _Draft) -> bool:
    """A lone count of people who stayed in the trial is no result."""
    if draft.effect is not None or len(draft.values) != 1 or draft.pvalue is not None:
        return False
    value = draft.values[0]
    after = sentence.norm[value.end - sentence.start :]
    before = sentence.norm[: value.start - sentence.start]
    counted = value.events is not None or _COUNT_THEN_BRACKET.search(before) is not None
    return counted and _ATTRITION_AFTER.match(after.lstrip(" )]")) is not None


def _count_in_named_arm(sentence: SentenceMentions, draft: _Draft) -> bool:
    """ "There was one death in the cefixime group": a lone count of events in a named arm."""
    if len(draft.values) != 1 or draft.effect is not None:
        return False
    value = draft.values[0]
    if (
        value.measure not in {None, Measure.COUNT}
        or value.unit is not None
        or value.events is not None
    ):
        return False
    after = sentence.norm[value.end - sentence.start : value.end - sentence.start + 80]
    return bool(_EVENTS_IN_ARM.match(after))


_EVENTS_IN_ARM = regex.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:deaths?|cases?|events?|episodes?|infections?|relapses?|"
    r"recurrences?|complications?|fractures?|falls?|exacerbations?|hospitali[sz]ations?)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:was|were)\s+(?:seen|observed|recorded|reported)\s+|"
    r"occurred\s+)?(?:in|among|with)\s+the\s+(?:[\w/+-]+\s+){0,4}?(?:group|arm)\b",
    regex.I,
)


def _keep(draft: _Draft) -> bool:
    """Drop lone numbers that carry nothing to show they are results."""
    if draft.effect is not None or len(draft.values) > 1:
        return True
    if not draft.values:
        return draft.pvalue is not None
    value = draft.values[0]
    if value.measure is Measure.COUNT and value.events is None:
        return draft.pvalue is not None
    if value.measure is not None or value.unit in {"%", "fold", "pp"} or draft.pvalue is not None:
        return True
    return value.sd is not None or value.interval is not None


# ---------------------------------------------------------------- the record


_CHANGE_SUBJECT = regex.compile(
    r"(?:^|[,;:]\s|\b(?:the|mean|median|average|a|an)\s+)"
    r"(?:increases?|decreases?|reductions?|gains?|improvements?|changes?|rises?|declines?)"
    r"(?:\s+(?:in|of)\s+[^,;\d]{1,60}?)?\s+(?:from\s+(?:baseline|week|day|month|visit)\b[^,;]{0,40}?"
    r"\s+to\s+(?:week|day|month|visit|the\s+end)\b[^,;]{0,30}?)\s+(?:was|were)\s+$",
    regex.I,
)
_REDUCTION_LEAD = regex.compile(
    rf"(?<!\brates?\s+of\s+)\b(?:{_REDUCTION_NOUNS}|(?:weight|fat\s+mass)\s+loss(?:es)?)\b(?:\s+(?:in|of)\s+(?:[^,;()\d]|\d+-(?=[^\W\d_])){{1,60}}?)?"
    r"(?:\s+(?:(?:at|after|by|over|during)\s+(?:the\s+)?(?:week|day|month|year)?\s*\d+(?:\s+(?:days?|weeks?|months?|years?))?"
    r"|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)(?:\s+(?:after|of|from)\s+[^,;()\d]{1,40}?)?))?"  # "at 6 months"
    r"\s+(?:was|were|of|averaged|amounted\s+to|reached)\s+(?:(?:a\s+)?(?:mean|median|average)\s+(?:of\s+)?)?$",
    regex.I,
)


# "a significant reduction in IAUC in MA (29%)": the size of the reduction in brackets
_REDUCTION_BRACKET = regex.compile(
    rf"\b(?:{_REDUCTION_NOUNS})\s+(?:in|of)\s+[^,;()\d]{{1,60}}?\s*\($",
    regex.I,
)


def _negated(value: ValueMention) -> ValueMention:
    """A reduction written unsigned, signed: its spread's bounds turn with it, an SD does not."""
    if value.value is None:
        return value
    spread = value.interval
    if (
        spread is not None
        and spread.kind is not None
        and spread.low is not None
        and spread.high is not None
        and min(spread.low, spread.high) >= 0
    ):
        spread = replace(spread, low=-spread.high, high=-spread.low)
    return replace(value, value=-value.value, interval=spread)


def _unsigned_reduction(
    sentence: SentenceMentions, draft: _Draft, zone_start: int, first_head: int
) -> bool:
    """Arms written as unsigned amounts after a reduction noun ("the mean reduction was 11.2")."""
    if not draft.values or any(v.change_verb for v in draft.values):
        return False
    if any(v.value is None or v.value < 0 for v in draft.values):
        return False
    lead = sentence.norm[
        max(zone_start, first_head - 120) - sentence.start : first_head - sentence.start
    ]
    if len(draft.values) == 1 and _REDUCTION_BRACKET.search(lead):
        return True  # one arm's change; two bracketed arms after a reduction are levels
    return _REDUCTION_LEAD.search(lead) is not None


_REPORTING_FRAME = regex.compile(
    r"(?:compared\s+(?:to|with)\s+[^,]{1,40},\s+"
    r"|(?:we|they|these\s+(?:data|results|findings)|the\s+(?:results?|data|analysis|findings)|results|data)\b"
    r"[^,;]{0,60}?\b(?:found|find|showed|show|observed|suggest(?:ed)?|indicated?|demonstrated|revealed|noted)\s+"
    r"(?:that\s+)?(?:there\s+(?:was|were)\s+)?)"
    r"(?:an?\s+|no\s+)?(?:(?:statistically\s+)?significant\s+|marked\s+|clear\s+)?"
    r"(?:differences?|increases?|decreases?|reductions?|improvements?|prolongation|changes?)\s+(?:in|of)\s+"
    r"(?=[^\W\d_])",
    regex.I,
)


# what may follow a count that opens an outcome: a noun phrase, not an arm, verb or people
_COUNTED_NOUN_REST = regex.compile(
    rf"(?!(?:in|on|with|among|at|of|for|vs|versus|and|or|were|was|who|had|{people_nouns()})\b)"
    r"[a-z][\w-]*\s+[a-z]",
    regex.I,
)
_RANK = (
    r"(?:main|major|biggest|chief|commonest|most\s+common|most\s+frequent(?:ly\s+reported)?|"
    r"only|one)\s+(?:notable\s+|serious\s+)?(?:drawbacks?|downsides?|side[-\s]effects?|"
    r"adverse\s+(?:events?|effects?|reactions?)|complaints?|problems?|complications?|"
    r"safety\s+concerns?)"
)
_RANKING_NOUN = regex.compile(rf"(?:the\s+)?{_RANK}", regex.I)
_RANKED_SUBJECT = regex.compile(
    rf"^(?P<x>[^,;]{{2,80}}?)\s+(?:was|were)\s+(?:the\s+)?{_RANK}\b", regex.I
)
_RANKED_COMPLEMENT = regex.compile(
    rf"\b{_RANK}(?:\s+(?:with|of|on)\s+[\w-]+)?\s+(?:was|were)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:brief|mild|transient|short-lived|temporary)\s+)?(?P<x>[^,;()\d]{2,60}?)(?=\s*[,;(]|\s+(?:in|reported|seen|affecting|occurring)\b)",
    regex.I,
)


def _record(
    sentence: SentenceMentions,
    draft: _Draft,
    bounds: tuple[int, int],
    text: str,
    doc_id: str | None,
    siblings: int,
    context: DocumentContext,
) -> EffectRecord:
    zone_start, zone_end = bounds
    controls = context.controls
    first_head = min(draft.heads()) if draft.heads() else draft.start
    if draft.effect is not None and draft.effect.label_start < first_head:
        first_head = draft.effect.label_start
    outcome = draft.named or _outcome(sentence, draft, zone_start, first_head)
    if (framed := _REPORTING_FRAME.match(outcome)) is not None and framed.end() < len(outcome):
        # "We found no significant differences in puerperal infection rates", "They suggest a
        # significant prolongation of median survival": what was found is the outcome
        outcome = outcome[framed.end() :]
    if draft.values and _ADVERBIAL_ONLY.fullmatch(outcome):
        # "Three years after diagnosis, 96% of children who received X were alive and free of
        # leukaemia": the lead was only a time or a frame, a share of people opens the clause
        first = min(draft.values, key=lambda v: v.start)
        if share_of_people(sentence.norm, first.end - sentence.start):
            outcome = _predicate_after(sentence, first) or outcome
    for value in draft.values:
        written = _value_text(sentence, value).strip()
        rest = outcome[len(written) + 1 :]
        if (
            written
            and outcome.startswith(written + " ")
            and not written[-1].isalpha()
            and _COUNTED_NOUN_REST.match(rest)
        ):
            outcome = rest  # "made 37 emergency department visits for asthma"
            break
    if (ranked := _RANKED_SUBJECT.match(outcome)) is not None:
        outcome = ranked.group("x")  # "Decreased appetite was the most common side effect"
    elif _RANKING_NOUN.fullmatch(outcome) and (named := _RANKED_COMPLEMENT.search(sentence.norm)):
        # "The main drawback was a brief stinging on instillation, reported by ...": what the
        # ranking names
        outcome = _take(sentence, named.start("x"), named.end("x")) or outcome
    if _TEST_STATISTIC_OUTCOME.fullmatch(outcome.strip()) and (
        subject := _sentence_subject(sentence)
    ):
        outcome = subject  # "Infections did not differ; χ2 = 0.41 p = 0.52": the subject
    if draft.values and _NUMBERED_OUTCOME.search(outcome):
        # "At 12 months, 23.7% of students ... scored above the threshold": the lead held the
        # numbers, so the predicate after the last arm names the outcome
        last = max(draft.values, key=lambda v: v.end)
        outcome = _predicate_after(sentence, last) or outcome
        if _NUMBERED_OUTCOME.search(outcome) and (
            noun := _NOUN_AFTER_VALUE.match(sentence.norm, last.end - sentence.start)
        ):
            # "The 1-week group achieved 83.5% (71/85) and 87.7% (71/81) eradication rates":
            # the noun the numbers count
            outcome = _take(sentence, noun.start("object"), noun.end("object")) or outcome
    measure, unit = _measure(sentence, draft, zone_start, first_head)
    if unit is None and measure in {Measure.MEAN, Measure.MEDIAN, Measure.VALUE}:
        lead = sentence.norm[
            max(zone_start, first_head - 80) - sentence.start : first_head - sentence.start
        ]
        if (counted := _NUMBER_OF_UNIT.search(lead)) is not None and not _DIGIT.search(
            lead[counted.end() :]
        ):
            # "the number of days with stool was 22.4", "The number of stools/week was 9.2"
            unit = counted.group("unit").lower()
        elif (exposure := _PER_EXPOSURE.search(lead)) is not None and not _DIGIT.search(
            lead[exposure.end() :]
        ):
            # "the incidence of arthropathy AEs per patient-year was 0.15": a rate per exposure
            who = exposure.group("who").lower()
            hundred = exposure.group("hundred")
            unit = f"per {hundred}{who}-years" if hundred else f"per {who}-year"
    # the records of one multi-arm comparison share the lead before their first arm
    chain_head = first_head if draft.chain_start is None else min(first_head, draft.chain_start)
    if measure in {Measure.ABSOLUTE_CHANGE, Measure.PERCENT_CHANGE} and _unsigned_reduction(
        sentence, draft, zone_start, chain_head
    ):
        # "The mean reduction in systolic pressure was 11.2 mmHg ... and 4.3 mmHg": changes
        # are signed, a reduction is negative
        draft.values = [_negated(v) for v in draft.values]
    intervention = comparator = None
    if draft.values:
        treated = draft.values[0]
        intervention = _arm(sentence, treated)
        if len(draft.values) > 1:
            comparator = _arm(sentence, draft.values[1])
        if len(draft.values) > 1 and draft.values[0] is draft.values[1]:
            # "12% in each group": one number for both arms, which it does not name
            intervention = comparator = intervention.model_copy(update={"group": None})
        if intervention.group and intervention.group.lower() == outcome.lower():
            intervention = intervention.model_copy(update={"group": None})  # "dizziness 13%"
    elif draft.effect is not None:
        found = arm_after(sentence.norm, draft.effect.end - sentence.start)
        if found is not None:
            intervention = Arm(group=sentence.text[found[1] : found[2]])
    shares_beside = not draft.values and any(
        v.unit == "%" and share_of_people(sentence.norm, v.end - sentence.start)
        for v in sentence.values
    )  # "... in 91% of the patients ..., compared to 50% ... (difference of 41%)"
    effect = _effect(
        draft.effect,
        unit if draft.values else _sentence_unit(sentence),
        Measure.PROPORTION if shares_beside else measure,
    )
    shares_unit = (
        effect is not None
        and unit is None
        and measure in {Measure.ABSOLUTE_CHANGE, Measure.MEAN, Measure.MEDIAN, Measure.VALUE}
        and effect.measure is EffectMeasure.MEAN_DIFFERENCE
        and effect.unit not in {None, "%", "pp"}
    )
    if shares_unit and effect is not None:
        unit = effect.unit  # "fell by 4.1 and 2.5 (difference -1.6 days)": the arms share it
    if (
        measure is Measure.VALUE
        and unit in _TIME_UNITS
        and (_SURVIVAL.search(outcome) or _TIME_TO.match(outcome))
    ):
        measure = Measure.MEDIAN  # "shorter OS (11.5 versus 14.4 months)": a survival time
    counted_days = _FREE_DAYS.search(outcome) if unit is None else None
    if counted_days is not None and measure in {Measure.MEAN, Measure.MEDIAN, Measure.VALUE}:
        unit = counted_days.group().rsplit(maxsplit=1)[-1].lower()  # "ICU-free days: 18 vs 17"
    pvalue = (
        PValue(operator=draft.pvalue.operator, value=draft.pvalue.value) if draft.pvalue else None
    )
    zone = (zone_start, zone_end) if siblings > 1 else (sentence.start, sentence.end)
    zone = _clause_of(sentence, zone, draft)
    significant = _significance(sentence, draft, zone)
    direction = _direction(sentence, draft, zone, context)
    if (
        direction is None
        and measure in _CHANGES
        and intervention is not None
        and intervention.value is not None
        and comparator is None
    ):
        direction = _compare(intervention.value, 0.0)  # "(-32.6%; p=0.012)": a signed change
    if (
        direction in _FLIPPED
        and len(draft.values) == 1
        and draft.effect is None
        and measure in {Measure.PROPORTION, Measure.COUNT}
        and _cues_name_outcome(sentence, zone, outcome)
    ):
        # "Only four (13%) patients' tumours failed to reduce in size": one arm's share whose
        # only change word belongs to what is counted compares with nothing
        direction = None
    if (
        len(draft.values) == 1
        and draft.effect is None
        and CORRELATION_BEFORE.search(sentence.norm[: draft.values[0].start - sentence.start][-12:])
        and not _cues_between(sentence, sentence.start, sentence.end, CueKind.COMPARATOR)
    ):
        direction = None  # "(r = 0.81, P = 0.023)": a correlation has no arm to move against
    if (
        direction in _FLIPPED
        and not draft.values
        and draft.effect is None
        and _improves_downward(sentence, outcome)
    ):
        # "significant improvements in GSRS abdominal pain subscore (p = 0.046)": pain that
        # improves falls
        direction = _FLIPPED[direction]
    if (
        len(draft.values) < 2
        and draft.effect is not None
        and draft.effect.measure is EffectMeasure.HAZARD_RATIO
        and (_SURVIVAL.search(outcome) or _TIME_TO.match(outcome))
        and direction in _FLIPPED
    ):
        # "better overall survival (HR 0.76)": the hazard is of the event, survival moves the
        # other way
        direction = _FLIPPED[direction]
    timepoint = draft.when or _timepoint(sentence, zone, draft)
    if (
        comparator is None
        and intervention is not None
        and not intervention.group
        and len(draft.values) == 1
        and draft.effect is None
        and (opening := _LEAD_ARM.match(sentence.norm)) is not None
        and draft.values[0].start - sentence.start >= opening.end()
    ):
        # "In the landmark group, puncture of the carotid artery occurred in 10.6% of patients,
        # haematoma in 8.4%": the sentence's opening arm holds each lone number
        intervention = intervention.model_copy(update={"group": str(opening.group("group"))})
    elif (
        comparator is None
        and intervention is not None
        and not intervention.group
        and len(draft.values) == 1
        and draft.effect is None
        and len(closing := list(_CLOSING_ARM.finditer(sentence.norm))) == 1
        and closing[0].start() > draft.values[0].end - sentence.start
        and not _CLAUSE_BREAK.search(
            sentence.norm, draft.values[0].end - sentence.start, closing[0].start()
        )
        and not _ANY_COMPARISON.search(sentence.norm)
    ):
        # "152 (84%) patients were resected in the surgery group": the arm closes the sentence
        intervention = intervention.model_copy(update={"group": closing[0].group("group")})
    if (
        comparator is None
        and intervention is not None
        and intervention.group
        and len(draft.values) == 1
        and (
            control_strength(intervention.group) == 2
            # "There was one death in the cefixime group" of a trial "versus cefixime"
            or any(
                regex.search(rf"(?<![\w-]){regex.escape(c)}\b", intervention.group, regex.I)
                for c in controls
            )
        )
        and not _COMPARISON_IN_NAME.search(intervention.group)
        and not regex.search(
            rf"\b(?:relative\s+to|compared\s+(?:with|to)|versus|vs\.?|than|over|against)\s+"
            rf"(?:with\s+|in\s+)?(?:the\s+|that\s+of\s+the\s+)?{regex.escape(intervention.group)}",
            sentence.text,
            regex.I,
        )  # "a 129 kcal increase relative to the placebo group": the reference, not the arm
    ):
        # "the usual care patients averaged 2.8 hours": a control's own number is the comparator's
        intervention, comparator = None, intervention
    span = Span(start=sentence.start, end=sentence.end, text=text[sentence.start : sentence.end])
    return EffectRecord(
        outcome=outcome,
        timepoint=timepoint,
        measure=measure,
        unit=unit if measure is not None else None,
        intervention=intervention,
        comparator=comparator,
        effect=effect,
        p_value=pvalue,
        direction=direction,
        significant=significant,
        evidence=span,
        doc_id=doc_id,
    )


_CLOSING_ARM = regex.compile(
    r"\b(?:in|among|with|for)\s+(?:the\s+)?"
    rf"(?P<group>{_ARM_NAME})(?=\s*(?:[.;]|$))",
    regex.I,
)
_CLAUSE_BREAK = regex.compile(r"[,;:]|\b(?:while|whereas|but|although|though)\b", regex.I)
_ANY_COMPARISON = regex.compile(
    r"\b(?:than|versus|vs\.?|compared|comparison|relative\s+to|both|each|either|respectively)\b",
    regex.I,
)


_CONTRAST = regex.compile(r";\s|,?\s+(?:whereas|while|but|although|though)\s|\.\s", regex.I)


_NEW_SUBJECT_CLAUSE = regex.compile(
    r",\s+and\s+(?!(?:was|were|is|are|had|has|did|both|all|each|the\s+difference|this|that|it)\b)"
    # "..., and the groups did not differ": the arms again, not a new subject
    r"(?!(?:the\s+)?(?:two\s+|three\s+|treatment\s+|study\s+)?(?:groups|arms|treatments|regimens|interventions)"
    r"\s+(?:did\s+not|didn't|were\s+not|were\s+similar|were\s+comparable|were\s+no)\b)"
    r"(?:the\s+|rates\s+of\s+)?(?:[\w-]+\s+){1,6}?(?:was|were|showed|remained|occurred|did|had)\b",
    regex.I,
)


def _clause_of(sentence: SentenceMentions, zone: tuple[int, int], draft: _Draft) -> tuple[int, int]:
    """Narrow a record's zone to its clause: cues across "whereas", "but", ";" belong elsewhere."""
    start, end = zone
    base = sentence.start
    for cut in _CONTRAST.finditer(sentence.norm, start - base, end - base):
        if _inside_brackets(sentence.norm, cut.start()):
            continue
        if cut.end() + base <= draft.start:
            start = cut.end() + base
        elif cut.start() + base >= draft.end:
            end = cut.start() + base
            break
    # "Photophobia was reported by 6.8% and 3.4% (P = .09), and near visual acuity was similar":
    # a new subject with its own verb after the record's numbers opens another clause
    for cut in _NEW_SUBJECT_CLAUSE.finditer(sentence.norm, draft.end - base, end - base):
        if not _inside_brackets(sentence.norm, cut.start()):
            end = cut.start() + base
            break
    return start, end


def _inside_brackets(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _arm(sentence: SentenceMentions, value: ValueMention) -> Arm:
    found = _arm_of(sentence, value)
    group = sentence.text[found[1] : found[2]] if found else None
    interval = None
    if value.interval is not None:
        low, high = value.interval.low, value.interval.high
        if (
            value.measure in _CHANGES
            and value.value is not None
            and value.value < 0
            and low is not None
            and high is not None
            and 0 <= low <= -value.value <= high
        ):
            low, high = -high, -low  # "fell by 12% (95% CI 8 to 16%)": the bounds of -12
        interval = Interval(
            kind=value.interval.kind or IntervalKind.CI,
            low=low,
            high=high,
            level=value.interval.level,
        )
    return Arm(
        group=group,
        value=value.value,
        n=value.n,
        events=value.events,
        sd=value.sd,
        interval=interval,
    )


def _sentence_unit(sentence: SentenceMentions) -> str | None:
    """The one unit every value of the sentence shares, if there is exactly one."""
    units = {v.unit for v in sentence.values if v.unit}
    return units.pop() if len(units) == 1 else None


_EFFECT_UNITS = {
    EffectMeasure.RELATIVE_DIFFERENCE: "%",
    EffectMeasure.RISK_DIFFERENCE: "pp",
    EffectMeasure.FOLD_DIFFERENCE: "fold",
}


def _effect(
    mention: EffectMention | None, unit: str | None, measure: Measure | None = None
) -> Effect | None:
    if mention is None:
        return None
    ci = None
    if mention.ci is not None:
        ci = ConfidenceInterval(low=mention.ci.low, high=mention.ci.high, level=mention.ci.level)
    kind, effect_unit = mention.measure, mention.unit
    reduction = kind in {EffectMeasure.RELATIVE_DIFFERENCE, EffectMeasure.RISK_DIFFERENCE}
    low, high = (ci.low, ci.high) if ci is not None else (None, None)
    if reduction and ci and low is not None and high is not None and mention.value < 0 < low < high:
        # "efficacy 32% (95% CI 16% to 45%)", "reduced by 22% (9 to 33)": the bounds of a
        # reduction written as positive numbers are signed like the reduction
        ci = ConfidenceInterval(low=-high, high=-low, level=ci.level)
    if kind is EffectMeasure.MEAN_DIFFERENCE and effect_unit is None:
        effect_unit = unit if unit not in {"%", None} else None
    if (
        kind is EffectMeasure.MEAN_DIFFERENCE
        and effect_unit == "%"
        and measure is Measure.PROPORTION
    ):
        kind, effect_unit = EffectMeasure.RISK_DIFFERENCE, "pp"  # a difference of two proportions
    continuous = {
        Measure.ABSOLUTE_CHANGE,
        Measure.PERCENT_CHANGE,
        Measure.MEAN,
        Measure.MEDIAN,
        Measure.VALUE,
    }
    if kind is EffectMeasure.RISK_DIFFERENCE and measure in continuous:
        kind = EffectMeasure.MEAN_DIFFERENCE  # "HbA1c fell ... (difference -0.5 percentage points)"
    if effect_unit is None:
        # a relative difference is in %, a risk difference in percentage points, a fold in folds
        effect_unit = _EFFECT_UNITS.get(kind)
    return Effect(measure=kind, value=mention.value, unit=effect_unit, ci=ci)


def _value_text(sentence: SentenceMentions, value: ValueMention) -> str:
    return sentence.norm[value.start - sentence.start : value.end - sentence.start]


_ACHIEVED_BY = regex.compile(
    r"\b(?:achieved|attained|reached|met|reported|experienced|seen|observed)\s+(?:by|in)\s+"
    r"(?:(?:about|around|nearly|almost|only|just)\s+)?$",
    regex.I,
)
_SHARE_OF_PEOPLE_LEAD = regex.compile(
    rf"\b(?:proportions?|percentages?|shares?)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:{people_nouns()})\b"
    r"(?![^()]*\bwho\s+(?:had|showed|achieved)\s+(?:a|an)\s+(?:reduction|increase|decrease)\b)",
    regex.I,
)


def _measure(
    sentence: SentenceMentions, draft: _Draft, zone_start: int, first_head: int
) -> tuple[Measure | None, str | None]:
    if not draft.values:
        return None, None
    units = [v.unit for v in draft.values if v.unit]
    unit = units[0] if units else None
    fixed = [v.measure for v in draft.values if v.measure is not None]
    # "The mean difference in HbA1c was -0.43% ... (8.04% vs 8.47%)": an effect written before
    # the arms belongs to the lead that names their kind
    first_head = max(first_head, min(v.start for v in draft.values))
    if draft.chain_start is not None and draft.chain_start < first_head:
        # "The median reduction was 38.6% with A, 47.2% with B and 17.9% with placebo": each
        # arm of one comparison is the kind of number its first arm's lead names
        first_head = draft.chain_start
    long_lead = sentence.norm[
        max(zone_start, first_head - 150) - sentence.start : first_head - sentence.start
    ]
    if fixed and fixed[0] is Measure.PERCENT_CHANGE and percent_level(long_lead):
        return Measure.ABSOLUTE_CHANGE, unit  # "HbA1c fell by 0.8%": points of a level in %
    from_to = len(draft.values) == 2 and _from_to(
        sentence, sorted(draft.values, key=lambda v: v.start)
    )
    if fixed and fixed[0] in _CHANGES and not from_to:
        return fixed[0], unit
    change_lead = (
        _CHANGE_WORDS.search(
            sentence.norm,
            max(zone_start, first_head - 60) - sentence.start,
            first_head - sentence.start,
        )
        or (
            # "improvements were observed in the intervention group in the areas of fatigue
            # (26.9%)": a change noun as the subject of an observation, its sizes in brackets
            long_lead.rstrip().endswith("(") and _OBSERVED_CHANGE.search(long_lead)
        )
        or (
            # "the mean reduction in RASS score 30 minutes after the first dose was 2.6 points"
            unit != "%" and _REDUCTION_LEAD.search(long_lead)
        )
        or (
            # "Mean (SE) increase in duration of activities (...) from week 4 to week 13 was 145
            # (84) minutes": a change noun heads the subject, its span of time after it
            unit not in {"%", None} and _CHANGE_SUBJECT.search(_mask_brackets(long_lead))
        )
    )
    if (
        isinstance(change_lead, regex.Match)
        and unit != "%"
        and _compared_levels(sentence, draft, change_lead)
    ):
        change_lead = None
    if isinstance(change_lead, regex.Match) and _LEVELS_AFTER_COLON.search(
        sentence.norm, change_lead.end(), first_head - sentence.start
    ):
        # "Sick days dropped too: the leaflet group averaged 2.8 days, compared with 1.1":
        # the clause after the colon gives each arm's level
        change_lead = None
    signed = all(_value_text(sentence, v).startswith("-") for v in draft.values)
    # "Both systolic (-9.8 vs -3.1 mmHg) ... fell": signed arms of a clause that speaks of change
    changed_clause = signed and _CHANGE_WORDS.search(
        sentence.norm[draft.end - sentence.start :][:80]
    )
    ordered = sorted(draft.values, key=lambda v: v.start)
    levels = len(draft.values) == 2 and (  # "from 9.1% to 6.0%": two levels, not changes
        _from_to(sentence, ordered) or _to_from(sentence, ordered[0], ordered[1])
    )
    # "achieved by 41.2% of selvafibrate-treated patients": a share of people is a level,
    # whatever change word the outcome's name carries ("improvement", "worsening").
    shares = unit == "%" and any(
        share_of_people(sentence.norm, v.end - sentence.start) for v in draft.values
    )
    # "Similar proportions of patients gained 15 letters or more (33.2% vs 34.7%)"
    named_share = unit == "%" and _SHARE_OF_PEOPLE_LEAD.search(long_lead[-120:]) is not None
    # "A 50% improvement in the pain score was reached by 41% with A": shares clearing a bar
    cleared = unit == "%" and CLEARED_BY.search(long_lead[-40:]) is not None
    levels = levels or shares or named_share or cleared
    # "improved more with X than with placebo (−1.2 vs. −0.6 points)", "changed by −2.1 and
    # +3.4": arms written with their signs in a clause that speaks of change
    explicit_signs = any(
        sentence.norm[v.start - sentence.start : v.start - sentence.start + 1] == "-"
        for v in draft.values
    ) and any(v.value is not None and v.value < 0 for v in draft.values)
    signed_change = explicit_signs and bool(_SIGNED_CHANGE_LEAD.search(long_lead))
    if (
        (change_lead or signed_change or changed_clause)
        and unit != "fold"
        and not fixed
        and not levels
    ):
        if unit != "%" and (
            _MEDIAN.search(long_lead[-80:])
            or any(v.interval and v.interval.kind is IntervalKind.IQR for v in draft.values)
        ):
            # "median improvements from baseline in HAQ-DI scores were 0.13, 0.38 ...": the
            # summary the text names is what the numbers are ("the median reduction in seizure
            # frequency was 38.6%" is still a percent change)
            return Measure.MEDIAN, unit
        if unit == "%" and percent_level(long_lead):
            return Measure.ABSOLUTE_CHANGE, unit  # "HbA1c fell by 1.1%": a change of a level in %
        return (Measure.PERCENT_CHANGE if unit == "%" else Measure.ABSOLUTE_CHANGE), unit
    lead = _FOLLOW_UP.sub(" ", _mask_brackets(long_lead))
    if (cut := max(lead.rfind(";"), lead.rfind(". "))) >= 0:
        lead = lead[cut + 1 :]
    if (
        shares
        and not _MEAN.search(
            sentence.norm[draft.start - sentence.start : draft.end - sentence.start]
        )
        and (_ACHIEVED_BY.search(long_lead[-40:]) is not None)
    ):
        # "a reduction of at least 3 points in the weekly mean score was achieved by 51.0% of
        # patients": a share of people reaching a threshold, whatever summary the threshold names
        return Measure.PROPORTION, unit
    if unit == "%" and all(v.events is not None and v.n is not None for v in draft.values):
        # "defined as a pure-tone average within 10 dB, was achieved by 38 of 123 patients
        # (30.9%)": counted shares are proportions whatever summary the definition names
        return Measure.PROPORTION, unit
    if _MEDIAN.search(lead) or any(
        v.interval and v.interval.kind is IntervalKind.IQR for v in draft.values
    ):
        return Measure.MEDIAN, unit
    if _MEAN.search(lead) or any(
        v.sd is not None or (v.interval is not None and v.interval.kind is IntervalKind.SE)
        for v in draft.values
    ):
        return Measure.MEAN, unit
    if fixed:
        return fixed[0], unit
    if unit == "%" and percent_level(lead):
        return Measure.VALUE, unit  # "HbA1c was 8.04% vs 8.47%": a level in %, not a share
    if (
        unit == "%"
        and not levels
        and any(_SIGNED.match(_value_text(sentence, v)) for v in draft.values)
    ):
        # "(−0.4%, P < 0.0001, baseline 8.4%)", "(+17%, p = 0.001)": a share of patients has no sign
        if percent_level(long_lead):
            return Measure.ABSOLUTE_CHANGE, unit
        return Measure.PERCENT_CHANGE, unit
    if unit == "%":
        return Measure.PROPORTION, unit
    if unit is None and _counted(sentence, draft, lead):
        return Measure.COUNT, unit
    return Measure.VALUE, unit


_LEVELS_AFTER_COLON = regex.compile(
    r":\s*(?:the\s+)?(?:[\w+-]+\s+){0,3}?(?:group|arm|patients|users|participants)\s+"
    r"(?:averaged|had|was|were|reported|needed|took|used)\b",
    regex.I,
)
_PER_EXPOSURE = regex.compile(
    r"\bper\s+(?P<hundred>(?:100|1,?000)\s+)?(?P<who>patient|person|participant|subject)[-\s]years?\b",
    regex.I,
)
_NOMINAL_CHANGE = regex.compile(
    r"^(?:reductions?|decreases?|increases?|improvements?|declines?)\s+in\b(?![^(\[]*\b(?:by|of)\s*$)",
    regex.I,
)
_GREATER_CHANGE = regex.compile(
    r"\b(?:greater|larger|bigger|smaller|less|more|similar|comparable|significant(?:ly)?\s+(?:greater|larger|more))\s+(?:[\w-]+\s+){0,2}$",
    regex.I,
)


def _compared_levels(sentence: SentenceMentions, draft: _Draft, cue: regex.Match[str]) -> bool:
    """ "a significant decrease in systolic blood pressure in the pedometer group (112.8 mm Hg)
    compared to the control group (117.3 mm Hg)", "a reduction in OS (8.7 versus 12.9 months)":
    a change noun names how two arms differ; the numbers compared are the arms' levels, not
    changes (a "greater reduction in weight in A (5.1 kg) than in B" gives changes)."""
    if len(draft.values) != 2:
        return False
    ordered = sorted(draft.values, key=lambda v: v.start)
    if any(_SIGNED.match(_value_text(sentence, v)) for v in ordered):
        return False
    lead = sentence.norm[: ordered[0].start - sentence.start]
    at = lead.rfind(cue.group(0))
    if at < 0 or not _NOMINAL_CHANGE.match(lead[at:]):
        return False
    if _GREATER_CHANGE.search(lead[:at]):
        return False
    between = sentence.norm[ordered[0].end - sentence.start : ordered[1].start - sentence.start]
    return bool(_STRONG_LINK.search(between))


_EVENT_NOUN = regex.compile(
    r"\b(?:deaths?|events?|cases?|episodes?|falls?|fractures?|infections?|admissions?|"
    r"hospitali[sz]ations?|readmissions?|visits?|exacerbations?|reactions?|relapses?|"
    r"recurrences?|complications?|strokes?|infarctions?|seizures?|attacks?|injuries|"
    r"(?:still)?births?|miscarriages?|transplants?|amputations?|surger(?:y|ies)|operations?|"
    r"procedures?|bleeds?|ha?emorrhages?|thromboses|embolisms?|arrests?|overdoses?|suicides?|"
    r"crises|ulcers?|abscesses|transfusions?|intubations?|grafts?|losses|"
    r"patients|participants|people|children|women|men|subjects|vaccinees|recipients|persons)\b",
    regex.I,
)


# "14 deaths", "four maternal deaths", "41 emergency department visits": the noun after a
# count, two words before it allowed
_NOUN_AFTER_COUNT = regex.compile(r"(?:[a-z-]{3,}\s+){0,2}" + _EVENT_NOUN.pattern, regex.I)


def _counted(sentence: SentenceMentions, draft: _Draft, lead: str) -> bool:
    """Whole numbers of events or people ("14 deaths vs 25", "infections: 0 vs 7")."""
    numbers = [v.value for v in draft.values]
    if any(n is None or n != int(n) or n < 0 for n in numbers):
        return False
    if any("." in _value_text(sentence, v) for v in draft.values):
        return False
    afters = [  # "14 deaths vs 25", "Four vs two events of ...": the noun after any arm
        sentence.norm[v.end - sentence.start : v.end - sentence.start + 30].lstrip()
        for v in draft.values
    ]
    return any(_NOUN_AFTER_COUNT.match(after) for after in afters) or bool(_EVENT_NOUN.search(lead))


# ---------------------------------------------------------------- outcome and timepoint


# "pain scores on a 0-to-100 scale", "worst pain, on a 0–10 numerical rating scale": the
# scale's range says how it was measured, not what
_TRAILING_SCALE = regex.compile(
    r"\s*,?\s+(?:on|using)\s+(?:a|the)\s+(?:\d+\s*(?:-|–|to)\s*\d+|\d+-to-\d+|\d+-point)\b"
    r"[^,;()]{0,40}?\bscale\b.*$",
    regex.I,
)
# "hazard ratio for rejection", "the odds of a response", "probably reduces the risk of
# pre-eclampsia", "makes little or no difference to the risk of preterm birth": what the
# estimate or the claim is of
_EFFECT_OF = regex.compile(
    r"^(?:(?:the|an?)\s+)?(?:(?:adjusted\s+)?(?:hazard|odds|rate|risk)\s+ratios?|hazards?|odds)\s+"
    r"(?:for|of)\s+(?:(?:an?|the)\s+)?(?=\w)"
    r"|^[^,;]{0,60}?\b(?:(?:probably|may|likely)\s+)?(?:makes?|made)\s+little\s+or\s+no\s+difference\s+"
    r"to\s+(?:the\s+|its\s+)?(?:risk\s+of\s+)?(?=\w)"
    r"|^[^,;]{0,60}?\b(?:probably|may|likely)\s+(?:reduces?|increases?|lowers?|raises?)\s+the\s+risk\s+of\s+(?=\w)",
    regex.I,
)
_SHARE_OF_PEOPLE_PHRASE = regex.compile(
    r"^(?:(?:just\s+)?(?:over|under)\s+|" + APPROXIMATELY + r"\s+)?(?:half|a\s+third|a\s+quarter|"
    r"two-thirds|three-quarters|" + FREQUENCY + r")\s+of\s+(?:the|those|them|all)\b",
    regex.I,
)
_TRAILING_DASH = regex.compile(r"\s*(?:\s(?:too|also))?\s*[-–—]+\s*$", regex.I)
# "Priya Raman, 41, adding that craving scores": the speaker and the verb of saying
_REPORTED_SPEECH = regex.compile(
    r"^[^\"“”]{0,120}?\b(?:adding|saying|noting|explaining|said|says)\s+that\s+(?=\w)", regex.I
)
_TRAILING_PARTICIPLE = regex.compile(
    r"\s+(?:falling|rising|dropping|declining|increasing|decreasing|improving|worsening|changing)\s*$",
    regex.I,
)


_ABBREVIATION_END = regex.compile(r"\b(?:[A-Za-z]\.){2,}$|\b(?:et\s+al|vs|approx|incl)\.$", regex.I)


_SUMMARY_BRACKET = regex.compile(
    r"^(?:the\s+)?(?:mean|median|average)\s*[(\[]\s*(?:SD|SE|SEM|IQR|range|95%\s*CI)\s*[)\]]\s*",
    regex.I,
)


def _clean(phrase: str) -> str:
    phrase = _DASHED_ASIDE.sub(" ", phrase).strip()  # "FEV1 — the amount of air ... —": an aside
    phrase = _BRACKET_WITH_DIGIT.sub("", phrase)  # "response (a fall of at least 50%)"
    phrase = _SUMMARY_BRACKET.sub("", phrase)  # "Mean (SD) pain scores" -> "pain scores"
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _DISCOURSE.sub("", phrase).strip()
    phrase = _TRAILING_BRACKET.sub("", phrase)
    phrase = _TRAILING_SCALE.sub("", _REPORTED_SPEECH.sub("", phrase))
    phrase = _EFFECT_OF.sub("", _TRAILING_DASH.sub("", phrase))
    phrase = _TRAILING_PARTICIPLE.sub("", _APPOSITIVE.sub("", phrase))
    phrase = _TRAILING_COMMA.sub("", phrase)
    if len(phrase.split()) > 1:
        phrase = _TRAILING.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)
    if len(phrase.split()) > 2:
        phrase = _LEADING_SUMMARY.sub("", phrase)  # "Median length of stay" -> "length of stay"
    # "Across weeks 1 to 12, mean monthly migraine days", "Rates of serious infection",
    # "one case of delirium", "HbA1c at the end of the study": the frame, the rate, the case
    # and the time are no part of the thing measured
    previous = None
    while previous != phrase:
        previous = phrase
        for pattern in (
            _LEADING_TIME_FRAME,
            _LEADING_RATES_OF,
            _LEADING_CASE_OF,
            _TRAILING_END_OF,
            _TRAILING_VERB,
            _LEADING_THEIR,
            _LEADING_COUNT_OF,
            _LEADING_GERUND,
            _LEADING_SPELLED_COUNT,
        ):
            shorter = pattern.sub("", phrase).strip()
            if shorter and shorter != phrase and _LETTERS.search(shorter):
                phrase = shorter
    phrase = _difference_lead().sub("", phrase.strip(" ,;:(-"))  # "obvious differences in X"
    if _QUALIFIER_ONLY.fullmatch(phrase):
        return ""  # "About one in four patients ...": the word before the number names nothing
    if _SHARE_OF_PEOPLE_PHRASE.match(phrase):
        return ""  # "nearly half of the tavolimab patients — 47 per cent —": who, not what
    # "... in the incidence of enterocolitis.": the sentence's full stop is no part of it
    return phrase[:-1] if phrase.endswith(".") and not _ABBREVIATION_END.search(phrase) else phrase


_LEADING_TIME_FRAME = regex.compile(
    r"^(?:(?:across|from|over|during|after|within|by|at|through|between)\b[^,;()]{1,50}?"
    r"|[\w-]+\s+(?:days?|weeks?|months?|years?)\s+(?:after|of)\b[^,;()]{1,40}?"
    r"|[\w-]+\s+(?:days?|weeks?|months?|years?)\s+(?:later|on)),\s+(?=\w)",
    regex.I,
)
# "in reducing tumor proliferation": what the treatment did to it ("increasing stage" names it)
_LEADING_GERUND = regex.compile(
    r"^(?:\w+ly\s+)?(?:reducing|lowering|decreasing|preventing)(?:\s+the)?\s+(?=\w)", regex.I
)
_LEADING_RATES_OF = regex.compile(r"^(?:the\s+)?rates\s+of\s+(?=\w)", regex.I)
_LEADING_CASE_OF = regex.compile(
    r"^(?:(?:roughly|about|approximately|around|nearly)\s+)?"
    r"(?:one\s+(?:additional\s+)?(?:(?:case|episode)\s+of\s+)?|(?:a\s+)?(?:case|episode)\s+of\s+)"
    r"(?!(?:hundred|thousand|million|and|or|of|in)\b)(?=\S)",
    regex.I,
)
_TRAILING_END_OF = regex.compile(
    r"\s+(?:at\s+the\s+end\s+of\s+(?:the\s+)?(?:study|treatment|trial|intervention|follow-up)|"
    r"from\s+baseline)$",
    regex.I,
)
# "central retinal thickness falling", "Left atrial diameter shrank": the thing, not its verb
_TRAILING_VERB = regex.compile(
    r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bof)\s+(?:falling|rising|changing(?:\s+by\s+an?\s+(?:mean|average))?|"
    r"shrank|grew|expanded|contracted|moved\s+little|stayed\s+\w+|told\s+a\s+similar\s+story|"
    r"(?<!\bor\s)(?<!\band\s)(?<!\bbeing\s)struck|"
    r"lasted\s+an?\s+(?:median|mean|average)|"
    r"took\s+an?\s+(?:median|mean|average))$",
    regex.I,
)
# "of 8 antibiotic days", "41% female), treatment failure": a number or a closed aside before it
_LEADING_COUNT_OF = regex.compile(r"^(?:of\s+[\d.]+\s+|[^()]{1,40}\)\s*,\s+)(?=[^\W\d])", regex.I)
# "Two deaths occurred in ...": the count is the number, the deaths the outcome
_LEADING_SPELLED_COUNT = regex.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+"
    rf"(?!(?:{people_nouns()}|days?|weeks?|months?|years?|hours?|minutes?|in|of|and|or|hundred|"
    r"thousand|times|groups?|arms?|pulses|doses?|sessions|cycles|other)\b)(?=[^\W\d_])",
    regex.I,
)
_LEADING_THEIR = regex.compile(r"^improved\s+their\s+(?=\w)", regex.I)
_QUALIFIER_ONLY = regex.compile(
    r"(?:about|approximately|nearly|almost|around|roughly|some|only|just|over|under|up\s+to|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|a\s+total\s+of|overall|in\s+all)",
    regex.I,
)
_DASHED_ASIDE = regex.compile(r"\s*[—–]\s[^—–]{3,120}?\s[—–]\s*|\s*—\s[^—–]{3,120}$")
_TRAILING_TIME = regex.compile(
    r"\s+(?:(?:through|to|on|by|at|over|during|within|until|between|from|after|in|before|up\s+to)\s+"
    r"(?:the\s+)?(?:(?:final|first|last)\s+)?"
    r"(?:(?:week|day|month|year)s?\s+\d+|(?:\d+|one|two|three|four|five|six|seven|ten|twelve)\s+"
    r"(?:weeks?|days?|months?|years?|hours?|h|hrs?|nights?|mo|wks?|yrs?)|month|week|year)"
    # "on the day of transfer", "on the morning after arrival", "during the intervention period"
    r"|on\s+the\s+(?:day|morning|night|evening)\s+(?:of|after|before)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5}"
    r"|during\s+the\s+(?:[\w-]+\s+)?(?:intervention|treatment|study|follow-up|observation|trial)\s+period"
    r"|between\s+(?:\d+\s+and\s+\d+\s*(?:weeks?|days?|months?|years?|wks?)|"
    r"(?:weeks?|days?|months?)\s+\d+\s+and\s+\d+)"
    # "at 6, 12 and 24 hours", "on postoperative days 1, 3, and 7": a list of times
    r"|(?:at|on|by|after|from|during|over)\s+(?:the\s+)?(?:(?:postoperative|post-?operative|study|treatment)\s+)?"
    r"(?:(?:days?|weeks?|months?|years?|visits?|hours?)\s+)?\d+(?:\s*,\s*\d+)+\s*,?\s*(?:and|or)\s+\d+"
    r"(?:\s*(?:days|weeks|months|years|hours|h|min|minutes|wks?|mo))?"
    r"|alone|however|no\s+longer|overall)\s*$",
    regex.I,
)
_LEADING_SUMMARY = regex.compile(
    r"^(?:one\s+additional\s+(?:patient|person|participant)\s+to\s+(?:achieve|reach|have|avoid)\s+"
    r"|(?:the\s+)?most\s+common\s+(?:being\s+)?(?=\w+$)"
    r"|(?:mean|median|average|had|have|has)\s+(?:[(\[]\s*(?:SD|SE|SEM|IQR|range|95%\s*CI)\s*[)\]]\s+)?"
    r"(?:(?:fewer|more|less|lower|higher)\s+)?)",
    regex.I,
)


def _mask_brackets(text: str) -> str:
    """Blank out closed (...) groups, keeping length: "Median (95% CI) fever" -> "Median          fever"."""
    return str(_CLOSED_BRACKET.sub(lambda m: " " * len(m.group()), text))


_PEOPLE_DID = regex.compile(
    r"\s*(?:(?:in|on|of|among|receiving|given|taking|allocated\s+to|assigned\s+to)\s+(?:the\s+)?"
    r"[^,;()\d]{1,40}?\s+)??(?:also\s+|significantly\s+|statistically\s+significantly\s+)*"
    r"(?!(?:were|was|had|did|showed|than|and|or|received|treated|randomi[sz]ed|allocated|assigned)\b)"
    r"[a-z]{3,}(?:ed|t)\s+"
    r"(?:significantly\s+)?(?:(?:more|less|fewer|greater|higher|lower|better|worse)\s+)"
    r"(?P<object>[^\W\d_][^,;()\[\]\d]{1,60}?)(?=\s*[,;(\[.]|\s+(?:than|compared|vs|versus|in\s+the|at|after|during|with|among)\b|\s*$)",
    regex.I,
)
_VERB_OBJECT = regex.compile(
    r"""\b(?:developed|had|has|have|reported|experienced|reached|achieved|received|required|provided|
    sustained|contracted|acquired|caught|incurred|
    completed|used|took|made|remained|returned|recovered|resumed|report|reports|develop|experience|
    showed|underwent|needed|attained|gained|lost|suffered|maintained|regained|
    complained\s+(?:about|of)|
    (?:were|was)\s+(?:\w+\s+)?(?:more|less)\s+likely\s+to\s+(?:have|be|report|develop|achieve|need|require|\w+)|
    (?:were|was)\s+(?:diagnosed\s+with|free\s+of|(?:able|unable)\s+to))
    \s+(?:an?\s+|the\s+|their\s+)?(?:(?:significantly\s+)?(?:shorter|longer|higher|lower|more|fewer|less|greater|smaller|larger|better|worse)\s+)?
    (?P<object>(?:[^,;()\[\]\d]|(?<=[A-Z][- ]?\d{0,2})\d)+?)(?=\s*(?:\(|\[|,|;|\.|$|(?<![A-Z][- ]?\d{0,2})\d|\bthan\b|\bcompared\b|\bvs\b|\bversus\b|\bin\s+the\b|
    \bat\s+\d|\bat\s+(?:week|day|month)|\bwithin\b|\bby\s+(?:week|day|month|\d)|\bduring\b|\bafter\b|\bamong\b|\bwith\b))""",
    regex.I | regex.VERBOSE,
)
_FOR_OBJECT = regex.compile(
    r"[\s)\]]*(?:for|in|against)\s+(?:the\s+)?(?P<object>[^,;()\[\]\d]+?)(?=\s*(?:\(|\[|,|;|\.|$|\bthan\b|\bcompared\b|\bvs\b|\bversus\b|\bat\s+\d|\bwith\b|\bamong\b|\bafter\b))",
    regex.I,
)
# "nearly seven in ten", "around one in eight": a share of people written as a frequency
_FREQUENCY_LEAD = regex.compile(
    r"^\W*(?:(?:nearly|almost|about|around|roughly|some|only|just|over|under|approximately|"
    r"more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of|of\s+every)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:of\s+(?:the\s+|them\b\s*)?)?",
    regex.I,
)
_WORD_START = regex.compile(r"(?:^|(?<=\s))[^\W\d_]")
# What may stand after a clause break without naming anything: "..., with a median of 3 days".
_EMPTY_LEAD = regex.compile(
    r"^(?:(?:an?|the|its|their)\s+)?(?:(?:mean|median|average|total|overall)(?:\s+of)?\s*)?(?:an?\b)?"
    r"(?:\s*(?:corresponding\s+)?(?:rates?|levels?|values?|proportions?|percentages?|numbers?|scores?|figures?)"
    r"(?:\s+(?:were|was|are|is|of|reached|stood\s+at))?\s*$)?",
    regex.I,
)
_PREPOSITION_END = regex.compile(r"\b(?:in|among|with|for|on|to|of)\s+(?:the\s+)?$", regex.I)
_PRONOUN_SUBJECT = regex.compile(
    r"^(?:this|these|they|it|those|that|which|although|though|there|still|both|all|each|overall|"
    r"a\s+difference|the\s+difference|difference|about|nearly|approximately|not|participants|patients|"
    r"with|in|among|for|on|than|versus|vs)(?=\s|$)",
    regex.I,
)
_NUMBER_LED = regex.compile(
    r"^\W*[-+]?\d[\d.,]*\s*(?:%|[a-zµ/]+\b)?\s*(?:in|with|for|vs\.?|and|$)"
    r"|^\W*(?:and\s+|but\s+|while\s+)?by\W*$",  # "... and by 18% in the placebo group"
    regex.I,
)
_LEADING_COMPARATIVE = regex.compile(
    r"^(?:(?:a\s+)?(?:significantly|slightly|markedly|substantially)\s+)?(?:fewer|more|less|lesser|higher|lower|greater|smaller|larger)\s+(?:proportion\s+of\s+|number\s+of\s+)?",
    regex.I,
)


_ADVERBIAL_ONLY = regex.compile(
    r"(?:[\w-]+\s+){0,3}?(?:after|before|since)\s+[\w\s-]{1,40}"
    r"|(?:at|by|within|after|over|during|according\s+to)\b.*|.*\b(?:when|where)"
    r"|(?:still|yet|however|overall|meanwhile|moreover|also|and|but|in\s+contrast|by\s+contrast)"
    r"|of\s+(?:the\s+|those\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:who|that|with)\b.*",  # "Of relatives who ..."
    regex.I,
)
_NUMBERED_OUTCOME = regex.compile(
    r"\d\s?%|\d+\s?/\s?\d+|\d+\s+(?:of|out\s+of)\s+\d|\bone\s+in\b"
    r"|^(?:about|roughly|nearly|almost|some|around|approximately|just)(?:\s+(?:one|over|under))?$",
    regex.I,
)
_NOUN_AFTER_VALUE = regex.compile(
    r"\s*(?:\([^()]*\)\s*)?(?P<object>(?!(?:of|in|among|for|with|and|or|vs|versus|than|respectively|"
    r"on|at|to|by|called|named|who|that|which|were|was|is|are|patients|participants|subjects|people)\b)[^\W\d_][\w-]*(?:\s+(?!(?:in|among|for|with|at|of|on|"
    r"during|after|and|or|was|were|than|compared|versus|vs|respectively)\b)[^\W\d_][\w-]*){0,4})"
    r"(?=\s+(?:in|among|for|with|at|of|on|during|after|and|or|was|were|than|compared|versus|vs|"
    r"respectively)\b|\s*[,;.()]|\s*$)",
    regex.I,
)
_PREDICATE = regex.compile(
    r"""[^;]{0,120}?\b(?:who\s+)?(?P<verb>were|was|had|have|developed|reported|experienced|achieved|
    scored|described\s+themselves\s+as|remained|went|returned|could|became|needed|required|got|
    showed|attained|reached|regained|suffered|sustained|
    # "93% of the patients preferred HC over MC": any verb in the past after the people
    (?!(?:treated|randomi[sz]ed|allocated|assigned|enrolled|included|exposed|based|aged|
       compared|matched|selected|recruited|screened|followed|ranged|called|named|termed|defined|
       calculated|estimated|measured|assessed|evaluated|recorded|performed|conducted|used|determined|
       analy[sz]ed|observed|obtained|noted|found)\b)(?P<done>[a-z]{3,}ed)(?!\s+(?:with|by|to|from|as)\b))\s+
    (?P<object>[^,;()\d]{2,70}?)
    (?=\s*[,;(.]|\s+(?:at|by|after|within|during|compared|versus|vs|than|respectively|over|in\s+the)\b|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _predicate_after(sentence: SentenceMentions, last: ValueMention) -> str:
    """The predicate after the last arm ("... 58% of saline recipients reported less pain")."""
    found = _PREDICATE.match(sentence.norm, last.end - sentence.start)
    if found is None or _DIGIT.search(found.group("object")):
        return ""
    # "preferred HC": a verb of no fixed meaning is part of what was counted
    start = found.start("done") if found.group("done") else found.start("object")
    return _take(sentence, start, found.end("object"))


def _take(sentence: SentenceMentions, start: int, end: int) -> str:
    """Cleaned original text of a sentence-relative span."""
    return _clean(sentence.text[start:end])


def _object_after(sentence: SentenceMentions, pos: int, pattern: regex.Pattern[str]) -> str:
    found = (
        pattern.match(sentence.norm[pos:])
        if pattern is not _VERB_OBJECT
        else pattern.search(sentence.norm, pos)
    )
    if found is None or _ARMISH.search(found.group("object")):
        return ""
    if pattern is _VERB_OBJECT:
        end = found.end("object")
        if _DECIMAL_NEXT.match(sentence.norm, end) and (
            cut := _CUT_NUMBER.search(sentence.norm, found.start("object"), end)
        ):
            end = cut.start()  # "used CPAP an average of 4.1 hours": the object stops before it
        return _take(sentence, found.start("object"), end)
    return _take(sentence, pos + found.start("object"), pos + found.end("object"))


_DECIMAL_NEXT = regex.compile(r"\.\d")
_CUT_NUMBER = regex.compile(
    r"(?:\s+(?:for|of|an?|the|average|mean|median|on|about|approximately|nearly|almost|over))*"
    r"\s+\d+$",
    regex.I,
)
_TIME_TO_ACT = regex.compile(
    r"(?P<object>\b(?:went|came|got|returned|were\s+discharged|was\s+discharged|resumed|regained|"
    r"recovered|healed|walked|left\s+hospital|stayed|remained)\b[^,;()\d]{0,40}?)\s+(?:after|within|in|for)\s+"
    r"(?:a\s+median|an?\s+average|a\s+mean)\s+of\s*$",
    regex.I,
)
_SPENT = regex.compile(
    r"\bspent\s+(?:(?:a\s+median|an?\s+average|a\s+mean|a\s+total)\s+of\s+)?$", regex.I
)
_TIME_IN_PLACE = regex.compile(
    r"[\d.]+\s*(?P<object>(?:days|hours|nights|minutes|weeks)\s+(?:in|on|at)\s+[^,;()\d]{2,40}?)"
    r"(?=\s*[,;(.]|\s+(?:over|during|compared|versus|vs|than|against|at|by|after|within)\b)",
    regex.I,
)
_FREE_DAYS = regex.compile(
    r"[^\W\d_]+(?:-[^\W\d_]+)*-free\s+(?:days|weeks|months|hours)\b", regex.I
)


_EVENTS_AFTER_COUNT = regex.compile(
    r"\s+(?P<object>(?:events?|episodes?|cases?|deaths?)(?:\s+of\s+[^,;()\d]{2,60}?)?)"
    r"(?=\s+(?:occurred|were|was|in|among|with)\b)",
    regex.I,
)
_OPEN_BEFORE_HEAD = regex.compile(r"^\s*[(\[]\s*$")
_LISTED_BEFORE_BRACKET = regex.compile(
    r"(?:\b(?:events|effects|reactions|complications|symptoms|infections|outcomes|causes|findings)"
    r"\b[^,;()\d]{0,40}?\s(?:were|was)|\bincluded|\bincluding|\bsuch\s+as)"
    r"\s+(?!(?:similar|comparable|identical|reduced|increased|decreased|higher|lower|greater|more|less|"
    r"fewer|rare|uncommon|common|frequent|significantly|not|as|slightly|markedly|roughly|virtually|"
    r"low|high|absent|present|mild|minor|seen|observed|reported|noted|found|also|further|still|even|"
    r"both|all|again|generally|largely|mostly|very|much|far|no)\b)"
    r"(?P<object>[^\W\d_][^,;()\d]{1,50}?)\s*[(\[]\s*$",
    regex.I,
)
_CAUSED_CHANGE = regex.compile(
    r"""\b(?:produced|led\s+to|resulted\s+in|caused|achieved|showed|yielded|demonstrated|induced|
    (?:was|were)\s+followed\s+by|
    mitigated?|attenuated?|blunted?|limited|prevented|
    was\s+associated\s+with|were\s+associated\s+with)\s+(?:a\s+|an\s+)?(?:significantly\s+|statistically\s+significant\s+)?
    (?:(?:greater|larger|smaller|more|less|significant|marked|modest)\s+)?
    (?:reductions?|decreases?|increases?|improvements?|changes?|declines?|gains?|rises?|falls?)\s+
    (?:from\s+baseline\s+)?(?:in|of)\s+
    (?P<object>(?:[^,;()\d]|(?<=[A-Za-z])\d){2,60}?)(?=\s+(?:from|at|by|after|compared|versus|vs|than|with|in\s+the|of\s+\d)\b|\s*[,;(:]|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_NOUN_BEFORE_AMONG = regex.compile(
    r"^\s+(?P<object>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3}?)\s+(?:occurred\s+|were\s+\w+\s+)?among\b",
    regex.I,
)
_EXISTENTIAL = regex.compile(
    r"\b(?:there\s+(?:were|was|had\s+been|have\s+been)|we\s+(?:observed|recorded|found|saw))\s+"
    r"(?:(?:a\s+total\s+of|only|just|about|approximately)\s+)?$",
    regex.I,
)
_AMOUNT_UNITS = frozenset(("mg", "mg/kg", "µg", "µg/kg", "g", "mL", "IU", "ng", "mmol", "mg/day"))
_USED_BEFORE = regex.compile(
    r"\b(?:used|needed|required|consumed|took|received)\b[^,;()]{0,30}$", regex.I
)
_AMOUNT_OF = regex.compile(
    r"\s+of\s+(?P<object>[^\W\d_][\w-]*(?:\s+(?!(?:in|with|among|and|or|vs|versus|while|whereas|was|were)\b)[\w-]+){0,2}?)"
    r"(?=\s*[(,;.]|\s+(?:in|with|among|compared|vs\.?|versus|while|whereas|and|over|during)\b)",
    regex.I,
)
_OPENING_COUNT_NOUN = regex.compile(
    r"\s+(?!(?:of|in|among|with|and|or|vs|versus)\b)(?P<object>[^\W\d_][\w-]*(?:\s+(?!(?:occurred|were|was|had|in|among|with|during|after|on)\b)"
    r"[^\W\d_][\w-]*){0,3}?)(?=\s+(?:occurred|were|was|had|in|among|with|during|after|on)\b)",
    regex.I,
)
_COUNTED_NOUN = regex.compile(
    r"\s*(?P<object>[^\W\d_][^,;()\d]{1,60}?)(?=\s+(?:among|in|with|on|for|after|receiving|during|"
    r"vs\.?|versus|compared)\b|\s*[,;(]|\s*$)",
    regex.I,
)


@cache
def _people_subject() -> regex.Pattern[str]:
    """ "women with p53 over-expression", "patients who received A": people, not an outcome."""
    return regex.compile(
        rf"^(?:(?:the|all|those|most|many|only)\s+)?(?:(?!of\b)[\w-]+\s+){{0,2}}?(?:{people_nouns()})"
        r"(?:\s+(?:with|without|who|in|on|receiving|treated|taking|given|allocated|assigned|"
        r"randomi[sz]ed|undergoing|aged|older|younger)\b.*)?$",
        regex.I,
    )


@cache
def _difference_lead() -> regex.Pattern[str]:
    return regex.compile(
        rf"^(?:no\s+)?(?:(?:{difference_modifiers()})\s+){{0,3}}(?:differences?|changes?)\s+"
        r"(?:between[-\s](?:the\s+)?(?:two\s+|2\s+)?(?:groups?|arms)\s+)?(?:in|of|for)\s+(?=\w)",
        regex.I,
    )


@cache
def _difference_subject() -> regex.Pattern[str]:
    """ "There were no obvious differences", "no statistically significant change"."""
    return regex.compile(
        rf"^(?:there\s+(?:were|was)\s+)?(?:no\s+|a\s+|the\s+)?(?:(?:{difference_modifiers()})\s+){{0,3}}"
        r"(?:differences?|changes?)$",
        regex.I,
    )


_DIFFERENCE_IN = regex.compile(
    r"\b(?:differences?|changes?|reductions?|decreases?|increases?|improvements?|declines?|gains?)\s+"
    r"(?:were\s+|was\s+)?(?:observed\s+|found\s+|seen\s+|noted\s+|detected\s+)?"
    r"(?:between\s+(?:the\s+)?(?:two\s+|2\s+|treatment\s+|study\s+)?(?:groups|arms)\s+)?"
    r"(?:(?:in|for)\s+(?P<object>[^,;()\d]{2,60}?)(?=\s*[(,;:]|\s+(?:between|among|with|in\s+the|"
    r"was|were)\b|\s*$)"
    r"|between\s+the\s+(?P<object>[^,;()\d]{2,40}?)"  # "between the CFs of MG and CG"
    r"(?=\s+of\s+(?:the\s+)?[^\W\d_][\w+-]*\s+(?:and|vs\.?|versus)\b))",
    regex.I,
)


_REPORTED_THAT = regex.compile(
    r"^.*\b(?:said|says|reported|reports|announced|announces|found|finds|showed|shows)\b[^,;]*?\bthat\s+",
    regex.I,
)


def _outcome(sentence: SentenceMentions, draft: _Draft, zone_start: int, first_head: int) -> str:
    norm, base = sentence.norm, sentence.start
    if draft.effect is not None and draft.effect.about:
        at = norm.find(draft.effect.about, draft.effect.start - base)
        about = _TRAILING_ARM.sub("", draft.effect.about)
        if at >= 0:
            return _take(sentence, at, at + len(about))
    if draft.effect is not None and not draft.values:
        trailing = _FOR_OBJECT.match(norm, draft.effect.end - base)
        if (
            trailing is not None
            and not _ARMISH.search(trailing.group("object"))
            and not _comparative_then_arm(sentence, draft.effect)
        ):
            return _take(sentence, trailing.start("object"), trailing.end("object"))
    # "used a median of 0.21 mg/kg of morphine": the amount of a drug used names it
    if draft.values:
        first = min(draft.values, key=lambda v: v.start)
        unit = first.unit
        unit_at = norm.find(unit, first.start - base, first.end - base) if unit else -1
        if (
            unit in _AMOUNT_UNITS
            and unit_at >= 0
            and _USED_BEFORE.search(norm, 0, first.start - base)
            and (amount := _AMOUNT_OF.match(norm, unit_at + len(unit or "")))
        ):
            return _take(sentence, amount.start("object"), amount.end("object"))
    # "19/70 (27%) patients who completed the trial had acute clinical failure": a clause
    # opening with its count names the outcome in the predicate.
    if draft.values and (found := _counted_predicate(sentence, draft, zone_start)):
        return found
    # "no significant (p > 0.05) effect on the spirogram, heart rate, or Ve": a p-value alone
    # belongs to the object of the effect or difference it tests
    if not draft.values and draft.effect is None and draft.pvalue is not None:
        clause_start = max(zone_start - base, 0)
        p_at, p_end = draft.pvalue.start - base, draft.pvalue.end - base
        # the clause's first test ("improvements in X (p = 0.046)"), or the one right after the
        # p ("no significant (p > 0.10) effect on grip strength"); a later item of a list
        # ("... and the Y score (p = 0.048)") is left to the list reader below
        tested = next(
            (
                f
                for f in _TESTED_OBJECT.finditer(norm, clause_start)
                if f.start() < p_end or _CLOSES_ONLY.fullmatch(norm, p_end, f.start())
            ),
            None,
        )
        if (
            tested is not None
            and not _ARMISH.search(tested.group("object"))
            and not _LISTED_AFTER.search(norm, tested.end("object"), p_at)
        ):
            return _take(sentence, tested.start("object"), tested.end("object"))
    # "The primary outcome, 30-day mortality, was 12.1% ...": the appositive names it
    if (named_end := _NAMED_ENDPOINT.match(norm[max(zone_start - base, 0) :])) is not None:
        at = max(zone_start - base, 0)
        return _take(sentence, at + named_end.start("name"), at + named_end.end("name"))
    # "(KCCQ self-efficacy score 91 vs. 85, p=0.08)": a bracket that opens with a label
    if draft.values and (labelled := _bracket_label(sentence, draft)):
        return labelled
    # "went back to work after a median of 47 days", "spent a median of 4 days in hospital":
    # the time to an act, or the time spent somewhere, is the outcome
    if draft.values:
        first = min(draft.values, key=lambda v: v.start)
        head = norm[max(zone_start - base, 0) : first.start - base]
        if (act := _TIME_TO_ACT.search(head)) is not None:
            at = max(zone_start - base, 0)
            return _take(sentence, at + act.start("object"), at + act.end("object"))
        if _SPENT.search(head) and (place := _TIME_IN_PLACE.match(norm, first.start - base)):
            return _take(sentence, place.start("object"), place.end("object"))
    # "a median of 21 ventilator-free days": the counted days are the outcome.
    if draft.values and (
        free := _FREE_DAYS.search(norm, draft.values[0].start - base, draft.values[0].end - base)
    ):
        return _take(sentence, free.start(), free.end())
    # "Four vs two events of severe hypoglycaemia occurred in ...": the counted events
    if (
        draft.values
        and (events := _EVENTS_AFTER_COUNT.match(norm, max(v.end for v in draft.values) - base))
        and not _LETTERS.search(
            norm[max(zone_start - base, 0) : min(v.start for v in draft.values) - base]
        )
    ):
        return _take(sentence, events.start("object"), events.end("object"))
    # "needed a median of 5 (IQR, 5-6) injections compared with 8": the counted noun
    if draft.values and (counted_unit := draft.values[0].unit) in COUNTED_NOUNS:
        first = min(draft.values, key=lambda v: v.start)
        if SUMMARY_BEFORE.search(norm, 0, first.start - base):
            return counted_unit
    # "Among women on alendronate alone, 11.9% sustained a fracture": the sentence opens with
    # an arm, so the object of the verb after the first number names the outcome.
    lead_arm = _LEAD_ARM.match(norm)
    if lead_arm is not None and draft.values and zone_start - base <= lead_arm.end():
        first = min(draft.values, key=lambda v: v.start)
        if not _LETTERS.search(norm[lead_arm.end() : first.start - base]) and (
            found := _object_after(sentence, first.end - base, _VERB_OBJECT)
        ):
            return found
    # "... with no significant differences in fat mass (-0.2 vs 1.1 kg)": the object of the
    # difference, right before the record's bracket
    if (
        near := _DIFFERENCE_IN.search(
            norm, max(zone_start - base, first_head - base - 90), first_head - base
        )
    ) and _OPEN_BEFORE_HEAD.match(norm[near.end("object") : first_head - base]):
        return _take(sentence, near.start("object"), near.end("object"))
    # "The most common adverse events were nausea (17.5% vs. 4.0%) and constipation (...)":
    # the thing listed right before the bracket that holds its numbers
    if (
        listed := _LISTED_BEFORE_BRACKET.search(
            norm, max(zone_start - base, first_head - base - 80), first_head - base
        )
    ) and not _ARMISH.search(listed.group("object")):
        return _take(sentence, listed.start("object"), listed.end("object"))
    # "Liraglutide produced greater reductions in HbA1c from baseline (...)": the changed thing
    if (caused := _CAUSED_CHANGE.search(norm, zone_start - base, first_head - base)) is not None:
        return _take(sentence, caused.start("object"), caused.end("object"))
    # "There were 1,204 episodes of malaria among ...": the counted noun names the outcome.
    if draft.values:
        first = min(draft.values, key=lambda v: v.start)
        if first.events is not None and (
            counted_among := _NOUN_BEFORE_AMONG.match(norm[first.end - base :])
        ):
            # "only 2 HIV infections occurred among 2,571 recipients"
            at = first.end - base
            return _take(
                sentence, at + counted_among.start("object"), at + counted_among.end("object")
            )
        if _EXISTENTIAL.search(norm, zone_start - base, first.start - base) and (
            counted := _COUNTED_NOUN.match(norm, first.end - base)
        ):
            return _take(sentence, counted.start("object"), counted.end("object"))
    # "improvements were observed in the intervention group in the areas of fatigue (26.9%)":
    # the thing named right before the change's bracket
    if draft.values and len(draft.values) == 1:
        head = norm[max(zone_start - base, 0) : draft.values[0].start - base]
        if _OBSERVED_CHANGE.search(head) and (bracketed := _BRACKETED_OBJECT.search(head)):
            at = max(zone_start - base, 0)
            return _take(sentence, at + bracketed.start("object"), at + bracketed.end("object"))
    # "there was a progressive increase in disability in the intervention group (2.0 points)":
    # the object of the change the sentence reports
    if draft.values and (
        reported := _THERE_WAS_CHANGE.search(norm, max(zone_start - base, 0), first_head - base)
    ):
        return _take(sentence, reported.start("object"), reported.end("object"))
    # "a 35% reduction in X": the object after a change noun names the outcome.
    changed = draft.values and draft.values[0].measure in _CHANGES
    if changed and (found := _object_after(sentence, draft.values[0].end - base, _OBJECT_AFTER)):
        return found
    lead_start = zone_start - base
    named = arm_before(norm, min(v.start for v in draft.values) - base) if draft.values else None
    if (
        named is not None
        and lead_start <= named[1] < first_head - base
        and not _PREPOSITION_END.search(norm[lead_start : named[1]])
    ):
        first_head = named[1] + base  # "adrenaline 3.2%": the arm's name is no outcome
    lead = norm[lead_start : first_head - base]
    if cuts := list(_CLAUSE_CUT.finditer(lead)):
        last = cuts[-1]
        rest = _EMPTY_LEAD.sub("", lead[last.end() :].strip(" ,(-"))
        if not rest.strip(" ,(-"):
            # "Survival to discharge: 3.2% vs 2.4%": the label before the colon names it
            lead_start += cuts[-2].end() if len(cuts) > 1 else 0
            lead = norm[
                lead_start : lead_start + (last.start() - (cuts[-2].end() if len(cuts) > 1 else 0))
            ]
        else:
            lead_start += last.end()
            lead = norm[lead_start : first_head - base]
    # "Drug reduced the risk of death (HR ...)": the object of an active change verb.
    if (verb := _CHANGE_VERB.search(lead)) is not None:
        subject = lead[: verb.start()]
        if (reported := _REPORTED_THAT.search(subject)) is not None:
            subject = subject[reported.end() :]  # "Korvalis said Tuesday that its antibody cut"
        passive = regex.search(
            r"\b(?:was|were|is|are|been|be|being|has|have|had)\s*$", subject, regex.I
        )
        intransitive = _ADVERB_OBJECT.match(verb.group("object"))
        if (
            not passive
            and not intransitive
            and (
                not subject.strip()
                or _ARMISH.search(subject)
                or _DOSED_SUBJECT.search(subject)  # "both drug 7.5 mg and drug 30 mg decreased"
                or len(subject.split()) <= 6
            )
        ):
            return _take(
                sentence, lead_start + verb.start("object"), lead_start + verb.end("object")
            )
    cleaned = lead
    while (shorter := _LEADING_COMPARATIVE.sub("", _DISCOURSE.sub("", cleaned))) != cleaned:
        cleaned = shorter
    # "In the prespecified subgroup with stones larger than 5 mm, passage rates were": the
    # frame names who, the rest names what
    cleaned = _LEADING_FRAME.sub("", cleaned)
    if frequency := _FREQUENCY_LEAD.match(cleaned):
        # "Nearly seven in ten treated patients (68%) met the trial's definition of a response":
        # a share of people written as a frequency; what they did names the outcome
        at = lead_start + len(lead) - len(cleaned) + frequency.end()
        cleaned = cleaned[frequency.end() :]
        masked = _mask_brackets(norm[at : at + 200])
        for word in itertools.islice(_WORD_START.finditer(masked), 5):
            # the verb comes after the people's name: "one in five women on nifedipine (20%) had"
            said = _counted_clause().match(masked[word.start() :])
            if (
                draft.values
                and said is not None
                and not _ARMISH.search(said.group("object"))
                and "   " not in said.group("object")  # no bracket of numbers inside
            ):
                begin = at + word.start()
                return _take(sentence, begin + said.start("object"), begin + said.end("object"))
        # "Dizziness was more common with the drug: around one in eight patients (12.3% ...)"
        if norm[:lead_start].rstrip().endswith(":") and (opening := _sentence_subject(sentence)):
            return opening
    offset = lead_start + len(lead) - len(cleaned)
    end = _SUBJECT_END.search(_mask_brackets(cleaned))
    subject = cleaned[: end.start()] if end else cleaned
    phrase = _take(sentence, offset, offset + len(subject))
    if _difference_subject().match(phrase) and (
        found_in := _DIFFERENCE_IN.search(norm, offset, first_head - base)
    ):
        # "no significant differences were observed in serious adverse events (8.1% vs 7.9%)"
        return _take(sentence, found_in.start("object"), found_in.end("object"))
    if (
        phrase
        and not _ARMISH.search(subject)
        and not _PRONOUN_SUBJECT.match(phrase)
        and not _people_subject().match(phrase)
    ):
        return phrase
    # The subject names an arm ("Fewer GDT patients developed complications"), a set of people
    # ("women with p53 over-expression had shorter OS"), or nothing.
    effect_only = draft.effect is not None and not draft.values
    for pattern in (_EFFECT_OBJECT, _COUNTED_OBJECT):
        if (
            effect_only
            and draft.effect
            and not _comparative_then_arm(sentence, draft.effect)
            and (found := _object_after(sentence, draft.effect.end - base, pattern))
        ):
            return found
    if of_object := _OF_OBJECT.search(_mask_brackets(cleaned)):
        return _take(sentence, offset + of_object.start("object"), offset + of_object.end("object"))
    # "participants in the exercise group had 1.12 falls per person-year": the counted thing of
    # a rate names the outcome when the subject names only people
    if draft.values and (not phrase or _ARMISH.search(subject) or _people_subject().match(phrase)):
        first = min(draft.values, key=lambda v: v.start)
        if rated := _RATED_NOUN.search(norm, first.start - base, first.end - base):
            return _take(sentence, rated.start("object"), rated.end("object"))
    if found := _object_after(sentence, offset, _VERB_OBJECT):
        return found
    if (
        (_ARMISH.search(subject) or _people_subject().match(phrase))
        and (did := _PEOPLE_DID.match(cleaned[len(subject) :]))
        and not _ARMISH.search(did.group("object"))
    ):
        # "Those in the negative cues condition recalled more site content": what the people
        # of an arm did more or less of
        at = offset + len(subject) + did.start("object")
        return _take(sentence, at, offset + len(subject) + did.end("object"))
    if draft.values:
        for pattern in (_OBJECT_AFTER, _VERB_OBJECT):
            if found := _object_after(sentence, draft.values[0].end - base, pattern):
                return found
    if phrase and not _ARMISH.search(phrase) and not _PRONOUN_SUBJECT.match(phrase):
        return phrase
    # "9 exacerbations occurred during placebo treatment and 5 during ...": a sentence that
    # opens with its count names the counted things right after it
    if draft.values:
        first = min(draft.values, key=lambda v: v.start)
        if (
            not _LETTERS.search(norm[: first.start - base])
            and first.unit is None
            and (opening_count := _OPENING_COUNT_NOUN.match(norm, first.end - base)) is not None
            and not _people_subject().match(opening_count.group("object"))
        ):
            return _take(sentence, opening_count.start("object"), opening_count.end("object"))
    # Nothing better in the record's own clause: the sentence's opening subject names it.
    opening = _sentence_subject(sentence)
    if _DIGIT.search(opening) and (share := _share_predicate(sentence, draft)):
        return share  # "84.1% of those on A reverted to normal glucose tolerance, against ..."
    return (
        opening
        or phrase
        or _take(sentence, lead_start, first_head - base)
        or _share_predicate(sentence, draft)
        or sentence.text.strip()[:60]
    )


# "58% of treated runners were back to their usual weekly mileage", "63.8% of lesions in the
# A arm were arrested": what the share of people (or things) counted were, did or had
_SHARE_PREDICATE = regex.compile(
    r"\s?(?:%|per\s?cent|percent)?(?:\s+of\s+(?:the\s+|those\s+)?(?:\d[\d,]*\s+)?[^,;()\d]{0,60}?\s"
    # "nearly half of the A patients — 47 per cent — were still alive": the figure in an aside
    r"|\s*[-–—]\s*)"
    r"(?:were|was|could|had|got|reported|remained|stayed|achieved|reached|needed|became|passed|"
    r"met|used|took|"
    # "reverted to normal glucose tolerance": any verb in the past that is no passive of method
    r"(?!(?:treated|randomi[sz]ed|allocated|assigned|enrolled|included|exposed|based|aged|"
    r"compared|matched|selected|recruited|screened|followed|ranged|measured|assessed|evaluated|"
    r"recorded|analy[sz]ed|observed|given|receiving|taking)\b)(?P<done>[a-z]{3,}ed))\s+"
    r"(?:still\s+|again\s+|now\s+)?"
    r"(?P<object>[^,;()\[\]\d]{3,80}?)"
    r"(?=\s*(?:[,;(\[.]|$|\b(?:as\s+)?compared\b|\bvs\b|\bversus\b|\bagainst\b|\bthan\b|"
    r"\bby\s+(?:day|week|month|year)|\bat\s+\d|\bafter\b|\bwithin\b|\bover\b|"
    r"\bas\s+(?:further|first|their|a|an|the)\b))",
    regex.I,
)


def _share_predicate(sentence: SentenceMentions, draft: _Draft) -> str:
    """The predicate after the record's first share of people, when nothing else names it."""
    if not draft.values:
        return ""
    first = min(draft.values, key=lambda v: v.start)
    at = first.end - sentence.start
    found = _SHARE_PREDICATE.match(sentence.norm, at)
    if found is None or _ARMISH.search(found.group("object")):
        return ""
    start = found.start("done") if found.group("done") else found.start("object")
    return _take(sentence, start, found.end("object"))


_LEADING_FRAME = regex.compile(
    r"^\W*(?:in|among|within|for)\s+(?:the\s+|those\s+|a\s+)?[^,;]{0,80}?"
    r"\b(?:subgroups?|patients|participants|subjects|women|men|children|adults|those|cohort|"
    r"population|analysis)\b[^,;]{0,60},\s+(?=[^\W\d_])"
    # "In the tele-rehab arm the six-minute walk distance improved": the arm frames it
    r"|^\W*(?:in|among|within)\s+(?:the\s+)?(?!the\b)[\w+/-]+(?:\s+[\w+/-]+){0,2}?\s+(?:group|arm),?\s+"
    r"(?!(?:was|were|is|are|had|has|did|showed|than|and|or|vs)\b)(?=(?:the\s+)?[^\W\d_])",
    regex.I,
)
_COMPARATIVE = r"(?:lower|higher|greater|less|more|fewer|shorter|longer)"
_COMPARATIVE_FOR = regex.compile(rf"\s*(?P<comparative>{_COMPARATIVE}\s+)?for\s", regex.I)
_ENDS_COMPARATIVE = regex.compile(rf"\b{_COMPARATIVE}\s*$", regex.I)


def _comparative_then_arm(sentence: SentenceMentions, effect: EffectMention) -> bool:
    """ "Costs were 21% lower for telerehabilitation": after a bare comparative, "for" names
    the arm, not the outcome."""
    after = _COMPARATIVE_FOR.match(sentence.norm, effect.end - sentence.start)
    if after is None:
        return False
    text = sentence.norm[effect.start - sentence.start : effect.end - sentence.start]
    return bool(after.group("comparative")) or bool(_ENDS_COMPARATIVE.search(text))


_TESTED_OBJECT = regex.compile(
    r"(?:\b(?:effects?|differences?|changes?|improvements?|reductions?|increases?)\s+"
    r"(?:\([^()]*\)\s+)?(?:(?:were|was)\s+(?:not\s+)?\w+\s+)?"
    r"(?:between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:groups|arms)\s+"
    r"|in\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|arm)\s+)?(?:on|in|for)\s+"
    r"|\b(?:superior|inferior|better|worse|more\s+effective|less\s+effective)\s+(?:to|than)\s+"
    r"[^,;()\d]{1,60}?\s+(?:for|in|on|regarding|in\s+terms\s+of)\s+)"  # "superior to B for X"
    r"(?:the\s+)?(?!favou?r\s+of\b)(?P<object>[^\W\d_](?:[^;()\d]|\([^()\d]{1,12}\)){1,140}?)"
    r"(?=\s+(?:between|among|across|from|with|after|at|in\s+the|compared|was|were|is|are|did|had)\b"
    r"|\s*[;.]|\s*$"
    r"|\s*\((?![^()\d]{1,12}\)))",
    regex.I,
)
_CLOSES_ONLY = regex.compile(r"\s*[)\]]?\s*")
# "improvements in X (p = 0.046) and the Y score (p = 0.048)": a later item of the list
_LISTED_AFTER = regex.compile(
    r"[),]\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?[^\W\d_][^;()\d]{0,80}\s*\($"
)
_NAMED_ENDPOINT = regex.compile(
    r"^\W*(?:the\s+)?(?:primary|secondary|main|key|co-?primary)\s+(?:efficacy\s+|safety\s+)?"
    r"(?:outcome|end\s?point|composite)s?\s*,\s*(?P<name>[^\W\d_][^,;()]{1,80}?|\d+-\w+[^,;()]{1,80}?)\s*,\s*"
    r"(?:was|were|occurred|reached|happened)\b",
    regex.I,
)
# "(MOS compliance score 85 vs", "(diarrhea, 31.2% vs. 5.9%"
_BRACKET_LABEL = regex.compile(
    r"\(\s*(?P<label>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'/-]*){0,5}?)(?P<comma>\s*,)?\s+$"
)
# "(dexmedetomidine, 8 days [...]; placebo, 8 days ...)": labels that name the arms
_LATER_LABEL = regex.compile(
    r"[;,]\s*(?:vs\.?\s+|versus\s+)?(?P<label>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)\s*,\s+[-\d]"
)
_NOT_LABELS = regex.compile(
    r"^(?:(?:mean|median|means|medians|adjusted|average)\b.*|n|rate|rates|HR|OR|RR|IRR|CI|p|range|IQR|SD|SE|"
    r"respectively|both|all|each|by|from|to|of|in|at|with|on|for|vs\.?|versus|"
    r"(?:a|an|the|from|to|at|in|with|on|for|of)\s.*|.*\b(?:vs|versus|and|or|compared|than)\b.*)$",
    regex.IGNORECASE,
)


def _bracket_label(sentence: SentenceMentions, draft: _Draft) -> str:
    """The label a bracket opens with before its first number ("(MOS compliance score 85 vs")."""
    first = min(draft.values, key=lambda v: v.start)
    base = sentence.start
    found = _BRACKET_LABEL.search(
        sentence.norm, max(0, first.start - base - 70), first.start - base
    )
    if found is None or _NOT_LABELS.match(found.group("label")):
        return ""
    named = arm_before(sentence.norm, first.start - base)
    if named is not None and named[1] <= found.end("label") and named[2] >= found.start("label"):
        return ""  # "(placebo 12% vs ...": the bracket opens with an arm
    if control_strength(found.group("label")) or _ARMISH.search(found.group("label")):
        return ""
    if found.group("comma"):
        close = sentence.norm.find(")", first.start - base)
        inside = sentence.norm[first.start - base : close if close >= 0 else None]
        if any(control_strength(m.group("label")) for m in _LATER_LABEL.finditer(inside)):
            return ""  # "(erlotinib, 3.7 months, ..., vs placebo, 3.6 months": arms, not labels
    return _take(sentence, found.start("label"), found.end("label"))


@cache
def _counted_clause() -> regex.Pattern[str]:
    return regex.compile(
        rf"""^\s*(?:(?:[\w-]+\s+){{0,2}}?(?:{people_nouns()})\b[^,;()%]{{0,80}}?\s)?
        (?:(?:had|developed|experienced|reported|required|needed|showed|achieved|reached|suffered|
             underwent|attained|presented\s+with|were\s+diagnosed\s+with|saw|were\s+still|was\s+still)
             \s+(?:an?\s+|the\s+|their\s+)?
           (?P<object>[^,;()\[\]\d]{{2,80}}?)
          |(?P<object>(?:died|relapsed|responded|recovered|progressed|survived|discontinued|withdrew|
             vomited|improved|deteriorated|failed|healed|conceived|delivered|quit|stopped|abstained|
             complained|fell|bled|seroconverted|met|hit|said|felt|rated|described|passed|kept|slept|
             ate|went|got|became|remained|stayed|lost|gained)
             \b[^,;()\[\]%]{{0,70}}?))
        (?=\s*(?:[,;(\[.–—]|(?<=\s)-\s|$|\bin\s+the\b|\b(?:as\s+)?compared\b|\bvs\b|\bversus\b|\bthan\b|\bwith\b|
              \bafter\b|\bat\s+\d|\bby\s+(?:day|week|month)))""",
        regex.IGNORECASE | regex.VERBOSE,
    )


def _counted_predicate(sentence: SentenceMentions, draft: _Draft, zone_start: int) -> str:
    """The predicate of a clause that opens with its count ("Five of nine lambs ... died ...")."""
    first = min(draft.values, key=lambda v: v.start)
    base = sentence.start
    lead = sentence.norm[max(zone_start, sentence.start) - base : first.start - base]
    if (arm := _LEAD_ARM.match(lead)) is not None:
        lead = lead[arm.end() :]  # "In the placebo arm, 32 of 150 patients relapsed"
    spelled = not _DIGIT.search(sentence.norm[first.start - base : first.end - base])
    if _LETTERS.search(lead) or (first.events is None and not spelled):
        return ""
    at = first.end - base
    if spelled and first.events is None:
        # "Four in ten patients on the drug saw their migraine days halved": a spelled share
        # opens the clause; the people's name, then what they did
        masked = _mask_brackets(sentence.norm[at : at + 200])
        for word in itertools.islice(_WORD_START.finditer(masked), 6):
            said = _counted_clause().match(masked[word.start() :])
            if said is not None and not _ARMISH.search(said.group("object")):
                begin = at + word.start()
                return _take(sentence, begin + said.start("object"), begin + said.end("object"))
        return ""
    found = _counted_clause().match(sentence.norm[at:])
    if found is None or _ARMISH.search(found.group("object")):
        return ""
    return _take(sentence, at + found.start("object"), at + found.end("object"))


def _sentence_subject(sentence: SentenceMentions) -> str:
    """The noun phrase a sentence opens with, when it is no arm and no pronoun."""
    lead = sentence.norm
    while (shorter := _LEADING_COMPARATIVE.sub("", _DISCOURSE.sub("", lead))) != lead:
        lead = shorter
    offset = len(sentence.norm) - len(lead)
    end = _SUBJECT_END.search(_mask_brackets(lead))
    if end is None:
        return ""
    phrase = _take(sentence, offset, offset + end.start())
    if (
        not phrase
        or _ARMISH.search(phrase)
        or _PRONOUN_SUBJECT.match(phrase)
        or _DIGIT.search(phrase)
    ):
        return ""
    return phrase


def _timepoint(
    sentence: SentenceMentions, zone: tuple[int, int], draft: _Draft | None = None
) -> str | None:
    """The timepoint in the record's clause, else the sentence's only one."""
    inside = [t for t in sentence.times if not t.is_duration and zone[0] <= t.start < zone[1]]
    if draft is not None and draft.heads() and zone[0] > sentence.start:
        # "by 17.7 points at month 6 and by 31.0 points at month 12": after an earlier record,
        # a time written right after this record's numbers is its own
        first = min(draft.heads())
        after = [t for t in inside if t.start >= first]
        before = [t for t in inside if t.start < first]
        if after and before:
            return after[0].text
    if inside:
        return inside[0].text
    every = {t.text for t in sentence.times if not t.is_duration}
    return every.pop() if len(every) == 1 else None


# ---------------------------------------------------------------- direction and significance


@cache
def _control_people() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    people = rf"(?:{people_nouns()}|those)"
    arm = r"(?:on|in|given|receiving|taking|using|assigned\s+to|allocated\s+to)\s+(?:the\s+)?(?P<name>[^,;.()]{1,40}?)"
    after = regex.compile(
        rf"\s+(?:as\s+many\s+|more\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{people}\s+{arm}\s+"
        r"(?:needed|had|were|was|developed|reported|required|experienced|got|did|died|stopped)\b",
        regex.I,
    )
    before = regex.compile(rf"\b{people}\s+{arm}\s+(?:were|was)\s+$", regex.I)
    return after, before


def _control_counted(
    sentence: SentenceMentions, effect: EffectMention, context: DocumentContext
) -> bool:
    """A multiple whose people are the control arm's ("three times as many on placebo")."""
    after, before = _control_people()
    found = after.match(sentence.norm, effect.end - sentence.start) or before.search(
        sentence.norm, max(0, effect.start - sentence.start - 80), effect.start - sentence.start
    )
    if found is None:
        return False
    name = found.group("name")
    # the document's own control ("4% on the base" before "children on the base cream")
    return control_strength(name) > 0 or any(_word_in(word, name) for word in context.controls)


_CONCESSIVE_NS = regex.compile(
    r",?\s+(?:though|although|but)\s+(?:the|this|that|it|these)\s*(?:gap|difference|differences|"
    r"increase|reduction|decrease|effect|trend)?\s+(?:was|were|did|is)\s+not\s+(?:statistically\s+)?"
    r"significant|,?\s+(?:though|although|but)\s+(?:the|this)\s+(?:gap|difference)\s+did\s+not\s+reach",
    regex.I,
)


def _significance(sentence: SentenceMentions, draft: _Draft, zone: tuple[int, int]) -> bool | None:
    if draft.pvalue is not None:
        p = draft.pvalue
        if p.operator in {Operator.LT, Operator.LE}:
            return p.value <= _ALPHA
        if p.operator in {Operator.GT, Operator.GE}:
            return False
        return p.value < _ALPHA
    if _cues_between(sentence, zone[0], zone[1], CueKind.NOT_SIGNIFICANT):
        return False
    tail = _CONCESSIVE_NS.search(sentence.norm, zone[1] - sentence.start)
    if tail is not None and tail.start() == zone[1] - sentence.start:
        return False  # "8% versus 5%, though the gap was not statistically significant"
    for cue in _cues_between(sentence, zone[0], zone[1], CueKind.SIGNIFICANT):
        before = sentence.norm[max(0, cue.start - sentence.start - 30) : cue.start - sentence.start]
        if not _NEGATED_SIG.search(before):
            return True
    if _cues_between(sentence, zone[0], zone[1], CueKind.NO_CHANGE) and draft.pvalue is None:
        text = sentence.norm[zone[0] - sentence.start : zone[1] - sentence.start].lower()
        if "significant" in text:
            return False
    return None


def _direction(
    sentence: SentenceMentions, draft: _Draft, zone: tuple[int, int], context: DocumentContext
) -> Direction | None:
    own = [
        c
        for c in _cues_between(sentence, zone[0], zone[1], CueKind.NO_CHANGE)
        if (
            c.start < draft.end or not _INTRODUCES_NEXT.match(sentence.norm, c.end - sentence.start)
        )
        and not (
            c.start >= draft.end
            and _CONTRAST_CLAUSE.search(
                sentence.norm[draft.end - sentence.start : c.start - sentence.start]
            )
        )
        and not _control_only_claim(sentence, c)
    ]  # "(-0.7 vs 1.0 kg) with no significant differences in fat mass (...)": the next one's;
    # "(P = .03), whereas the clarimidine rate (39.8%) was not significantly different": another's
    if own:
        return Direction.NO_CHANGE
    if len(draft.values) >= 2:
        a, b = draft.values[0].value, draft.values[1].value
        if a is not None and b is not None and a != b:
            return _compare(a, b)
    if draft.effect is not None:
        value = draft.effect.value
        if _claimed_null(sentence, draft):
            # "was ineffective relating to all primary outcomes (respectively, OR 1.06 [95% IC
            # 0.76-1.46]; ...)": a stated null the interval agrees with
            return Direction.NO_CHANGE
        if draft.effect.measure is EffectMeasure.FOLD_DIFFERENCE and _control_counted(
            sentence, draft.effect, context
        ):
            # "three times as many children on the base cream needed rescue treatment": the
            # control's multiple of the treated arm
            return Direction.DECREASE if value > 1 else Direction.INCREASE
        if draft.effect.measure in _RATIOS:
            return _compare(value, 1.0)
        if draft.effect.measure is not EffectMeasure.NNT:
            moved = _compare(value, 0.0)
            if _control_leads_comparison(sentence, context) and moved in _FLIPPED:
                # "more sputum (mean difference 4.4 g) with usual ACTs than with HFCWO": the
                # difference is the control's over the treatment
                return _FLIPPED[moved]
            return moved
        window = sentence.norm[zone[0] - sentence.start : zone[1] - sentence.start]
        return Direction.DECREASE if _PREVENT.search(window) else Direction.INCREASE
    if len(draft.values) >= 2:
        a, b = draft.values[0].value, draft.values[1].value
        if a is not None and b is not None:
            return _compare(a, b)
    first = draft.values[0] if draft.values else None
    if first is not None and first.value is not None:
        if first.measure is Measure.FOLD_CHANGE:
            # "a 2.1-fold decrease", "decreased 2.1-fold": the cue beside the number
            decrease = _cues_between(
                sentence, first.start - 25, first.end + 15, CueKind.DECREASE
            ) and not _cues_between(sentence, first.start - 25, first.end + 15, CueKind.INCREASE)
            return Direction.DECREASE if decrease or first.value < 1 else Direction.INCREASE
        if first.measure in _CHANGES:
            return _compare(first.value, 0.0)
    window = sentence.norm[zone[0] - sentence.start : zone[1] - sentence.start]
    found: Direction | None = None
    if (better := _BETTER_AT.search(window)) is not None:
        # "letrozole was significantly more effective than tamoxifen in reducing tumor
        # proliferation": the treatment does better at moving the outcome the named way
        found = Direction.DECREASE if better.group("down") else Direction.INCREASE
    elif cues_found := [
        c
        for c in sentence.cues
        if zone[0] <= c.start < zone[1] and c.kind in {CueKind.INCREASE, CueKind.DECREASE}
    ]:
        found = Direction.INCREASE if cues_found[0].kind is CueKind.INCREASE else Direction.DECREASE
    if found is not None and not draft.values and _control_leads_comparison(sentence, context):
        # "higher in group M than in group KM (P < 0.01)" of a trial of adding ketamine (KM):
        # the comparison is the control's over the treatment
        return _FLIPPED[found]
    return found


_CONTRAST_CLAUSE = regex.compile(r"\b(?:whereas|while|but|however|although)\b", regex.I)
# "..., with negligible change in the placebo group": the control arm's own change, no claim
# that the arms did not differ
_IN_ONE_ARM = regex.compile(
    r"\s*(?:changes?\s+)?(?:in|with|on|among)\s+(?:the\s+)?(?P<arm>[\w+/-]+(?:\s+[\w+/-]+){0,2}?)"
    r"(?:\s+(?:group|arm))?(?=\s*(?:[,;.)]|$))",
    regex.I,
)


def _control_only_claim(sentence: SentenceMentions, cue: CueMention) -> bool:
    found = _IN_ONE_ARM.match(sentence.norm, cue.end - sentence.start)
    return found is not None and control_strength(found.group("arm")) > 0


_BETTER_AT = regex.compile(
    r"\b(?:more\s+(?:effective|efficacious|successful|potent)|better|superior|greater\s+efficacy)\b"
    r"[^;.]{0,60}?\b(?:in|at|for)\s+(?:the\s+)?(?:\w+ly\s+)?"
    r"(?:(?P<down>reduc(?:ing|tion\s+of)|lower(?:ing)?|decreas(?:ing|e\s+of)|prevent(?:ing|ion\s+of)|"
    r"reli(?:ef\s+of|eving)|control(?:ling)?|suppress(?:ing|ion\s+of)|shorten(?:ing)?)"
    r"|(?P<up>increas(?:ing|e\s+of)|improv(?:ing|ement\s+of)|rais(?:ing)|promot(?:ing|ion\s+of)|prolong(?:ing)?))\b",
    regex.I,
)
_THAN_ARMS = regex.compile(
    r"\b(?:more|greater|higher|larger|longer|less|lower|fewer|smaller|shorter)\b[^;]{0,160}?"
    r"\b(?:with|in|for|among|on)\s+(?:the\s+)?(?P<a>[^,;()\d]{2,40}?)\s+than\s+"
    r"(?:with\s+|in\s+|for\s+|among\s+|on\s+)?(?:the\s+)?(?P<b>[^,;()\d]{2,40}?)(?=\s*[,;.(]|\s*$)",
    regex.I,
)

# "The time to discharge in group M was longer than in group KM"
_ARM_THEN_THAN = regex.compile(
    r"\b(?:with|in|for|among|on)\s+(?:the\s+)?(?P<a>[^,;()\d]{2,40}?)\s+(?:was|were|is|are)\s+"
    r"(?:(?:significantly|statistically|much|far|slightly)\s+)*"
    r"(?:more|greater|higher|larger|longer|less|lower|fewer|smaller|shorter|better|worse)\s+than\s+"
    r"(?:with\s+|in\s+|for\s+|among\s+|on\s+)?(?:the\s+)?(?:that\s+of\s+(?:the\s+)?)?"
    r"(?P<b>[^,;()\d]{2,40}?)(?=\s*[,;.(]|\s*$)",
    regex.I,
)


def _control_leads_comparison(sentence: SentenceMentions, context: DocumentContext) -> bool:
    """ "... with usual ACTs than with HFCWO": the arm before "than" is the control, by its
    name or by what the document calls its control and its treated arms."""
    found = _THAN_ARMS.search(sentence.norm) or _ARM_THEN_THAN.search(sentence.norm)
    if found is None:
        return False

    def control(name: str) -> bool:
        return control_strength(name) > 0 or any(_word_in(c, name) for c in context.controls)

    def treated(name: str) -> bool:
        return any(_word_in(t, name) for t in context.treatments)

    a, b = found.group("a"), found.group("b")
    return (control(a) and not control(b)) or (treated(b) and not treated(a) and not control(b))


def _beside(sentence: SentenceMentions, cue: CueMention, outcome: str) -> bool:
    """ "improvements in X", "X improved": the cue word is said of the outcome itself."""
    at = sentence.norm.lower().find(outcome.lower())
    if at < 0 or not outcome:
        return False
    cue_start, cue_end = cue.start - sentence.start, cue.end - sentence.start
    if 0 <= at - cue_end <= 40 or 0 <= cue_start - (at + len(outcome)) <= 25:
        return True
    # "improvements in X (p = 0.046) and the Y score (p = 0.048)": a later item of its list
    between = _mask_brackets(sentence.norm[cue_end:at])
    return 0 <= at - cue_end <= 160 and _LIST_OF_OBJECTS.fullmatch(between) is not None


_LIST_OF_OBJECTS = regex.compile(
    r"\s+(?:(?:in|on|of|for)\s+)?(?:(?!(?:but|whereas|while|although|however|except|with|without|not|"
    r"no|was|were|is|are|had|did)\b)[^;.])*?(?:,|\band\b|\bor\b)\s*(?:and\s+|or\s+)?(?:the\s+)?"
    r"(?:[^\W\d_][\w-]*\s+)?",
    regex.I,
)


def _improves_downward(sentence: SentenceMentions, outcome: str) -> bool:
    """ "improvements in pain": a word of valence said of an outcome that improves as it falls."""
    return any(
        c.kind in {CueKind.INCREASE, CueKind.DECREASE}
        and improves_downward(outcome, c.text)
        and _beside(sentence, c, outcome)
        for c in sentence.cues
    )


def _cues_name_outcome(sentence: SentenceMentions, zone: tuple[int, int], outcome: str) -> bool:
    """Every increase/decrease word of the zone is part of the outcome's name."""
    moving = [
        c
        for c in sentence.cues
        if zone[0] <= c.start < zone[1] and c.kind in {CueKind.INCREASE, CueKind.DECREASE}
    ]
    named = outcome.lower()
    return bool(moving) and all(c.text.lower() in named for c in moving)


def _claimed_null(sentence: SentenceMentions, draft: _Draft) -> bool:
    """A no-change claim earlier in the sentence, and the effect's CI spans the null."""
    effect = draft.effect
    if effect is None or effect.ci is None or effect.ci.low is None or effect.ci.high is None:
        return False
    null = 1.0 if effect.measure in _RATIOS else 0.0
    if not effect.ci.low <= null <= effect.ci.high:
        return False
    claims = [c for c in sentence.cues if c.kind is CueKind.NO_CHANGE and c.end <= draft.start]
    if not claims:
        return False
    moved = _cues_between(sentence, claims[-1].end, draft.start, CueKind.INCREASE)
    moved += _cues_between(sentence, claims[-1].end, draft.start, CueKind.DECREASE)
    return not moved


_INTRODUCES_NEXT = regex.compile(
    r"\s+(?:were\s+(?:seen|found|observed)\s+)?(?:in|for)\s+"
    r"(?!(?:the\s+)?(?:two\s+|2\s+|three\s+|both\s+|treatment\s+|study\s+)?(?:groups|arms)\b|both\b)"
    r"[^\W\d_]",  # not "similar in the two groups"
    regex.I,
)


def _compare(value: float, reference: float) -> Direction:
    if value > reference:
        return Direction.INCREASE
    if value < reference:
        return Direction.DECREASE
    return Direction.NO_CHANGE
