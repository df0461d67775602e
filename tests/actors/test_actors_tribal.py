"""Armed men of a named tribe are the pack's tribal fighters."""

from frontwatch.actors import ActorResolver
from frontwatch.theatre import load_theatre


def test_gunmen_from_a_tribe_are_tribal_fighters():
    r = ActorResolver(load_theatre("syria-iraq"))
    found = [(m.text, m.value) for m in r.find("Gunmen from the Albu Nimr tribe ambushed a convoy near Hit.")
             if m.kind == "actor"]
    assert found == [("Gunmen", "Sunni tribal forces")]
    # (gunmen alone stay the pack's unidentified armed group)
    assert [m.value for m in r.find("Gunmen ambushed a convoy near Hit.") if m.kind == "actor"] == [
        "Unidentified armed group"]
