"""Normalisation, content hashes, and exact/near-duplicate detection with MinHash + LSH."""

from __future__ import annotations

import random

import numpy as np
import pytest

from frontwatch.ingest import Deduper, DedupeResult, content_hash, normalise_text

PINNED = "d9c0ab04c08ed10ffbc7240876258b2e"
STORY = (
    "BEIRUT - Islamic State said on Tuesday that Abu Mohammad al-Adnani, its chief spokesman and one of its "
    "longest-serving commanders, had been killed in Syria's Aleppo province. The group's Amaq agency said he died "
    "while inspecting operations to repel the military campaigns against it. A US defence official said coalition "
    "warplanes had carried out a precision strike near the town of al-Bab on Tuesday targeting Adnani, adding that "
    "the Pentagon was still assessing the results. Adnani, a Syrian, was the voice of the group's calls for attacks "
    "in the West and was widely believed to oversee its external operations. His death comes as the jihadists lose "
    "ground along the Turkish border, where Turkish tanks and allied Syrian rebels drove the militants out of "
    "Jarabulus last week. Officials in Ankara said an operation against al-Bab itself could follow in the coming "
    "weeks. Analysts cautioned that the loss of one leader would not break the organisation."
)
# Same topic, same actors and places, different story: must not be merged.
OTHER = (
    "BEIRUT - Turkish tanks and allied Syrian rebels drove Islamic State out of the border town of Jarabulus on "
    "Wednesday, a monitoring group said. Kurdish-led fighters took Manbij from the militants earlier this month "
    "after a siege lasting more than two months. Officials in Ankara said an operation against al-Bab itself could "
    "follow in the coming weeks, and a US defence official said coalition warplanes were supporting the advance."
)


def test_normalise_text_removes_syndication_noise():
    assert normalise_text("“Islamic State” — it’s over…") == normalise_text('"islamic  state" - it\'s OVER...')
    assert normalise_text("Ｆｕｌｌｗｉｄｔｈ\u00a0text") == "fullwidth text"
    assert normalise_text("a\n\n b\tc") == "a b c"
    assert normalise_text("Mosul") != normalise_text("Raqqa")


def test_content_hash_is_full_sha1_hex_of_normalised_text():
    h = content_hash(STORY)
    assert len(h) == 40 and int(h, 16) >= 0
    assert h == content_hash(STORY.upper().replace(",", " ,"))
    assert h != content_hash(OTHER)


def test_exact_duplicate():
    d = Deduper()
    d.add("a1", STORY)
    r = d.check("  " + STORY.replace("'", "’").replace(" - ", " — ") + "\n")
    assert r == DedupeResult("exact", "a1", 1.0)


@pytest.mark.parametrize(
    "variant",
    [
        STORY.replace("BEIRUT - ", "BEIRUT, Aug 30 (Reuters) - "),  # new dateline
        STORY + " Reporting by John Davison; editing by Sam Holmes.",  # byline appended
        STORY.rsplit(" Analysts cautioned", 1)[0],  # last sentence trimmed
        STORY.replace("had been killed", "was killed").replace(";", ","),  # light copy edit
    ],
)
def test_near_duplicates_detected(variant):
    words = normalise_text(STORY).split(), normalise_text(variant).split()
    grams = [{tuple(w[i : i + 3]) for i in range(len(w) - 2)} for w in words]
    assert len(grams[0] & grams[1]) / len(grams[0] | grams[1]) >= 0.85  # the variant really is near (true Jaccard)
    d = Deduper()
    d.add("a1", STORY)
    d.add("a2", OTHER)
    r = d.check(variant)
    assert r.kind == "near" and r.of == "a1"
    assert 0.8 <= r.similarity < 1.0


def test_distinct_stories_not_merged():
    d = Deduper()
    d.add("a1", STORY)
    r = d.check(OTHER)
    assert r.kind == "new" and r.of is None and r.similarity < 0.5


def test_check_does_not_add():
    d = Deduper()
    assert d.check(STORY).kind == "new"
    assert d.check(STORY).kind == "new"
    d.add("a1", STORY)
    assert d.check(STORY).kind == "exact"


def test_first_added_wins_for_exact():
    d = Deduper()
    d.add("a1", STORY)
    d.add("a9", STORY)
    assert d.check(STORY).of == "a1"


def test_signature_serialisable_and_deterministic():
    s1 = Deduper().signature(STORY)
    s2 = Deduper().signature(STORY)
    assert isinstance(s1, bytes) and len(s1) == 64 * 4
    assert s1 == s2  # independent instances (and processes) agree, so stored signatures stay valid
    assert Deduper(num_perm=128, bands=32).signature(STORY) != s1
    assert Deduper().signature(OTHER) != s1


def test_add_from_stored_hash_and_signature():
    src = Deduper()
    h, sig = content_hash(STORY), src.signature(STORY)
    d = Deduper()
    d.add("a1", hash=h, signature=sig)
    assert d.check(STORY).kind == "exact"
    r = d.check(STORY + " Reporting by John Davison.")
    assert (r.kind, r.of) == ("near", "a1")
    with pytest.raises(ValueError):
        d.add("a2", hash=h, signature=sig[:10])
    with pytest.raises(ValueError):
        d.add("a3")


def test_threshold_controls_near_matches():
    variant = STORY.rsplit(" Adnani, a Syrian", 1)[0]  # about two thirds of the story
    loose, strict = Deduper(threshold=0.3), Deduper(threshold=0.95)
    for d in (loose, strict):
        d.add("a1", STORY)
    assert loose.check(variant).kind == "near"
    assert strict.check(variant).kind == "new"


