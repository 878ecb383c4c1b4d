"""Statistics: p-values, intervals (CI, IQR, range, SD, SE), labelled effects, group sizes.

Each finder takes the normalised sentence (``outcomes.numbers.normalise``) and the
sentence's offset in the input, and returns mentions with input offsets. Patterns are
composed from small named-group pieces and compiled once.
"""

from __future__ import annotations

from functools import cache

import regex

from outcomes.cues import people_nouns
from outcomes.lexicon import effect_labels
from outcomes.mentions import CountMention, EffectMention, IntervalMention, PValueMention
from outcomes.numbers import (
    currency_of,
    normalise,
    parse_exponent,
    parse_number,
    parse_word_number,
)
from outcomes.records import EffectMeasure, IntervalKind, Operator
from outcomes.units import unit_after, with_period

# "(- 35.94 ± 11.38 vs. - 30.07": a minus set off by a space, after a bracket or a link word
_SPACED_MINUS = r"(?<=(?:[(\[,:;=]|\bvs\.?|\bversus|\bof|\bwas|\bwere)\s?)-\ (?=\d)"


def num(name: str) -> str:
    """A named-group numeral piece: "-1,234.5", ".03", "20 211", "- 0.5"."""
    return (
        # "95% CI-0.9 to 15.9": a minus glued to the CI label
        rf"(?P<{name}>(?:(?<=\bCI)-(?=\.?\d)|(?<![\w.])(?:(?<![\w)\]%])[-+]|{_SPACED_MINUS})?)"
        r"(?:[£$€]\ ?)?(?=\.?\d)"
        r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\ \d{3})+(?![\d.,%])|\d+)?(?:\.\d+)?)"
    )


RANGE_SEP = r"\s*(?:-|to|,(?=\s)|;|and|through|–)\s*"  # "1,607" is a thousand, "1, 6" a range
_NOT_REACHED = r"not\s+(?:reached|estimable|estimated|evaluable|calculable)|NR|NE|NA"

_OPERATORS = {
    "=": Operator.EQ,
    ":": Operator.EQ,
    "<": Operator.LT,
    "<<": Operator.LT,
    ">": Operator.GT,
    "≤": Operator.LE,
    "<=": Operator.LE,
    "=<": Operator.LE,
    "≥": Operator.GE,
    ">=": Operator.GE,
    "=>": Operator.GE,
    "less than": Operator.LT,
    "lower than": Operator.LT,
    "below": Operator.LT,
    "under": Operator.LT,
    "greater than": Operator.GT,
    "more than": Operator.GT,
    "above": Operator.GT,
    "of": Operator.EQ,
    "was": Operator.EQ,
    "is": Operator.EQ,
    "were": Operator.EQ,
    "equal to": Operator.EQ,
}

_PVALUE = regex.compile(
    r"""
    (?<![A-Za-z])
    (?P<label>[Pp](?![A-Za-z])(?:\s?-?\s?values?)?
        (?:\s*\(?(?:for|of)\s+(?P<test>[A-Za-z-]+(?:\s[A-Za-z-]+){0,2}?)\)?(?=\s*[=<>≤≥:]|\s+(?:was|of|is)\b))?
        (?:\s?(?P<sub>[a-z]{2,12}))?      # P_trend written "P trend", "Pinteraction"
    )
    \s*
    (?:
        (?P<op><=|>=|=<|=>|<<|≤|≥|<|>|=|:)\s*(?:(?P<opw2>less\ than|greater\ than)\s+)?
      | \s+(?P<opw>(?:was|is|were|of)(?:\s+(?:less\ than|lower\ than|below|under|greater\ than|more\ than|above|equal\ to))?|less\ than|below|greater\ than)\s+
      | \s+(?=0?\.\d)                                                   # "(p 0.03)", "P-value 0.008"
    )
    (?:(?P<split>0\.\ \d{2,5}(?![\d.]))                             # "p = 0. 003": a broken decimal
      | """
    + num("value")
    + r"""
        (?:\s?[x×\*]\s?10\s?\^?\s?(?P<exp>[-⁻]?\s?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+))?
        (?:\s?[eE]\s?(?P<eexp>-\s?\d+))?
      | (?P<ns>NS|ns|n\.s\.)
    )
    """,
    regex.VERBOSE,
)

_TEST_AFTER = regex.compile(
    r"\s*(?:for|of)\s+(?:the\s+)?(?P<test>non-?\s?inferiority|noninferiority|equivalence|interaction|trend|heterogeneity|superiority)",
    regex.IGNORECASE,
)
_NON_SUPERIORITY_TESTS = ("inferior", "equivalen", "interaction", "trend", "heterogen", "linear")


_SIGNIFICANCE_RULE = regex.compile(
    r"\bconsidered\s+(?:to\s+(?:be|indicate)\s+)?(?:statistically\s+)?significan|\bsignificance\s+(?:level|threshold)|"
    r"\b(?:was|were)\s+set\s+at\b|\balpha\b|\bα\s?=",
    regex.IGNORECASE,
)


