"""Command line of outcomes: extract records from documents, score them against gold labels."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from outcomes.bench import Report, score_corpus
from outcomes.errors import OutcomesError
from outcomes.export import FIELDNAMES, write_rows
from outcomes.pipeline import extract, extract_many
from outcomes.records import EffectRecord
from outcomes.sources import Item, iter_items

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True, soft_wrap=True)
out = Console()


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _existing_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as stream:
        if path.suffix == ".jsonl":
            return {str(json.loads(line).get("doc_id")) for line in stream if line.strip()}
        return {row["doc_id"] for row in csv.DictReader(stream)}


def _good(items: Iterator[Item], failures: list[Item], skip: set[str]) -> Iterator[tuple[str, str]]:
    for item in items:
        if item.doc_id in skip:
            continue
        if item.error is not None or item.text is None:
            failures.append(item)
            err.print(f"[red]error[/red] {item.error}", highlight=False)
            continue
        yield item.doc_id, item.text


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Text files, folders of .txt, or .jsonl files.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output table: .csv or .jsonl.")],
    errors: Annotated[
        Path | None, typer.Option(help="Where to write failures (default: OUTPUT.errors.csv).")
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Skip ids already in OUTPUT and keep its rows.")
    ] = False,
    id_field: Annotated[str, typer.Option(help="JSONL field holding the document id.")] = "id",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    n_process: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Extract effect records from documents into one CSV (or JSONL) table."""
    as_jsonl = output.suffix == ".jsonl"
    skip = _existing_ids(output) if resume else set()
    failures: list[Item] = []
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    written = docs = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            if resume and output.exists():
                stream.write(output.read_text(encoding="utf-8"))
            elif not as_jsonl:
                csv.DictWriter(stream, fieldnames=FIELDNAMES, lineterminator="\n").writeheader()
            progress = Progress(
                TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=err, disable=not err.is_terminal,
            )  # fmt: skip
            with progress:
                task = progress.add_task("extract", total=None)
                stream_items = _good(iter_items(paths, id_field, text_field), failures, skip)
                for _doc_id, records in extract_many(stream_items, n_process=n_process):
                    written += _write(records, stream, as_jsonl)
                    docs += 1
                    progress.advance(task)
        Path(tmp_name).chmod(0o666 & ~_umask())  # mkstemp makes 0600; the table is a plain file
        Path(tmp_name).replace(output)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if failures:
        errors = errors or output.with_name(output.name + ".errors.csv")
        with errors.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(["doc_id", "error", "message"])
            for item in failures:
                writer.writerow([item.doc_id, type(item.error).__name__, str(item.error)])
    err.print(
        f"{docs} documents, {written} records -> {output}"
        + (f"; {len(failures)} failed -> {errors}" if failures else ""),
        highlight=False,
    )
    if failures and not docs:
        raise typer.Exit(code=1)


def _write(records: list[EffectRecord], stream: TextIO, as_jsonl: bool) -> int:
    if as_jsonl:
        for record in records:
            stream.write(record.model_dump_json() + "\n")
        return len(records)
    return write_rows(records, stream, header=False)


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(
            column, justify="left" if column in {"doc", "kind", "field", "measure"} else "right"
        )
    return table


def _print_report(summary: dict[str, Any]) -> None:
    per_doc = summary["per_doc"]
    docs = _table("Per document (strict facts)", ["doc", "kind", "gold", "pred", "P", "R", "F1"])
    for row in per_doc:
        s = row["strict"]
        docs.add_row(
            row["doc_id"], row["kind"], str(row["gold_facts"]), str(row["predicted_facts"]),
            f"{s['p']:.2f}", f"{s['r']:.2f}", f"{s['f1']:.2f}",
        )  # fmt: skip
    out.print(docs)
    measures = _table("Per measure (strict facts)", ["measure", "gold", "pred", "P", "R", "F1"])
    for name, s in summary["per_measure"].items():
        measures.add_row(
            name,
            str(s["gold"]),
            str(s["predicted"]),
            f"{s['p']:.2f}",
            f"{s['r']:.2f}",
            f"{s['f1']:.2f}",
        )
    out.print(measures)
    kinds = _table("Per kind", ["kind", "docs", "lenient F1", "strict P", "strict R", "strict F1"])
    for name, s in summary["per_kind"].items():
        st = s["strict"]
        kinds.add_row(
            name,
            str(s["documents"]),
            f"{s['lenient']['f1']:.3f}",
            f"{st['p']:.3f}",
            f"{st['r']:.3f}",
            f"{st['f1']:.3f}",
        )
    out.print(kinds)
    fields = _table("Fields on paired records", ["field", "accuracy"])
    for name, value in summary["fields"].items():
        fields.add_row(
            name,
            "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value),
        )
    out.print(fields)
    lenient, strict = summary["lenient"], summary["strict"]
    facts = summary["facts"]
    out.print(
        f"documents {summary['documents']}  "
        f"facts gold {facts['gold']} predicted {facts['predicted']}",
        highlight=False,
    )
    out.print(
        f"lenient P {lenient['p']:.3f} R {lenient['r']:.3f} F1 {lenient['f1']:.3f}", highlight=False
    )
    out.print(
        f"strict  P {strict['p']:.3f} R {strict['r']:.3f} F1 {strict['f1']:.3f}", highlight=False
    )


@app.command("bench")
def bench_command(
    folder: Annotated[Path, typer.Argument(help="Folder of <id>.txt with <id>.gold.json.")],
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Write the scores as JSON.")
    ] = None,
    errors_path: Annotated[
        Path | None,
        typer.Option(
            "--errors",
            help="Write each missed or spurious fact and each disagreeing field as JSON lines.",
        ),
    ] = None,
) -> None:
    """Score extraction against the gold labels in FOLDER and print the tables."""
    if not folder.is_dir():
        err.print(f"[red]error[/red] {folder}: not a folder of labelled documents")
        raise typer.Exit(code=2)
    try:
        report: Report = score_corpus(folder, extract)
    except OutcomesError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(code=2) from exc
    summary = report.as_dict()
    _print_report(summary)
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if errors_path is not None:
        errors_path.parent.mkdir(parents=True, exist_ok=True)
        lines = (json.dumps(item, ensure_ascii=False) + "\n" for item in report.errors())
        errors_path.write_text("".join(lines), encoding="utf-8")
    for failed in summary["failed"]:
        err.print(f"[red]error[/red] {escape(str(failed['error']))}", highlight=False)
    if summary["failed"]:
        err.print(f"{len(summary['failed'])} document(s) could not be scored", highlight=False)
        raise typer.Exit(code=1)