def test_empty_and_tiny_texts_not_near_duplicates():
    d = Deduper()
    d.add("e", "...")
    assert d.check("!!!").kind == "exact"  # both normalise to "", so they are the same (empty) text
    d2 = Deduper()
    d2.add("t", "Mosul")
    assert d2.check("Raqqa").kind == "new"


def test_bad_parameters():
    with pytest.raises(ValueError):
        Deduper(num_perm=64, bands=10)
    with pytest.raises(ValueError):
        Deduper(threshold=0)


def test_scales_to_thousands_without_false_merges():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(20000)]
    d = Deduper()
    texts = [" ".join(rng.choices(vocab, k=120)) for _ in range(3000)]
    for i, t in enumerate(texts):
        assert d.check(t).kind == "new"
        d.add(f"x{i}", t)
    assert len(d) == 3000
    assert d.check(texts[1234] + " extra words at the end").of == "x1234"


def test_signature_is_pinned():
    # Stored signatures must stay comparable across releases: changing the hashing scheme should be deliberate
    # (and come with a re-signing migration), so this golden value fails loudly if it changes by accident.
    sig = Deduper().signature("Kurdish forces took Sinjar from Islamic State on Friday.")
    assert sig[:16].hex() == PINNED


def test_reload_many_from_stored_signatures():
    src = Deduper()
    stories = [f"{STORY} Update number {i} mentions village {i * 7} and checkpoint {i * 13}." for i in range(300)]
    stored = [(f"a{i}", content_hash(t), src.signature(t)) for i, t in enumerate(stories)]
    d = Deduper()
    for aid, h, sig in stored:
        d.add(aid, hash=h, signature=sig)
    assert len(d) == 300
    assert d.check(stories[42]) == DedupeResult("exact", "a42", 1.0)
    r = d.check(OTHER)
    assert r.kind == "new"


def test_check_signature_agrees_with_check_on_text():
    # The batch driver checks worker-made hashes and signatures; verdicts must be those of check(text).
    texts = [STORY, STORY.replace("Tuesday", "Monday"), OTHER, STORY.upper()]  # new, near, new, exact
    by_text, by_sig = Deduper(), Deduper()
    maker = Deduper()
    for i, t in enumerate(texts):
        h, sig = content_hash(t), maker.signature(t)
        verdict = by_sig.check_signature(h, sig)
        assert verdict == by_text.check(t)
        assert verdict.kind == ["new", "near", "new", "exact"][i]
        by_text.add(f"a{i}", t)
        by_sig.add(f"a{i}", hash=h, signature=sig)


def test_check_signature_rejects_a_signature_of_another_size():
    with pytest.raises(ValueError, match="expected 256"):
        Deduper().check_signature("h", b"\x00" * 128)


def test_index_is_compact_numpy_arrays():
    # 20k articles from stored hashes and signatures: the arrays hold them in ~0.3 KB each, ~0.37 KB with the
    # unused part of the last signature block (Python dicts of id and hash strings would cost ~0.3 KB more).
    rng = np.random.default_rng(0)
    d = Deduper()
    for i in range(20_000):
        d.add(f"a{i:015x}", hash=f"{i:040x}", signature=rng.integers(0, 2**32, 64, dtype=np.uint32).tobytes())
    assert len(d) == 20_000
    assert d.nbytes() / 20_000 < 400
    assert d.check_signature(f"{7:040x}", b"\x00" * 256) == DedupeResult("exact", f"a{7:015x}", 1.0)
    assert d.check_signature(f"{19_999:040x}", b"\x00" * 256).of == f"a{19_999:015x}"  # still in the dict buffer
    assert d.check_signature(f"{20_000:040x}", b"\x00" * 256).kind == "new"


def test_ids_of_any_length_and_alphabet_round_trip():
    d = Deduper()
    ids = ["x", "ü-Ärticle", "a" * 40, "a123456789abcdef"]
    for i, aid in enumerate(ids):
        d.add(aid, hash=f"h{i}")
    assert [d.check_signature(f"h{i}", b"\x00" * 256).of for i in range(len(ids))] == ids


def test_hash_only_article_gets_its_signature_later():
    src = Deduper()
    d = Deduper()
    d.add("a1", hash=content_hash(STORY))
    near = STORY + " Reporting by John Davison."
    assert d.check(near).kind == "new"  # no signature yet: only exact copies are found
    d.add("a1", hash=content_hash(STORY), signature=src.signature(STORY))
    d.add("a1", hash=content_hash(STORY), signature=src.signature(STORY))  # again: nothing changes
    assert len(d) == 1
    assert (d.check(near).kind, d.check(near).of) == ("near", "a1")


def test_signature_table_grows_in_blocks_and_keeps_every_row():
    # Rows past the first 16,384-row block keep their signatures: a near copy of the last one is still found.
    rng = np.random.default_rng(1)
    d = Deduper()
    sigs = [rng.integers(0, 2**32, 64, dtype=np.uint32) for _ in range(16_500)]
    for i, sig in enumerate(sigs):
        d.add(f"a{i}", hash=f"h{i}", signature=sig.tobytes())
    near = sigs[-1].copy()
    near[:6] += 1  # 58 of 64 values equal: similarity 0.906
    got = d.check_signature("other", near.tobytes())
    assert (got.kind, got.of) == ("near", "a16499")
    assert got.similarity == pytest.approx(58 / 64)
    assert d.check_signature("other", sigs[3].tobytes()).of == "a3"
