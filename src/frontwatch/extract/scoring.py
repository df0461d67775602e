"""Event confidence: a small learned model over what the rules found, so that a higher score means a likelier event.

The rules give every event a hand-set score (a base, plus or minus for a place, actors, a date of the clause's own,
hedges). On the twelfth session's fresh gold sets that score did not rank: the middle band was the most precise.
This module replaces it by the probability that the event is right (matches a gold event), from a logistic
regression over ~30 plain features of the event and its evidence sentence: the hand score itself, the event type,
which fields the rules could fill (actors, place, date, toll), how far back the date lies, how many events share the
sentence, where the sentence stands in the article, and cue words in it (attribution, hedges, modals, negation,
background; the word lists are language data, ``confidence_cues`` in ``patterns/en.yaml``).

The weights ship as ``patterns/confidence-en.json``, written by ``scripts/train_confidence.py`` from the read gold
sets (never from the blind ones): predictions of the current rules and of the rules as they stood before each set
was first read, labelled by :func:`frontwatch.extract.evaluate.match`, so the model also sees the mistakes the rules
make on text they were not tuned on. The script prints a leave-one-set-out check (ranking and calibration against
the hand score) and records it, with the sets and the commit, in the model file. Scoring is a dot product per
event: no run-time dependency beyond the standard library.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from ..records import Event
from .rules import Patterns

#: Event types of the taxonomy, one indicator each (a pack's events never leave ACLED's six).
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
#: Cue lists read from the evidence sentence (``confidence_cues`` in the language's patterns).
CUES = ("attributed", "hedged", "modal", "negated", "background")

#: A sentence starting this early is the lead (most articles' first sentence is shorter).
LEAD_CHARS = 250

#: The model's inputs, in order; a model file must name exactly these.
FEATURES: tuple[str, ...] = (
    "rule",  # the rules' own hand-set score, centred on 0.6
    *(f"type:{t}" for t in EVENT_TYPES),
    "actor1", "actor2", "same_actors",
    "place", "place_town", "abroad",
    "date_none", "date_day", "date_coarse", "date_published", "age",
    "tag_background", "tags",
    "toll", "toll_positive", "persons",
    "siblings", "position", "lead", "words",
    *(f"cue:{c}" for c in CUES),
    "quoted", "question",
)


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if isinstance(v, str) and v else v


def event_features(ev: Any, text: str, siblings: int, patterns: Patterns,
                   countries: Iterable[str] = ()) -> list[float]:
    """The model's inputs (in :data:`FEATURES` order) for one event ``ev`` (an :class:`Event`, or anything with
    its attributes) found in article ``text``, with ``siblings`` other events citing the same sentence.

    >>> import datetime as dt
    >>> from frontwatch.extract.rules import load_patterns
    >>> ev = Event(id="e", event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
    ...            date=dt.date(2015, 5, 17), date_end=dt.date(2015, 5, 17), date_precision="day", published=dt.date(2015, 5, 18),
    ...            evidence="Militants reportedly attacked the town on Sunday.", evidence_span=(0, 50),
    ...            confidence=0.7)
    >>> x = dict(zip(FEATURES, event_features(ev, ev.evidence, 0, load_patterns("en"))))
    >>> x["actor1"], x["actor2"], x["cue:hedged"], x["cue:negated"], x["date_day"], x["lead"]
    (1.0, 0.0, 1.0, 0.0, 1.0, 1.0)
    """
    gates = patterns.cues
    evidence = ev.evidence or ""
    start = (ev.evidence_span or (0, 0))[0]
    date, published = _date(ev.date), _date(ev.published)
    precision = ev.date_precision
    age = (published - date).days if date is not None and published is not None else 0
    tags = list(ev.tags or ())
    x = [
        (ev.confidence if ev.confidence is not None else 0.5) - 0.6,
        *(float(ev.event_type == t) for t in EVENT_TYPES),
        float(bool(ev.actor1)), float(bool(ev.actor2)), float(bool(ev.actor1) and ev.actor1 == ev.actor2),
        float(bool(ev.location)), float(ev.geo_precision == 1), float(bool(ev.country) and ev.country not in countries
                                                                     and bool(countries)),
        float(date is None), float(precision == "day"), float(precision in ("week", "month", "year")),
        float(date is not None and date == published), math.log1p(max(0, age)) / 5,
        float("background" in tags), float(len([t for t in tags if t != "background"])),
        float(ev.fatalities_high is not None), float(bool(ev.fatalities_high)), float(bool(ev.persons)),
        math.log1p(siblings), start / max(1, len(text)), float(start < LEAD_CHARS),
        math.log(1 + len(evidence.split())) / 4,
        *(float(bool(gates[c].search(evidence))) if c in gates else 0.0 for c in CUES),
        float('"' in evidence or "\u201c" in evidence), float("?" in evidence),
    ]
    return x


@dataclass(slots=True)
class ConfidenceModel:
    """A logistic regression over :data:`FEATURES`: ``P(event right) = 1 / (1 + exp(-(intercept + w . x)))``."""

    weights: list[float]
    intercept: float
    features: tuple[str, ...] = FEATURES
    meta: dict[str, Any] = field(default_factory=dict)  # provenance and the training script's checks

    def probability(self, x: Sequence[float]) -> float:
        """The model's probability for one feature vector."""
        z = self.intercept + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def fit(cls, xs: Sequence[Sequence[float]], ys: Sequence[bool], l2: float = 1.0,
            meta: dict[str, Any] | None = None) -> ConfidenceModel:
        """Fit by Newton's method (iteratively reweighted least squares) with an L2 penalty ``l2`` on the weights
        (not the intercept); a few iterations converge on a few thousand rows.

        >>> m = ConfidenceModel.fit([[0.0] * len(FEATURES)] * 4, [True, True, True, False])
        >>> round(m.probability([0.0] * len(FEATURES)), 2)
        0.75
        """
        import numpy as np  # (training only: scoring needs nothing beyond the standard library)

        x = np.hstack([np.ones((len(xs), 1)), np.asarray(xs, dtype=float)])
        y = np.asarray(ys, dtype=float)
        w = np.zeros(x.shape[1])
        penalty = np.full(x.shape[1], float(l2))
        penalty[0] = 1e-6
        for _ in range(50):
            p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
            grad = x.T @ (p - y) + penalty * w
            hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
            step = np.linalg.solve(hess, grad)
            w -= step
            if np.max(np.abs(step)) < 1e-8:
                break
        return cls([float(v) for v in w[1:]], float(w[0]), FEATURES, dict(meta or {}))

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "intercept": round(self.intercept, 6),
                           "weights": {n: round(w, 6) for n, w in zip(self.features, self.weights, strict=True)},
                           "meta": self.meta}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ConfidenceModel:
        doc = json.loads(text)
        names = model_features(doc, FEATURES, "confidence", "scripts/train_confidence.py")
        return cls([float(doc["weights"][n]) for n in names], float(doc["intercept"]), names, doc.get("meta", {}))


