"""Bad input: clear TypeErrors from extract(), and a CLI that reports bad files and goes on."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import MORTALITY, MORTALITY_GOLD, SEEDS
from outcomes import extract, records_from_csv
from outcomes.cli import app

GOOD = MORTALITY
UTF16 = "Relapse was 30% vs 45% (p=0.02)."

# name -> bytes of each input file; a file that is not written stands for a missing one.
FILES: dict[str, bytes | None] = {
    "good.txt": GOOD.encode("utf-8"),
    "missing.txt": None,
    "latin1.txt": b"caf\xe9 12% vs 18%",
    "binary.txt": b"\x00\x01\x02 12% vs 18% \x00",
    "utf16.txt": UTF16.encode("utf-16"),
}
BAD = ("missing", "latin1", "binary")


def _invoke(args: list[str]) -> Result:
    return CliRunner().invoke(app, args)


def _error_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.parametrize(
    ("value", "name"),
    [
        pytest.param(None, "NoneType", id="none"),
        pytest.param(3, "int", id="int"),
        pytest.param(b"bytes", "bytes", id="bytes"),
        pytest.param(["text"], "list", id="list"),
    ],
)
def test_errors_extract_rejects_non_text(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=rf"\b{name}\b"):
        extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("  \n ", id="whitespace"),
        pytest.param("\t\r\n\u00a0", id="odd-whitespace"),
    ],
)
def test_errors_extract_blank_text_gives_no_records(text: str) -> None:
    assert extract(text) == []


@pytest.fixture
def cli_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the FILES written into it."""
    monkeypatch.chdir(tmp_path)
    for name, data in FILES.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.fixture
def extract_run(cli_files: Path) -> tuple[Result, Path]:
    output = cli_files / "out" / "records.csv"
    result = _invoke(["extract", *FILES, "--output", str(output)])
    return result, output


def test_errors_cli_extract_exits_zero(extract_run: tuple[Result, Path]) -> None:
    result, _ = extract_run
    assert result.exit_code == 0, result.output
    assert result.exception is None


