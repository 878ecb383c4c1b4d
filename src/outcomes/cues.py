"""Cues: direction and significance words, comparator arms, context words, timepoints.

Word lists come from ``lexicon/cues.json``; the patterns built from them are compiled
once. Arm phrases ("in the placebo group", "with drug") are read beside a number.
"""

from __future__ import annotations

from functools import cache

import regex

from outcomes.lexicon import cues
from outcomes.mentions import CueKind, CueMention, TimeMention
from outcomes.numbers import APPROXIMATELY, parse_word_number

# Small patterns used inside functions, compiled once.
_SPACES = regex.compile(r"\s+")
_LEADING_AT_THE = regex.compile(r"^(?:at|by)\s+the\s+|^the\s+", regex.I)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted({w.strip() for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _families() -> tuple[tuple[regex.Pattern[str], dict[str, CueKind]], ...]:
    lexicon = cues()
    families: list[dict[CueKind, tuple[str, ...]]] = [
        {
            CueKind.NO_CHANGE: lexicon.no_change,
            CueKind.INCREASE: lexicon.increase,
            CueKind.DECREASE: lexicon.decrease,
        },
        {
            CueKind.NOT_SIGNIFICANT: lexicon.not_significant,
            CueKind.SIGNIFICANT: lexicon.significant,
        },
        {CueKind.COMPARATOR: lexicon.comparator},
        {CueKind.CONTEXT: lexicon.baseline_cues},
    ]
    compiled = []
    for index, family in enumerate(families):
        kinds: dict[str, CueKind] = {}
        words: list[str] = []
        for kind, spellings in family.items():
            for word in spellings:
                kinds.setdefault(_SPACES.sub(" ", word.lower()), kind)
                words.append(word)
        grammar = rf"|{_no_difference()}" if index == 0 else ""
        pattern = regex.compile(
            rf"(?<![\w-])(?:{_alternation(words)}{grammar})(?![\w-])", regex.IGNORECASE
        )
        compiled.append((pattern, kinds))
    return tuple(compiled)


@cache
def difference_modifiers() -> str:
    """An alternation of the words that may stand between "no" and "difference"."""
    return _alternation(cues().difference_modifiers)


def _no_difference() -> str:
    """ "no obvious difference", "no statistically significant between-group differences"."""
    return (
        rf"(?P<null>no\s+(?:(?:{difference_modifiers()})\s+){{1,3}}(?:differences?|changes?|effects?)"
        r"|differences?\s+(?:was|were)\s+not\s+"
        r"(?:found|observed|seen|detected|noted|shown|demonstrated))"  # "differences were not found"
    )


def find_cues(norm: str, offset: int) -> list[CueMention]:
    """Cue words of every family, in text order.

    >>> [(c.kind.value, c.text) for c in find_cues("was not significantly lower than placebo", 0)]
    [('not_significant', 'not significantly'), ('decrease', 'lower'), ('comparator', 'placebo')]
    """
    found = []
    for pattern, kinds in _families():
        for match in pattern.finditer(norm):
            text = match.group()
            kind = kinds.get(_SPACES.sub(" ", text.lower()))
            if kind is None and match.groupdict().get("null") is not None:
                kind = CueKind.NO_CHANGE
            if kind is None:
                continue
            if kind is CueKind.NOT_SIGNIFICANT and text in {"NS", "ns"} and not _is_ns(norm, match):
                continue
            if kind is CueKind.NO_CHANGE and _STORY_AFTER.match(norm, match.end()):
                continue  # "told a similar story", "the same pattern": discourse, no claim
            if (
                kind is CueKind.NO_CHANGE
                and _ATTRIBUTIVE.match(text)
                and _NOUN_AFTER.match(norm, match.end())
            ):
                continue  # "the unaffected ear", "at the same visit": an adjective, no claim
            if (
                kind is CueKind.NO_CHANGE
                and text.lower() == "equivalent"
                and _EQUIVALENT_NOUN.search(norm[max(0, match.start() - 25) : match.start()])
            ):
                continue  # "spherical equivalent", "morphine equivalents": a measured quantity
            if kind is CueKind.CONTEXT and _DOSES_HANDLED.search(
                norm[max(0, match.start() - 40) : match.start()]
            ):
                continue  # "reported altering doses of medication": what patients did, no dose
            found.append(
                CueMention(
                    start=offset + match.start(), end=offset + match.end(), kind=kind, text=text
                )
            )
    return sorted(found, key=lambda c: c.start)


_DOSES_HANDLED = regex.compile(
    r"\b(?:alter|chang|miss|skipp?|adjust|forgett?|forg[oe]t|omitt?)(?:ing|ed|s)?\s+(?:their\s+|the\s+|a\s+)?$",
    regex.IGNORECASE,
)


_EQUIVALENT_NOUN = regex.compile(
    r"\b(?:spherical|morphine|opioid|dose|metabolic|oxygen|cortisol|prednisolone|prednisone|"
    r"hydrocortisone|milk|calorie|energy|fat|alcohol)\s+$",
    regex.IGNORECASE,
)
_ATTRIBUTIVE = regex.compile(r"^(?:the\s+same|unaffected|unchanged|ineffective)$", regex.IGNORECASE)
_NOUN_AFTER = regex.compile(
    r"\s+(?!(?:in|as|between|across|for|at|to|with|among|throughout|over|after|during|from|"
    r"and|or|but|by|on|overall|whether|regardless|relating|regarding|concerning|against|when)\b)[a-z][\w-]*",
)
_STORY_AFTER = regex.compile(
    r"\s+(?:story|stories|pattern|patterns|trend|trends|picture|direction|way|message|conclusion)\b",
    regex.IGNORECASE,
)


def _is_ns(norm: str, match: regex.Match[str]) -> bool:
    """ "NS" is "not significant" only as a bracketed or p-like token."""
    before = norm[max(0, match.start() - 4) : match.start()]
    after = norm[match.end() : match.end() + 2]
    return before.rstrip().endswith(("(", "=", ";", ",", "[")) or after.lstrip().startswith(
        (")", "]", ";")
    )


_TIME_UNIT = (
    r"(?P<unit>days?|weeks?|months?|years?|hours?|h|hrs?|minutes?|min|wk|wks|mo|yr|yrs)(?![a-z])"
)
_TIME_NUMBER = r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)"
_TIMEPOINT = regex.compile(
    rf"""
    # "at 6, 12 and 24 hours", "on postoperative days 1, 3, and 7", "at week 4, 8 or 12": a list
    (?P<tl>\b(?:at|on|by|after|from|during|over)\s+(?:the\s+)?(?:(?:postoperative|post-?operative|study|treatment)\s+)?
      (?:(?:days?|weeks?|months?|years?|visits?|hours?|cycles?)\s+\d+(?:\s*,\s*\d+)+\s*,?\s*(?:and|or)\s+\d+(?![\d.,]*\s?(?:%|mg|kg))
        |\d+(?:\s*,\s*\d+)+\s*,?\s*(?:and|or)\s+\d+\s*(?:days|weeks|months|years|hours|h|min|minutes|wk|wks|mo)(?![a-z])))
    | (?P<win>(?<!\b(?:aged?|ages)\s{{1,3}})\bbetween\s+(?P<wa>\d+)\s+and\s+(?P<wb>\d+)\s*(?P<wu>days?|weeks?|months?|years?|wk|wks|mo)(?![a-z])
      | \bbetween\s+(?P<wu2>day|week|month)s?\s+(?P<wa2>\d+)\s+and\s+(?P<wb2>\d+)
      | \bbetween\s+(?:day|week|month|year)\s+\d+\s+and\s+(?P<wu3>day|week|month|year)\s+(?P<wb3>\d+))
    | (?P<dur>(?:median|mean|average)\s+(?:duration\s+of\s+)?follow[-\s]?up\s+(?:of|was|period\s+of)?\s*
        (?:\d+(?:\.\d+)?\s*{_TIME_UNIT}|\d+(?:\.\d+)?)
      | follow(?:ed)?[-\s]up\s+(?:for|of|period\s+of)\s+(?:\d+(?:\.\d+)?\s*{_TIME_UNIT})
      | (?:lasting|(?<=\b(?:that|which)\s)lasted|treated\s+for|given\s+for|continued\s+for)\s+(?:a\s+period\s+of\s+|an?\s+(?:median|mean|average)\s+of\s+)?{_TIME_NUMBER}\s*{_TIME_UNIT}
    )
    | (?:\b(?:at|by|after|within|on|from|through|throughout|to|until|up\ to|during|over|before|in\s+the\s+first|for\s+the\s+first)\s+(?:the\s+)?(?:(?:first|following|next|subsequent)\s+)?)
      (?:(?P<unit2>day|week|month|year|visit|cycle)\s+(?P<n2>\d+)
        |{_TIME_NUMBER}[\s-]?{_TIME_UNIT}(?:\s+(?:after|of|post|following|from)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)?)
    | (?<![\w-]){_TIME_NUMBER.replace("?P<n>", "?P<n3>")}[\s-]{_TIME_UNIT.replace("?P<unit>", "?P<unit3>")}(?=[\s-](?:[a-z-]+\s)?(?:mortality|survival|death|rate|risk|outcome|follow|readmission|recurrence|relapse|incidence|response|remission|event|cumulative|overall|all-cause|primary|composite|progression|abstinence|cure|change|visit|endpoint|end\ point|consumption|use|requirements?|intake|pain|scores?))
    | (?<![\w-])(?P<unit4>day|week|month|year)\s+(?P<n4>\d+)(?=\s+[a-z])
    | (?<![\w.-]){_TIME_NUMBER.replace("?P<n>", "?P<n5>")}\s+{_TIME_UNIT.replace("?P<unit>", "?P<unit5>")}(?=\s+(?:(?:after|following|post)\s|post-?operatively\b|after\s+surgery\b|postpartum\b|later\b))
    # "By the end of the six weeks": the end of a stated period
    | \b(?:at|by)\s+the\s+end\s+of\s+(?:the\s+|those\s+)?{_TIME_NUMBER.replace("?P<n>", "?P<n5>")}[\s-]{_TIME_UNIT.replace("?P<unit>", "?P<unit5>")}
    | (?P<eot>(?:at\s+|by\s+)?the\s+end\s+of\s+(?:the\s+)?(?:treatment|therapy|study|trial|intervention|follow-up|followup)(?:\s+period)?)
    | (?P<disch>(?:at|by|until|before)\s+(?P<hosp>hospital\s+)?discharge)
    | \b(?:after|following|at\s+the\s+end\s+of)\s+(?P<ns>\d+|two|three|four|five|six|eight|ten|twelve|twenty)\s+
        (?:(?:treatment|therapy|training|weekly|daily)\s+)?(?P<units>sessions|cycles|courses|fractions|infusions|injections)\b
    | \b(?:at|by|after|in|on|during)\s+(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|
        eighth|ninth|tenth|twelfth|eighteenth|twenty-fourth)\s+(?P<unito>day|week|month|year)s?\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "eighteenth": 18, "twenty-fourth": 24,
}  # fmt: skip
_UNIT_NAMES = {
    "d": "days", "day": "days", "days": "days",
    "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "month": "months", "months": "months",
    "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "min": "minutes", "minute": "minutes", "minutes": "minutes",
}  # fmt: skip


def _plural(number: str, unit: str) -> str:
    name = _UNIT_NAMES.get(unit.lower(), unit.lower())
    value = number if number[0].isdigit() else str(int(parse_word_number(number) or 0))
    if value in {"1", "1.0"}:
        name = name.removesuffix("s")
    return f"{value} {name}"


_LIST_LEAD = regex.compile(r"^(?:at|on|by|after|from|during|over)\s+(?:the\s+)?", regex.I)
_SUMMARY_THEN = regex.compile(r"\b(?:median|mean|average)\s+of\s+$", regex.I)


def find_times(norm: str, offset: int) -> list[TimeMention]:
    """Timepoints ("at 12 weeks", "by day 90", "90-day mortality") and follow-up durations.

    >>> [(t.text, t.is_duration) for t in find_times("90-day mortality at 12 weeks", 0)]
    [('90 days', False), ('12 weeks', False)]
    >>> [(t.text, t.is_duration) for t in find_times("a median follow-up of 3.2 years", 0)]
    [('median follow-up of 3.2 years', True)]
    """
    found = []
    for match in _TIMEPOINT.finditer(norm):
        start, end = offset + match.start(), offset + match.end()
        if _SUMMARY_THEN.search(norm, max(0, match.start() - 30), match.start()):
            continue  # "back to work a median of 19 weeks after injury": a result, no timepoint
        if match.group("tl"):
            text = _LIST_LEAD.sub("", match.group("tl"))
            found.append(TimeMention(start=start, end=end, text=text))
        elif match.group("win"):
            # "Between 26 and 35 wk", "between weeks 4 and 12": a window of the trial
            if match.group("wu"):
                text = f"{match.group('wa')} to {_plural(match.group('wb'), match.group('wu'))}"
            elif match.group("wu3"):
                # "between month 1 and month 6": the change is read at the window's end
                text = f"{match.group('wu3').lower()} {match.group('wb3')}"
            else:
                text = f"{match.group('wu2').lower()}s {match.group('wa2')} to {match.group('wb2')}"
            found.append(TimeMention(start=start, end=end, text=text))
        elif match.group("dur"):
            found.append(
                TimeMention(start=start, end=end, text=match.group().strip(), is_duration=True)
            )
        elif match.group("eot"):
            text = _LEADING_AT_THE.sub("", match.group("eot"))
            found.append(TimeMention(start=start, end=end, text=text.lower()))
        elif match.group("ns"):
            # "After 40 sessions, ...": the point in the schedule the result was measured at
            number = match.group("ns")
            if not number[0].isdigit():
                number = str(int(parse_word_number(number) or 0))
            found.append(
                TimeMention(start=start, end=end, text=f"{number} {match.group('units').lower()}")
            )
        elif match.group("disch"):
            text = "hospital discharge" if match.group("hosp") else "discharge"
            found.append(TimeMention(start=start, end=end, text=text))
        elif match.group("ord"):
            number = _ORDINALS[match.group("ord").lower()]
            found.append(
                TimeMention(start=start, end=end, text=f"{match.group('unito').lower()} {number}")
            )
        elif match.group("unit2"):
            found.append(
                TimeMention(
                    start=start, end=end, text=f"{match.group('unit2').lower()} {match.group('n2')}"
                )
            )
        elif match.group("unit4"):
            found.append(
                TimeMention(
                    start=start, end=end, text=f"{match.group('unit4').lower()} {match.group('n4')}"
                )
            )
        elif match.group("n"):
            found.append(
                TimeMention(
                    start=start, end=end, text=_plural(match.group("n"), match.group("unit"))
                )
            )
        elif match.group("n5"):
            found.append(
                TimeMention(
                    start=start, end=end, text=_plural(match.group("n5"), match.group("unit5"))
                )
            )
        elif match.group("n3"):
            found.append(
                TimeMention(
                    start=start, end=end, text=_plural(match.group("n3"), match.group("unit3"))
                )
            )
    return found


_ARM_AFTER = regex.compile(
    r"""
    ^\s?(?:%|points?|percentage\ points?)?\s?
    (?:\((?:[^()]{0,40})\)\s*)?                      # "(23/120)"
    (?:(?:of|among)\s+(?:the\s+)?(?:patients|participants|subjects|those|people)\s+)?
    (?:(?:patients?|participants?|subjects?|wom[ae]n|m[ae]n|child(?:ren)?|people|person|infants?|adults?|cases?|events?|deaths?|students?|pupils?|residents?
       |exacerbations?|episodes?|infections?|relapses?|complications?|fractures?)\s+)?
    (?:(?:was\s+|were\s+)?(?:observed|seen|recorded|reported|noted|found|occurred)\s+)?
    (?P<prep>in|with|among|for|on|receiving|under|using|given|after|of|at|during|whilst\s+on|while\s+on
       |(?:who|that)\s+(?:received|were\s+given|were\s+treated\s+with|were\s+assigned\s+to|
          were\s+randomi[sz]ed\s+to|were\s+allocated\s+to|took(?!\s+part\b)|underwent))\s+
    (?P<group>(?:the\s+|those\s+|patients\s+|participants\s+|subjects\s+)?
        (?:(?:receiving|given|treated\s+with|on|taking|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to)\s+)?
        [^\s,;()]+(?:\s+[^\s,;()]+){0,5}?)
    (?=\s*(?:,|;|\(|\)|\]|\bvs\b|\bversus\b|\bcompared\b|\band\b|\bthan\b|\.|$|\brespectively\b|\bat\b|\bafter\b|\bover\b|\bduring\b|\bwithin\b|\bp\s?[<=>]|\bwhich\b|\bwhile\b|\bwhereas\b|\bbut\b|\bwhilst\b|\balthough\b|\bhad\b|\bwere\b|\bwas\b))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_INNER_ARM = regex.compile(
    r"\s(?:in|among|on)\s+(?:the\s+)?(?P<group>[^\s,;()]+(?:\s+[^\s,;()]+){0,2}?\s+(?:group|arm))$",
    regex.IGNORECASE,
)
_ARM_HEAD = regex.compile(
    r"^(?P<group>.*?\b(?:(?:group|arm)(?-i:\s+[A-Z][A-Z0-9+&]{0,4}(?![\w+&]))?|groups|subgroup|"
    r"subgroups|arms|cohort|recipients|users|clusters|villages|facilities|sites|practices|clinics|"
    r"schools|wards|communities|households))(?![\w+&])",
    regex.IGNORECASE,
)
_ARM_BEFORE = regex.compile(
    r"(?:^|[,;(]\s*|:\s*(?=(?:the\s+)?[\w+α-ωµ-]+\s+(?:group|arm|cohort)\b)|"
    r"\b(?:and|vs\.?|versus|while|whereas|in|among|for|than|with|on)\s+)(?:the\s+)?(?P<group>[\w+α-ωµ-]+(?:\s+[\w+α-ωµ-]+){0,3}?\s+(?:group|arm|cohort))\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?::|=|,|\((?:\s*(?:mean|median|average)\b\s*[,:=]?)?|had|showed|was|were|reported|experienced|averaged|by"
    r"|,?\s*(?:it|this|they|these|that)\s+(?:was|were|had|reached)(?:\s+(?:only|just|about))?"
    # "children in the saline group used a median of 0.21 mg/kg"
    r"|(?:had|was|were|used|needed|required|took|spent|averaged)\s+(?:a\s+|an\s+)?(?:mean|median|average)(?:\s+of)?)?\s*$",
    regex.IGNORECASE,
)
# "on apremilast (8.1%", "with placebo (10.9%": an arm named just before a bracketed value.
_ARM_BEFORE_BRACKET = regex.compile(
    r"\b(?:on|with|receiving|given|taking|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+(?:the\s+)?(?P<group>[\w+α-ωµ-]+(?:\s+[\w+α-ωµ-]+){0,2}?)\s*[(\[]\s*(?:(?:mean|median|average)\b\s*[,:=]?\s*)?$"
    # "in the routine replacement (mean, 1.8)": a summary in the bracket marks the arm
    r"|\b(?:in|among|for)\s+the\s+(?P<group>[\w+α-ωµ-]+(?:\s+[\w+α-ωµ-]+){0,2}?)\s*[(\[]\s*(?:mean|median|average)\s*[,:=]\s*$",
    regex.IGNORECASE,
)
# "(ondansetron 8.3%, placebo 9.2%": a bare arm name right before its value in a list.
_NAME_VALUE = regex.compile(
    # not "By week 24, some 58% ...": a word that hedges the number names no arm
    r"[(,;:]\s*(?!" + APPROXIMATELY + r"\s+$)(?P<group>[A-Za-z][\w+/&-]*(?:\s+[\w+/&-]+)?)\s+$",
    regex.I,
)
_NOT_ARMS = regex.compile(
    r"^(?:from|to|at|in|by|of|with|than|and|or|was|were|is|are|be|been|vs|versus|but|while|"
    r"respectively|after|before|during|for|on|among|between|only|just|about|nearly|almost|"
    r"compared|relative|against|as|when|whereas|averaging|averaged|reaching|totalling|totaling|"
    r"falling|rising|dropping|measuring|ending|standing|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"  # "seven, five and six"
    r"|^(?:the\s+)?(?:patients|participants|subjects|both|all|each|this|these|those|baseline|\d|"
    r"week|day|month|year|median|mean|average|the\s+first|the\s+end|follow-up|a|an|who|whom|which|"
    r"comparison(?!\s+(?:groups?|arms?)\b)|total)\b",
    regex.IGNORECASE,
)


# "the 10-µg group", "300 mg arm": a strength that names an arm
_STRENGTH_ARM = regex.compile(
    r"^\d+(?:\.\d+)?\s?-?\s?(?:mg|µg|mcg|g|ml|mL|IU|units?|mg/kg|µg/kg|%)[-\s]+(?:[\w-]+\s+)?"
    r"(?:group|arm|cohort|implant|dose)\b",
    regex.IGNORECASE,
)
_DOSE_ARM = regex.compile(
    r"\d+(?:\.\d+)?\s?(?:mg|µg|mcg|g|IU|units?)(?:/(?:kg|day|d|m²|m2))?(?:\s+(?:daily|weekly|once\s+daily|twice\s+daily))?",
    regex.IGNORECASE,
)
# "85% of CQ, 40% of CQ+PQ", "23% of SP+AS treated patients": arms named by drug initials
_ACRONYM_ARM = regex.compile(
    r"^(?-i:[A-Z][A-Z0-9]*(?:\s?[+&/]\s?[A-Z][A-Z0-9]*)*)"
    r"(?:\s+(?:treated\s+)?(?:patients|participants|subjects|children|adults|women|men|infants))?\.?$"
)
_LED_BY_ARM = regex.compile(
    r"^(?:those|patients|participants|subjects)\s+(?:receiving|given|treated\s+with|on|taking|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to)\s",
    regex.IGNORECASE,
)


@cache
def _control_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    lexicon = cues()

    def pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
        return regex.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", regex.IGNORECASE)

    return pattern(lexicon.comparator), pattern(lexicon.weak_comparator)


def control_strength(name: str) -> int:
    """2 for an arm named placebo / control / usual care ..., 1 for standard / low-dose ..., else 0.

    >>> control_strength("the placebo group"), control_strength("low-dose arm"), control_strength("drug")
    (2, 1, 0)
    """
    strong, weak = _control_patterns()
    if (added := _ADDED_CONTROL.search(name)) is not None and not strong.search(
        name[: added.start()]
    ):
        # "golimumab 100 mg plus placebo": an active drug given with a dummy of the other
        return 0
    return 2 if strong.search(name) else 1 if weak.search(name) else 0


_ADDED_CONTROL = regex.compile(
    r"(?<=[\w)]\s+)(?:plus|\+)\s+(?:matching\s+)?(?:placebo|sham|vehicle)\b",
    regex.IGNORECASE,
)


@cache
def _percent_level_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<!\w)(?:{_alternation(cues().percent_levels)})(?!\w)", regex.IGNORECASE
    )