def find_pvalues(norm: str, offset: int) -> list[PValueMention]:
    """P-values: "p<0.001", "P = .03", "p-value of 0.04", "P≤0.05", "P for trend = 0.2".

    >>> [(m.operator.value, m.value) for m in find_pvalues("x (p<0.01) and P = .03", 0)]
    [('<', 0.01), ('=', 0.03)]
    >>> find_pvalues("P for non-inferiority < 0.001", 0)[0].test
    'non-inferiority'
    """
    found: list[PValueMention] = []
    if _SIGNIFICANCE_RULE.search(norm):
        return found  # "P < 0.05 was considered significant": a method, not a result
    for match in _PVALUE.finditer(norm):
        if match.group("ns"):
            continue
        split = match.group("split")
        value = parse_number(split.replace(" ", "") if split else match.group("value") or "")
        if value is None:
            continue
        exponent = match.group("exp") or match.group("eexp")
        if exponent:
            power = parse_exponent(exponent.replace(" ", ""))
            if power is None:
                continue
            value *= 10.0**power
        if value < 0 or value > 1:
            continue
        op_text = (match.group("op") or match.group("opw") or "=").strip()
        qualifier = match.group("opw2")
        if qualifier:
            op_text = qualifier
        words = op_text.split(maxsplit=1)
        if len(words) == 2 and words[0] in {"was", "is", "were", "of"}:
            op_text = words[1]
        operator = _OPERATORS.get(op_text, Operator.EQ)
        test = match.group("test") or match.group("sub")
        if test is None and (after := _TEST_AFTER.match(norm, match.end())) is not None:
            test = after.group("test")  # "P<0.001 for non-inferiority"
        found.append(
            PValueMention(
                start=offset + match.start(),
                end=offset + match.end(),
                operator=operator,
                value=value,
                test=test.lower() if test else None,
            )
        )
        # "(P-value: .828, and .210, respectively)": further p-values after the first
        at = match.end()
        while (more := _MORE_PVALUES.match(norm, at)) is not None:
            extra = parse_number(more.group("value"))
            if extra is None or extra > 1:
                break
            found.append(
                PValueMention(
                    start=offset + more.start("value"),
                    end=offset + more.end("value"),
                    operator=operator,
                    value=extra,
                    test=test.lower() if test else None,
                )
            )
            at = more.end()
    return found


_MORE_PVALUES = regex.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<value>0?\.\d+)(?=\s*(?:,?\s*respectively\b|\)|,|\s+and\b))"
)


def is_superiority(p: PValueMention) -> bool:
    """False for p-values of non-inferiority, interaction, trend or heterogeneity tests."""
    return p.test is None or not any(word in p.test for word in _NON_SUPERIORITY_TESTS)


_CI = regex.compile(
    r"""
    (?:(?P<level>\d{2}(?:\.\d+)?)\s?(?:%|percent|per\ cent)\s?)?
    (?P<label>CI|C\.I\.|CrI|UI|(?<=\d\s?%\s?)(?:IC|CL)|(?i:confidence\ intervals?|credible\ intervals?|confidence\ limits?|uncertainty\ intervals?))
    (?:\s(?P<level2>\d{2})\s?%)?                                   # "CI 95% 0.37-0.82"
    (?:\s*[\[(](?:CI|CrI|CL)[\])]|,\s?(?:CI|CrI)(?=\s?:))?              # "confidence interval [CI]", "limit (CL)"
    \s*(?:[,:;=]\s*|\s(?:of|was|were|from|between|at|ranging\ from)\s+)?(?:\(\s*|\[\s*)?
    """
    + num("low")
    # "95% CI 16% to 45%", "95% CI -56.5 cm2 to -6.3 cm2": the low bound's unit
    + r"(?:\s?%|\s(?!(?:to|and|through)\b)[a-zA-Zµ][a-zA-Zµ/]{0,6}[²³23]?(?=\s(?:-|to|–)\s))?"
    + RANGE_SEP
    + r"(?:"
    + num("high")
    + r"(?:\s?%)?"
    + rf"|(?P<open>{_NOT_REACHED}))",
    regex.VERBOSE,
)

_SPREAD = regex.compile(
    r"""
    (?P<label>IQR|interquartile\ range|inter-quartile\ range|Q1-Q3|Q1\ to\ Q3|range
      |25(?:th)?\s?(?:-|to|and|,)\s?75(?:th)?\s+(?:percentiles?|centiles?))  # "(25th-75th percentile 4-9)"
    (?:\s*[\[(]IQR[\])])?                                          # "interquartile range [IQR], 8.0-31.0"
    \s*(?:[,:=]\s*|\s(?:of|was|from)\s+)?
    """
    + num("low")
    + RANGE_SEP
    + num("high"),
    regex.VERBOSE | regex.IGNORECASE,
)

# "(25th percentile of 40 mL and 75th percentile of 130 mL)": the quartiles written apart
_PERCENTILES = regex.compile(
    r"\b25(?:th)?\s+(?:percentile|centile)\s*(?:[,:=]\s*|\s(?:of|was|at)\s+)?"
    + num("low")
    + r"(?:\s?[a-zA-Zµ/%]{1,8})?\s*(?:,|;|and)\s*(?:the\s+)?75(?:th)?\s+(?:percentile|centile)\s*"
    r"(?:[,:=]\s*|\s(?:of|was|at)\s+)?" + num("high") + r"(?:\s?[a-zA-Zµ/%]{1,8}(?![\w/]))?",
    regex.IGNORECASE,
)

_BARE_UNIT = r"(?:\s?%|\s?(?!(?:vs|versus|and|or|to|v)\b)[a-zA-Zµ/]{1,12}(?:/[a-zA-Z0-9]{1,6})?)?"
# "(84-114 hours)" or "[0.60, 0.94]" right after a value: an interval without its label.
_COMMA_RANGE = regex.compile(
    r"(?<=\d\s?(?:[A-Za-z%/]{1,12}|%)),\s*"
    + num("low")
    + r"\s*(?:-|to)\s*"
    + num("high")
    + r"(?=\s*[;)\]]|\s*,\s*(?:vs\.?|v\.?|versus|p\s?[=<>]))",
    regex.I,
)
_BARE_RANGE = regex.compile(
    r"(?<=[\d%\w]\s?)[(\[]\s*"
    + num("low")
    + _BARE_UNIT
    + r"\s*(?:-|to|,(?=\s)|;)\s*"
    + num("high")
    + _BARE_UNIT
    # "3·9 months (3·4–4·5; HR 0·71 ...)": the bracket may go on with the contrast
    + r"\s*(?:[)\]]|;(?=\s*(?:a?HR|a?OR|a?RR|IRR|[pP]\s?[=<>≤]|difference|hazard|odds|risk)))"
)
_COUNT_AND_SHARE = regex.compile(r"[(\[]\s*\d{1,6}\s*,\s*\d+(?:\.\d+)?\s?%\s*[)\]]")
_HEADER_IQR = regex.compile(
    r"\b(?:IQR|interquartile|inter-quartile|quartiles?)\b", regex.IGNORECASE
)
_HEADER_RANGE = regex.compile(r"\brange\b", regex.IGNORECASE)
_HEADER_CI = regex.compile(
    r"(?:(?P<level>\d{2}(?:\.\d+)?)\s?%\s?)?(?:CI|C\.I\.|confidence\ interval|credible\ interval)",
    regex.IGNORECASE,
)
_HEADER_MEDIAN = regex.compile(r"\bmedian\b", regex.IGNORECASE)

