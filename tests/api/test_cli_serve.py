"""The ``serve`` command builds the app and hands it to uvicorn on the requested loopback address."""

from __future__ import annotations

import sys
import types

from click.testing import CliRunner
from fastapi import FastAPI

from frontwatch.cli.views import serve_cmd


def test_serve_runs_uvicorn_with_the_app(demo_db, tmp_path, monkeypatch):
    calls = {}
    fake = types.SimpleNamespace(run=lambda app, **kw: calls.update(app=app, **kw))
    monkeypatch.setitem(sys.modules, "uvicorn", fake)
    res = CliRunner().invoke(serve_cmd, ["--db", str(demo_db), "--port", "8765"])
    assert res.exit_code == 0, res.output
    assert isinstance(calls["app"], FastAPI)
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8765
    assert "read-only" in res.output


def test_serve_rejects_a_bad_port(demo_db):
    res = CliRunner().invoke(serve_cmd, ["--db", str(demo_db), "--port", "70000"])
    assert res.exit_code == 2 and "70000" in res.output