_THRESHOLD_WORDS = regex.compile(
    r"\b(?:below|above|under|over|less\s+than|more\s+than|greater\s+than|at\s+least|reached|"
    r"achieved|achieving|target(?!\s+range)|proportion|percentage|share)\b|[<>≤≥]",
    regex.IGNORECASE,
)


@cache
def arm_nouns() -> str:
    """A regex alternation of the nouns that end an arm's name ("group", "arm", "period")."""
    return _alternation(cues().arm_nouns)


@cache
def people_nouns() -> str:
    """A regex alternation of the nouns for those a trial counts, longest first."""
    return _alternation(cues().people)


@cache
def _lower_is_better_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<!\w)(?:{_alternation(cues().lower_is_better)})(?!\w)", regex.IGNORECASE
    )


_VALENCE = regex.compile(r"^(?:improv|better|worse|deteriorat)", regex.IGNORECASE)


def improves_downward(outcome: str, cue: str) -> bool:
    """Whether a word of valence ("improved", "worse") moves this outcome the other way.

    >>> improves_downward("GSRS abdominal pain subscore", "improvements")
    True
    >>> improves_downward("appetite", "improvement"), improves_downward("pain", "reduced")
    (False, False)
    """
    return bool(_VALENCE.match(cue)) and bool(_lower_is_better_pattern().search(outcome))


