"""Tests of territorial control, territory and front lines."""
