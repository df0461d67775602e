"""``frontwatch.extract.evaluate`` on a gold file written for the test."""

import json

from frontwatch.extract.evaluate import evaluate_events

SENTENCE = "Ahrar al-Sham fighters captured the town of Saraqeb from government forces on Monday."


def test_actors_by_family_count_a_faction_for_its_coalition(tmp_path):
    (tmp_path / "001.txt").write_text(f"title: t\npublished: 2016-03-10\nsource: s\n\n{SENTENCE}\n")
    gold = dict(article="001.txt", date="2016-03-07", date_end="2016-03-07", date_precision="day",
                event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor1="Syrian rebels",
                actor2="Syrian government forces", location="Saraqeb", country="SY", latitude=35.862,
                longitude=36.806, fatalities_low=None, fatalities_high=None, persons=[], tags=[], evidence=SENTENCE)
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    fields = evaluate_events(tmp_path / "gold.jsonl")["fields"]
    # the pack makes Ahrar al-Sham a member of the "Syrian rebels" umbrella: wrong strictly, right by family
    assert (fields["actors"], fields["actors_family"]) == (0.0, 1.0)
    gold["actor1"] = "Jabhat al-Nusra"  # another faction is wrong both ways
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    fields = evaluate_events(tmp_path / "gold.jsonl")["fields"]
    assert (fields["actors"], fields["actors_family"]) == (0.0, 0.0)