_SE_HEADER = regex.compile(
    r"±\s?(?:SE|SEM|S\.E\.)\b|\((?:SE|SEM)\)|standard\ errors?", regex.IGNORECASE
)
_SD_HEADER = regex.compile(r"\b(?:mean|means)\s*\(\s*(?:SD|SE|SEM|s\.d\.)\s*\)", regex.IGNORECASE)
_SE_IN_HEADER = regex.compile(r"[(\[]\s*(?:SE|SEM)\s*[)\]]", regex.IGNORECASE)
_BRACKETED_SD = regex.compile(
    r"(?<=\d(?:\s?%|\s?[A-Za-zµ/²³]{1,8}(?:/[A-Za-zµ²³]{1,4})?)?\s?)\(\s*" + num("sd") + r"\s*\)"
)
# "(mean [SD], 1,021 [624] mg/d vs 800 [433] mg/d": the header's square brackets
_SQUARE_SD_HEADER = regex.compile(r"\b(?:mean|means)\s*\[\s*(?:SD|SE|SEM)\s*\]", regex.IGNORECASE)
_SQUARE_SD = regex.compile(r"(?<=\d\s?)\[\s*" + num("sd") + r"\s*\]")
# "8.9 mm (SD 1.4) in A and 8.3 mm (1.5) in B": once one arm's SD is labelled, the others' too
_SD_LABELLED = regex.compile(r"\(\s*SD\s*[=:,]?\s*\d", regex.IGNORECASE)
_PAIRED_SD = regex.compile(
    r"(?<![\w.])-?\d+(?:\.\d+)?\s?\(\s*\d+(?:\.\d+)?\s*\)(?:[^\d();%]{0,50}?\s)?"
    r"(?:vs\.?|versus|and|compared\s+(?:with|to))\s+(?:[^\d();%]{0,40}?\s)?"
    r"-?\d+(?:\.\d+)?\s?\(\s*\d+(?:\.\d+)?\s*\)"
)

_SD = regex.compile(
    r"(?:±|\+/-|\+-|\+/−)\s*"
    + num("pm")
    + r"|(?P<label>SD|S\.D\.|standard deviation|SE|SEM|S\.E\.|standard error)"
    r"\s*(?:[,:=]\s*|\s(?:of|was)\s+)?"
    + num("sd")
    # "mean ± SEM 47 ± 1": the number after the label is the mean, its own ± follows
    + r"(?![\d.]|\s*(?:±|\+/-|\+-))",
)


