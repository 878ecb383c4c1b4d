"""Quantities: numbers that may be an arm's result, with their unit and wording.

Reads percentages, numbers with units, counts ("23/120 (19.2%)"), folds, changes
("decreased by 3.5 points", "a 35% reduction"), relative differences ("20% lower") and
spelled-out results ("one in five", "twofold", "halved"). Numbers already claimed by a
statistic (p, CI, effect, n) and numbers that are no result (doses, ages, years, arm
sizes, durations, reference numbers) are skipped.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

import regex

from outcomes.cues import arm_after, control_strength, people_nouns
from outcomes.lexicon import cues
from outcomes.mentions import EffectMention, Mention, ValueMention
from outcomes.numbers import (
    FRACTION,
    FREQUENCY,
    FROM_SUMMARY,
    currency_of,
    fraction_percent,
    frequency_percent,
    parse_exponent,
    parse_number,
    parse_word_number,
)
from outcomes.records import EffectMeasure, Measure
from outcomes.statistics import num
from outcomes.units import unit_after, with_period

# Small patterns used inside functions, compiled once.
_RANGE_TAIL = regex.compile(r"^\s?(?:-|to)\s?[\d.]+")
_COMPARISON_WORD = regex.compile(r"\b(?:than|compared|vs|versus|relative|as|likely|against)\b")
_BRACKETED_NUMBER_AFTER = regex.compile(r"^\s?[\w-]*\s?\(\s?\d")

# Any numeral, but not the "6" of "IL-6", the "120" of "23/120" or the "9" of "10^9".
_NUMBER = regex.compile(r"(?<![A-Za-zα-ωµ]-)(?<![\w.^/])" + num("value"))

# A power of ten right after a number: "1.5×10^9", "1.5 × 10⁹".
_POWER = regex.compile(r"^\s?[x×\*]\s?10\s?(?:\^\s?(?P<exp>-?\d+)|(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))")
_POWER_INSIDE = regex.compile(
    r"\d\s?[x×\*]\s?10\s?(?:\^\s?(?P<exp>-?\d+)|(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
)


def power_of_ten(written: str) -> int | None:
    """The exponent a written number is scaled by: "64×10^9/L" -> 9, "64" -> None.

    >>> power_of_ten("64×10^9/L"), power_of_ten("1.5 × 10⁹"), power_of_ten("64")
    (9, 9, None)
    """
    power = _POWER_INSIDE.search(written)
    return None if power is None else parse_exponent(power.group("exp") or power.group("sup") or "")


_TIME_UNITS = r"(?:days?|weeks?|months?|hours?|nights?|years?)"
_SPELLED_COUNT = (
    # "Twenty-one patients", "Twenty one of 163": the compound first, and never the "one" after
    # its hyphen or space
    r"(?<!-|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s)"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_COUNT_FORM = regex.compile(
    r"^\s?(?:/|of|out\ of)\s?(?:the\s+|all\s+)?"
    + rf"(?:{num('n')}|(?i:(?P<n_word>{_SPELLED_COUNT}))\b)"
    + r"(?:(?:\s+[A-Za-z-]+){0,2}\s?[(\[]\s?"  # "23/120 (19.2%)", "41/190 [22%]"
    + num("pct")
    + r"\s?%\s?[)\]]|,\s?"  # "35/36, 97.2%"
    + num("pct2")
    + r"\s?%)?",
)
# "Five of the nine lambs ... (56%)", "41 of 206 given placebo (19.9%; relative risk ...)",
# "44 of 160 patients on otivexin, or 27.5%"
_LATER_PERCENT = regex.compile(
    r"[^\d()%;.,]{0,60}?(?:\(\s?"
    + num("pct")
    + r"\s?%\s?[)\];,]|,\s?or\s+"
    + num("pct2")
    + r"\s?%)"
)
_PCT_THEN_COUNT = regex.compile(  # "19.2% (23/120)", "0.6% of vaccinated children (12 of 2,104)"
    r"^\s?(?:(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?[(\[]|;)\s?"  # "8% [28 of 334]", "1% [four of 313]"
    + rf"(?:{num('events')}|(?i:(?P<events_word>{_SPELLED_COUNT})))"
    + r"\s?(?:/|of)\s?"
    + num("n")
    # "12.1% (291 of 2,409 patients)", "13% (20/152, 95% CI 9-20%)", "(3.3%; 58/1740 patients)"
    + r"(?:\s+[a-z]+)?\s?(?:[)\]]|[,;](?=[^()\[\]]*[)\]]))"
)
_EVENTS_THEN_PCT = regex.compile(
    r"^(?:\s+(?:patients|participants|subjects|women|men|children|infants|cases|deaths|events|people|individuals"
    r"|patient|participant|subject|woman|man|child|case|death|event|person|individual"
    r"|(?:[a-z]{2,}\s)?[a-z]{3,}(?<!ou)s"  # "23 comparisons (11.4%)", "4 serious infections (2%)"
    r"|[a-z]{2,}\s(?:patient|participant|subject|recipient|woman|man|child|case|person)"
    r"|[A-Z][\w-]+\s(?:patients|participants|subjects|women|men|children|infants|recipients|users)"  # "62 Purivolin patients"
    # "97 patients on the standard preparation (23.5%)": the people counted, then their arm
    r"|(?:patients|participants|subjects|women|men|children|infants|people|individuals|adults)\s+"
    r"(?:on|given|receiving|taking|treated\s+with|in)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){0,3}?))?"
    r"\s?[(\[]\s?"
    + num("pct")
    + r"\s?%\s?[)\]](?:\s+(?:of|out\ of)\s+"
    + num("total")
    + r"(?![\d.]))?"
)
# "(31, 19.9%)": read like "31 (19.9%)"; the empty "total" group stands for the total that
# form may name, which this one never does
_COMMA_PCT = regex.compile(r"^\s?,\s?" + num("pct") + r"\s?%\s?\)(?P<total>)?")
_TOTAL_BEFORE = regex.compile(
    r"\b(?:of|among)\s+(?:the\s+|all\s+)?"
    + num("total")
    + r"\s+(?:[\w-]+\s+){0,3}?(?:patients|participants|children|women|men|recipients|subjects|infants|adults|people|volunteers)\b[^.;\d]{0,60},\s*$",
    regex.IGNORECASE,
)
_EVENTS_AMONG = regex.compile(
    r"^(?:\s+[A-Za-z][\w-]*){0,4}?\s+(?:(?:occurred|were\s+(?:seen|observed|recorded|reported))\s+)?"
    r"among\s+(?:the\s+)?" + num("n") + r"\s+(?:(?:[\w-]+\s+){0,2}?"
    r"(?:patients|participants|subjects|women|men|children|infants|adults|people|recipients|users|"
    r"volunteers|individuals|persons)\b|(?:given|receiving|assigned|allocated|treated|randomi[sz]ed)\b)",
    regex.IGNORECASE,
)
_PCT_OF_TOTAL = regex.compile(
    r"^\s?of\s+(?:the\s+|all\s+)?"
    + num("total")
    + r"\s+(?:[a-z-]+\s+)?(?:patients|participants|subjects|women|men|children|infants|people|adults)\b"
)

_CHANGE_NOUNS = (
    r"reductions?|decreases?|declines?|drop|fall|increases?|rise|gain|loss|"
    r"improvements?|deteriorations?|elevations?|changes?|reduction|lowering|worsening"
)
_NOUN_AFTER = regex.compile(
    rf"^\s?(?:-\s?)?(?:(?:relative|absolute|mean|median|average|overall|significant|further)\s+)?(?P<noun>{_CHANGE_NOUNS})\b(?!\s+to\s+follow)",
    regex.IGNORECASE,
)
_FROM_SUMMARY_OF = regex.compile(rf"\bfrom\s+{FROM_SUMMARY}\s+$", regex.I)
_APPROXIMATE_SIGN = regex.compile(r"(?<=\s)[~≈]\s?$")
# "lost 3 kg" is a change; "time lost to injury", "days lost" name what was counted
LOST = r"(?<!\b(?:time|days|hours|weeks|work|workdays|school)\s)lost"
_VERB_BEFORE = regex.compile(
    r"(?P<verb>increased|decreased|reduced|rose|fell|fallen|risen|dropped|declined|improved|lowered|"
    r"falling|rising|dropping|declining|gaining|losing|improving|worsening|shortened|lengthened|prolonged|"
    r"raised|gained|"
    + LOST
    + r"|grew|climbed|worsened|went\ down|went\ up|came\ down|come\ down|shrank|diminished|eased|dipped|"
    r"slipped|soared|tumbled|slumped|plummeted|plunged|sank|slashed|crept\ up|inched\ up|edged\ up|"
    r"ticked\ up|shot\ up|crept\ down|edged\ down|drove\ down|driven\ down|brought\ down|pushed\ down|drove\ up|"
    r"increase|decrease|reduce|reduction|decline|drop|rise|fall|change|improvement|lowering|gain(?=\s+in\b)|"
    r"increasing|decreasing|reducing|lowering|cut|cutting|boosted|boosting|elevated|changes|changing|changed|"
    r"reductions|decreases|increases|improvements|declines)"
    r"(?:\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?,?)??(?:,[^,;()\d]{3,80},|\s[-—–]\s[^—–;]{3,120}?\s[-—–])?"
    # "improved from baseline in the Polyclear and saline groups by 6.8 and 5.9 points"
    r"(?:\s+(?:in|among)\s+(?:the|both|all)\s+[^,;()\d]{1,40}?\s+(?:groups|arms))?"
    r"\s+(?:by|of|with(?=\s+(?:an?\s+)?(?:mean|median|average)\b))\s+(?:(?:about|approximately|around|nearly|almost|roughly|some|just|only|a\ mere|a\ mean\ of|an\ average\ of|a\ median\ of|a\ mean|a\ median|an\ average|a\ mean\ \((?:SD|SE)\)\ of|mean|median|on\ average|a\ relative|an\ absolute|a\ further)\s+)?(?:an?\s+)?$"
    r"|(?P<bare>(?:increased|decreased|rose|fell|dropped|declined|rising|falling|climbing|"
    + LOST
    + r"|gained|grew|climbed|jumped|surged|"
    r"plunged|shrank|improved|worsened|eased|dipped|slipped|soared|tumbled|slumped|plummeted|sank|"
    r"crept\ up|inched\ up|edged\ up|ticked\ up|shot\ up)"
    r"(?:\s+(?:by\s+)?(?:about|approximately|around|nearly|almost|roughly|a\ mean\ of|an\ average\ of|"
    r"on\ average|an\ average))?)\s+$"
    # "fell by similar amounts in both groups, 6.1 and 5.8 points"
    r"|(?P<verb>increased|decreased|reduced|rose|fell|dropped|declined|improved|worsened|shrank|grew)"
    r"\s+(?:by\s+(?:similar|comparable)\s+amounts?|similarly|to\s+a\s+similar\s+(?:extent|degree))"
    r"(?:\s+in\s+(?:both|all|the\s+two)\s+(?:groups|arms))?\s*[,:]\s*$",
    regex.IGNORECASE,
)
# "decreased the ability of insulin to suppress glucose production (by 17 ± 6%": a
# bracket opening with "by" after a change verb earlier in the clause
_BRACKET_BY = regex.compile(
    r"\b(?P<verb>increased|decreased|reduced|lowered|raised|improved|worsened|shortened|"
    r"lengthened|prolonged|rose|fell|dropped|declined)\b[^;()\d]{1,120}(?:\(|,)\s*by\s+$",
    regex.IGNORECASE,
)
_CHANGE_BEFORE = regex.compile(
    r"\bchanges?\b(?:\s+from\s+baseline)?(?:\s+(?:in|of)\s+(?:(?!\b(?:was|were|is|are|reported|observed|"
    r"seen|occurred|required|needed)\b)[^,;()]){1,50}?)?(?:\s+(?:from|to)\s+[^,;()]{1,30}?){0,2}"
    r"\s*(?:was|were|of|:|,|=)?\s*(?:\(\s*)?$",
    regex.IGNORECASE,
)
_COMPARATIVE_AFTER = regex.compile(
    r"^\s?(?:-\s?)?(?:relative\s+)?(?P<word>lower|higher|less|more|fewer|greater|smaller|larger|shorter|longer|"
    r"further|farther|earlier|sooner|later|better)\b",
    regex.IGNORECASE,
)
_AS_HIGH = regex.compile(
    r"^\s?(?:as|more)\s+(?:high|likely|many|often|frequent|common|great|large|long)\b", regex.I
)
_RISK_AFTER = regex.compile(
    r"^[^,;.]{0,25}?\b(?:risk|odds|hazard|likelihood|chance|relative)\b", regex.IGNORECASE
)
_RISK_BEFORE = regex.compile(
    # "cut the need for repeat surgery or a course of steroids by 70%": the need of the arms
    r"(?:\b(?:risk|odds|hazard|likelihood|chance|(?<!\bin\s)need\s+for)\b[^.;]{0,120}?\s+by\s+|\b(?:prevented|averted|efficacy\ (?:was|of))\s+"
    # "a fall in risk of 90 per cent"
    r"|\b(?:fall|drop|reduction|decrease|cut|increase|rise)\s+in\s+(?:the\s+)?(?:relative\s+)?(?:risk|odds|hazard)\s+of\s+)"
    r"(?:about\s+|approximately\s+|nearly\s+)?$",
    regex.IGNORECASE,
)
_FALL_IN = regex.compile(r"\b(?:fall|drop|reduction|decrease|cut)\s+in\b", regex.IGNORECASE)
# "cut 79% relative to placebo", "by 58% versus placebo": a change against the control arm
_AGAINST_CONTROL_AFTER = regex.compile(
    r"^\s?(?:relative\s+to|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?"
    r"(?P<name>[\w-]+(?:\s+(?!(?:in|at|on|for|and|or|by|with)\b)[\w-]+){0,2})",
    regex.IGNORECASE,
)
_ARM_OR_COMPARISON = regex.compile(
    r"\b(?:groups?|arms?|placebo|controls?|sham|given|receiving|received|treated|taking|took|"
    r"assigned|allocated|randomi[sz]ed|versus|vs|compared|than|against|while|whereas|using|users|"
    r"respectively|trial|study|intervention|programme|program|vaccinated|unvaccinated)\b"
    # "By month 18, one in four had needed rescue drops": a result read at a time of the trial
    r"|\b(?:by|at|after|within)\s+(?:the\s+end|day|week|month|year|\d)",
    regex.IGNORECASE,
)
_POSTERIOR_BEFORE = regex.compile(
    r"\b(?:posterior|bayesian)\s+probabilit(?:y|ies)\b[^;()\d]{0,45}$", regex.IGNORECASE
)
_CLOCK_AFTER = regex.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w])", regex.IGNORECASE)
_PHONE_NUMBER = regex.compile(r"\d{1,4}(?:-\d{3,4}){2,}\b")
_NOT_AN_ARM = regex.compile(
    r"\d|(?:baseline|pre-?\w+|before|previous|prior|last|the\s+previous|historical|expected)\b",
    regex.IGNORECASE,
)
_PERCENT_ANYWHERE = regex.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", regex.IGNORECASE)
_CUT_BEFORE = regex.compile(
    r"\b(?:cut|cuts|reduced|reduces|lowered|lowers|decreased|slashed|trimmed|increased|raised|boosted)"
    r"(?:\s+[^\d,;()]{1,80}?)?\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    regex.IGNORECASE,
)
_TIMES_VERB_BEFORE = regex.compile(
    r"\b(?:increased|decreased|rose|risen|reduced|elevated|raised|multiplied|grew|higher|greater|"
    r"lower|more|less|by|about|approximately|nearly|almost|roughly|over)\s+$",
    regex.IGNORECASE,
)
_TIMES_THAT = regex.compile(r"\s+(?:that|those)\s+of\b|\s+(?:the|as|baseline|control)\b", regex.I)
_PP_GAP_AFTER = regex.compile(
    r"^\s?(?:absolute\s+)?(?:difference|gap|advantage|benefit|excess|disadvantage)\b", regex.I
)
_ULN_AFTER = regex.compile(
    r"^\s?(?:-?\s?(?:fold|times)|[x×])\s*(?:the\s+)?(?:upper\s+limit\s+of\s+(?:the\s+)?normal|ULN)\b",
    regex.IGNORECASE,
)
# how often an event happened in an arm: "occurred twice in A and three times in B"
_TIMES_IN_ARM = regex.compile(
    r"(?:\b(?:occurred|happened|was\s+(?:reported|recorded|seen|observed)|were\s+(?:reported|recorded))"
    r"(?:\s+(?:only|just))?\s+|\b(?:and|but|versus|vs\.?|compared\s+with)\s+(?:only\s+)?)"
    r"(?P<times>once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"(?=\s+(?:in|among|with|on)\s+(?:the\s+)?[^\W\d_])",
    regex.IGNORECASE,
)
_FOLD_AFTER = regex.compile(r"^\s?-?\s?(?:fold|times)\b", regex.IGNORECASE)
_FOLD_WORD = regex.compile(
    r"\b(?P<word>twice|two|three|four|five|six|seven|eight|nine|ten)(?:-\s?|\s)?(?:fold)\b"
    r"|\b(?P<fw>two|three|four|five|six|seven|eight|nine|ten)fold\b"
    r"|\b(?P<tw>twice|half|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times)?(?=\s+as\s)"
    # not "two times per day", "three times a week": a dosing frequency
    r"|\b(?P<tt>two|three|four|five|six|seven|eight|nine|ten)\s+times\b"
    r"(?!\s+(?:per|a|an|each|every|daily|weekly|monthly)\b)",
    regex.IGNORECASE,
)
# "morphine consumption was 12 mg vs 20 mg": an amount used is a result, not a dose given.
_CONSUMPTION = regex.compile(
    r"\b(?:consumption|consumed|requirements?|required|needed|needing|cumulative|usage|"
    r"intake|rescue|use\s+of|used|exposure)\b",
    regex.IGNORECASE,
)
_SCHEDULE_BEFORE = regex.compile(
    r"\b(?:for|over|in|after|following|(?<!(?:median|mean|average|total|number)\s)of)\s+"
    r"(?:up\s+to\s+)?$",
    regex.IGNORECASE,
)
_SCHEDULE_AFTER = regex.compile(
    r"^\s(?:[a-z-]+\s+){0,2}?(?:sessions|treatments|cycles|courses|fractions|injections|infusions|"
    r"applications|exposures)\b",
    regex.IGNORECASE,
)
_DOSING_BEFORE = regex.compile(
    r"\b(?:received|receive|receiving|given|giving|administered|doses?\s+of|dosed|dosing|"
    r"titrated|started|starting|initiated|assigned|randomi[sz]ed|allocated|infusion\s+of|bolus\s+of|"
    # not "those given Lidorel needed 0.09 mg/kg": an amount used after the arm's name
    r"loading|maintenance|daily|oral|intravenous|plus|or|either|with)\s+"
    # nor "777 mg with A and 2044 mg with placebo": the arm's phrase closed before the number
    r"(?:(?!(?:needed|required|used|consumed|took|received|and|vs|versus|than|was|were)\b)\w+\s+){0,2}$",
    regex.IGNORECASE,
)
_ACRONYM_THEN = regex.compile(
    r"\b[a-z]?[A-Z]{2,6}(?:-[A-Z]{1,4})?\s$"
)  # "CTAS 2/3", "sIGA 0/1", "vIGA-AD 0/1"
_SLASH_NEXT = regex.compile(r"^/\d{1,2}(?!\d)(?!\s*[(\[])")
_BRACKETED_NUMBER = regex.compile(r"\s*\(\s*[-+]?\d")
_BRACKETED_SHARE = regex.compile(r"\s*\(\s*\d+(?:\.\d+)?\s?%")
# "of the 25 mg and 50 mg groups": doses naming arms, even where rescue doses are results
_DOSE_NAMES_ARMS = regex.compile(
    r"^(?:\s*(?:,|and|or|vs\.?)\s*\d+(?:\.\d+)?\s?[a-zµ/]+)*\s*(?:dose\s+)?(?:groups?|arms?|cohorts?)\b",
    regex.IGNORECASE,
)
_PERCENT_NEXT = regex.compile(r"^\s?%")
_GLUED_CAPITAL = regex.compile(r"^[A-Z](?![a-z]{2})")
_ORDINAL_AFTER = regex.compile(r"^(?:st|nd|rd|th)\b")
# Snellen acuity: "UDVA of 20/20 or better", "20/40 vision"
_SNELLEN_AFTER = regex.compile(
    r"^/(?:10|12\.5|13|15|16|20|25|30|32|40|50|60|63|70|80|100|200|400)\b"
)
_THE_BEFORE = regex.compile(r"\b(?:the|all|both\s+of\s+the)\s+$", regex.IGNORECASE)
_NAMED_GROUPS_AFTER = regex.compile(
    r"^\s(?P<word>[^\W\d_][\w-]*)(?:\s[^\W\d_][\w-]*)?\s(?:groups|arms|cohorts)\b", regex.IGNORECASE
)
_GROUP_COUNT_AFTER = regex.compile(
    r"^\s(?:treatment\s+|study\s+)?(?:groups|arms)\b"
    # "in the 4, 8 and 12 KKW groups", "the 10 and 20 mg groups": numbers that label arms
    r"|^(?:\s?,\s?\d+(?:\.\d+)?)*\s?,?\s(?:and|or)\s\d+(?:\.\d+)?\s?(?:[^\W\d_][\w/µ]{0,10}\s)?(?:groups|arms)\b",
    regex.IGNORECASE,
)
_HYPHEN_DOSE = regex.compile(
    r"^-\s?(?:mg|µg|μg|mcg|ug|ng|g|ml|IU|units?|mg/kg|µg/kg|mcg/kg|mg/m2|mg/m²)(?![\w/])",
    regex.IGNORECASE,
)
_ON_SCALE = regex.compile(
    r"^\s?on\s+(?:an?|the)\s+(?:\d+|ten|five|seven|four|three|eleven|hundred)[-\s]point\s+(?:scale|score)",
    regex.IGNORECASE,
)
_TIME_LABEL_BEFORE = regex.compile(
    r"\b(?:day|week|month|year|visit|cycle|wk|d)\s?$", regex.IGNORECASE
)
_RESPONSE_LEVELS = frozenset({20.0, 50.0, 70.0, 75.0, 90.0, 100.0})
_SCORE_NAME_BEFORE = regex.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,5}[- ]?$")
_BOUND_BEFORE = regex.compile(
    r"\b(?:(?:more|greater|less|fewer)\s+than|at\s+least|over|up\s+to|nearly|almost|close\s+to)\s+$",
    regex.IGNORECASE,
)
_NONE_IN_ARM = regex.compile(
    r"(?<=\b(?:and|while|whereas|but|vs\.?|versus|compared\s+with|with)\s+(?:in\s+|among\s+)?)none\b"
    r"(?=\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:in|among|with|on|receiving|given)\s"
    # "in two of the Clearglide patients and none of the SaphLITE patients"
    r"|\s+of\s+(?:the|those|these)\s+(?:[\w+/-]+\s+){0,3}?"
    r"(?:patients|participants|subjects|women|men|children|infants|eyes|recipients)\b)",
    regex.IGNORECASE,
)
_QUOTED_SPEECH = regex.compile(
    r"[\"“”].{0,400}?\b(?:said|says|say|told|added|explained|noted)\b|\b(?:said|says)\s+(?:Dr|Prof|Professor|Mr|Ms|Mrs)\b"
    r"|^\W*[\"“]|[\"”]\W*$",
    regex.IGNORECASE,
)
_SPELLED_NUMERATOR_BEFORE = regex.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of|of\s+every)\s+$",
    regex.IGNORECASE,
)
_FREQUENCY_AFTER = regex.compile(r"^\s+(?:in|of\s+every)\s+(?:10|20|25|50|100|1,?000)(?![\d.,])")
_ONE_IN = regex.compile(
    r"(?<!up\sto\s|as\smany\sas\s|affects\s|affect\s)\b" + FREQUENCY + r"\b(?!\s?%)",
    regex.IGNORECASE,
)
# "a quarter of women on A and a fifth of those on placebo", "two-thirds of the patients": a
# fraction of people (not "by a quarter", "a third of the dose")
_FRACTION_OF_PEOPLE = regex.compile(
    r"(?<!\bby\s|\bup\sto\s|\bas\smany\sas\s|\baffects\s|\baffect\s|\bthan\s|\bover\s|\bunder\s)\b(?:"
    + FRACTION
    # "Half of the patients on A ...": half needs no article
    + r"|(?<!\b(?:a|an|one|and|by|in)\s)(?P<part>half))\s+(?:of|among)\s+(?=(?:the\s+|all\s+|these\s+)?"
    + r"(?:those|them\b|(?:[\w-]+\s+){0,3}?"
    + r"(?:patients|participants|subjects|women|men|children|infants|adults|people|recipients|users|"
    + r"mothers|babies|girls|boys|residents|athletes|smokers|volunteers|group|arm)\b))",
    regex.IGNORECASE,
)
# "falls were a quarter less common", "a third fewer admissions": a relative difference
_FRACTION_COMPARATIVE = regex.compile(
    r"\b(?:" + FRACTION + r")\s+(?P<way>less|lower|fewer|smaller|more|higher|greater|larger)\b",
    regex.IGNORECASE,
)
_EXACT_PERCENT = regex.compile(r"\d(?:\.\d+)?\s?%[^.;]{0,20}?\b(?:vs\.?|versus|and|against)\b")
_HEDGE_BEFORE = regex.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|just\s+(?:over|under))\s+$",
    regex.I,
)
# "fell by a quarter", "cut the risk by a third": a change written as a fraction
_BY_FRACTION = regex.compile(
    r"(?<!\bat\s+least\s|\bmore\s+than\s)\bby\s+(?:(?:about|around|roughly|some|over)\s+)?(?:"
    + FRACTION
    + r")\b(?!\s+(?:of|a|an|the|to)\b)",
    regex.IGNORECASE,
)
_WORD_PERCENT = regex.compile(
    r"\b(?P<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine)\s+(?:percent|per\ cent)\b",
    regex.IGNORECASE,
)
_SPREAD_THEN_UNIT = regex.compile(
    r"^\s?(?:(?:SD\s?)?(?:±|\+/-|\+-)|,?\s?SD\s?[=:]?)\s?" + num("sd")  # "–0.72, SD 1.1 kg/m2"
)
_BRACKET_THEN_UNIT = regex.compile(
    r"^\s?[(\[]\s?(?:(?:SD|SE|SEM|s\.d\.|IQR|range|\d{2}\s?%\s?(?:CI|confidence\s+interval))[\s,:=]*)?"  # "10.2 (SD 6.1) points"
    + num("sd")
    # "7 (4-10) days", "7 [IQR 4-10] days", "-1.4 (-2.0, -0.8) kg"
    + r"(?:\s?(?:-|–|to|,)\s?-?[\d.]+)?\s?[)\]]"
)
_PER_POPULATION = regex.compile(
    r"(?:\s(?:[a-z]+\s+)??|\s?(?=/))(?P<unit>(?:per\s+|/\s?)(?:100|1,?000|10,?000|100,?000|10\ 000|100\ 000)\s+"
    r"(?:person|patient|participant|child|woman|resident|bed|ventilator|catheter|IVD|device)?[-\s]?(?:years|days|months|admissions|births|deliveries|procedures)"
    r"|(?:[a-z]+\s+)?per\s+(?:person|patient|participant)[-\s](?:years?|months?|days?)"
    r"|(?:[a-z]+\s+)?per\s+(?:person|patient|participant)\s+per\s+(?:year|month))\b",
    regex.IGNORECASE,
)
_SLASH_PER = regex.compile(r"^/\s?")
_PER_PER = regex.compile(
    r"^(?P<noun>[a-z]+\s+)?per\s+(?P<who>person|patient|participant)\s+per\s+(?P<period>year|month)$",
    regex.IGNORECASE,
)
_RATIO_NOUN_BEFORE = regex.compile(
    r"\b(?P<noun>hazard|odds)\b[^.;()\d]{0,60}?\s(?:was|were|is|are)\s+(?:(?:about|approximately|nearly)\s+)?$",
    regex.IGNORECASE,
)
_NEXT_IN_LIST = regex.compile(
    r"^(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:and|while|whereas|but)\s+$", regex.IGNORECASE
)
_DOUBLED = regex.compile(r"\b(?:doubled|tripled)\b", regex.IGNORECASE)
_CONCENTRATION = regex.compile(
    r"^\s?(?!(?:in|of|with|among|for|on|at|the|both|all|each|vs|versus|and|or|per|who|that|from|to|than|"
    r"receiving|given|taking|using|treated|assigned|allocated|randomi[sz]ed)\b)"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:arm|group|arms|groups|solution|cream|gel|ointment|drops|eye\s+drops|"
    r"concentration|formulation|spray|wash|rinse|mouthwash|varnish|lotion|oxygen|O2|suspension|"
    r"toothpaste|dentifrice|foam|irrigant|strength|strengths|preparation|w/v|v/v|w/w)(?![\w-])"
    r"(?!\s+(?-i:[A-Z]|\d{1,2})\b)",  # "in 0.8% group A patients": a share of a labelled arm
    regex.IGNORECASE,
)
# "bupivacaine 0.5%", "glucose 5% or saline 0.9%": a solution's strength after its solute
_SOLUTES = (
    r"(?:saline|glucose|dextrose|lidocaine|lignocaine|bupivacaine|levobupivacaine|ropivacaine|"
    r"mepivacaine|tetracaine|chlorhexidine|povidone[-\s]iodine|ethanol|NaCl|mannitol|sucrose|"
    r"glycine|sorbitol|albumin|sevoflurane|isoflurane|desflurane|atropine|timolol|tropicamide)"
)
_SOLUTE_BEFORE = regex.compile(rf"\b{_SOLUTES}\s+$", regex.IGNORECASE)
# "7.5% NaCl plus 6.0% dextran 70": a solution's strength before its solute
_SOLUTE_AFTER = regex.compile(
    rf"^\s?%\s?(?:{_SOLUTES}|dextran|hydroxyethyl\s+starch|hetastarch|hypertonic\s+saline)\b"
    r"(?!\s+(?:levels?|concentrations?|was|were|is|in\b))",
    regex.IGNORECASE,
)
_STRENGTH_NAMED = regex.compile(
    r"\d\s?%\s+(?:strength|concentration|solution|formulation|preparation)\b", regex.I
)
_BREAK_AFTER = regex.compile(r"^\s*(?:[,;)]|\.(?!\d)|$|\b(?:and|or|compared|versus|vs)\b)", regex.I)
_GIVEN_BEFORE = regex.compile(
    r"\b(?:with|using|receiving|given|of|start\s+with|on)\s+$", regex.IGNORECASE
)
_NAME_ONLY_AFTER = regex.compile(
    r"^\s?(?!(?:vs|versus|and|or|than|compared|respectively)\b)[A-Za-z][\w-]+(?=\s*(?:,|\.|;|\)|$|\band\b|\bor\b|\bvs\b|\bversus\b))"
)
_EFFICACY_AFTER = regex.compile(
    r"^\s?(?:effective|efficacious|protective|protection)\b", regex.IGNORECASE
)
_EFFICACY_BEFORE = regex.compile(
    r"\b(?:efficacy|effectiveness)(?:\s+(?:against|for)\s+[^\d,;()]{1,50}?)?\s+(?:was|of|reached|:)\s+"
    r"(?:(?:about|approximately|roughly|an\ estimated)\s+)?$",
    regex.IGNORECASE,
)
_CHANGE_VERB_BEFORE = regex.compile(
    r"\b(?:fell|falls?|fallen|drop(?:ped|s)?|declin\w*|decreas\w*|reduc\w*|cut|cuts|lower\w*|"
    r"rose|rises?|risen|increas\w*|improv\w*|grew|grow\w*|climb\w*|jump\w*|shrank|shrunk|"
    r"slash\w*|trimm\w*|boost\w*)\b",
    regex.IGNORECASE,
)
_HALVED = regex.compile(
    r"(?<!roughly\s|almost\s|nearly\s|about\s|approximately\s|more\sthan\s|at\sleast\s)\b(?:halved|cut\ in\ half|reduced\ by\ half)\b",
    regex.IGNORECASE,
)
_PRE_CONTEXT = regex.compile(
    r"(?:\b(?:aged|age|ages|type|phase|grade|stage|class|step|visit|cycle|version|figure|"
    r"table|model|hospitals?|sites?|centres?|centers?|trials?|studies|chapter|NCT|ISRCTN|"
    r"statements?|items?|questions?|codons?|exons?|chromosomes?|chi|χ|"
    r"doses?|per|score\s+of\s+at\s+least|at\s+least|at\s+most|up\s+to|below|above|under|exceeding|"
    r"less\s+than|more\s+than|greater\s+than|fewer\s+than)\s*|(?:≥|≤|>=|<=|>|<)\s*"
    r"|\b(?:grade|stage|class|type|phase|level|statements?|items?|questions?|codons?|exons?)\s*\d+\s*(?:or|and|to|-|/|,)\s*)$",  # "Grade 3 or 4"
    regex.IGNORECASE,
)
_POST_PEOPLE = regex.compile(
    r"^\s?(?:(?!(?:in|among|for)\s)[a-z-]+\s+){0,2}?(?:patients|participants|subjects|women|men|children|adults|infants|"
    r"people|individuals|volunteers|persons|hospitals|sites|centres|centers|trials|studies|"
    r"practices|clinics|countries|households|pregnancies|mothers|neonates|newborns|smokers|residents|"
    r"years?\s+old|-year-old|year-old)\b"
    r"|^\s(?:patient|participant|subject|woman|man|child|infant|person|individual)\b"  # "only 1 patient"
    # "in 2 of the Clearglide patients": some of an arm's people
    r"|^\s(?:out\s+)?of\s+(?:the|those|these)\s+(?:(?!(?:\d|in\b|among\b))[\w+/-]+\s+){0,3}?"
    r"(?:patients|participants|subjects|women|men|children|infants|eyes|recipients)\b",
    regex.IGNORECASE,
)
_ENROLMENT = regex.compile(
    r"\b(?:randomi[sz]ed|randomly\ assigned|enrolled|enroled|assigned|allocated|recruited|included|"
    r"participated|screened|eligible|aged|age|were\ women|were\ men|completed)\b",
    regex.IGNORECASE,
)
_TEST_STATISTIC = regex.compile(
    r"(?:χ\s?2|χ²|chi\s?2|chi-squared?|\b[Xx]\s?2|\b[Xx]²|\b[tFzZUWHB]|\b[tF]\d{1,4}(?:,\s?\d{1,5})?|R2|R²|\bdf|\bd\.\s?f\.|τ|"
    r"kappa|κ|\bI2|I²|\b[Bb]eta|β|\bcoefficient)"  # "t144 = -5.761", "F1,415 = 7.104"
    r"\s*(?:\(\s*\d+(?:,\s*\d+)?\s*\))?\s*[=:]\s*-?$"
)
# "(r = 0.82; p = 0.0001)": a correlation coefficient is a result, stored as a value
CORRELATION_BEFORE = regex.compile(r"(?:\b(?:r|rs|rho)|ρ)\s*[=:]\s*-?$")
_DF_BEFORE = regex.compile(r"\b[tF]\d{1,4},\s?$")
_EQUALS_AFTER = regex.compile(r"^\s*=")
_AGE_AFTER = regex.compile(  # "patients 50 years of age or younger": who, not a result
    r"^\s?(?:years?|yrs?)\s+(?:of\s+age|old)\b|^-years?-old\b", regex.IGNORECASE
)
_DF_AFTER = regex.compile(r"^\s?(?:d\.\s?f\.|df\b|degrees?\s+of\s+freedom)", regex.IGNORECASE)
_RATIO_OR_CLOCK = regex.compile(r"\d:$")
_RATIO_OR_CLOCK_AFTER = regex.compile(r"^:\d")
_TIME_LIST = regex.compile(
    r"\b(?:weeks|days|months|years|visits|hours|cycles)\s+(?:\d+\s*(?:,\s*(?:and|or)?|and|or)\s*)*$",
    regex.IGNORECASE,
)
# "at week 4, 12 and 24": a list led by one singular time word
_SINGULAR_TIME_LIST = regex.compile(
    r"\b(?:at|by|on|from|in)\s+(?:week|day|month|year|visit|cycle)\s+\d+\s*(?:,\s*\d+\s*)*"
    r"(?:,\s*(?:and|or)?|,?\s*(?:and|or))\s*$",
    regex.IGNORECASE,
)
# "averaged 1.4 out of 10": the top of the scale a score is read on
_OUT_OF_SCALE_BEFORE = regex.compile(r"\d\.\d+\s+out\s+of\s+$", regex.IGNORECASE)
_TIME_LIST_GOES_ON = regex.compile(r"^(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+\b|^\s*(?:[.;)]|$)")
# "at 12 and 18 months", "at 1, 3, and 5 min": a list of timepoints, not arms.
_TIME_WORDS = r"(?:days?|weeks?|months?|years?|hours?|h|min|minutes?|wks?|mo|yrs?)\b"
# "by" after a change verb gives its size ("decreased by 3.6 and 3.9 days"), not a time
_TIME_BY = r"(?<!\b(?:[a-z]+ed|fell|rose|grew|cut|shrank)\s)by"
_TIME_PAIR_FIRST = regex.compile(
    rf"\b(?:at|{_TIME_BY}|after|over|within|between)\s+$", regex.IGNORECASE
)
_TIME_PAIR_REST = regex.compile(
    r"^(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s+(?:and|or|to)\s+\d+(?:\.\d+)?\s*" + _TIME_WORDS,
    regex.IGNORECASE,
)
_TIME_PAIR_SECOND = regex.compile(
    rf"\b(?:at|{_TIME_BY}|after|over|within|between)\s+\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s*(?:(?:and|or|to)\s+)?$",
    regex.IGNORECASE,
)
# "After 3 months and 6 months of treatment", "values 72 hours and 7 days after injury":
# times each written with a unit, listed together
# "... of treatment", "... after injury": the words that place times after an event
_AFTER_EVENT = r"(?=\s+(?:of\s+(?:treatment|therapy|follow-up|intervention)|after|post|from|following|later)\b)"
_TIMED_PAIR_FIRST = regex.compile(
    rf"^\s?{_TIME_WORDS}\s*,?\s+(?:and|or)\s+\d+(?:\.\d+)?\s?{_TIME_WORDS}{_AFTER_EVENT}",
    regex.IGNORECASE,
)
_PERCENT_SIGN = regex.compile(r"%(?![/\w])")
_TIME_TO_SHARE = regex.compile(r"\b(?:time|days|weeks|months)\s+to\s+$", regex.IGNORECASE)
_NAMED_BY_NUMBER = regex.compile(r"^\s?\(\s?[A-Za-z][A-Za-z-]{0,8}?-?(?P<digits>\d+)\s?\)")
# "the day before surgery and 4, 12 and 24 months postoperatively": numbers listed before
# a time word and a word placing them after an event
_TIMES_THEN_AFTER = regex.compile(
    rf"^(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+\s?{_TIME_WORDS}\s+"
    r"(?:post-?operatively|postoperative|post-?dose|post-?injection|post-?partum|after|later|of\s+follow-up)\b",
    regex.IGNORECASE,
)
# "stay was 5 days and 7 days after surgery": numbers a verb or summary leads to are results
_RESULT_LEAD = regex.compile(
    r"\b(?:was|were|is|are|of|median|mean|average|averaged|lasted|took|required)\s+"
    r"(?:\d+(?:\.\d+)?\s?\w+\s*,?\s+(?:and|or)\s+)?$|[:=]\s*$",
    regex.IGNORECASE,
)
_TIMED_PAIR_SECOND = regex.compile(
    rf"\b\d+(?:\.\d+)?\s?{_TIME_WORDS}\s*,?\s+(?:and|or)\s+$", regex.IGNORECASE
)
_TIMED_PAIR_END = regex.compile(
    rf"^\s?{_TIME_WORDS}{_AFTER_EVENT}",
    regex.IGNORECASE,
)
_TIME_UNIT_AFTER = regex.compile(
    r"^(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s*(?:(?:and|or|to)\s+\d+(?:\.\d+)?\s*)?" + _TIME_WORDS,
    regex.IGNORECASE,
)
_LEVEL_AFTER = regex.compile(
    r"^\s?%\s?(?:CI|C\.I|CrI|UI|CL\b|confidence|credible|uncertainty)", regex.IGNORECASE
)
_HYPHEN_CHANGE = regex.compile(
    r"^-(?P<unit>point|percentage-point|kg|mmHg|cm|mm|letter|day|beat)s?"
    r"(?=\s+(?:(?:mean|average|greater|larger|smaller|relative|absolute)\s+)?(?:"
    + _CHANGE_NOUNS
    + r"|difference|gap|advantage|benefit|excess)\b)",
    regex.IGNORECASE,
)
_HYPHEN_UNITS = {
    "point": "points",
    "percentage-point": "pp",
    "letter": "letters",
    "day": "days",
    "beat": "bpm",
}
# "10mWT", "6MWD": a number glued to capitals is part of a test's name
_GLUED_NAME = regex.compile(r"^[mk]?(?!(?:IU|MIU|HU|MU|PFU|CFU)\b)[A-Z]{2,}\b")  # not "20mIU
_HYPHEN_ADJECTIVE = regex.compile(r"^-(?!fold)[a-z]", regex.IGNORECASE)
_THRESHOLD_AFTER = regex.compile(
    r"^\s?(?:or\s+(?:less|more|greater|higher|lower|above|below|fewer|over|under|worse|better)\b|\+\s|or\s+\d)"
    r"|^\s?(?:times\s+)?(?:the\s+)?(?:upper\s+limit\s+of\s+(?:the\s+)?normal|ULN)\b",  # "3 times the ULN"
    regex.IGNORECASE,
)
_DEMOGRAPHIC_AFTER = regex.compile(
    r"^\s?(?:were\s+)?(?:women|men|female|male|white|black|asian|hispanic|girls|boys|current\s+smokers|"
    r"caucasian|african|japanese|chinese|european|korean|indian|latino|latina|non-hispanic)\b",
    regex.IGNORECASE,
)
_DEMOGRAPHIC_ONLY = regex.compile(_DEMOGRAPHIC_AFTER.pattern + r"\s*(?:[,;.)\]]|and\b|$)", regex.I)
_DEFINITION = regex.compile(r"\bdefined\s+(?:as|by)\b[^,;()]*$", regex.IGNORECASE)
_OUTCOME_DEFINITION = regex.compile(
    r"\b(?:outcome|endpoint|end\ point|composite)\s*\(\s*(?:an?\s+|defined\s+as\s+(?:an?\s+)?|i\.e\.,?\s+)$",
    regex.IGNORECASE,
)
_MONTH_BEFORE = regex.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s$"
)
_MONTH_AFTER = regex.compile(  # "1 December 2000", "31st Jan 2001": a day of a date
    r"^(?:st|nd|rd|th)?\s(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s|,)\s?(?:\d{4}|\d{2}\b)"
)
_COMPARED_AFTER = regex.compile(
    # "at 13.8 months with A and 13.1 months", not "at 30 days and 36.7% versus 41.5%"
    r"^\s?(?:vs\.?|versus|compared|and\s+\d[\d.,·]*(?![\d.,·]|\s?%|\s?per\s?cent)|\(\s*(?:IQR|95%|range|SD))",
    regex.IGNORECASE,
)


_SHARE_OF = regex.compile(
    r"""
    \s?(?:\([^()]{0,40}\)\s*)?of\s+(?:the\s+|all\s+|\d[\d,]*\s+)*
    (?:[\w+α-ω-]+\s+){0,3}?
    (?:patients|participants|subjects|women|men|children|people|infants|adults|students|
       individuals|persons|recipients|users|those|group|groups|arm|arms|cohort|eyes|
       households|mothers|neonates|babies|residents|survivors|smokers)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def share_of_people(norm: str, pos: int) -> bool:
    """Whether a percentage ending at ``pos`` is a share of people ("41% of treated patients").

    >>> share_of_people("41.2% of selvafibrate-treated patients versus", 5)
    True
    >>> share_of_people("35% reduction of TNF", 3)
    False
    """
    return _SHARE_OF.match(norm, pos) is not None


