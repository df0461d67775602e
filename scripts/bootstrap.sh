#!/usr/bin/env bash
# Install frontwatch into ./.venv (with Debian packages when missing) and run the demo or the test suite.
#   bash scripts/bootstrap.sh demo   -> install, then run the demo corpus
#   bash scripts/bootstrap.sh test   -> install with test extras, then run the whole test suite (fails on 0 tests)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-demo}"
PY="${PYTHON:-python3}"

need_apt=()
command -v "$PY" >/dev/null 2>&1 || need_apt+=(python3)
"$PY" -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
# The store tests start a throwaway PostgreSQL server (tests/store/conftest.py); they skip without it.
if [ "$what" = test ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need_apt+=(postgresql); fi
# The map's browser tests drive Debian's Chromium through Playwright (never a downloaded browser).
if [ "$what" = test ] && [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
# The sitrep tests render the PDF report with pdftoppm.
if [ "$what" = test ] && ! command -v pdftoppm >/dev/null 2>&1; then need_apt+=(poppler-utils); fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true

case "$what" in
  demo)
    .venv/bin/python -m pip install -q -e . 
    .venv/bin/frontwatch demo --db frontwatch-demo.duckdb
    ;;
  test)
    .venv/bin/python -m pip install -q -e ".[test]"
    set +e
    .venv/bin/python -m pytest -q -p no:cacheprovider "${@:2}"
    rc=$?
    set -e
    if [ "$rc" -eq 5 ]; then echo "pytest collected no tests: failing loudly" >&2; exit 1; fi
    exit "$rc"
    ;;
  *)
    echo "usage: bash scripts/bootstrap.sh demo|test" >&2; exit 2 ;;
esac