def find_intervals(norm: str, offset: int) -> list[IntervalMention]:
    """CIs ("95% CI 0.48-0.81", "95% confidence interval, 1.2 to 3.1"), IQR, range, SD, SE.

    >>> m = find_intervals("(95% CI, -0.5 to -0.1)", 0)[0]
    >>> (m.kind.value, m.low, m.high, m.level)
    ('ci', -0.5, -0.1, 95.0)
    >>> find_intervals("6.7 (95% CI 5.1 to not reached)", 0)[0].high is None
    True
    >>> [(m.kind, m.low) for m in find_intervals("5.1 ± 1.2", 0)]
    [(None, 1.2)]
    """
    found: list[IntervalMention] = []
    for match in _CI.finditer(norm):
        level_text = match.group("level") or match.group("level2")
        level = parse_number(level_text) if level_text else None
        high = None if match.group("open") else parse_number(match.group("high") or "")
        low = parse_number(match.group("low"))
        if low is not None and high is not None and low > high:
            low, high = high, low  # "95% CI −0.32%, −0.55%": the bounds written high first
        found.append(
            IntervalMention(
                start=offset + match.start(),
                end=offset + match.end(),
                kind=IntervalKind.CI,
                low=low,
                high=high,
                level=level,
            )
        )
    for match in _SPREAD.finditer(norm):
        label = match.group("label").lower()
        kind = IntervalKind.RANGE if label == "range" else IntervalKind.IQR
        found.append(
            IntervalMention(
                start=offset + match.start(),
                end=offset + match.end(),
                kind=kind,
                low=parse_number(match.group("low")),
                high=parse_number(match.group("high")),
            )
        )
    for match in _PERCENTILES.finditer(norm):
        found.append(
            IntervalMention(
                start=offset + match.start(),
                end=offset + match.end(),
                kind=IntervalKind.IQR,
                low=parse_number(match.group("low")),
                high=parse_number(match.group("high")),
            )
        )
    labelled = list(found)
    for match in _BARE_RANGE.finditer(norm):
        start, end = offset + match.start(), offset + match.end()
        if any(m.start <= start < m.end or start <= m.start < end for m in labelled):
            continue
        if (
            _COUNT_AND_SHARE.fullmatch(match.group())
            and norm[: match.start()].rstrip()[-1:].isalpha()
        ):
            continue  # "with placebo (18, 22.5%)": a count and its share, after an arm's name
        kind, level = IntervalKind.CI, None
        if header := _HEADER_CI.search(norm):
            level = parse_number(header.group("level")) if header.group("level") else None
        elif _HEADER_IQR.search(norm) or _HEADER_MEDIAN.search(norm):
            kind = IntervalKind.IQR
        elif _HEADER_RANGE.search(norm):
            kind = IntervalKind.RANGE
        low, high = parse_number(match.group("low")), parse_number(match.group("high"))
        if low is not None and high is not None and low <= high:
            found.append(
                IntervalMention(start=start, end=end, kind=kind, low=low, high=high, level=level)
            )
    for match in _COMMA_RANGE.finditer(norm):
        # "(erlotinib, 3.7 months, 95% CI 3.2-4.2, vs placebo, 3.6 months, 3.2-3.9; ...)",
        # "(median 4 days, interquartile range 0-12, v 7 days, 1-20)": the second arm's interval
        # written like the first, without its label
        start, end = offset + match.start("low"), offset + match.end("high")
        earlier = [
            m for m in labelled if m.kind is not None and m.end <= start and start - m.end < 80
        ]
        low, high = parse_number(match.group("low")), parse_number(match.group("high"))
        if (
            earlier
            and low is not None
            and high is not None
            and low <= high
            and not any(m.start <= start < m.end or start <= m.start < end for m in found)
        ):
            found.append(
                IntervalMention(
                    start=start,
                    end=end,
                    kind=earlier[-1].kind,
                    low=low,
                    high=high,
                    level=earlier[-1].level,
                )
            )
    plus_minus_is_se = _SE_HEADER.search(norm) is not None
    for match in _SD.finditer(norm):
        label = (match.group("label") or "").upper()
        is_se = label.startswith(("SE", "S.E", "STANDARD E")) or (not label and plus_minus_is_se)
        value = parse_number(match.group("pm") or match.group("sd") or "")
        found.append(
            IntervalMention(
                start=offset + match.start(),
                end=offset + match.end(),
                kind=IntervalKind.SE if is_se else None,
                low=value,
                high=None,
            )
        )
    # "Mean (SD) distance was 412 (68) m": a bracketed number after a value is its SD; so
    # is each of "21 (11) vs. 9 (4) minutes", two arms written alike.
    sd_header = _SD_HEADER.search(norm) is not None or _SD_LABELLED.search(norm) is not None
    paired = [m.span() for m in _PAIRED_SD.finditer(norm)]
    square = _SQUARE_SD_HEADER.search(norm) is not None
    if sd_header or paired or square:
        bracketed = list(_BRACKETED_SD.finditer(norm))
        if square:
            sd_header = True
            bracketed = sorted([*bracketed, *_SQUARE_SD.finditer(norm)], key=lambda m: m.start())
        for match in bracketed:
            start = offset + match.start()
            inside = any(a <= match.start() < b for a, b in paired)
            if (sd_header or inside) and not any(m.start <= start < m.end for m in found):
                found.append(
                    IntervalMention(
                        start=start,
                        end=offset + match.end(),
                        kind=IntervalKind.SE if _SE_IN_HEADER.search(norm) else None,
                        low=parse_number(match.group("sd")),
                        high=None,
                    )
                )
    return sorted(found, key=lambda m: m.start)