def changed_by(norm: str, pos: int) -> bool:
    """A change verb stands before ``pos``: "increased physical activity by |23 minutes"."""
    window = norm[max(0, pos - 80) : pos]
    if _VERB_BEFORE.search(window) is not None:
        return True
    # "shrank by 19 minutes with the app and by |7 minutes with the website": the second size
    # of one change verb
    return bool(_parallel_verb(norm, pos))


def _parallel_verb(norm: str, pos: int) -> str:
    """The change verb of an earlier "by" that the "... and by" before ``pos`` repeats."""
    parallel = _PARALLEL_BY.search(norm, max(0, pos - 130), pos)
    if parallel is None:
        return ""
    verbs = list(
        _CHANGE_VERB_BEFORE.finditer(norm, max(0, parallel.start() - 60), parallel.start())
    )
    return verbs[-1].group() if verbs else ""


_PARALLEL_BY = regex.compile(
    # not "reported by 38.1% of A and by 19.6% of controls": the agent, no size of a change
    r"(?<!\b(?:reported|achieved|attained|reached|experienced|seen|observed|met|needed|required|"
    r"used|preferred|chosen|rated|given|taken|done|performed|cleared|passed|completed)\s)\bby\s+(?:(?:a\s+mean|an\s+average|a\s+median)\s+of\s+|about\s+|around\s+)?[-−]?\d[^;]{0,100}?"
    r"\b(?:and|but|while|whereas|versus|vs\.?|compared\s+with)\s+(?:only\s+|just\s+)?by\s+$",
    regex.IGNORECASE,
)


