"""Ingest: read articles from files, directories or stdin, quarantine bad input, and spot duplicate stories."""

from .dedupe import Deduper, DedupeResult, article_id, content_hash, normalise_text
from .readers import FORMATS, read_inputs

__all__ = ["FORMATS", "DedupeResult", "Deduper", "article_id", "content_hash", "normalise_text", "read_inputs"]