@cache
def _effect_pattern() -> regex.Pattern[str]:
    groups = []
    for index, label in enumerate(effect_labels().labels):
        # Verbose mode ignores blanks: spell a label's spaces as "\ ".
        # Spelled-out labels match in any case ("Hazard Ratio"); abbreviations keep theirs.
        alternatives = "|".join(
            f"(?i:{p.replace(' ', chr(92) + ' ')})" if p == p.lower() else p.replace(" ", r"\ ")
            for p in label.patterns
        )
        groups.append(rf"(?P<m{index}>{alternatives})")
    labels = "|".join(groups)
    return regex.compile(
        rf"""
        (?<![\w-])(?i:(?:adjusted\s+proportional|adjusted|unadjusted|crude|annuali[sz]ed|estimated|pooled|overall|stratified|common|marginal|proportional)\s+)?
        (?:{labels})(?![\w-])
        (?:\s*[\[(](?:a?HR|a?OR|a?RR|IRR|RD|MD|ARR|NNT|[a-z]?[A-Z]{{2,4}})[\])])?   # "(HR)"
        (?:\s*\((?=[^()\d]{{0,60}}(?:\b(?:vs\.?|versus|compared|minus)\b|[^\W\d_]\s?[-–−]\s?[^\W\d_]))[^()\d]{{3,60}}\))?   # "(A vs. B)", "(active – placebo)"
        (?:\s*[\[(]\s*(?P<hlevel>\d{{2}})\s?%\s?CI\s*[\])])?                    # "[95%CI]"
        (?i:\s+(?:from|vs\.?|versus|compared\ (?:with|to)|relative\ to)\s+(?:the\s+)?   # "difference from placebo:"
            (?:placebo|sham|controls?|usual\ care|standard\ care|vehicle|[^\W\d_][\w-]*)(?:\s+(?:group|arm))?(?=\s*[:,=(\[]|\s+(?:was|were|of|is)\b|\s+[-−]?\d))?
        (?:
            \s+(?:for|of|in)\s+(?P<for2>(?:(?!\b(?:than|least|most|about|around|approximately|roughly|some|estimated|nearly|almost|up|was|were|is)\b)[^,;:()\[\]=<>\d]){{1,40}}?)\s+(?=[-\d])     # "HR for death 0.96"
          | \s+(?:for|of|in|between|to\s+(?:prevent|avoid|avert|achieve|save|cause|gain|obtain)
                (?:\s+(?:one|1|an?)(?:\s+additional)?)?)
            \s+(?P<for>[^,;:()\[\]=<>]{{1,60}}?)                           # "for death"
            (?:\s*\((?:95|90|99)%?\s*(?:CI|confidence\ intervals?)[^()]{{0,12}}\))?      # "(95% CI)"
            (?i:\s*,\s*(?:as\s+)?(?:compared\ (?:with|to)|relative\ to|versus|vs\.?)\s+      # ", as compared with placebo,"
                [^,;:()\[\]=<>\d]{{1,40}}?\s*,(?=\s*(?:was|were|is)\s))?
            (?:\s*(?:,|:|=|≈)\s*|\s+(?:was|were|is|of|reached|amounted\ to|equalled|equaled)\s+
               (?:(?:attenuated|narrowed|widened|shrunk|reduced|increased)\s+to\s+)?)   # "was attenuated to"
          | \s+between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms)(?:\s*[,:=]\s*|\s+(?:was|were|is|of)\s+|\s+)  # "difference between groups 8.4%"
          | \s+(?:with|on)\s+(?![^,;]*\bto\s+(?:prevent|avoid|avert|achieve|save|cause|gain|obtain)\b)
            [^,;:()\[\]=<>\d]{{1,60}}?\s+(?:was|were|is)\s+  # "The hazard ratio with estrogen alone was 0.92"
          | \s+for\s+(?P<for>[^,;:()\[\]=<>\d]{{61,100}}?)\s+(?:was|were|is)\s+  # a long "for ... was"
          | \s+(?:at|after|by)\s+(?:(?:month|week|day|year)\s+\d+|\d+\s+(?:years?|months?|weeks?|days?))(?:\s*[,:]\s*|\s+(?:was|were|is|of)\s+|\s+(?=[-−]?\d))  # "HR at 12 months was 0.80", "hazard ratio at 90 days 0.89"
          | \s+at\s+(?=[-−]?\d+(?:\.\d+)?(?![\d.]|\s?(?:years?|months?|weeks?|days?|hours?|%|-|–|to\b)))  # "put the odds ratio at 0.26"
          | \s+(?:had\s+|has\s+|was\s+|were\s+)?(?:narrowed|widened|shrunk|shrank|grown|grew|fallen|fell|risen|rose|dropped|declined|attenuated)\s+to\s+   # "difference had shrunk to 4.2"
          | (?:\s*(?:,|:|=|≈)\s*|\s+(?:(?:was|were|is|of)\s+)?(?:(?:was|were|is|of)\s+)?)
        )
        (?:\(\s*|\[\s*)?
        (?:(?:about|approximately|roughly|around|some|an\ estimated)\s+)?    # "of roughly 32 percent"
        (?(for2)(?=[-−+]|\d+[.·]\d))  # "HR for death 0.96", not "differences for statements 2"
        (?!\d+\s?%\s?(?:CI|confidence|credible|uncertainty)\b)  # "a difference of 7.3 points, 95% CI"
        {num("value")}
        (?(for2)(?![\d.]|,\d|\s?(?:days?|weeks?|months?|years?|hours?|%)))  # not "HR for death at 12 months"
        (?P<unit>\s?%|\s?percentage\ points?|\s?pp\b|\s?points?\b)?
        (?:\s*[\[(]\s*{num("blow")}{RANGE_SEP}{num("bhigh")}\s*[\])]
          | [,;]\s*{num("clow")}\s*(?:to|-)\s*{num("chigh")}(?![\d.])(?!\s*%)   # "(RR 0.70; 0.52-0.94)"
        )?
        """,
        regex.VERBOSE,
    )


def ci_missing(match: regex.Match[str]) -> bool:
    """No bracketed or comma CI was read right after the effect's value."""
    return match.group("blow") is None and match.group("clow") is None


_NEGATIVE_LABEL = regex.compile(r"reduction|decrease|lower", regex.IGNORECASE)

