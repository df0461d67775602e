"""Train the actor-role re-ranker (frontwatch.extract.roles) from the read gold sets and coded banks; write its weights.

    python scripts/train_roles.py [--out src/frontwatch/extract/patterns/roles-en.json] [--no-history]
                                  [--events FILE]

Rows: every event the extractor emits on a read set that matches a gold event (article sets:
``frontwatch.extract.evaluate.match``; coded banks: the same sub-event type within a text, as their tests score
them), one group per slot: the slot's candidates (see ``roles.candidate_rows``) and which of them the gold names
(a slot whose gold actor is no candidate teaches nothing and is left out of the fit, not of the check). Two
extractors give rows: the current tree, and (unless ``--no-history``) the tree as it stood just before each set was
first committed, unpacked with ``git archive`` into a temporary folder, because those are the rules' mistakes on text
they had not been tuned on, the case the re-ranker is for. The candidates' mentions are always the current tree's
(the text is the same). Left out: the blind sets (holdout24 onwards and coded8: measured, never trained on). The
development set is read from ``../shared/eval/articles`` when present (build time only; the package never reads
it). ``--events FILE`` keeps the extracted events in FILE and reuses them on the next run.

The script picks the L2 penalty and the override threshold by leaving one set out at a time: each set's events are
re-ranked by a model fitted on the other sets, and both actors are compared with the gold before and after. The
threshold is the one with the largest net gain (events made right minus events made wrong), among those whose
overrides are right at least ``PRECISION`` of the time on both the current and the history rows. The check is written into the model file's ``meta``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import frontwatch.extract as extract  # noqa: E402
import frontwatch.extract.roles as roles  # noqa: E402
from frontwatch.extract.evaluate import load_gold, match  # noqa: E402
from frontwatch.ingest import read_inputs  # noqa: E402
from frontwatch.records import Article  # noqa: E402
from frontwatch.theatre import load_theatre  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
# name -> gold file (article sets: gold.jsonl beside the articles, or the demo's own folder)
ARTICLE_SETS: dict[str, tuple[Path, Path | None]] = {
    "dev": (ROOT.parent / "shared" / "eval" / "articles" / "gold.jsonl", None),
    "demo": (FIXTURES / "demo_gold.jsonl", ROOT / "src" / "frontwatch" / "data" / "demo"),
    "holdout": (FIXTURES / "holdout" / "gold.jsonl", None),
    **{f"holdout{i}": (FIXTURES / f"holdout{i}" / "gold.jsonl", None) for i in range(2, 24)},
}
BANKS: dict[str, Path] = {
    **{p.stem: p for p in sorted((FIXTURES / "probes").glob("bank*.jsonl"))},
    **{f"coded{i}": FIXTURES / f"coded{i}" / "bank.jsonl" for i in range(4, 8)},
}
#: The least share of a threshold's overrides (left-out sets, current and history rows each) that must be right:
#: well above the rules' both-actors accuracy on the read sets (0.82), so that an override is a better bet than them.
PRECISION = 0.85
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)

# run by the extractor of another tree (PYTHONPATH): that tree's events of some articles, as JSON lines
_WORKER = """
import datetime as dt, json, sys
from frontwatch.records import Article
from frontwatch.extract import extract_article
try:  # the rules' own actors are what the model learns from, not a previous model's
    import frontwatch.extract.roles as roles
    roles.load_model = lambda language="en": None
except ImportError:
    pass
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    art = Article(id=a["id"], text=a["text"], published=dt.date.fromisoformat(a["published"]), title=a.get("title"))
    for e in extract_article(art).events:
        d = e.to_dict()
        d["article"] = a["id"]
        print(json.dumps(d, default=str))