def test_errors_cli_extract_table_is_readable_by_others(extract_run: tuple[Result, Path]) -> None:
    _, output = extract_run
    mask = os.umask(0)
    os.umask(mask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~mask


def test_errors_cli_extract_writes_good_records(extract_run: tuple[Result, Path]) -> None:
    _, output = extract_run
    records = records_from_csv(output)
    assert {record.doc_id for record in records} == {"good", "utf16"}
    expected = {"good": GOOD, "utf16": UTF16}
    assert all(record.evidence.text in expected[str(record.doc_id)] for record in records)


def test_errors_cli_extract_lists_each_bad_file_once(extract_run: tuple[Result, Path]) -> None:
    _, output = extract_run
    rows = _error_rows(output.with_name(output.name + ".errors.csv"))
    assert sorted(row["doc_id"] for row in rows) == sorted(BAD)
    assert all(row["error"] == "InputError" for row in rows)
    assert all(f"{row['doc_id']}.txt" in row["message"] for row in rows)


@pytest.mark.parametrize("stem", BAD)
def test_errors_cli_extract_names_bad_file_in_output(
    extract_run: tuple[Result, Path], stem: str
) -> None:
    result, _ = extract_run
    lines = [line for line in result.output.splitlines() if f"{stem}.txt" in line]
    assert len(lines) == 1
    assert "error" in lines[0]


def test_errors_cli_extract_prints_no_traceback(extract_run: tuple[Result, Path]) -> None:
    result, _ = extract_run
    assert "Traceback" not in result.output


def test_errors_cli_extract_errors_option(cli_files: Path) -> None:
    errors = cli_files / "failures.csv"
    result = _invoke(["extract", *FILES, "-o", "records.csv", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert sorted(row["doc_id"] for row in _error_rows(errors)) == sorted(BAD)


def test_errors_cli_extract_long_error_stays_on_one_line(
    cli_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    folder = cli_files / ("deeply-nested-input-folder-" * 3)
    folder.mkdir()
    bad = folder / "latin1.txt"
    bad.write_bytes(FILES["latin1.txt"] or b"")
    result = _invoke(["extract", str(bad), str(cli_files / "good.txt"), "-o", "records.csv"])
    message = _error_rows(cli_files / "records.csv.errors.csv")[0]["message"]
    assert any(message in line for line in result.output.splitlines())


@pytest.mark.usefixtures("cli_files")
def test_errors_cli_extract_all_bad_exits_nonzero() -> None:
    result = _invoke(["extract", "missing.txt", "latin1.txt", "-o", "records.csv"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


@pytest.fixture
def jsonl_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Result, Path]:
    monkeypatch.chdir(tmp_path)
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        "{not json",
        json.dumps({"id": "b", "text": UTF16}),
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "records.csv"
    return _invoke(["extract", "docs.jsonl", "-o", str(output)]), output


def test_errors_cli_jsonl_exits_zero(jsonl_run: tuple[Result, Path]) -> None:
    result, _ = jsonl_run
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_errors_cli_jsonl_writes_good_records(jsonl_run: tuple[Result, Path]) -> None:
    _, output = jsonl_run
    assert {record.doc_id for record in records_from_csv(output)} == {"a", "b"}


def test_errors_cli_jsonl_names_malformed_line(jsonl_run: tuple[Result, Path]) -> None:
    result, output = jsonl_run
    rows = _error_rows(output.with_name(output.name + ".errors.csv"))
    assert [row["doc_id"] for row in rows] == ["docs.jsonl:2"]
    assert "docs.jsonl:2" in result.output


@pytest.fixture(scope="module")
def bench_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = tmp_path_factory.mktemp("bench") / "bench.json"
    result = _invoke(["bench", str(SEEDS), "--json", str(path)])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("key", ["lenient", "strict", "fields", "per_doc"])
def test_errors_cli_bench_json_has_key(bench_json: dict[str, object], key: str) -> None:
    assert key in bench_json


@pytest.mark.parametrize("key", ["lenient", "strict"])
def test_errors_cli_bench_json_scores_are_prf(bench_json: dict[str, object], key: str) -> None:
    scores = bench_json[key]
    assert isinstance(scores, dict)
    assert set(scores) == {"p", "r", "f1"}
    assert all(0.0 <= value <= 1.0 for value in scores.values())


def test_errors_cli_bench_json_fields_are_accuracies(bench_json: dict[str, object]) -> None:
    fields = bench_json["fields"]
    assert isinstance(fields, dict)
    accuracies = {k: v for k, v in fields.items() if k != "pairs"}
    assert "outcome_token_f1" in accuracies
    assert all(v is None or 0.0 <= v <= 1.0 for v in accuracies.values())


def test_errors_cli_bench_json_per_doc(bench_json: dict[str, object]) -> None:
    per_doc = bench_json["per_doc"]
    assert isinstance(per_doc, list)
    stems = sorted(p.name.removesuffix(".gold.json") for p in SEEDS.glob("*.gold.json"))
    assert sorted(row["doc_id"] for row in per_doc) == stems
    for row in per_doc:
        for key in ("lenient", "strict"):
            assert set(row[key]) == {"p", "r", "f1"}, (row["doc_id"], key)


def test_errors_cli_bench_missing_folder(tmp_path: Path) -> None:
    result = _invoke(["bench", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere" in result.output
    assert "Traceback" not in result.output


BENCH_GOLD = {"doc_id": "good", "kind": "news", "records": [MORTALITY_GOLD]}

# name -> (text bytes or None for a missing text, gold JSON text)
BENCH_FILES: dict[str, tuple[bytes | None, str]] = {
    "good": (GOOD.encode("utf-8"), json.dumps(BENCH_GOLD)),
    "no_text": (None, json.dumps(BENCH_GOLD | {"doc_id": "no_text"})),
    "latin1": (b"caf\xe9 12% vs 18%", json.dumps(BENCH_GOLD | {"doc_id": "latin1"})),
    "broken_gold": (GOOD.encode("utf-8"), "{not json"),
    "no_records": (GOOD.encode("utf-8"), json.dumps({"doc_id": "no_records"})),
}
BENCH_BAD = ("broken_gold", "latin1", "no_records", "no_text")


@pytest.fixture
def bench_folder(tmp_path: Path) -> Path:
    for name, (text, gold) in BENCH_FILES.items():
        if text is not None:
            (tmp_path / f"{name}.txt").write_bytes(text)
        (tmp_path / f"{name}.gold.json").write_text(gold, encoding="utf-8")
    return tmp_path


def test_errors_cli_bench_bad_documents_reported_others_scored(
    bench_folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "out" / "bench.json"
    result = _invoke(["bench", str(bench_folder), "--json", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    for name in BENCH_BAD:
        assert name in result.output
    summary = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(item["doc_id"] for item in summary["failed"]) == sorted(BENCH_BAD)
    good = next(row for row in summary["per_doc"] if row["doc_id"] == "good")
    assert good["strict"]["f1"] == 1.0
