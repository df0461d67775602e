"""bench/driver_replay.py: a replay loads already-extracted shards with the driver alone and leaves Store as it was."""

from __future__ import annotations

import json

from frontwatch.engine import ReadOptions, plan_shards, process_shard
from frontwatch.store import Store
from tests.bench_module import load_bench


def test_replay_loads_finished_shards_and_restores_store(tmp_path, capsys):
    replay = load_bench("driver_replay")
    make_corpus = load_bench("make_corpus")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in make_corpus.generate(24, seed=2)))
    for s in plan_shards([corpus], 10):  # the workers' part, done beforehand
        process_shard(s, str(tmp_path / "out"), "syria-iraq", ReadOptions())
    before = {name: getattr(Store, name) for name in replay._STEPS}
    replay.replay(corpus, tmp_path / "out", 10, "256MB", fuse_every=10)
    out = capsys.readouterr().out
    assert "shards 3 (0 already loaded, 0 failed): read 24, new 24" in out
    assert "driver alone: 24 articles" in out
    assert out.count("fusion pass:") >= 1 and "steps (s): fusion_pairs" in out
    assert {name: getattr(Store, name) for name in replay._STEPS} == before