"""


def _articles(name: str) -> tuple[list[dict], list[dict]]:
    """(gold events, articles as {id, text, published, title}) of one read set; a bank's items are its articles."""
    if name in BANKS:
        items = [json.loads(line) for line in BANKS[name].read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = [{**e, "article": it["id"]} for it in items for e in it["events"]]
        return gold, [{"id": it["id"], "text": it["text"], "published": it["published"]} for it in items]
    gold_path, folder = ARTICLE_SETS[name]
    gold = load_gold(gold_path)
    folder = folder or gold_path.parent
    arts = []
    for n in sorted({g["article"] for g in gold}):
        for a in read_inputs([folder / n]):
            if isinstance(a, Article) and a.published is not None:
                arts.append({"id": n, "text": a.text, "published": a.published.isoformat(), "title": a.title})
    return gold, arts


def _run(tree_src: Path, arts: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "arts.jsonl").write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
        (Path(tmp) / "worker.py").write_text(_WORKER, encoding="utf-8")
        out = subprocess.run([sys.executable, str(Path(tmp) / "worker.py"), str(Path(tmp) / "arts.jsonl")],
                             capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(tree_src)})
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _before_read(name: str) -> str | None:
    """The commit just before the one that first added a set's gold (or bank) file (None outside the repo)."""
    path = BANKS[name] if name in BANKS else ARTICLE_SETS[name][0]
    if not path.is_relative_to(ROOT) or name == "demo":
        return None
    added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return f"{added[-1]}^" if added else None