def model_features(doc: dict[str, Any], expected: tuple[str, ...], what: str, script: str) -> tuple[str, ...]:
    """The feature names of a learned model's file, which must be those this version computes (else: retrain it
    with ``script``); shared by the confidence model and the actor-role re-ranker (extract.roles)."""
    names = tuple(doc["features"])
    if names != expected:
        raise ValueError(f"the {what} model was trained on other features than this version computes "
                         f"({len(names)} v {len(expected)}); retrain it: python {script}")
    return names


def shipped_model_text(kind: str, language: str) -> str | None:
    """The text of a shipped model file, ``patterns/KIND-LANG.json``, or None where the package has none."""
    path = resources.files("frontwatch.extract") / "patterns" / f"{kind}-{language}.json"
    return path.read_text(encoding="utf-8") if path.is_file() else None


@functools.lru_cache(maxsize=4)
def load_model(language: str = "en") -> ConfidenceModel | None:
    """The shipped model of a language (``patterns/confidence-LANG.json``), or None where there is none (the rules'
    hand score then stays)."""
    text = shipped_model_text("confidence", language)
    return ConfidenceModel.from_json(text) if text is not None else None


def rescore(events: list[Event], text: str, patterns: Patterns, countries: Iterable[str] = (),
            model: ConfidenceModel | None = None) -> list[Event]:
    """``events`` of one article (``text``) with the model's probability as confidence (two decimals, within
    0.01–0.99). Without a model the events come back unchanged."""
    model = model or load_model(patterns.language)
    if model is None or not events:
        return events
    countries = tuple(countries)
    shared = Counter(e.evidence_span for e in events)
    out = []
    for e in events:
        p = model.probability(event_features(e, text, shared[e.evidence_span] - 1, patterns, countries))
        out.append(replace(e, confidence=round(max(0.01, min(0.99, p)), 2)))
    return out