def compared_after(norm: str, pos: int) -> bool:
    """ "at 13.8 months with drug and 13.1 months with placebo": a time compared is a value."""
    if _COMPARED_AFTER.match(norm[pos : pos + 20]):
        return True
    arm = arm_after(norm, pos)
    return arm is not None and (
        bool(_ARM_WORD.search(arm[0]))
        or control_strength(arm[0]) > 0
        or (_COMPARED_LATER.search(norm[arm[2] : arm[2] + 40]) is not None)
    )


_GROUP_LABEL = regex.compile(
    r"\b(?:group|arm|cohort|population|part|score|scale|index)\s$", regex.IGNORECASE
)
_SCORE_LABEL = regex.compile(r"\b(?:score|scale|index)\s$", regex.IGNORECASE)
_ARM_WORD = regex.compile(r"\b(?:group|arm|cohort|recipients|users)s?\b", regex.IGNORECASE)
_COMPARED_LATER = regex.compile(
    r"^\s*(?:,\s*)?(?:(?:vs|versus|compared|against|than)\b|and\s+\d)", regex.IGNORECASE
)
_VERSUS_NEXT = regex.compile(r"^\s?(?:vs\.?|versus)\s", regex.IGNORECASE)
_TIME_CONTEXT_BEFORE = regex.compile(
    r"\b(?:at|by|after|within|over|for|during|until|through|up\ to|before|in\ the\ first|"
    r"follow-up\ of|followed\ for|followed\ up\ for|every|each|per|lasting|aged|age|"
    r"postoperative|post-operative|post-treatment)\s+(?:the\s+)?(?:first\s+|last\s+|next\s+|past\s+|previous\s+)?$",
    regex.IGNORECASE,
)
_ARM_DURATION_BEFORE = regex.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated|switched)\s+to\s+(?:(?:receive|a|the)\s+)?$", regex.I
)
_SCALE_ANCHOR_AFTER = regex.compile(
    r"^\s?=\s?(?:totally|not|no|very|worst|best|none|never|always|[a-z]+ly\b|[a-z]{4,}\b)"
)
_RANGE_AFTER = regex.compile(r"^\s?(?:-|to)\s?\d")
# "a median of 5 (IQR, 5-6) injections": a number a summary statistic introduces
SUMMARY_BEFORE = regex.compile(r"\b(?:median|mean|average)\s+(?:of\s+)?$", regex.I)
# Nouns counted per person: "3.22 episodes versus 3.02 episodes" (a mean count of events per
# person, in those events), "a median of 5 (IQR, 5-6) injections".
COUNTED_NOUNS = frozenset(
    {"episodes", "events", "exacerbations", "attacks", "infections", "visits", "falls", "seizures",
     "relapses", "admissions", "stools", "injections", "infusions", "transfusions"}
)  # fmt: skip
_EVENTS_PER_HEAD = regex.compile(
    rf"^(?:\s?\([^()]{{1,30}}\))?\s(?P<noun>{'|'.join(sorted(COUNTED_NOUNS))})\b"
    r"(?!\s+(?:per|/|of\s+\w+\s+per)\b)",
    regex.IGNORECASE,
)
_AT_BEFORE = regex.compile(r"\bat\s+$", regex.I)
_LABEL_COLON = regex.compile(r"(?:\s?[^\s:;,()\d][^\s:;,()]{0,14})?\s?:\s")
_TIMES_BEFORE = regex.compile(r"\d\s?[x×\*]\s?$")
_EXPONENT_AFTER = regex.compile(r"^\s?(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])")
_CHANGED_FROM_BEFORE = regex.compile(
    r"\b(?:decreased|increased|fell|rose|dropped|declined|improved|changed|went\s+(?:up|down)|reduced|"
    r"climbed|grew|worsened|shifted|moved)\b[^;]{0,80}\bfrom\s*$",
    regex.IGNORECASE,
)
_CHANGE_SHARE_BEFORE = regex.compile(r"^\s?\(\s?$")
_COMPARATIVE_BRACKET_BEFORE = regex.compile(
    r"\b(?P<word>lower|higher|less|more|fewer|greater|smaller|larger|shorter|longer|faster|slower)"
    r"\s*\(\s*(?:by\s+)?$",
    regex.IGNORECASE,
)
_TIME_NOUN_AFTER = regex.compile(
    r"\s+(?P<unit>days|hours|weeks|months|years|minutes)\b(?!\s+per\b)", regex.I
)
_PLURAL_NOUN_AFTER = regex.compile(r"\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b")
_THAN_LATER = regex.compile(r"^\s?\)[^;]{0,120}?\b(?:than|compared|vs|versus)\b", regex.IGNORECASE)
# "the 7 day trial", "52 week study": a singular time unit used as an adjective.
_SINGULAR_TIME_ADJECTIVE = regex.compile(
    r"^\s(?:day|week|month|year|hour)\s+(?!(?:of|after|before|post|from|and|or|to|in|for|vs|"
    r"versus|compared|than|with|at|since|later|earlier|longer|shorter|more|less|fewer|p|on|was|"
    r"were|is|are|had|has|difference|increase|decrease|reduction|gain|loss|delay|shorter)\b)[a-z]"
)