def qualifies_people(word: str) -> bool:
    """Whether a word before the people counted describes them rather than naming an arm.

    >>> qualifies_people("older"), qualifies_people("placebo")
    (True, False)
    """
    return word.lower() in cues().people_qualifiers


def percent_level(lead: str) -> bool:
    """Whether the text before a % value names a level measured in % (HbA1c), not a share.

    >>> percent_level("Mean HbA1c was"), percent_level("HbA1c below 7.0% was reached by")
    (True, False)
    """
    return bool(_percent_level_pattern().search(lead)) and not _THRESHOLD_WORDS.search(lead)


def _names_comparator(group: str) -> bool:
    return control_strength(group) > 0


def arm_after(norm: str, pos: int) -> tuple[str, int, int] | None:
    """The arm named right after a number ending at ``pos``: (group, start, end) or None.

    >>> arm_after("65% in the Thymosin α1 group, higher", 3)
    ('Thymosin α1 group', 11, 28)
    >>> arm_after("45% observed in the control group (p<0.01)", 3)
    ('control group', 20, 33)
    """
    match = _ARM_AFTER.match(norm[pos : pos + 120])
    if match is None:
        return None
    group = match.group("group")
    prep = match.group("prep").lower()
    # "51.9% on 50 mg", "38.5% of patients on 25 mg": a dose names the arm given it
    dose = _DOSE_ARM.fullmatch(_LED_BY_ARM.sub("", group)) is not None and (
        prep in {"on", "with", "receiving", "given", "taking"} or _LED_BY_ARM.match(group)
    )
    if prep in {"of", "after", "for", "on", "using", "in", "among", "at", "during"} and not (
        _ARM_HEAD.match(group)
        or _names_comparator(group)
        or _LED_BY_ARM.match(group)
        or _ACRONYM_ARM.match(group)
        or dose
    ):
        return None
    lead = regex.match(
        r"^(?:the|those|patients|participants|subjects)\s+(?:(?:receiving|given|treated\s+with|on|taking|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to)\s+)?",
        group,
        regex.IGNORECASE,
    )
    start = pos + match.start("group") + (lead.end() if lead else 0)
    group = group[lead.end() :] if lead else group
    if (inner := _INNER_ARM.search(group)) is not None:
        # "one patient with dementia fell in the intervention group": the arm ends the phrase
        start += inner.start("group")
        group = inner.group("group")
    if head := _ARM_HEAD.match(group):
        group = head.group("group")
    # "... 10% of those on placebo.": the full stop ends the sentence, not the name
    group = group.removesuffix(".")
    if cut := _VERSUS_IN_NAME.search(group):
        group = group[: cut.start()]  # "41/190 [22%] with enema v 26/182 [14%] without enema"
    if not group or (_NOT_ARMS.match(group) and not _STRENGTH_ARM.match(group)):
        return None
    if group[:1].isdigit() and not _STRENGTH_ARM.match(group) and not dose:
        return None
    return group, start, start + len(group)


