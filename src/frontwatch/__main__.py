"""``python -m frontwatch`` runs the CLI."""

from .cli import entry

entry()
