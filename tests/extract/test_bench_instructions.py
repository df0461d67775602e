"""bench/extract_instructions.py: its workload runs, and without valgrind it says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench_module import load_bench

bench = load_bench("extract_instructions")


@pytest.mark.parametrize("what", ["frontwatch", "spacy"])
def test_the_workload_runs_outside_valgrind(tmp_path: Path, what: str) -> None:
    if what == "spacy":
        pytest.importorskip("spacy")
    script = tmp_path / "work.py"
    script.write_text(bench._WORK.format(bench=str(bench.BENCH)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(bench.ROOT_SRC)}
    done = subprocess.run([sys.executable, str(script), "2", what], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_without_valgrind_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench.shutil, "which", lambda _name: None)
    with pytest.raises(SystemExit, match="apt-get install valgrind"):
        bench.main(["-n", "1"])


def test_without_spacy_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench.shutil, "which", lambda _name: "/usr/bin/valgrind")
    monkeypatch.setattr(bench.importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(SystemExit, match="pip install spacy"):
        bench.main(["-n", "1"])
