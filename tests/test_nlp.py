"""Sentence splitting (nlp.py): abbreviations, p-values and decimals do not end a sentence."""

from __future__ import annotations

import pytest

from outcomes.nlp import pipeline


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in pipeline()(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mortality was 12% vs. 18% in the two arms.", id="vs"),
        pytest.param("Median survival was 14.5 v. 11.1 months.", id="v"),
        pytest.param("As Smith et al. reported, relapse fell by 5%.", id="et-al"),
        pytest.param("As reported by Smith et al. 2020, relapse fell by 5%.", id="et-al-year"),
        pytest.param("Survival is shown in Fig. 2 and was higher with the drug.", id="fig"),
        pytest.param("Relapse was lower with the drug (P = .03) at week 12.", id="p-leading-dot"),
        pytest.param("Relapse was lower with the drug (P = .03).", id="p-at-end"),
        pytest.param("The median was 14·5 months with the drug.", id="middle-dot-decimal"),
        pytest.param("The score fell by 3.5 points with the drug.", id="decimal"),
        pytest.param("The HR was 0.62 (95% CI 0.48–0.81) for death.", id="ci-en-dash"),
        pytest.param("The HR was 0.62 (95% CI 0.48-0.81) for death.", id="ci-hyphen"),
        pytest.param("Relapse fell (e.g. in adults) by 5%.", id="eg"),
        pytest.param("Mortality was 12% vs. 18% (P = .03; Fig. 2).", id="several"),
    ],
)
def test_nlp_keeps_sentence_together(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mortality fell. Relapse rose. Nobody died.",
            ["Mortality fell.", "Relapse rose.", "Nobody died."],
            id="three-sentences",
        ),
        pytest.param(
            "Relapse was lower (P = .03). It was also safe.",
            ["Relapse was lower (P = .03).", "It was also safe."],
            id="after-p-value",
        ),
        pytest.param(
            "Relapse was 12% vs. 18%. Deaths were 3 vs. 5.",
            ["Relapse was 12% vs. 18%.", "Deaths were 3 vs. 5."],
            id="after-vs",
        ),
        pytest.param(
            "It fell by 5%. 12 patients died.",
            ["It fell by 5%.", "12 patients died."],
            id="next-starts-with-digit",
        ),
        pytest.param(
            "The HR was 0.7 (95% CI 0.5-0.9). Relapse was lower.",
            ["The HR was 0.7 (95% CI 0.5-0.9).", "Relapse was lower."],
            id="after-bracket",
        ),
        pytest.param(
            "Bicarbonate rose to 23.8 mmol/L. eGFR declined by 1.9. mRNA levels fell. but not this",
            [
                "Bicarbonate rose to 23.8 mmol/L.",
                "eGFR declined by 1.9.",
                "mRNA levels fell. but not this",
            ],
            id="lower-case-name-opens",
        ),
        pytest.param(
            "Did mortality fall? Yes! It did.",
            ["Did mortality fall?", "Yes!", "It did."],
            id="question-exclamation",
        ),
        pytest.param(
            "Mortality fell\nRelapse rose", ["Mortality fell", "Relapse rose"], id="line-break"
        ),
        pytest.param(
            "First line.\n\nSecond line.", ["First line.", "Second line."], id="blank-line"
        ),
        pytest.param(
            "Results\nMortality was 12% vs. 18%.",
            ["Results", "Mortality was 12% vs. 18%."],
            id="heading-line",
        ),
    ],
)
def test_nlp_splits_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mortality fell. Relapse rose.", id="two"),
        pytest.param("Mortality was 12% vs. 18%.\nRelapse rose.", id="line-break"),
    ],
)
def test_nlp_sentences_cover_the_text(text: str) -> None:
    doc = pipeline()(text)
    assert "".join(s.text_with_ws for s in doc.sents) == text


def test_nlp_pipeline_is_built_once() -> None:
    assert pipeline() is pipeline()
