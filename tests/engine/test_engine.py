"""Batch engine: same events as the single-process ingest, resumable, malformed shards quarantined."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import frontwatch
from frontwatch.engine import plan_shards, run_batch
from frontwatch.store import EventFilter, open_store


def _snapshot(db: str) -> dict:
    with open_store(db) as st:
        return {
            "raw": sorted(e["id"] for e in st.events(EventFilter(raw=True))),
            "fused": sorted(e["id"] for e in st.events()),
            "articles": sorted((a["id"], a["origin"]) for a in st.articles()),
            "quarantine": st.quarantined(),
            "known": sorted(st.known_articles()),  # ids, hashes and MinHash signatures (bytes) as stored
            "counts": st.counts(),
        }


def _single(paths: list[Path], db: Path) -> dict:
    with frontwatch.open(db) as ws:
        ws.ingest(paths)
    return _snapshot(str(db))


def test_big_jsonl_is_split_by_line_ranges(corpus):
    shards = plan_shards([corpus], shard_size=5)
    assert [s.kind for s in shards] == ["jsonl"] * 3
    assert [s.first_line for s in shards] == [1, 6, 11]
    assert shards[-1].end == corpus.stat().st_size
    assert plan_shards([corpus], shard_size=5) == shards  # names are stable across runs


# One shard per transaction and fusion pass, groups fused every few groups, everything loaded then fused once.
@pytest.mark.parametrize(("load_every", "fuse_every"), [(1, 1), (3, 6), (1000, 5000)])
def test_inline_engine_matches_single_process(tmp_path, corpus, load_every, fuse_every):
    expected = _single([corpus], tmp_path / "single.duckdb")
    s = run_batch([corpus], str(tmp_path / "batch.duckdb"), workers=0, shard_size=4, load_every=load_every,
                  fuse_every=fuse_every)
    assert s.new == 13 and s.duplicate == 1 and s.quarantined == 1
    assert _snapshot(str(tmp_path / "batch.duckdb")) == expected


def test_two_worker_cluster_matches_single_process(tmp_path, corpus):
    expected = _single([corpus], tmp_path / "single.duckdb")
    s = run_batch([corpus], str(tmp_path / "batch.duckdb"), workers=2, shard_size=3)
    assert s.shards == 5 and s.failed == 0
    assert _snapshot(str(tmp_path / "batch.duckdb")) == expected


def test_rerun_skips_loaded_shards_and_changes_nothing(tmp_path, corpus):
    db = str(tmp_path / "b.duckdb")
    run_batch([corpus], db, workers=0, shard_size=4)
    before = _snapshot(db)
    again = run_batch([corpus], db, workers=0, shard_size=4)
    assert again.skipped == again.shards == 4 and again.new == 0
    assert _snapshot(db) == before


def test_bulk_insert_skips_stored_rows_and_repeats_within_a_group(tmp_path, corpus):
    # The load's INSERT skips rows whose id is stored (a second load of the same files adds nothing and does not
    # fail) and keeps one row of an id that two files of a group both hold.
    import pyarrow.parquet as pq

    from frontwatch.engine._load import _bulk_insert

    out = tmp_path / "out"
    db = str(tmp_path / "b.duckdb")
    run_batch([corpus], db, workers=0, shard_size=4, out_dir=out)
    files = sorted((out / "shards").glob("*/events.parquet"))
    with open_store(db) as st:
        before = st.counts()
        _bulk_insert(st, "events", [pq.read_table(f) for f in files], files, "article_id", [])
        assert st.counts() == before
        st.execute("DELETE FROM events WHERE article_id IN (SELECT article_id FROM read_parquet(?))", [str(files[0])])
        n = pq.read_table(files[0]).num_rows
        assert n and st.counts()["events"] == before["events"] - n
        _bulk_insert(st, "events", [pq.read_table(f) for f in (files[0], files[0])], [files[0], files[0]],
                     "article_id", [])
        assert st.counts() == before


def test_directories_and_text_files(tmp_path):
    demo = Path(frontwatch.__file__).parent / "data" / "demo"
    expected = _single([demo], tmp_path / "single.duckdb")
    run_batch([demo], str(tmp_path / "b.duckdb"), workers=0, shard_size=5)
    assert _snapshot(str(tmp_path / "b.duckdb")) == expected


def test_an_article_in_another_language_gets_the_same_note_as_in_the_single_process_ingest(tmp_path):
    text = ("Le groupe Etat islamique a revendiqué l'attentat commis hier soir à Mossoul, selon un communiqué publié "
            "par son agence de propagande, qui affirme que ses combattants ont tué plusieurs soldats irakiens lors de "
            "violents affrontements près de la frontière avec la Syrie, dans la province de Ninive.")
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"text": text, "published": "2016-11-02"}) + "\n")
    batch = run_batch([src], str(tmp_path / "b.duckdb"), workers=0, shard_size=5)
    with frontwatch.open(tmp_path / "s.duckdb") as ws:
        single = ws.ingest([src])
    assert batch.notes == single.notes and len(batch.notes) == 1 and "not look like English" in batch.notes[0]
    assert batch.events == single.events == 0


def test_parquet_input_and_a_malformed_parquet_file(tmp_path, corpus):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in corpus.read_text().splitlines()[:13]]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "good.parquet")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    s = run_batch([tmp_path / "bad.parquet", tmp_path / "good.parquet"], str(tmp_path / "b.duckdb"), workers=0,
                  shard_size=5)
    assert s.new == 13 and s.events > 0
    q = _snapshot(str(tmp_path / "b.duckdb"))["quarantine"]
    assert any("bad.parquet" in r["origin"] and "Parquet" in r["reason"] for r in q)


def test_a_damaged_shard_output_is_quarantined_and_the_run_goes_on(tmp_path, corpus):
    out = tmp_path / "out"
    shards = plan_shards([corpus], shard_size=4)
    run_batch([corpus], str(tmp_path / "first.duckdb"), workers=0, shard_size=4, out_dir=out)
    # Damage shard 2's Parquet output; a fresh database then has to load it from disk and cannot.
    (out / "shards" / shards[1].name / "events.parquet").write_bytes(b"garbage")
    s = run_batch([corpus], str(tmp_path / "second.duckdb"), workers=0, shard_size=4, out_dir=out)
    assert s.failed == 1 and s.shards == 4
    snap = _snapshot(str(tmp_path / "second.duckdb"))
    assert any(shards[1].name in r["reason"] for r in snap["quarantine"])
    assert snap["counts"]["articles"] > 0


def test_a_marker_cut_short_by_a_kill_makes_the_shard_redo_not_fail(tmp_path, corpus):
    # A run killed while the old code wrote _SUCCESS left an empty marker; the shard is redone, not quarantined.
    out = tmp_path / "out"
    shards = plan_shards([corpus], shard_size=4)
    run_batch([corpus], str(tmp_path / "first.duckdb"), workers=0, shard_size=4, out_dir=out)
    (out / "shards" / shards[1].name / "_SUCCESS").write_text("")
    s = run_batch([corpus], str(tmp_path / "second.duckdb"), workers=0, shard_size=4, out_dir=out)
    assert s.failed == 0 and s.shards == 4
    assert json.loads((out / "shards" / shards[1].name / "_SUCCESS").read_text())["name"] == shards[1].name
    assert _snapshot(str(tmp_path / "second.duckdb"))["raw"] == _snapshot(str(tmp_path / "first.duckdb"))["raw"]
    assert not list((out / "shards").glob(".*"))  # no private folder left behind


def test_postgres_target_matches_duckdb(tmp_path, corpus, pg_url):
    run_batch([corpus], str(tmp_path / "b.duckdb"), workers=0, shard_size=4, out_dir=tmp_path / "o1")
    run_batch([corpus], pg_url, workers=0, shard_size=4, out_dir=tmp_path / "o2")
    a, b = _snapshot(str(tmp_path / "b.duckdb")), _snapshot(pg_url)
    assert a == b


_RUNNER = """
import sys
from frontwatch.engine import run_batch
run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), shard_size=4, out_dir=sys.argv[4])
"""


@pytest.mark.parametrize("workers", [0, 2])
def test_killed_run_resumes_to_the_same_events(tmp_path, workers, make_corpus):
    corpus = make_corpus(tmp_path / "corpus.jsonl", copies=4)  # 50 lines: 13 shards
    clean = tmp_path / "clean.duckdb"
    run_batch([corpus], str(clean), workers=0, shard_size=4, out_dir=tmp_path / "clean-out")
    db, out = tmp_path / "killed.duckdb", tmp_path / "out"
    # Own process group, so the kill takes the Dask nanny and worker processes down with the driver.
    proc = subprocess.Popen([sys.executable, "-c", _RUNNER, str(corpus), str(db), str(workers), str(out)],
                            start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not any((out / "shards").glob("*/_SUCCESS")):
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus bigger"
    time.sleep(random.uniform(0, 0.2))  # a random point after the first shard landed
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(db) as st:
        partial = st.query("SELECT count(*) AS n FROM engine_shards")[0]["n"]
    resumed = run_batch([corpus], str(db), workers=workers, shard_size=4, out_dir=out)
    assert resumed.shards == 14 and resumed.failed == 0, resumed.messages
    assert _snapshot(str(db))["raw"] == _snapshot(str(clean))["raw"]
    assert _snapshot(str(db))["fused"] == _snapshot(str(clean))["fused"]
    assert _snapshot(str(db))["counts"] == _snapshot(str(clean))["counts"]
    assert partial < 14  # the kill did interrupt the run (the corpus' near-copies make few new articles)