# Spelled-out counts read like numerals: "Nineteen (15.8%) of 120", "seven out of 30 patients",
# "Five of the nine lambs".
_EVENT_NOUNS = (
    r"(?:deaths|cases|events|episodes|infections|relapses|fractures|complications|exacerbations|"
    r"admissions|reactions|stillbirths|seizures|strokes|patients|participants|children|women|men)"
)
_WORD_COUNT = regex.compile(
    # "no deaths in the relzatrelvir arm and four deaths in the placebo arm": a count of zero
    # for one arm, set against another arm's count
    r"\b(?P<word>no)\b(?=\s+(?:[a-z-]{3,}\s+)?"
    + _EVENT_NOUNS
    + r"\s+(?:(?:were|was)\s+[a-z]+\s+|occurred\s+)?(?:in|among|on|with)\s+(?:the\s+)?"
    r"(?!(?:either|both|any|all|each)\b)[\w+/-]+(?:\s+[\w+/-]+){0,3}?\s+(?:group|arm)\b"
    r"[^.;]{0,40}?\b(?:and|but|compared\s+with|versus|vs\.?|against|while|whereas)\s"
    r"(?:(?:in|among)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
    # not the "five" of "one in five (21%)": the denominator of a spelled share
    r"|"
    r"(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of|of\s+every)\s)"
    rf"\b(?P<word>{_SPELLED_COUNT})\b"
    # not "randomized into one of two educational interventions": a choice among arms
    rf"(?=\s+(?:\(\s?\d|(?:out\s+)?of\s+(?:the\s+)?(?:\d|(?:{_SPELLED_COUNT})\s+(?!(?:[\w-]+\s+)?"
    r"(?:groups?|arms?|interventions?|treatments?|strategies|regimens?|conditions?|sessions?|doses?|"
    r"programmes?|programs?|schedules?|approaches|options?|methods?)\b)[a-z])"
    # "in two of the Clearglide patients": some of an arm's people
    r"|of\s+(?:the|those|these)\s+(?:(?!(?:\d|in\b|among\b))[\w+/-]+\s+){0,3}?"
    r"(?:patients|participants|subjects|women|men|children|infants|eyes|recipients)\b))"
    rf"|(?<!\bin\s)\b(?P<word>{_SPELLED_COUNT})\b"
    # "four maternal deaths": one adjective may stand before the noun counted
    r"(?=\s+(?:(?!(?:of|in|on|at|to|and|or|more|fewer|less|times|per)\b)[a-z-]{3,}\s+(?=(?:deaths|cases|events|"
    r"episodes|infections|relapses|fractures|complications|exacerbations|admissions|reactions|"
    r"stillbirths|births|transplants)\b))?(?:patients|participants|people|children|women|men|"
    r"infants|subjects|deaths|cases|events|patient|participant|child|woman|man|infant|subject|"
    r"death|case|event|person|episodes?|infections?|relapses?|fractures?|complications?|"
    r"exacerbations?|admissions?|reactions?)\b)"
    # "two deaths in the surgery alone group and one in the chemotherapy group": the second
    rf"|(?<=\b(?:{_SPELLED_COUNT}|\d+|no)\s+(?:[\w-]+\s+)?(?:deaths?|events?|cases?|patients?|episodes?|"
    r"infections?|relapses?|fractures?|complications?|exacerbations?|admissions?|stillbirths?|"
    r"transplants?)\b[^.;]{0,60}?\b(?:and|compared\s+with|versus|vs\.?|against)\s)"
    rf"(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:in|among|on|with)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){{0,3}}?\s+(?:group|arm)\b"
    # "and six among women given oxytocin", "and two on the inactive gel"
    r"|\s+(?:among|in)\s+(?:those|women|men|patients|participants|children|people|recipients)\b"
    r"|\s+on\s+(?:the\s+)?[\w+/-]+"
    r"|\s+(?:during|after|whilst\s+on|while\s+on|with)\s)"
    # "27 in the levamisole group and seven in the placebo group": the second of two counts
    r"|(?<=\b\d+\s+(?:in|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){0,3}?\s+(?:group|arm)\b[^.;]{0,50}?"
    r"\b(?:and|but|vs\.?|versus|compared\s+with)\s)"
    rf"(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:in|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){{0,3}}?\s+(?:group|arm)\b)"
    # "two in the rapid-pathway group and three in the standard group": two spelled counts, each
    # in its arm
    rf"|\b(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:in|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){{0,3}}?\s+"
    rf"(?:group|arm)\b[^.;\d]{{0,40}}?\b(?:and|but|vs\.?|versus|compared\s+with|against)\s+"
    rf"(?:{_SPELLED_COUNT}|none|no)\s+(?:in|among)\s)"
    rf"|(?<=\b(?:{_SPELLED_COUNT})\s+(?:in|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){{0,3}}?\s+(?:group|arm)\b"
    r"[^.;\d]{0,40}?\b(?:and|but|vs\.?|versus|compared\s+with|against)\s)"
    rf"(?P<word>{_SPELLED_COUNT}|none)\b(?=\s+(?:in|among)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+){{0,3}}?\s+(?:group|arm)\b)"
    # "Four vs two events of severe hypoglycaemia": the first of two counts
    rf"|\b(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:vs\.?|versus)\s+(?:{_SPELLED_COUNT})\s+[a-z])"
    # "seven, five and six events in the A, B and C groups": a list of counts
    rf"|\b(?P<word>{_SPELLED_COUNT})\b(?=(?:\s*,\s*(?:{_SPELLED_COUNT}))*,?\s+(?:and|or)\s+"
    rf"(?:{_SPELLED_COUNT})\s+(?:events?|patients|participants|falls|deaths|cases|episodes)\b)"
    rf"|(?<=\b(?:{_SPELLED_COUNT}),\s)(?P<word>{_SPELLED_COUNT})\b(?=(?:\s*,\s*(?:{_SPELLED_COUNT}))*,?\s+(?:and|or)\s+)"
    rf"|(?<=\b(?:{_SPELLED_COUNT}),?\s+(?:and|or)\s)(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:events?|falls|episodes)\b)"
    # "on a median of two days, against five days in the dummy group": summary times
    rf"|(?<=\b(?:median|mean|average)\s+of\s+)(?P<word>{_SPELLED_COUNT})\b(?=\s+{_TIME_UNITS}\b)"
    rf"|(?<=\b(?:median|mean|average)\s+of\s+(?:{_SPELLED_COUNT})\s+{_TIME_UNITS}\b[^.;\d]{{0,40}}?"
    rf"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|and)\s+)(?P<word>{_SPELLED_COUNT})\b"
    # "a median of four days, compared with seven in the placebo group": the unit said once
    rf"(?=\s+{_TIME_UNITS}\b|\s+(?:in|among|on|with|for)\s)"
    # "dropped by three points ..., compared with barely one point": spelled sizes of changes
    r"|(?<=\b(?:by|against|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:(?:about|nearly|almost|roughly|just|only|barely|around|some|an\s+average\s+of|a\s+mean\s+of|"
    r"a\s+median\s+of)\s+)?)"
    rf"(?P<word>{_SPELLED_COUNT})\b(?=\s+(?:points?|percentage\s+points?|{_TIME_UNITS}|kilograms?|kilos|"
    r"pounds|centimet(?:re|er)s?|millimet(?:re|er)s?|lit(?:re|er)s?|millilit(?:re|er)s?)\b)",
    regex.IGNORECASE,
)


