"""`frontwatch extract`: the issue's acceptance case and error handling."""

import json
from pathlib import Path

FIX = Path(__file__).parents[1] / "extract" / "fixtures"


def test_tal_abyad_on_monday(cli):
    res = cli("extract", str(FIX / "tal_abyad.txt"), "--published", "2015-06-17")
    assert res.exit_code == 0
    events = [json.loads(line) for line in res.stdout.splitlines()]
    (ev,) = [e for e in events if e["event_type"] == "Battles"]
    assert ev["sub_event_type"] == "Non-state actor overtakes territory"
    assert (ev["actor1"], ev["actor2"]) == ("YPG/SDF", "Islamic State")
    assert ev["date"] == "2015-06-15" and ev["date_precision"] == "day"
    assert abs(ev["latitude"] - 36.70) < 0.05 and abs(ev["longitude"] - 38.95) < 0.05
    assert ev["country"] == "SY"
    assert "route_cut" in ev["tags"]
    text = (FIX / "tal_abyad.txt").read_text().split("\n\n", 1)[1].strip()
    s, e = ev["evidence_span"]
    assert text[s:e] == ev["evidence"]


def test_missing_date_is_a_user_error(run_cli):
    code, _out, err = run_cli("extract", str(FIX / "tal_abyad.txt"))
    assert code == 1
    assert "--published" in err and "tal_abyad.txt" in err


def test_bad_date_option_is_a_user_error(run_cli):
    code, _out, err = run_cli("extract", str(FIX / "tal_abyad.txt"), "--published", "17/06/2015")
    assert code == 1
    assert "YYYY-MM-DD" in err


def test_stdin(cli):
    res = cli("extract", "-", "--published", "2016-04-15",
              input="Iraqi troops recaptured the town of Hit on Thursday, the military said.\n")
    (ev,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert ev["sub_event_type"] == "Government regains territory"
    assert ev["location"] == "Hit" and ev["country"] == "IQ"
    assert ev["date"] == "2016-04-14"
