"""Helpers for CLI tests: run the real command-line entry point in-process."""

import pytest
from click.testing import CliRunner

from frontwatch.cli import main, run


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args, input=None, code=0):
        res = runner.invoke(main, list(args), input=input, catch_exceptions=False)
        assert res.exit_code == code, (args, res.output)
        return res

    return invoke


@pytest.fixture
def run_cli(capsys):
    """Run through ``run`` (the console script's exit-code mapping) and return (code, out, err)."""

    def go(*args):
        code = run(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return go