def _tree(commit: str, dest: Path) -> Path:
    """The ``src`` folder of ``commit``, unpacked under ``dest`` (read from git; the repository is not touched)."""
    blob = subprocess.run(["git", "archive", "--format=tar", commit, "src"], cwd=ROOT, capture_output=True,
                          check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


def _pairs(name: str, pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    if name not in BANKS:
        return match(pred, gold)
    out, used = [], set()
    for j, g in enumerate(gold):  # a bank item's coded events, each taking the first unused event of its sub-type
        i = next((i for i, p in enumerate(pred) if i not in used and p["article"] == g["article"]
                  and p["sub_event_type"] == g["sub_event_type"]), None)
        if i is not None:
            used.add(i)
            out.append((i, j))
    return out


def extracted(history: bool) -> list[dict]:
    """Matched events of every read set: {set, who, article, event, gold actors}."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in [*ARTICLE_SETS, *BANKS]:
            if name in ARTICLE_SETS and not ARTICLE_SETS[name][0].exists():
                print(f"  {name}: not found, skipped", file=sys.stderr)
                continue
            gold, arts = _articles(name)
            runs = {"current": _run(ROOT / "src", arts)}
            commit = _before_read(name) if history else None
            if commit:
                runs["before"] = _run(_tree(commit, Path(tmp) / name), arts)
            for who, pred in runs.items():
                pairs = _pairs(name, pred, gold)
                for i, j in pairs:
                    out.append({"set": name, "who": who, "article": pred[i]["article"], "event": pred[i],
                                "gold": [gold[j].get("actor1"), gold[j].get("actor2")]})
                print(f"  {name} ({who}): {len(pred)} events, {len(pairs)} matched", file=sys.stderr)
    return out


def groups(rows: list[dict], texts: dict[tuple[str, str], dict]) -> list[dict]:
    """Each matched event with its two slots' candidates and feature vectors (the current tree's mentions)."""
    th = load_theatre("syria-iraq")
    ex = extract.Extractor(th)
    cache: dict[tuple[str, str], roles._Article] = {}
    out = []
    for r in rows:
        key = (r["set"], r["article"])
        if key not in cache:
            a = texts[key]
            art = Article(id=a["id"], text=a["text"], published=dt.date.fromisoformat(a["published"]), title=a.get("title"))
            ex.extract(art)
            cache[key] = roles.read_article(a["text"], ex.last_actor_mentions, ex.last_sentences, th)
        d = r["event"]
        ev = SimpleNamespace(**{**d, "evidence_span": tuple(d["evidence_span"] or (0, 0))})
        slots = [roles.candidate_rows(ev, s, cache[key], th) for s in (0, 1)]
        out.append({**r, "ev": ev, "art": cache[key], "slots": slots})
    return out


def fit(data: list[dict], l2: float, threshold: float = 0.9) -> roles.RolesModel:
    weights = {}
    for s, slot in enumerate(roles.SLOTS):
        train = [(g["slots"][s][1], g["slots"][s][0].index(g["gold"][s])) for g in data
                 if g["gold"][s] in g["slots"][s][0]]
        weights[slot] = roles.RolesModel.fit(train, l2)
    return roles.RolesModel(weights, threshold)


def check(data: list[dict], l2: float) -> dict[float, dict[str, dict[str, int]]]:
    """Leave one set out: per threshold and extractor (current, before), the events whose both actors are right
    before and after, the overridden slots and how many of them the model got right and the rules had right."""
    th = load_theatre("syria-iraq")
    out: dict[float, dict[str, dict[str, int]]] = {t: {} for t in THRESHOLDS}
    for held in sorted({g["set"] for g in data}):
        model = fit([g for g in data if g["set"] != held], l2)
        for g in data:
            if g["set"] != held:
                continue
            slots = roles.scored(g["ev"], g["art"], th, model)
            for t in THRESHOLDS:
                new = roles.decide(g["ev"], slots, t)
                old = (g["ev"].actor1, g["ev"].actor2)
                c = out[t].setdefault(g["who"], {"events": 0, "right_before": 0, "right_after": 0, "slots": 0,
                                                 "slots_right": 0, "slots_rules_right": 0})
                c["events"] += 1
                c["right_before"] += old == tuple(g["gold"])
                c["right_after"] += new == tuple(g["gold"])
                for s in (0, 1):
                    if new[s] != old[s]:
                        c["slots"] += 1
                        c["slots_right"] += new[s] == g["gold"][s]
                        c["slots_rules_right"] += old[s] == g["gold"][s]
    return out


def _gain(c: dict[str, int]) -> int:
    return c["right_after"] - c["right_before"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "frontwatch" / "extract" / "patterns" / "roles-en.json")
    ap.add_argument("--no-history", action="store_true", help="only the current extractor's events (faster)")
    ap.add_argument("--events", type=Path, help="keep the extracted events here and reuse them")
    args = ap.parse_args()
    roles.load_model = lambda language="en": None  # the rules' own actors, not a previous model's
    texts = {}
    for name in [*ARTICLE_SETS, *BANKS]:
        if name in ARTICLE_SETS and not ARTICLE_SETS[name][0].exists():
            continue
        for a in _articles(name)[1]:
            texts[(name, a["id"])] = a
    if args.events and args.events.exists():
        rows = [json.loads(line) for line in args.events.read_text(encoding="utf-8").splitlines()]
    else:
        print("extracting the read sets ...", file=sys.stderr)
        rows = extracted(history=not args.no_history)
        if args.events:
            args.events.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if args.no_history:
        rows = [r for r in rows if r["who"] == "current"]
    data = groups(rows, texts)
    print(f"{len(data)} matched events ({sum(g['who'] == 'before' for g in data)} from the trees before each set)")
    best = None
    for l2 in (1.0, 3.0):
        res = check(data, l2)
        for t in THRESHOLDS:
            cur, bef = res[t].get("current"), res[t].get("before", res[t].get("current"))
            assert cur is not None and bef is not None
            line = "  ".join(f"{who} {c['right_before']}->{c['right_after']} of {c['events']} (overrides "
                             f"{c['slots_right']}/{c['slots']} right, rules had {c['slots_rules_right']})"
                             for who, c in res[t].items())
            print(f"l2={l2:<4} t={t:<4} {line}")
            ok = all(c["slots"] and c["slots_right"] >= PRECISION * c["slots"] and _gain(c) >= 0 for c in (cur, bef))
            key = (_gain(bef) + _gain(cur), t)
            if ok and (best is None or key > best[0]):
                best = (key, l2, t, res[t])
    if best is None:
        print("no threshold gains on the left-out sets: no model written")
        return
    _, l2, t, res = best
    print(f"\nchosen l2={l2} threshold={t}")
    model = fit(data, l2, t)
    model.meta = {
        "trained": dt.date.today().isoformat(),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
        "sets": sorted({g["set"] for g in data}), "events": len(data), "l2": l2,
        "leave_one_set_out": res,
    }
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {args.out} ({len(roles.FEATURES)} features, {len(data)} events)")
    for slot, w in model.weights.items():
        top = sorted(zip(roles.FEATURES, w, strict=True), key=lambda p: -abs(p[1]))[:15]
        print(f"  {slot}: " + ", ".join(f"{n} {v:+.2f}" for n, v in top))


if __name__ == "__main__":
    main()
