"""Tests of situation reports."""
