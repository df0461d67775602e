"""A throwaway local PostgreSQL server for the backend tests, and the ``store`` fixture over both backends."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_counter = itertools.count()


def _pg_bindir() -> Path | None:
    """The newest Debian PostgreSQL bin directory holding initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as(user: str | None, argv: list[str]) -> None:
    # initdb and postgres refuse to run as root, so as root we drop to the `postgres` system user.
    cmd = ["runuser", "-u", user, "--", *argv] if user else argv
    subprocess.run(cmd, check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Start PostgreSQL on a free 127.0.0.1 port in a temp dir; yields the admin URL (without a database)."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql; CI gets them from "
                    "`bash scripts/bootstrap.sh test`)")
    pytest.importorskip("psycopg", reason='PostgreSQL tests need psycopg 3: pip install "psycopg[binary]"')
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            import pwd

            pw = pwd.getpwnam(user)
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run the server as")
    root = Path(tempfile.mkdtemp(prefix="fw-pg-"))  # in /tmp, so the postgres user can reach it
    if user:
        os.chown(root, pw.pw_uid, pw.pw_gid)
    data, sock, log = root / "data", root / "sock", root / "server.log"
    port = _free_port()
    try:
        _run_as(user, ["mkdir", "-p", str(sock)])
        _run_as(user, [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                       "--no-sync", "--no-instructions"])
        # fsync off: a test server does not need durability, and it makes CREATE DATABASE fast.
        opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        _run_as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(log), "-w", "start"])
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc.stderr or exc.stdout}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run((["runuser", "-u", user, "--"] if user else [])
                       + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def new_database(server: str) -> str:
    """Create an empty database on the test server and return its URL."""
    import psycopg

    name = f"fw_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return new_database(pg_server)


@pytest.fixture
def pg_database(pg_server: str) -> object:
    """A function that creates one more empty database on the test server and returns its URL."""
    return lambda: new_database(pg_server)


@pytest.fixture(params=["duckdb", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database, once per backend."""
    if request.param == "duckdb":
        return str(tmp_path / "x.duckdb")
    return new_database(request.getfixturevalue("pg_server"))
