"""POST /articles: forbidden without a configured token, 401 with a wrong one, ingests with the right one."""

from __future__ import annotations

from .conftest import TOKEN

ARTICLE = {
    "text": "BEIRUT - Syrian government forces recaptured the town of Qaryatayn from Islamic State on Sunday, "
            "the army said.",
    "published": "2016-04-05", "title": "Army retakes Qaryatayn", "source": "Test Wire",
    "url": "https://example.org/qaryatayn",
}


def test_read_only_server_refuses_posts(client):
    r = client.post("/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "FRONTWATCH_TOKEN" in r.json()["detail"]


def test_wrong_or_missing_token_is_401(writable):
    assert writable.post("/articles", json=ARTICLE).status_code == 401
    r = writable.post("/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and "Bearer" in r.json()["detail"]
    assert writable.get("/events", params={"text": "Qaryatayn"}).json()["items"] == []


def test_posted_article_becomes_an_event(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writable.post("/articles", json=ARTICLE, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["new"] == 1 and r.json()["events"] >= 1
    found = writable.get("/events", params={"text": "Qaryatayn"}).json()["items"]
    assert len(found) == 1
    e = found[0]
    assert e["actor1"] == "Syrian government forces" and e["date"] == "2016-04-03"
    assert e["sources"][0]["url"] == ARTICLE["url"]
    # Control follows the new capture at once.
    assert writable.get("/control", params={"date": "2016-04-10", "place": "Qaryatayn"}).json()[0]["actor"] \
        == "Syrian government forces"
    # The same article again is a duplicate, not a second event.
    again = writable.post("/articles", json=[ARTICLE], headers=auth).json()
    assert again["duplicate"] == 1 and again["new"] == 0


def test_bad_article_bodies_are_422(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writable.post("/articles", json={"published": "2016-04-05"}, headers=auth)
    assert r.status_code == 422 and "text" in r.json()["detail"]
    r = writable.post("/articles", json={"text": "x", "published": "5 April"}, headers=auth)
    assert r.status_code == 422 and "published" in r.json()["detail"]
    r = writable.post("/articles", json=[], headers=auth)
    assert r.status_code == 422 and "empty" in r.json()["detail"]


def test_non_ascii_token_is_401_not_500(writable):
    r = writable.post("/articles", json=ARTICLE, headers={"Authorization": "Bearer jeton-é".encode()})
    assert r.status_code == 401
