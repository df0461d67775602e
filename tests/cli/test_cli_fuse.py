"""`frontwatch fuse`: every fused event rebuilt from the stored raw events."""

import json
import shutil

from frontwatch.store import open_store


def test_fuse_rebuilds_the_fused_events_from_the_raw_events(cli, demo_db, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    before = json.loads(cli("events", "--db", str(db), "--format", "json").stdout)
    assert any(e["n_sources"] > 1 for e in before)  # the demo has a fused event with two sources
    with open_store(db) as st:  # a store whose fused events were lost (or were built by older rules)
        raw = st.counts()["events"]
        st.execute("DELETE FROM fused_events")
        st.execute("UPDATE events SET fused_id = NULL")
    assert json.loads(cli("events", "--db", str(db), "--format", "json").stdout) == []
    res = cli("fuse", "--db", str(db))
    assert res.stdout.strip() == f"{raw} raw events fused into {len(before)} events"
    assert json.loads(cli("events", "--db", str(db), "--format", "json").stdout) == before