def _numerals(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every numeral and spelled-out count, in text order."""
    found = [(*m.span("value"), m.group("value")) for m in _NUMBER.finditer(norm)]
    found += [(*m.span("word"), m.group("word")) for m in _WORD_COUNT.finditer(norm)]
    return sorted(found)


class _Claims:
    """Mentions already read in a sentence, kept sorted for quick overlap tests.

    >>> claims = _Claims([EffectMention(start=4, end=9, measure=EffectMeasure.HAZARD_RATIO, value=0.8)])
    >>> claims.overlaps(0, 4), claims.overlaps(8, 12)
    (False, True)
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._items: list[Mention] = []
        self._spans: list[tuple[int, int]] = []
        self._longest = 0
        for mention in mentions:
            self.append(mention)

    def append(self, mention: Mention) -> None:
        self._items.append(mention)
        bisect.insort(self._spans, (mention.start, mention.end))
        self._longest = max(self._longest, mention.end - mention.start)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any claimed span shares a character with ``[start, end)``."""
        low = bisect.bisect_left(self._spans, (start - self._longest,))
        high = bisect.bisect_left(self._spans, (end,))
        return any(start < span_end for _, span_end in self._spans[low:high])


@cache
def _dose_units() -> frozenset[str]:
    return frozenset(u.lower() for u in cues().dose_units)


def _is_dose(unit: str | None) -> bool:
    return unit is not None and unit.lower() in _dose_units()


def is_dose(unit: str | None) -> bool:
    """Whether a unit is one doses are given in ("mg", "mg/kg", "IU"), from the cue lexicon."""
    return _is_dose(unit)


@cache
def dose_amount() -> regex.Pattern[str]:
    """A number with a dose unit ("10 mg/kg", "400 IU", "4-mg"), the units from the cue lexicon."""
    units = sorted(_dose_units(), key=len, reverse=True)
    alternatives = "|".join(regex.escape(u) for u in units)
    return regex.compile(rf"\b\d+(?:\.\d+)?(?:\s|-)?(?:{alternatives})(?![\w/])", regex.I)


def _is_time(unit: str | None) -> bool:
    return unit in {"days", "weeks", "months", "years", "hours", "minutes", "seconds"}


_CHANGE_NOUN_AFTER = regex.compile(
    r"\s?%\s?(?:or\s+(?:more|greater|higher)\s+)?(?:improvement|reduction|decrease|decline|drop|fall|"
    r"response|relief|clearance)\b",
    regex.IGNORECASE,
)
_REACHED_AFTER = regex.compile(
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:(?:achieved|reached|attained|met|reported|seen|observed)\s+"
    r"(?:by|in)\s+(?:(?:about|around|nearly|almost|only|just)\s+)?\d|(?:achieved|reached|attained)\b)",
    regex.IGNORECASE,
)
CLEARED_BY = regex.compile(
    r"\b(?:was|were)\s+(?:achieved|attained|reached|met)\s+by\s+"
    r"(?:(?:about|around|nearly|almost|only|just)\s+)?$",
    regex.IGNORECASE,
)
_THRESHOLD_LEAD = regex.compile(
    r"(?:^|[.;:]\s|^\W*\b)(?:an?|at\s+least\s+(?:an?\s+)?)\s*$", regex.IGNORECASE
)


@cache
def _cleared_by_people() -> regex.Pattern[str]:
    # "51.3% of patients on A achieved a", "44% of those given the drug had a"
    return regex.compile(
        rf"(?:%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{people_nouns()}|those)\b[^.;%]{{0,70}}?"
        # "Half of the women on A (50.4%) had at least a 75% reduction": the share in brackets
        rf"|\b(?:{people_nouns()}|those)\b[^.;%()]{{0,40}}?\(\s?\d+(?:\.\d+)?\s?%\s?\)\s+)"
        r"\b(?:achieved|reached|attained|experienced|had|showed|obtained)\s+(?:an?\s+)?(?:at\s+least\s+(?:an?\s+)?)?$",
        regex.IGNORECASE,
    )


def _responder_threshold(norm: str, start: int, end: int) -> bool:
    """A percent change that defines responders: "achieved a 90% improvement", "A 75%
    improvement in EASI was reached by 38%"."""
    if (noun := _CHANGE_NOUN_AFTER.match(norm, end)) is None:
        return False
    before = norm[max(0, start - 160) : start]
    if _cleared_by_people().search(before):
        return True
    return bool(_THRESHOLD_LEAD.search(before) and _REACHED_AFTER.match(norm, noun.end()))


def _named_group_after(norm: str, pos: int) -> bool:
    """An arm named with its group word right after ``pos``: "in the exercise group"."""
    arm = arm_after(norm, pos)
    return arm is not None and _ARM_WORD.search(arm[0]) is not None


def find_quantities(
    norm: str, offset: int, taken: Sequence[Mention]
) -> tuple[list[ValueMention], list[EffectMention]]:
    """Arm-value candidates and relative/fold differences in a normalised sentence.

    ``taken`` holds the statistics already found; their numbers are not read again.

    >>> values, effects = find_quantities("65% in the A group vs 45% in B", 0, [])
    >>> [(v.value, v.unit) for v in values]
    [(65.0, '%'), (45.0, '%')]
    >>> values, _ = find_quantities("it decreased by 3.5 points", 0, [])
    >>> [(v.value, v.measure.value if v.measure else None) for v in values]
    [(-3.5, 'absolute_change')]
    >>> _, effects = find_quantities("was 20% lower in the A group", 0, [])
    >>> [(e.measure.value, e.value) for e in effects]
    [('relative_difference', -20.0)]
    """
    values: list[ValueMention] = []
    effects: list[EffectMention] = []
    claimed = _Claims(taken)
    skip_until = 0
    consumption = _CONSUMPTION.search(norm) is not None  # once per sentence, not per number
    for start, numeral_end, raw in _numerals(norm):
        end = numeral_end  # grows over a power of ten ("1.5 x 10^9")
        if start < skip_until or claimed.overlaps(offset + start, offset + end):
            continue
        value = (
            parse_number(raw)
            if raw[:1].isdigit() or raw[:1] in "-.+£$€"
            else 0.0
            if raw.lower() in {"no", "none"}
            else parse_word_number(raw)
        )
        if value is None:
            continue
        if _POSTERIOR_BEFORE.search(norm, max(0, start - 60), start):
            continue  # "a posterior probability of benefit of 96%": a belief, no arm's result
        if _CLOCK_AFTER.match(norm, end) or _PHONE_NUMBER.match(norm, start):
            continue  # "8 a.m. to 6.30 pm", "1-800-555-0142": a time of day, a phone number
        if _responder_threshold(norm, start, end):
            continue  # "51% of patients achieved a 90% improvement in PASI": the bar they cleared
        before, after = norm[max(0, start - 60) : start], norm[end : end + 80]
        before = _APPROXIMATE_SIGN.sub("  ", before)  # "increased by ~50%" reads as "by 50%"
        if (
            _ACRONYM_THEN.search(before)
            and value <= 10
            and (grade := _SLASH_NEXT.match(after)) is not None
        ):
            # "(CTAS 2/3)", "ACR 20/50": grades of a named scale, no count
            skip_until = end + grade.end()
            continue
        if before.endswith(("[", "-")) and not before.endswith(" -"):
            if before.endswith("[") and not _PERCENT_NEXT.match(after):
                continue  # "[12]", "[3, 4]": a reference, but "[51.1% (157/307) ..." is a result
            if before[-2:-1].isdigit():  # the second half of a bare range "4-9"
                continue
        if (
            _RANGE_AFTER.match(after)
            and not _FOLD_AFTER.match(after)
            and not _CHANGED_FROM_BEFORE.search(before)  # "decreased from 5.4 to 3.1": two levels
        ):
            # "aged 45-70", "4-9": a bare range is no result
            range_end = _RANGE_TAIL.match(after)
            skip_until = end + (range_end.end() if range_end else 0)
            continue
        if _SPELLED_NUMERATOR_BEFORE.search(before) and "." not in raw:
            continue  # "one in 20 on midazolam": the denominator of a share read in words below
        if (per := _FREQUENCY_AFTER.match(after)) is not None and "." not in raw:
            # "3 in 100 people, compared with 1 in 100", "18 of every 100 residents": a share
            # written as a frequency, read with the spelled ones below
            skip_until = end + per.end()
            continue
        if value is not None and -1 <= value <= 1 and CORRELATION_BEFORE.search(before):
            values.append(
                ValueMention(
                    start=offset + start,
                    end=offset + end,
                    value=value,
                    unit=None,
                    measure=Measure.VALUE,
                )
            )
            continue  # "(r = 0.82; p = 0.0001)": a correlation coefficient
        if (
            _PRE_CONTEXT.search(before)
            or _LEVEL_AFTER.match(after)
            or _TEST_STATISTIC.search(before)
            or _DF_AFTER.match(after)  # "(chi 2 = 3.51, 1 d.f., P > 0.05)"
            or _AGE_AFTER.match(after)
            or (_DF_BEFORE.search(before) and _EQUALS_AFTER.match(after))  # "F1,415 = 7.1"
        ):
            continue
        if (
            _RATIO_OR_CLOCK.search(before[-3:])
            or _RATIO_OR_CLOCK_AFTER.match(after)
            or _TIME_LIST.search(before)
            or (_SINGULAR_TIME_LIST.search(before) and _TIME_LIST_GOES_ON.match(after))
            or _OUT_OF_SCALE_BEFORE.search(before)
        ):
            continue  # "2:1 ratio", "08:00", "at weeks 0, 4, 12 and 24"
        if (
            _ORDINAL_AFTER.match(after)
            or (raw == "20" and _SNELLEN_AFTER.match(after))
            or _GROUP_COUNT_AFTER.match(after)
            or (
                # "in the 2 four-month groups", "of the 3 active arms": how many arms
                value in {2.0, 3.0, 4.0, 5.0, 6.0}
                and "." not in raw
                and _THE_BEFORE.search(before)
                and (named := _NAMED_GROUPS_AFTER.match(after)) is not None
                and not _is_dose(named.group("word").lower())
            )
        ):
            continue  # "the 3rd decimal place", "20/20 vision", "between the 2 groups"
        if _TIMES_BEFORE.search(before) and _EXPONENT_AFTER.match(after):
            continue  # "below 1.0 × 10^9/L": the ten of a power whose number was no result
        if _SCHEDULE_BEFORE.search(before) and _SCHEDULE_AFTER.match(after):
            continue  # "for 40 hourly sessions", "over 6 cycles": the treatment's schedule
        if _HYPHEN_DOSE.match(after):
            continue  # "the 10-µg implant", "a 5-mg dose": a strength that names an arm
        if _TIME_PAIR_FIRST.search(before) and _TIME_PAIR_REST.match(after):
            continue  # "at 12 and 18 months": timepoints, not arms
        if _TIME_PAIR_SECOND.search(before) and _TIME_UNIT_AFTER.match(after):
            continue
        if _PERCENT_SIGN.match(after) and _TIME_TO_SHARE.search(before):
            continue  # "Median time to 95% re-epithelialisation": a share that names the event
        if (named := _NAMED_BY_NUMBER.match(after)) is not None and named.group("digits") == raw:
            continue  # "plasminogen activator inhibitor 1 (PAI-1)": the number is part of a name
        if _TIMES_THEN_AFTER.match(after):
            continue  # "and 4, 12 and 24 months postoperatively": a list of timepoints
        if not _RESULT_LEAD.search(before) and (
            _TIMED_PAIR_FIRST.match(after)
            or (_TIMED_PAIR_SECOND.search(before) and _TIMED_PAIR_END.match(after))
        ):
            continue  # "After 3 months and 6 months of treatment": two timepoints
        if (power := _POWER.match(after)) is not None:
            exponent = parse_exponent(power.group("exp") or power.group("sup") or "")
            if exponent is not None:
                value *= 10.0**exponent
                end += power.end()
                after = norm[end : end + 80]
        unit_found = unit_after(norm, end)
        unit, unit_end = unit_found if unit_found else (None, end)
        if unit is None and _SCALE_ANCHOR_AFTER.match(after):
            continue  # "On a scale where 1 = totally unacceptable and 10 = ...": an anchor
        if unit is None and _GLUED_CAPITAL.match(after):
            continue  # "23S rRNA", "5HT3": a name that starts with digits
        if (
            unit is None
            and ("." in raw or SUMMARY_BEFORE.search(before))
            and (rate := _EVENTS_PER_HEAD.match(after)) is not None
        ):
            unit, unit_end = (
                rate.group("noun").lower(),
                end + rate.end(),
            )  # "3.22 episodes versus 3.02"
        if unit is None and _ON_SCALE.match(after):
            unit = "points"  # "averaging 6.1 on a 10-point scale": a score in points
        if unit is None and (currency := currency_of(raw)) is not None:
            unit = currency
        spread = (
            (_SPREAD_THEN_UNIT.match(after) or _BRACKET_THEN_UNIT.match(after))
            if unit is None
            else None
        )
        # "8.0 ± 10.7 mmHg": the unit stands after the SD
        late_unit = unit_after(norm, end + spread.end()) if spread is not None else None
        if late_unit is not None:
            unit, unit_end = late_unit
        if unit is not None:
            unit, unit_end = with_period(unit, norm, unit_end)  # "mL/min per year"
        elif (per := _PER_POPULATION.match(norm, end)) is not None:
            # "38.2 per 100 person-years", "1.12 falls per person-year"
            unit, unit_end = per.group("unit").strip().replace(",", ""), per.end()
            unit = _SLASH_PER.sub("per ", unit)  # "6.29/1,000 days" -> "per 1000 days"
            unit = _PER_PER.sub(r"\g<noun>per \g<who>-\g<period>", unit)  # "per person per year"
        after_unit = norm[unit_end : unit_end + 80]
        people = (
            unit is None and bool(_POST_PEOPLE.match(after)) and not _EVENTS_THEN_PCT.match(after)
        )
        consumed = consumption and not _DOSING_BEFORE.search(before)
        sized = (
            people
            and (counted := _POST_PEOPLE.match(after)) is not None
            and bool(_BRACKETED_NUMBER.match(after, counted.end()))
            and not _BRACKETED_SHARE.match(after, counted.end())
        )  # "the 42 hungry control subjects (89.2 ± 10.2 mg/dL)": a group's size, not a result
        # ("27 patients (13.4%)" counts the patients with the event)
        if (_is_dose(unit) and (not consumed or _DOSE_NAMES_ARMS.match(after_unit))) or (
            people and (_ENROLMENT.search(norm) or "." in raw or sized)
        ):
            continue
        if unit == "%" and (
            _CONCENTRATION.match(after_unit)
            or _SOLUTE_BEFORE.search(before)
            or _SOLUTE_AFTER.match(after)
            or (_GIVEN_BEFORE.search(before) and _NAME_ONLY_AFTER.match(after_unit))
            or (
                # "38% of people using the 0.25% strength and 31% of those on 0.1%, compared
                # with 22% on vehicle": once a strength is named, a bare % an arm is on is one
                _GIVEN_BEFORE.search(before)
                and _BREAK_AFTER.match(after_unit)
                and _STRENGTH_NAMED.search(norm)
            )
        ):
            continue  # "the 0.05% atropine arm", "with 0.05% atropine and ...": a strength
        if unit is None and 1900 <= value <= 2100 and "." not in raw:
            continue
        if _AT_BEFORE.search(before) and _LABEL_COLON.match(norm, unit_end):
            continue  # "(AUC at 1 kcal/minute: 2,265 ± 718 versus ...)": the condition's label
        if unit is None and _TIME_LABEL_BEFORE.search(before) and "." not in raw:
            continue  # "on Day 7 (OR 0.2 ...)", "between month 10 and month 12": a time label
        if unit is None and value in _RESPONSE_LEVELS and _SCORE_NAME_BEFORE.search(before):
            continue  # "PASI 75 response", "ACR 20", "EASI-90": a responder threshold in a name
        if (
            unit is None
            and _GROUP_LABEL.search(before)
            and not (_SCORE_LABEL.search(before) and _VERSUS_NEXT.match(after))
        ):
            # "in Group 1 than in Group 2", "disease activity score 28": labels, not results;
            # but "(compliance score 85 vs. 78" reports the score
            continue
        if _is_time(unit) and _ARM_DURATION_BEFORE.search(before):
            continue  # "patients assigned to 7 days and ... to 14 days": a duration names an arm
        if (
            _is_time(unit)
            and _TIME_CONTEXT_BEFORE.search(before)
            and not compared_after(norm, unit_end)
            and not _VERB_BEFORE.search(before)  # "shortened ... by 12 minutes" is a change
            and not changed_by(norm, start)  # "... by 19 minutes with A and by 7 minutes"
        ):
            continue
        if (hyphen := _HYPHEN_CHANGE.match(after)) is not None and unit is None:
            # "a 7.4-point decrease": the unit is the hyphenated adjective
            unit = _HYPHEN_UNITS.get(hyphen.group("unit").lower(), hyphen.group("unit"))
            unit_end = end + hyphen.end("unit")
            after_unit = norm[unit_end : unit_end + 80]
        elif (
            _HYPHEN_ADJECTIVE.match(after)
            or _GLUED_NAME.match(after)
            or _THRESHOLD_AFTER.match(after_unit)
            or (
                _DEMOGRAPHIC_AFTER.match(after_unit)
                and (unit is not None or _DEMOGRAPHIC_ONLY.match(after_unit))
            )
        ):
            continue  # "60-point scale", "10 or less", "64.9% women" (not "3 women in the A group")
        if (
            _DEFINITION.search(before)
            or _MONTH_BEFORE.search(before)
            or _MONTH_AFTER.match(after)
            or _OUTCOME_DEFINITION.search(before)
        ):
            continue  # "defined as a score of 10", "Sept 30"
        if after.startswith(("-day", "-week", "-month", "-year", "-hour", " -day")) or (
            value != 1 and _SINGULAR_TIME_ADJECTIVE.match(after)
        ):
            continue  # "a 7-day course", "the 7 day trial": a duration naming something
        if before.rstrip().endswith("(") and after_unit.lstrip().startswith(")") and unit is None:
            # "21 (11)": a parenthesised bare number after a value; read by the value
            continue

        events = n = None
        measure: Measure | None = Measure.COUNT if people else None
        change_verb = False
        span_end = unit_end
        # Counts: "23/120 (19.2%)", "23 of 120 patients (19.2%)", "12 patients (10%)".
        if unit is None and (count := _COUNT_FORM.match(after)) is not None and "." not in raw:
            n_value = (
                parse_number(count.group("n"))
                if count.group("n")
                else parse_word_number(count.group("n_word"))
            )
            if n_value is not None and n_value >= value:
                events, n = int(value), int(n_value)
                written = count.group("pct") or count.group("pct2")
                pct = parse_number(written) if written else None
                span_end = end + count.end()
                if pct is None and n and (later := _LATER_PERCENT.match(norm, span_end)):
                    # "Five of the nine lambs subjected to AV-ECMO therapy (56%)": the
                    # bracket a few words on is this count's share when the ratio agrees
                    share = parse_number(later.group("pct") or later.group("pct2"))
                    if share is not None and abs(share - 100 * events / n) <= 1:
                        pct, span_end = share, later.end()
                value, unit = (pct, "%") if pct is not None else (float(events), None)
                measure = Measure.PROPORTION if pct is not None else Measure.COUNT
        elif (
            unit is None
            and (
                (with_pct := _EVENTS_THEN_PCT.match(after)) is not None
                # "(31, 19.9%)": the count and its share in one bracket
                or (before.rstrip().endswith("(") and (with_pct := _COMMA_PCT.match(after)))
            )
            and "." not in raw
        ):
            pct = parse_number(with_pct.group("pct"))
            if with_pct.group("total") is None and _DEMOGRAPHIC_ONLY.match(
                norm[end + with_pct.end() : end + with_pct.end() + 30]
            ):
                skip_until = end + with_pct.end()
                continue  # "2870 [46.0%] women", "539 (87.9%) male": who was enrolled
            if pct is not None:
                events, value, unit, measure = int(value), pct, "%", Measure.PROPORTION
                span_end = end + with_pct.end()
                total = parse_number(with_pct.group("total") or "")
                if total is None and (among := _TOTAL_BEFORE.search(before)) is not None:
                    total = parse_number(among.group("total"))  # "Of 1,234 patients ..., 86 (7.0%)"
                n = int(total) if total is not None and total >= events else None
        elif (
            unit is None
            and "." not in raw
            and (among := _EVENTS_AMONG.match(after)) is not None
            and (among_n := parse_number(among.group("n"))) is not None
            and among_n > value
        ):
            # "2 HIV infections occurred among 2,571 recipients, compared with 21 among 1,289"
            events, n, measure = int(value), int(among_n), Measure.COUNT
            skip_until = end + among.end("n")
        elif unit == "%" and (of_total := _PCT_OF_TOTAL.match(after_unit)) is not None:
            total = parse_number(of_total.group("total"))
            n = int(total) if total is not None else None
            span_end = (
                unit_end + of_total.end()
            )  # "of the 812 patients" is read: no count of its own
        elif unit == "%" and (counted := _PCT_THEN_COUNT.match(after_unit)) is not None:
            events_value = (
                parse_number(counted.group("events"))
                if counted.group("events")
                else parse_word_number(counted.group("events_word"))
            )
            n_value = parse_number(counted.group("n"))
            if events_value is not None and n_value is not None:
                events, n, measure = int(events_value), int(n_value), Measure.PROPORTION
                span_end = unit_end + counted.end()

        # Fold: "2.3-fold", "2 times".
        fold = _FOLD_AFTER.match(after)
        if _ULN_AFTER.match(after):
            continue  # "ALT above 3 times the upper limit of normal": a threshold
        if (
            fold is not None
            and fold.group().strip().lower() == "times"
            and not _COMPARATIVE_AFTER.match(norm[end + fold.end() : end + fold.end() + 80])
            and not _AS_HIGH.match(norm[end + fold.end() : end + fold.end() + 80])
            and not _TIMES_VERB_BEFORE.search(before)
            and not _TIMES_THAT.match(norm, end + fold.end())
        ):
            # "Twelve patients fell 18 times": occurrences, not a fold
            span_end = end + fold.end()
            fold, unit, measure = None, None, Measure.COUNT
        if fold is not None and unit in {None, "fold"}:
            unit, span_end = "fold", end + fold.end()
            after_unit = norm[span_end : span_end + 80]
            comparative = _COMPARATIVE_AFTER.match(after_unit) or _AS_HIGH.match(after_unit)
            # "the hazard for new hospitalization was 8.351 times greater": a ratio of hazards
            ratio = _RATIO_NOUN_BEFORE.search(before) if comparative else None
            noun = ratio.group("noun").lower() if ratio else ""
            if (
                comparative
                and not ratio
                and effects
                and effects[-1].measure in {EffectMeasure.HAZARD_RATIO, EffectMeasure.ODDS_RATIO}
                and effects[-1].unit is None
                and _NEXT_IN_LIST.match(norm[effects[-1].end - offset : start])
            ):
                # "... was 8.351 times greater (P = 0.0001) for A and 1.977 times greater for B"
                noun = "hazard" if effects[-1].measure is EffectMeasure.HAZARD_RATIO else "odds"
            if comparative and (noun or _COMPARISON_WORD.search(after_unit[:80])):
                effects.append(
                    EffectMention(
                        start=offset + start,
                        end=offset + span_end + comparative.end(),
                        measure=(
                            EffectMeasure.HAZARD_RATIO
                            if noun == "hazard"
                            else EffectMeasure.ODDS_RATIO
                            if noun == "odds"
                            else EffectMeasure.FOLD_DIFFERENCE
                        ),
                        value=value,
                        unit=None if noun else "fold",
                        label_start=offset + start,
                    )
                )
                claimed.append(effects[-1])
                continue
            measure = Measure.FOLD_CHANGE

        # Absolute differences between arms: "3.4 percentage points lower", "3.1 mmHg lower".
        comparative = (
            _COMPARATIVE_AFTER.match(after_unit) if unit not in {None, "%", "fold"} else None
        )
        if (
            comparative is not None
            and comparative.group("word").lower() in {"later", "earlier", "sooner"}
            and not _COMPARISON_WORD.search(after_unit[comparative.end() : comparative.end() + 60])
        ):
            comparative = None  # "and 14 days later a sample was taken": when, not a difference
        if unit is None and measure is None and (bare := _COMPARATIVE_AFTER.match(after)):
            # "1.2 fewer migraine days per month than placebo": a difference in a count
            # "missed 1.4 fewer days of school": a decimal count of things is a mean difference
            comparative = (
                bare
                if _COMPARISON_WORD.search(after[bare.end() : bare.end() + 60])
                or ("." in raw and _PLURAL_NOUN_AFTER.match(after, bare.end()))
                # "scores were 0.08 higher in the exercise group": than the other arm
                or ("." in raw and _named_group_after(norm, end + bare.end()))
                else None
            )
        if (
            unit not in {None, "%", "fold"}
            and measure is None
            and (gap := _PP_GAP_AFTER.match(norm[unit_end : unit_end + 80]))
        ):
            # "a 0.7 percentage-point difference", "the 0.7-percentage-point gap", "a 3-point
            # difference": the contrast between the arms
            effects.append(
                EffectMention(
                    start=offset + start,
                    end=offset + unit_end + gap.end(),
                    measure=EffectMeasure.RISK_DIFFERENCE
                    if unit == "pp"
                    else EffectMeasure.MEAN_DIFFERENCE,
                    value=value,
                    unit=unit,
                    label_start=offset + start,
                )
            )
            claimed.append(effects[-1])
            continue
        if comparative is not None and measure is None:
            word = comparative.group("word")
            more = word.lower() in {"more", "greater", "larger", "longer"}
            sign = -1.0 if _is_decrease(word) or (more and _verb_is_decrease(before)) else 1.0
            if unit is None and (counted := _TIME_NOUN_AFTER.match(after, comparative.end())):
                unit = counted.group("unit").lower()  # "1.4 fewer days of school": in days
            effects.append(
                EffectMention(
                    start=offset + start,
                    end=offset + span_end + comparative.end(),
                    measure=EffectMeasure.RISK_DIFFERENCE
                    if unit == "pp"
                    else EffectMeasure.MEAN_DIFFERENCE,
                    value=sign * abs(value),
                    unit=unit,
                    label_start=offset + start,
                )
            )
            claimed.append(effects[-1])
            continue

        # "dropped by 13.72 mg/dl (6.3%)": the bracketed share of a change is its percent change
        if (
            unit == "%"
            and measure is None
            and values
            and values[-1].measure is Measure.ABSOLUTE_CHANGE
            and values[-1].value is not None
            and _CHANGE_SHARE_BEFORE.search(norm[max(0, values[-1].end - offset) : start])
            and after_unit.lstrip().startswith(")")
        ):
            measure = Measure.PERCENT_CHANGE
            value = abs(value) if values[-1].value >= 0 else -abs(value)
            change_verb = True
        # Relative differences: "20% lower", "27% less likely", "reduced the risk by 22%".
        if unit == "%" and measure is None:
            comparative = _COMPARATIVE_AFTER.match(after_unit)
            # "was significantly longer (56%) for the A group than for the B group"
            bracketed = (
                _COMPARATIVE_BRACKET_BEFORE.search(before)
                if comparative is None and _THAN_LATER.match(after_unit)
                else None
            )
            noun = _NOUN_AFTER.match(after_unit)
            # "reduced the risk of X, defined as a blood loss above 1000 mL, by 22%"
            risk_before = _RISK_BEFORE.search(norm[max(0, start - 160) : start])
            risky = bool(_RISK_AFTER.match(after_unit)) or bool(risk_before)
            efficacy = _EFFICACY_AFTER.match(after_unit) or _EFFICACY_BEFORE.search(before)
            against = _AGAINST_CONTROL_AFTER.match(after_unit)
            against_control = (
                against is not None
                and (
                    control_strength(against.group("name")) > 0
                    # "Major bleeding was reduced by 48% relative to apixaban": any named arm,
                    # when no arm has a number of its own in the sentence
                    or (
                        not _NOT_AN_ARM.match(against.group("name"))
                        and len(_PERCENT_ANYWHERE.findall(norm)) == 1
                    )
                )
                and bool(_CUT_BEFORE.search(before))
            )
            if (
                comparative
                or bracketed
                or (noun and risky)
                or risk_before
                or efficacy
                or against_control
            ):
                word = (
                    comparative.group("word")
                    if comparative
                    else bracketed.group("word")
                    if bracketed
                    else noun.group("noun")
                    if noun
                    else ""
                )
                # "91% effective", "vaccine efficacy of 91%": a relative reduction of the risk
                more = word.lower() in {"more", "greater", "larger"}
                decrease = (
                    _is_decrease(word)
                    or (
                        (not word or more)
                        and (
                            _verb_is_decrease(before)
                            or bool(efficacy)
                            or (
                                risk_before is not None
                                and (
                                    _verb_is_decrease(norm[:start], reach=160)
                                    or _FALL_IN.search(risk_before.group()) is not None
                                )
                            )
                        )
                    )
                )  # "lowered HbA1c by 20% more than placebo", "reduced the risk of X, defined ..., by 22%"
                sign = -1.0 if decrease else 1.0
                tail = comparative or noun or _EFFICACY_AFTER.match(after_unit)
                stop = span_end + (tail.end() if tail else 0)
                effects.append(
                    EffectMention(
                        start=offset + start,
                        end=offset + stop,
                        measure=EffectMeasure.RELATIVE_DIFFERENCE,
                        value=sign * abs(value),
                        unit="%",
                        label_start=offset + start,
                    )
                )
                claimed.append(effects[-1])
                continue

        # "(Asthmatics +18%, Normals +34%)", "(+0.3 kg)": a number written with a plus sign is
        # a change; a level or a share is never signed that way
        if measure is None and raw.startswith("+") and unit not in {None, "fold"}:
            measure = Measure.PERCENT_CHANGE if unit == "%" else Measure.ABSOLUTE_CHANGE
            change_verb = True  # the sign is written: no other arm's sign to borrow
        # Changes: "a 35% reduction", "decreased by 3.5 points", "reduction of 4 mmHg".
        if measure in {None, Measure.FOLD_CHANGE}:
            noun = _NOUN_AFTER.match(after_unit)
            verb = (
                _VERB_BEFORE.search(before)
                or _VERB_BEFORE.search(norm[max(0, start - 160) : start])  # across an aside
                or _BRACKET_BY.search(norm[max(0, start - 160) : start])
            )
            if verb and unit == "%" and (_SHARE_OF.match(after_unit) or CLEARED_BY.search(before)):
                # "improvement ... was achieved by 41% of patients", "a 50% improvement ... was
                # reached by 41% with A": a share clearing a bar, no change
                verb = None
            if verb and _FROM_SUMMARY_OF.search(before):
                verb = None  # "fell from a mean of 4.6 in A to 1.2 in B": a starting level
            parallel = None if noun or verb else _parallel_verb(norm, start)
            if measure is None and not noun and not verb and parallel:
                # "fell by 139.8 points from maintenance baseline with A and by 74.2 points
                # with B": the second size of the same change
                measure = Measure.PERCENT_CHANGE if unit == "%" else Measure.ABSOLUTE_CHANGE
                if _is_decrease(parallel):
                    value = -abs(value)
                change_verb = True
            elif measure is None and not noun and not verb and _CHANGE_BEFORE.search(before):
                measure = Measure.PERCENT_CHANGE if unit == "%" else Measure.ABSOLUTE_CHANGE
            elif noun or verb:
                word = (
                    noun.group("noun")
                    if noun
                    else (verb.group("verb") or verb.group("bare"))
                    if verb
                    else ""
                )
                if measure is None:
                    measure = Measure.PERCENT_CHANGE if unit == "%" else Measure.ABSOLUTE_CHANGE
                    if _is_decrease(word):
                        value = -abs(value)
                    elif raw.startswith("-") and word.lower().startswith("change"):
                        pass
                    change_verb = True
                if noun:
                    span_end += noun.end()
        values.append(
            ValueMention(
                start=offset + start,
                end=offset + span_end,
                value=value,
                unit=unit,
                measure=measure,
                events=events,
                n=n,
                change_verb=change_verb,
            )
        )
        claimed.append(values[-1])
        skip_until = max(skip_until, span_end)

    words = _word_quantities(norm, offset, claimed, effects)
    values = [_restated_change(norm, offset, v) for v in values]
    # "Two percent (1/60)": a spelled share that read its bracketed count replaces that count
    values = [v for v in values if not any(w.start < v.start < w.end for w in words)]
    values.extend(words)
    return sorted(values, key=lambda v: v.start), effects


_DECREASE_STEM = regex.compile(
    r"^(?:decreas|reduc|fell|fall|drop|declin|lower|lost|loss|shrank|shrunk|diminish|cut|halv|shorten|"
    r"went\s+down|came\s+down|come\s+down|less|fewer|smaller|shorter|prevent|avert|earlier|sooner|eas|dipp|slipp|tumbl|slump|"
    r"plummet|plung|sank|slash|(?:crept|edged)\s+down|"
    r"(?:drove|driven|brought|pushed)\s+down)",
    regex.IGNORECASE,
)


def _is_decrease(word: str) -> bool:
    return _DECREASE_STEM.match(word.strip()) is not None


_DECREASE_VERB = regex.compile(
    r"\b(?:reduc|decreas|lower|cut|fell|fallen|drop|declin|prevent|avert|shr[aiu]nk|came\s+down|"
    r"come\s+down|went\s+down|gone\s+down)\w*",
    regex.IGNORECASE,
)


def _verb_is_decrease(before: str, reach: int = 60) -> bool:
    return bool(_DECREASE_VERB.search(before[-reach:]))


_FRACTION_THEN_BRACKET = regex.compile(
    r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|over|just\s+over|just\s+under)\s+)?(?:"
    + FRACTION
    + r")\s?\(\s?$",
    regex.IGNORECASE,
)