_LEADING_LINK = regex.compile(
    r"^(?:(?:vs\.?|versus|and|while|whereas|in|among|for|than|with|on|the|"
    r"differences?\s+between|comparison\s+between|between)\s+)+",
    regex.IGNORECASE,
)


_VERSUS_IN_NAME = regex.compile(r"\s+(?:v|vs\.?|Vs\.?|versus|Versus)\s+")  # not "V clinics"
_VERB_IN_NAME = regex.compile(
    r"\b(?:was|were|is|are|had|has|have|being|been|did|does|than|vs|versus)\b", regex.IGNORECASE
)


@cache
def _people_on_arm_before() -> regex.Pattern[str]:
    """ "while those given Lidorel needed 0.09 mg/kg": people named by their arm, then a verb."""
    return regex.compile(
        rf"\b(?:those|{people_nouns()})\s+(?:given|receiving|treated\s+with|on|taking|assigned\s+to|"
        r"allocated\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?(?P<group>[\w+α-ωµ/-]+(?:\s+[\w+α-ωµ/-]+){0,2}?)\s+"
        r"(?:needed|required|used|had|reported|showed|experienced|was|were|averaged|took|spent)\s+"
        r"(?:(?:a\s+)?(?:mean|median|average)\s+(?:of\s+)?)?(?:only\s+|just\s+)?$",
        regex.IGNORECASE,
    )


def arm_before(norm: str, pos: int) -> tuple[str, int, int] | None:
    """An arm named right before a number starting at ``pos`` ("the placebo group: 12%").

    >>> arm_before("vs the placebo group (12%", 22)
    ('placebo group', 7, 20)
    """
    window_start = max(0, pos - 60)
    window = norm[window_start:pos]
    match = (
        _ARM_BEFORE.search(window)
        or _ARM_BEFORE_BRACKET.search(window)
        or _NAME_VALUE.search(window)
        or _people_on_arm_before().search(window)
    )
    if match is None:
        return None
    group = match.group("group")
    start = window_start + match.start("group")
    if (lead := _LEADING_LINK.match(group)) is not None:
        group, start = group[lead.end() :], start + lead.end()
    if (inner := _INNER_ARM.search(group)) is not None:
        # "BMI-SDS in the intervention group (n=31) was 3.8": the arm ends the phrase
        start += inner.start("group")
        group = inner.group("group")
    if not group or _NOT_ARMS.match(group) or _VERB_IN_NAME.search(group):
        return None
    return group, start, start + len(group)
