"""``python -m outcomes``: the same command line as ``outcomes``."""

from outcomes.cli import app

app(prog_name="outcomes")