def _restated_change(norm: str, offset: int, value: ValueMention) -> ValueMention:
    """ "slashed by almost a third (32 per cent)": the bracket gives the change exactly."""
    start = value.start - offset
    if value.unit != "%" or value.measure is not None or value.value is None or value.value < 0:
        return value
    if (lead := _FRACTION_THEN_BRACKET.search(norm[max(0, start - 60) : start])) is None:
        return value
    before = norm[max(0, start - 60 - 60) : max(0, start - 60) + lead.start()]
    verbs = list(_CHANGE_VERB_BEFORE.finditer(before))
    if not verbs:
        return value
    decrease = _DECREASE_STEM.match(verbs[-1].group()) is not None
    return replace(
        value,
        value=-value.value if decrease else value.value,
        measure=Measure.PERCENT_CHANGE,
        change_verb=True,
    )


def _word_quantities(
    norm: str, offset: int, claimed: _Claims, effects: list[EffectMention]
) -> list[ValueMention]:
    """Spelled-out results: "one in five" (20%), "twenty percent", "twofold", "halved"."""
    found: list[ValueMention] = []
    quoted = _QUOTED_SPEECH.search(norm) is not None
    exact = [
        m.value
        for m in claimed
        if isinstance(m, ValueMention) and m.unit == "%" and m.value is not None
    ]
    # "around four in five adults will have low back pain at some point": a share of people
    # with no arm or comparison in its sentence is background, no result
    background = _ARM_OR_COMPARISON.search(norm) is None
    for match in () if quoted or background else _ONE_IN.finditer(norm):
        # "'... about one in three people don't get better,' said Dr X": background in a quote
        share = frequency_percent(match.group("num"), match.group("den"))
        followed = _BRACKETED_NUMBER_AFTER.match(norm[match.end() : match.end() + 20])
        # "roughly one in three ..., 34.2% on vitamin D and 33.8% on placebo": the exact
        # figures say it again
        restated = share is not None and any(abs(v - share) < 5 for v in exact)
        if (
            share is not None
            and not followed
            and not restated
            and not claimed.overlaps(offset + match.start(), offset + match.end())
        ):
            found.append(
                ValueMention(
                    start=offset + match.start(),
                    end=offset + match.end(),
                    value=share,
                    unit="%",
                    measure=Measure.PROPORTION,
                )
            )
    fractions = [] if quoted else list(_FRACTION_OF_PEOPLE.finditer(norm))
    if len(fractions) == 1 and not _COMPARISON_WORD.search(norm[fractions[0].end() :]):
        fractions = []  # "Roughly a third of adults with CAH are overweight": no arm against it
    for match in fractions:
        share = fraction_percent(match.group("count"), match.group("part"))
        end = match.end("part")
        restated = share is not None and any(abs(v - share) < 5 for v in exact)
        if (
            share is not None
            and not restated
            and not claimed.overlaps(offset + match.start(), offset + match.end())
        ):
            found.append(
                ValueMention(
                    start=offset + match.start(),
                    end=offset + end,
                    value=share,
                    unit="%",
                    measure=Measure.PROPORTION,
                )
            )
    for match in _FRACTION_COMPARATIVE.finditer(norm):
        share = fraction_percent(match.group("count"), match.group("part"))
        if share is None or claimed.overlaps(offset + match.start(), offset + match.end()):
            continue
        hedged = _HEDGE_BEFORE.search(norm[max(0, match.start() - 25) : match.start()])
        if hedged and exact:
            continue  # "Nearly a third fewer patients ...: 27% ... versus 39%": the figures say it
        lower = match.group("way").lower() in {"less", "lower", "fewer", "smaller"}
        effects.append(
            EffectMention(
                start=offset + match.start(),
                end=offset + match.end(),
                measure=EffectMeasure.RELATIVE_DIFFERENCE,
                value=-share if lower else share,
                unit="%",
                label_start=offset + match.start(),
            )
        )
    for match in _BY_FRACTION.finditer(norm):
        share = fraction_percent(match.group("count"), match.group("part"))
        if share is None or claimed.overlaps(offset + match.start(), offset + match.end()):
            continue
        if _BRACKETED_NUMBER_AFTER.match(norm[match.end() : match.end() + 20]):
            continue  # "slashed by almost a third (32 per cent)": the figure says it exactly
        verbs = list(_CHANGE_VERB_BEFORE.finditer(norm[max(0, match.start() - 60) : match.start()]))
        if not verbs:
            continue
        decrease = _DECREASE_STEM.match(verbs[-1].group()) is not None
        found.append(
            ValueMention(
                start=offset + match.start() + 3,
                end=offset + match.end(),
                value=-share if decrease else share,
                unit="%",
                measure=Measure.PERCENT_CHANGE,
                change_verb=True,
            )
        )
    for match in _WORD_PERCENT.finditer(norm):
        value = parse_word_number(match.group("word"))
        comparative = _COMPARATIVE_AFTER.match(norm[match.end() : match.end() + 30])
        if (
            value is not None
            and comparative is not None
            and not claimed.overlaps(offset + match.start(), offset + match.end())
        ):
            # "twenty per cent lower with the tablet": a relative difference
            lower = _is_decrease(comparative.group("word"))
            effects.append(
                EffectMention(
                    start=offset + match.start(),
                    end=offset + match.end() + comparative.end(),
                    measure=EffectMeasure.RELATIVE_DIFFERENCE,
                    value=-value if lower else value,
                    unit="%",
                    label_start=offset + match.start(),
                )
            )
            continue
        if value is not None and not claimed.overlaps(offset + match.start(), offset + match.end()):
            end, events, n = match.end(), None, None
            if (
                counted := _PCT_THEN_COUNT.match(norm[match.end() :])
            ) is not None and counted.group("events"):
                # "Two percent (1/60) of patients": the bracket counts the share's people
                events_value = parse_number(counted.group("events"))
                n_value = parse_number(counted.group("n"))
                if events_value is not None and n_value is not None:
                    end, events, n = match.end() + counted.end(), int(events_value), int(n_value)
            found.append(
                ValueMention(
                    start=offset + match.start(),
                    end=offset + end,
                    value=value,
                    unit="%",
                    measure=Measure.PROPORTION if events is not None else None,
                    events=events,
                    n=n,
                )
            )
    for match in _TIMES_IN_ARM.finditer(norm):
        # "occurred twice in the closed-loop group and three times in the control group"
        word = match.group("times").lower()
        value = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(word) or parse_word_number(
            word.split()[0]
        )
        if value is not None and not claimed.overlaps(offset + match.start(), offset + match.end()):
            found.append(
                ValueMention(
                    start=offset + match.start("times"),
                    end=offset + match.end("times"),
                    value=value,
                    unit=None,
                    measure=Measure.COUNT,
                )
            )
            claimed.append(found[-1])
    labelled = any(isinstance(m, EffectMention) for m in claimed)
    for match in _FOLD_WORD.finditer(norm):
        word = (
            match.group("word") or match.group("fw") or match.group("tw") or match.group("tt") or ""
        )
        value = {"twice": 2.0, "half": 0.5}.get(word.lower()) or parse_word_number(word)
        if value is None or claimed.overlaps(offset + match.start(), offset + match.end()):
            continue
        after = norm[match.end() : match.end() + 80]
        if _THRESHOLD_AFTER.match(after):
            continue  # "a fourfold or greater rise": a threshold that defines the outcome
        if _BOUND_BEFORE.search(norm[max(0, match.start() - 20) : match.start()]):
            continue  # "more than twice as likely": a bound, not an estimate
        comparative = _COMPARATIVE_AFTER.match(after) or _AS_HIGH.match(after)
        hedged = _HEDGE_BEFORE.search(norm[max(0, match.start() - 25) : match.start()])
        if comparative and hedged and _EXACT_PERCENT.search(after):
            continue  # "roughly half as often (14.3% vs 27.8%)": the figures say it exactly
        if comparative and _COMPARISON_WORD.search(after) and not labelled:
            # "twice as likely (odds ratio 2.3)": the labelled ratio is the estimate
            effects.append(
                EffectMention(
                    start=offset + match.start(),
                    end=offset + match.end() + comparative.end(),
                    measure=EffectMeasure.FOLD_DIFFERENCE,
                    value=value,
                    unit="fold",
                    label_start=offset + match.start(),
                )
            )
            continue
        if word.lower() == "half":
            continue  # "half as many as expected": a share said in words, no fold change
        found.append(
            ValueMention(
                start=offset + match.start(),
                end=offset + match.end(),
                value=value,
                unit="fold",
                measure=Measure.FOLD_CHANGE,
            )
        )
    labelled_effect = any(isinstance(m, EffectMention) for m in claimed)
    for match in () if labelled_effect else _DOUBLED.finditer(norm):
        if not claimed.overlaps(offset + match.start(), offset + match.end()):
            found.append(
                ValueMention(
                    start=offset + match.start(),
                    end=offset + match.end(),
                    value=3.0 if match.group().lower().startswith("tripl") else 2.0,
                    unit="fold",
                    measure=Measure.FOLD_CHANGE,
                    change_verb=True,
                )
            )
    for match in _HALVED.finditer(norm):
        if not claimed.overlaps(offset + match.start(), offset + match.end()):
            found.append(
                ValueMention(
                    start=offset + match.start(),
                    end=offset + match.end(),
                    value=-50.0,
                    unit="%",
                    measure=Measure.PERCENT_CHANGE,
                    change_verb=True,
                )
            )
    for match in _NONE_IN_ARM.finditer(norm):
        # "40% of controls developed CAUTI, while none of the study group did": a zero that
        # answers an earlier arm's number, in that number's unit
        start, end = offset + match.start(), offset + match.end()
        earlier = [
            m
            for m in (*claimed, *found)
            if isinstance(m, ValueMention) and m.end <= start and m.measure in {None, Measure.COUNT}
        ]
        if earlier and not claimed.overlaps(start, end):
            last = max(earlier, key=lambda m: m.end)
            found.append(
                ValueMention(
                    start=start,
                    end=start + 4,
                    value=0.0,
                    unit=last.unit,
                    measure=last.measure,
                    events=0 if last.events is not None or last.measure is None else None,
                )
            )
    return found
