"""A killed ingest leaves no half-written batch, and ingesting again completes it exactly."""

import json
import os
import signal
import subprocess
import sys

TEMPLATE = """title: Report {i}
published: 2016-0{m}-1{d}
source: Wire {i}

BAGHDAD - Iraqi troops recaptured the village number {i} near Hit on Thursday after clashes that killed {i} militants, the military said. Officials said {w} residents had fled.
"""


def test_kill_mid_ingest_then_resume(tmp_path, cli):
    src = tmp_path / "in"
    src.mkdir()
    words = ["dozens", "hundreds", "scores", "many", "some", "few"]
    for i in range(1, 241):
        (src / f"{i:04d}.txt").write_text(TEMPLATE.format(i=i, m=1 + i % 9, d=i % 10, w=words[i % 6] + f" {i}"))
    db = tmp_path / "x.duckdb"
    env = {**os.environ, "FRONTWATCH_BATCH_SIZE": "10", "FRONTWATCH_CRASH_AFTER_BATCHES": "3"}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch", "ingest", str(src), "--db", str(db), "--quiet"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.wait(timeout=120) == -signal.SIGKILL  # killed without warning mid-run
    # Whatever was committed is whole: every stored article has all of its events.
    partial = json.loads(cli("events", "--db", str(db), "--raw", "--format", "json").stdout)
    arts = {e["article_id"] for e in partial}
    per_article = {a: sum(1 for e in partial if e["article_id"] == a) for a in arts}
    assert len(set(per_article.values())) <= 1  # the template yields the same number of events per article
    assert len(arts) == 20, len(arts)  # two committed batches of ten; the third, written but not committed, is gone
    res = cli("ingest", str(src), "--db", str(db), "--quiet")
    assert "read 240" in res.stdout
    full = json.loads(cli("events", "--db", str(db), "--raw", "--format", "json").stdout)
    assert len({e["article_id"] for e in full}) == 240
    assert {e["id"] for e in partial} <= {e["id"] for e in full}