_TIMES_HIGHER = regex.compile(
    r"""
    (?<![\w.])(?P<value>\d+(?:\.\d+)?|[a-z]+)(?:\s?-\s?|\s)?(?:fold|times)\s+
    (?:(?:the|as|a)\s+)?(?:(?P<dir>higher|greater|increased|more|lower|reduced|decreased|elevated)\s+)?
    (?P<kind>odds|risk|hazard|rate|likelihood|chance)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The spelled counts of people treated: "treating seven patients", "for every twelve women"
_SPELLED_COUNT = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_NNT_PHRASE = regex.compile(
    r"(?i:treating|treat|treatment\ of)\s+(?:(?i:about|around|roughly|approximately|just|only)\s+)?(?:"
    + num("value")
    # "treating seven patients for six months would prevent one episode"
    + rf"|(?P<word1>(?i:{_SPELLED_COUNT})))"
    + r"\s+(?i:patients|people|persons|participants|women|men|children|adults|individuals)"
    r"(?:\s+\w+){0,3}?\s+(?i:would\s+|could\s+|will\s+)?(?i:avert|avoid|prevent|save|spare)s?\s+(?i:one|1|a)\b"
    r"|(?i:one|1)\s+(?:[\w-]+\s+){1,5}?(?i:was\s+|is\s+)?(?i:prevented|avoided|averted|saved|gained)\s+(?i:for\s+every)\s+"
    + r"(?:"
    + num("value2")
    # "one case ... was prevented for every seven patients treated"
    + rf"|(?P<word2>(?i:{_SPELLED_COUNT}))"
    r"(?=\s+(?i:patients|people|persons|participants|women|men|children|adults|individuals)))"
    # "about 22 people needed to receive the text for one additional person to get a shot"
    + r"|(?<![\w.])"
    + num("value3")
    + r"\s+(?i:patients|people|persons|participants|women|men|children|adults|individuals)\s+"
    r"(?i:needed|would\s+need|need)\s+to\s+(?:be\s+)?\w+(?:\s+[\w-]+){0,4}?\s+(?i:for|to\s+(?:prevent|avoid|avert))\s+"
    r"(?i:one|1|a\s+single)\b"
    # "the number needed to treat with ablation to prevent one recurrence was 3.7"
    r"|(?i:numbers?\s+needed\s+to\s+treat)(?:\s+(?!(?i:was|were|is)\b)[\w-]+){0,4}?\s+"
    r"(?i:to\s+(?:prevent|avoid|avert|keep|achieve|obtain|gain|get))"
    r"\s+(?i:one|1|a)\s+(?P<about4>[^\W\d_][\w-]*(?:\s+(?!(?i:was|were|is)\b)[\w-]+){0,4}?)\s+(?i:was|were|is)\s+"
    + num("value4"),
)

# More ways to say a number needed to treat, each naming how many people (?P<n>) are treated
# for one more to benefit or one event to be spared:
# "for every 17 people who get the texts, one extra person stops smoking", "for every 16 women
# we treated, we prevented one early birth", "about 11 patients would need the drug to prevent
# one episode", "four athletes would need to be treated for one extra return to sport", "you
# would need to treat 12 patients for a year to prevent one admission", "could prevent one case
# of delirium for every 19 patients treated", "treating seven patients would bring meaningful
# relief to one more person", "one additional patient achieved sustained response for every 6
# treated".
_NNT_COUNT = rf"(?P<n>\d+(?:\.\d+)?|{_SPELLED_COUNT})"
_NNT_ONE = r"(?:one|1|a\s+single)\s+(?:extra|more|additional|fewer|less)?"
# What the one spared or gained is, after the match: "one extra person stops smoking", "one case
# of delirium", "one more reaches remission", "one extra patient to achieve adequate relief"
_NNT_EVENT = regex.compile(
    r"""
    \s*(?:(?:cases?|episodes?)\s+of\s+)?(?:(?:[\w-]+\s+)?(?:person|patient|participant|woman|man|child|
        adult|individual|smoker|mother|infant|baby|newborn|athlete)\s+)?(?:who\s+)?(?:to\s+)?
    (?:(?:reach(?:es|ed)?|achiev(?:e|es|ed)|attain(?:s|ed)?|gets?|got|(?:re)?gain(?:s|ed)?|ha(?:ve|s|d)
        |was|were)\s+(?=\w+))?
    (?P<event>[^\W\d_][\w-]*(?:\s+(?!(?:for|than|compared|with|was|were|over|at|by|in|on|after|
        among|during|per|if|when|and\s+(?:the|it|that))\b)[\w-]+){0,5}?)
    (?=\s*(?:[,.;:)]|$|\s(?:for|than|compared|with|was|were|over|at|by|in|on|after|among|during|per)\b))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@cache
