"""The quickstart notebook runs without error, from the repository root or notebooks/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from outcomes import records_from_csv

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


def test_notebook_is_saved_without_outputs() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = [cell for cell in cells if cell["cell_type"] == "code"]
    assert code
    assert [(c["outputs"], c["execution_count"]) for c in code] == [([], None)] * len(code)


def test_notebook_is_valid_nbformat_4() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    assert notebook.nbformat == 4


@pytest.mark.parametrize("working_folder", [".", "notebooks"], ids=["from-root", "from-notebooks"])
def test_notebook_runs(tmp_path: Path, working_folder: str) -> None:
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    (tmp_path / "notebooks").mkdir()
    shutil.copy(NOTEBOOK, tmp_path / "notebooks" / NOTEBOOK.name)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    notebook = nbformat.read(tmp_path / "notebooks" / NOTEBOOK.name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(tmp_path / working_folder)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert errors == []
    csv_path = tmp_path / "out" / "quickstart.csv"
    assert {record.doc_id for record in records_from_csv(csv_path)} <= {"000_351c4ebfbeb64f49"}
