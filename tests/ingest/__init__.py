"""Tests of the ingest stage (a package so test module names never clash with other stages' tests)."""
