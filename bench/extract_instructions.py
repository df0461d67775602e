"""Extraction cost in CPU instructions (valgrind's callgrind), against spaCy's tokenizer on the same articles.

Timings on a shared virtual machine vary by a fifth to a third from hour to hour (see the README's benchmark
table); an instruction count does not: it is the same for the same code, input and interpreter whatever else the
machine is doing. So this is the benchmark for "did a change make extraction dearer", and for comparing two source
trees in one run (``--baseline-src``). It is not a measure of seconds: instructions per second differ between
interpreted Python and spaCy's compiled tokenizer, so the instruction ratio is not the time ratio.

Each workload runs twice under callgrind, with 0 and with ``-n`` articles after the same warm-up; the difference
is the cost of the articles alone. Needs Debian's ``valgrind``. Takes a few minutes (callgrind runs ~50x slower).

    python bench/extract_instructions.py -n 200 [--baseline-src /path/to/other/checkout/src]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT_SRC = BENCH.parent / "src"

# the workload run inside callgrind: warm up on the first article, then handle n more
_WORK = """
import sys
sys.path.insert(0, {bench!r})
from extract_speed import articles
n, what = int(sys.argv[1]), sys.argv[2]
arts = articles(n + 1, 1)
if what == "spacy":
    import spacy
    run = spacy.blank("en")
else:
    from frontwatch.extract import extract_article as run
run(arts[0] if what != "spacy" else arts[0].text)
for a in arts[1:]:
    run(a if what != "spacy" else a.text)
"""


def instructions(n: int, what: str, src: Path) -> int:
    """Instructions callgrind counts for the workload ``what`` over ``n`` articles with frontwatch from ``src``."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "work.py"
        script.write_text(_WORK.format(bench=str(BENCH)), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable,
                              str(script), str(n), what], env=env, capture_output=True, text=True, check=True)
    m = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"callgrind printed no instruction count:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def per_article(n: int, what: str, src: Path) -> float:
    return (instructions(n, what, src) - instructions(0, what, src)) / n


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=200, help="articles (default 200)")
    p.add_argument("--baseline-src", type=Path, help="another checkout's src/ to compare with, in the same run")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found: install Debian's valgrind (apt-get install valgrind) to run this benchmark")
    if importlib.util.find_spec("spacy") is None:
        raise SystemExit("spaCy not found: pip install spacy (its blank English tokenizer is the yardstick)")
    ours = per_article(args.n, "frontwatch", ROOT_SRC)
    spacy_ir = per_article(args.n, "spacy", ROOT_SRC)
    print(f"articles: {args.n} (bench/make_corpus.py, seed 1), instructions per article:")
    print(f"extract_article : {ours / 1e6:8.2f} M")
    print(f"spacy.blank(en) : {spacy_ir / 1e6:8.2f} M   (ratio {ours / spacy_ir:.2f}x)")
    if args.baseline_src:
        base = per_article(args.n, "frontwatch", args.baseline_src.resolve())
        print(f"baseline        : {base / 1e6:8.2f} M   (this tree / baseline: {ours / base:.3f})")


if __name__ == "__main__":
    main()
