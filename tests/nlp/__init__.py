"""Tests for the nlp stage: sentences, clauses and dates."""
