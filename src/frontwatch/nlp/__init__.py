"""NLP stage: sentence and clause splitting, and date expressions resolved against a published date."""

from frontwatch.nlp.dates import find_dates, resolve_date
from frontwatch.nlp.sentences import split_clauses, split_sentences

__all__ = ["find_dates", "resolve_date", "split_clauses", "split_sentences"]