def _nnt_ways() -> regex.Pattern[str]:
    people = rf"(?:{people_nouns()}|smokers|mothers|newborns|babies|infants|athletes|drinkers)"
    approx = r"(?:(?:about|around|roughly|approximately|just|only|some)\s+)?"
    return regex.compile(
        rf"""
        \bfor\s+every\s+{approx}{_NNT_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{people}\b[^.;]{{0,60}}?,\s*
            (?:[^.;,]{{0,30}}?\s)?{_NNT_ONE}\b
        | \b(?:prevent|avert|avoid|spare|save)s?\s+(?:one|1|a\s+single)\s+
            (?P<about>(?:[\w-]+\s+){{1,6}}?)for\s+every\s+{approx}{_NNT_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{people}\b
        | \b(?:one|1)\s+(?:extra|more|additional)\s+(?P<about>(?:[\w-]+\s+){{1,7}}?)
            for\s+every\s+{approx}{_NNT_COUNT}(?:\s+{people}\b|\s+(?:treated|given|receiving)\b)
        | (?<![\w.]){approx}{_NNT_COUNT}\s+(?:[\w-]+\s+)?{people}\s+(?:would|will|need|needed|must)\s+
            (?:need\s+|have\s+)?(?:to\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?\s+
            (?:for|to\s+(?:prevent|avoid|avert|achieve|get|gain|spare))\s+{_NNT_ONE}\b
        | \bneed\s+to\s+(?:treat|coach|vaccinate|screen|[\w-]+(?:\s+(?:the\s+|a\s+)?[\w-]+){{0,3}}?\s+to)\s+{approx}{_NNT_COUNT}\s+{people}\b[^.;]{{0,40}}?\s
            (?:to\s+(?:prevent|avoid|avert|achieve|get|gain|spare)|for)\s+{_NNT_ONE}\b
        | \btreating\s+{approx}{_NNT_COUNT}\s+{people}\s+(?:would|will|could)\s+[^.;]{{1,60}}?
            \b(?:to|for)\s+(?:one|1)\s+(?:extra|more|additional)\b
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


_RATIO_MEASURES = {
    EffectMeasure.HAZARD_RATIO,
    EffectMeasure.ODDS_RATIO,
    EffectMeasure.RISK_RATIO,
    EffectMeasure.RATE_RATIO,
}

_KIND_MEASURE = {
    "odds": EffectMeasure.ODDS_RATIO,
    "risk": EffectMeasure.RISK_RATIO,
    "likelihood": EffectMeasure.RISK_RATIO,
    "chance": EffectMeasure.RISK_RATIO,
    "hazard": EffectMeasure.HAZARD_RATIO,
    "rate": EffectMeasure.RATE_RATIO,
}


def _unit_of(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip().lower()
    if raw == "%":
        return "%"
    if raw.startswith(("percentage", "pp")):
        return "pp"
    return "points"


_MORE_ESTIMATES = regex.compile(
    # "−0.2 mm Hg [95% CI, −0.7 to 0.3] and −0.5 mm Hg [...]": past the first one's own CI
    r"(?:\s*[\[(][^\[\]()]{0,40}[\])])?"
    r"(?:\s+for\s+(?:the\s+)?[^\W\d_][\w-]*(?:\s+(?:group|arm))?)?"  # "2.1 days (...) for isoflurane and 0.6 days"
    # "1.38 [95% CI 1.16, 1.65], P<0.001, and 1.21 [...]": past the first one's own p
    r"(?:\s*,\s*(?i:p)\s*(?:[<>=≤≥]|&lt;)\s*0?\.\d+(?=\s*,\s*and\s))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    + num("value")
    + r"(?=\s?(?:%|[a-zA-Zµ][a-zA-Zµ/²]{0,11}(?:\s[A-Za-z]{1,3})?)?\s*(?:,|\band\b|\)|;|respectively|\(|\[))"
    + r"(?:\s*(?:[a-zA-Zµ][a-zA-Zµ/²]{0,11}(?:\s[A-Za-z]{1,3})?\s*)?[(\[]\s*(?:(?P<level>\d{2})\s?%\s?CI\s*[,:]?\s*)?"  # its own CI
    + num("low")
    + RANGE_SEP
    + num("high")
    + r"(?:\s?[a-zA-Zµ][a-zA-Zµ/²]{0,8})?\s*(?:[)\]]|;))?"  # "(95% CI -103.9 to -6.7 mg/dl; p = 0.02)"
)
_ARMS_ONLY = regex.compile(r"\b(?:arms?|groups?|treatments?)$", regex.IGNORECASE)


def _about(match: regex.Match[str]) -> str | None:
    """What an effect label names ("for death"); none for "between treatment arms"."""
    about = (match.group("for") or match.group("for2") or "").strip()
    return None if not about or _ARMS_ONLY.search(about) else about


_CI_FOR_BEFORE = regex.compile(
    r"\b(?:CI|confidence\s+intervals?)\s+(?:for|of)\s+(?:the\s+)?$", regex.IGNORECASE
)


_UNLABELLED_ESTIMATE = regex.compile(
    r"\(\s*"
    + num("value")
    + r"(?:\s*[,;]\s*(?:95\s?%\s?CI[,:]?\s*)?|\s*\[\s*(?=[^\]]*\]\s*\)))"  # "(0.95 [0.71-1.28])"
    + num("low")
    + r"\s?(?:-|to)\s?"
    + num("high")
    + r"(?:\s*[;,]\s*[Pp]\s?[=<>≤]|\s*\]?\s*\))"  # "(1.3, 1.05-1.61, p=0.01)", "(0.91, 0.64-1.28)"
)


def find_unlabelled_estimates(norm: str, offset: int, before: str) -> list[EffectMention]:
    """ "(1·30, 1·05–1·61, p=0·017)": an estimate with its CI and no label, read as the ratio
    the text before it last named ("HR 0·94 ... (1·30, 1·05–1·61").

    >>> [(e.measure.value, e.value) for e in find_unlabelled_estimates("(1.3, 1.05-1.61, p=0.01)", 0, "HR 0.9")]
    [('hazard_ratio', 1.3)]
    """
    found: list[EffectMention] = []
    matches = list(_UNLABELLED_ESTIMATE.finditer(norm))
    if not matches:
        return found
    named = [e for e in find_effects(normalise(before[-3000:]), 0) if e.measure in _RATIO_MEASURES]
    if not named:
        return found
    measure = named[-1].measure
    for match in matches:
        value, low, high = (parse_number(match.group(g)) for g in ("value", "low", "high"))
        if value is None or low is None or high is None or not 0 < low <= value <= high:
            continue
        ci = IntervalMention(
            start=offset + match.start("low"),
            end=offset + match.end("high"),
            kind=IntervalKind.CI,
            low=low,
            high=high,
        )
        found.append(
            EffectMention(
                start=offset + match.start("value"),
                end=offset + match.end("high"),
                measure=measure,
                value=value,
                ci=ci,
                label_start=offset + match.start("value"),
            )
        )
    return found


def find_effects(norm: str, offset: int) -> list[EffectMention]:
    """Labelled effects: "HR 0.62", "odds ratio, 1.45", "3 times higher odds", "NNT 25".

    >>> [(m.measure.value, m.value) for m in find_effects("(aHR 0.62; 95% CI 0.5-0.8)", 0)]
    [('hazard_ratio', 0.62)]
    >>> e = find_effects("odds ratio 2.1 (1.3 to 3.4)", 0)[0]
    >>> (e.ci.low, e.ci.high) if e.ci else None
    (1.3, 3.4)
    >>> find_effects("had 3 times higher odds of death", 0)[0].measure.value
    'odds_ratio'
    """
    found = []
    labels = effect_labels().labels
    for match in _effect_pattern().finditer(norm):
        index = next(i for i in range(len(labels)) if match.group(f"m{i}"))
        measure = labels[index].measure
        value = parse_number(match.group("value"))
        if value is None or _CI_FOR_BEFORE.search(norm, 0, match.start()):
            continue  # "95% CI for difference, 51.3–181.2": bounds without an estimate
        unit = _unit_of(match.group("unit"))
        end = match.end()
        written = None
        if unit is None and measure not in _RATIO_MEASURES and measure is not EffectMeasure.NNT:
            written = unit_after(norm, match.end("value")) if ci_missing(match) else None
        if written is not None:
            unit, end = with_period(written[0], norm, written[1])  # "1.5 mL/min per year"
        if unit is None and measure is EffectMeasure.MEAN_DIFFERENCE:
            unit = currency_of(match.group("value"))  # "difference £427, 95% CI: £56 - £787"
        label_text = match.group(f"m{index}").lower()
        if measure is EffectMeasure.MEAN_DIFFERENCE and unit == "pp" and "mean" not in label_text:
            measure = EffectMeasure.RISK_DIFFERENCE
        if _NEGATIVE_LABEL.search(label_text) and value > 0:
            value = -value
        if measure is EffectMeasure.RISK_DIFFERENCE and unit in {None, "%"}:
            unit = "pp"
        if measure in _RATIO_MEASURES and (unit is not None or value <= 0):
            continue
        ci = None
        for low, high in (("blow", "bhigh"), ("clow", "chigh")):
            if match.group(low) is not None:
                ci = IntervalMention(
                    start=offset + match.start(low),
                    end=offset + match.end(high),
                    kind=IntervalKind.CI,
                    low=parse_number(match.group(low)),
                    high=parse_number(match.group(high)),
                    level=parse_number(match.group("hlevel")) if match.group("hlevel") else None,
                )
        found.append(
            EffectMention(
                start=offset + match.start(),
                end=offset + end,
                measure=measure,
                value=value,
                unit=unit,
                ci=ci,
                label_start=offset + match.start(),
                about=_about(match),
            )
        )
        # "mean difference 4.4 g and 6.9 g, respectively": one label, several estimates
        cursor = end
        while (more := _MORE_ESTIMATES.match(norm, cursor)) is not None:
            extra = parse_number(more.group("value"))
            if extra is None:
                break
            extra_unit = unit_after(norm, more.end("value")) if unit is not None else None
            stop = max(extra_unit[1] if extra_unit else more.end(), more.end())
            extra_ci = None
            own_level = more.group("level")
            level = parse_number(own_level) if own_level else ci.level if ci is not None else None
            if more.group("low") is not None:
                extra_ci = IntervalMention(
                    start=offset + more.start("low"),
                    end=offset + more.end("high"),
                    kind=IntervalKind.CI,
                    low=parse_number(more.group("low")),
                    high=parse_number(more.group("high")),
                    level=level,
                )
            found.append(
                EffectMention(
                    start=offset + more.start("value"),
                    end=offset + stop,
                    measure=measure,
                    value=-abs(extra)
                    if value < 0 < extra and _NEGATIVE_LABEL.search(label_text)
                    else extra,
                    unit=extra_unit[0] if extra_unit else unit,  # "-31.4 cm2 ... and -55.3 mg/dl"
                    ci=extra_ci,
                    label_start=offset + match.start(),
                )
            )
            cursor = stop
    for match in _TIMES_HIGHER.finditer(norm):
        raw = match.group("value")
        value = parse_number(raw) if raw[0].isdigit() else _fold_word(raw)
        if value is None:
            continue
        if (match.group("dir") or "").lower() in {"lower", "reduced", "decreased"}:
            value = 1 / value if value else value
        found.append(
            EffectMention(
                start=offset + match.start(),
                end=offset + match.end(),
                measure=_KIND_MEASURE[match.group("kind").lower()],
                value=value,
                label_start=offset + match.start(),
            )
        )
    for match in _NNT_PHRASE.finditer(norm):
        number = next(
            (
                str(match.group(g))
                for g in ("value", "value2", "value3", "value4")
                if match.group(g)
            ),
            "",
        )
        word = match.group("word1") or match.group("word2")
        value = parse_word_number(word) if word else parse_number(number)
        if value is not None and not any(e.start <= offset + match.start() < e.end for e in found):
            found.append(
                EffectMention(
                    start=offset + match.start(),
                    end=offset + match.end(),
                    measure=EffectMeasure.NNT,
                    value=value,
                    label_start=offset + match.start(),
                    about=match.group("about4"),
                )
            )
    labelled_nnt = any(e.measure is EffectMeasure.NNT for e in found)
    # "about six trekkers need to use the spray to prevent one case (NNT 5.7)": the label gives
    # it exactly
    ways = [] if labelled_nnt else list(_nnt_ways().finditer(norm))
    for nnt in ways:
        said: str = nnt.group("n")
        value = parse_number(said) if said[0].isdigit() else parse_word_number(said)
        if value is not None and not any(
            e.start < offset + nnt.end() and offset + nnt.start() < e.end for e in found
        ):
            found.append(
                EffectMention(
                    start=offset + nnt.start(),
                    end=offset + nnt.end(),
                    measure=EffectMeasure.NNT,
                    value=value,
                    label_start=offset + nnt.start(),
                    about=_nnt_about(norm, nnt),
                )
            )
    return sorted(found, key=lambda m: m.start)


def _nnt_about(norm: str, match: regex.Match[str]) -> str | None:
    """The event one fewer or one more of: inside the match, or just after it."""
    inside = match.group("about")
    if inside:
        event = _NNT_EVENT.match(inside.strip() + ".")
    else:
        event = _NNT_EVENT.match(norm, match.end())
    return event.group("event") if event else None


_FOLD_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "half": 0.5}


def _fold_word(word: str) -> float | None:
    """ "three" -> 3, "threefold" -> 3, "twice" -> 2."""
    lowered = word.lower().removesuffix("fold").rstrip("-")
    return _FOLD_WORDS.get(lowered) or parse_word_number(lowered)


_GROUP_SIZE = regex.compile(r"(?<![\w])[nN]\s?(?:=|:)\s?" + num("n") + r"(?![.\d])")


def find_counts(norm: str, offset: int) -> list[CountMention]:
    """Group sizes written "n = 120" or "N=1,234".

    >>> [m.n for m in find_counts("(n = 120) and (N=1,234)", 0)]
    [120, 1234]
    """
    found = []
    for match in _GROUP_SIZE.finditer(norm):
        value = parse_number(match.group("n"))
        if value is not None and value >= 0:
            found.append(
                CountMention(start=offset + match.start(), end=offset + match.end(), n=int(value))
            )
    return found
