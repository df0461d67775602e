"""Benchmark extract_article (NLP + geocoding) against bare spaCy tokenisation of the same ~600-word articles."""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import generate  # noqa: E402

from frontwatch.extract import extract_article  # noqa: E402
from frontwatch.ingest import read_inputs  # noqa: E402
from frontwatch.records import Article  # noqa: E402


def articles(n: int, seed: int) -> list[Article]:
    """``n`` synthetic articles read through the real reader (so ids and dates are as in ingest)."""
    text = "\n".join(json.dumps(a) for a in generate(n, seed=seed))
    return [a for a in read_inputs(["-"], stdin=io.StringIO(text), fmt="jsonl") if isinstance(a, Article)]


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=500, help="articles (default 500)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    import spacy

    arts = articles(args.n, args.seed)
    words = sum(len(a.text.split()) for a in arts) / len(arts)
    extract_article(arts[0])  # warm-up: pattern compilation and gazetteer loading are one-off costs
    nlp = spacy.blank("en")
    nlp(arts[0].text)

    # CPU time of this process: "per core" whatever else the machine is doing (wall time is printed too)
    w, t = time.perf_counter(), time.process_time()
    n_events = sum(len(extract_article(a).events) for a in arts)
    t_extract, w_extract = time.process_time() - t, time.perf_counter() - w
    w, t = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(a.text for a in arts))
    t_tok, w_tok = time.process_time() - t, time.perf_counter() - w

    rate, tok_rate = len(arts) / t_extract, len(arts) / t_tok
    print(f"articles: {len(arts)} of {words:.0f} words on average; {n_events} events, {n_tokens} tokens")
    print(f"extract_article : {rate:8.1f} articles/s per core ({t_extract:.2f} s CPU, {w_extract:.2f} s wall)")
    print(f"spacy.blank(en) : {tok_rate:8.1f} articles/s per core ({t_tok:.2f} s CPU, {w_tok:.2f} s wall)")
    print(f"ratio extract/tokenise time: {t_extract / t_tok:.1f}x (goal <= 5); "
          f"extract rate goal >= 200/s: {'met' if rate >= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
