#!/usr/bin/env bash
# Run frontwatch's batch engine on a Dask cluster without containers (see docs/deploy.md).
#   deploy_cluster.sh scheduler                      on the scheduler host: dask scheduler on :8786
#   deploy_cluster.sh worker  tcp://HOST:8786 [N]    on each worker host: N single-threaded worker processes
#   deploy_cluster.sh ingest  tcp://HOST:8786 PATH...  on the driver: shard PATHs, extract on the cluster, load $FW_DB
#   deploy_cluster.sh serve                          the API in front of $FW_DB
#   deploy_cluster.sh local   PATH...                all of the above on 127.0.0.1 (2 workers), then stop
# Environment: FW_DB (postgresql://user@dbhost/frontwatch), FW_SHARDS (a folder every host mounts at the same
# path), FW_PYTHON (the venv's python, default .venv/bin/python), FW_HOST (address to bind, default 0.0.0.0).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${FW_PYTHON:-.venv/bin/python}"
BIN="$(dirname "$PY")"
DB="${FW_DB:-frontwatch.duckdb}"
SHARDS="${FW_SHARDS:-frontwatch-shards}"
HOST="${FW_HOST:-0.0.0.0}"
role="${1:-}"; shift || true

batch() {  # the `frontwatch batch` command, callable before the CLI wires it in
  "$PY" -c 'import sys; from frontwatch.cli.engine import batch; batch(sys.argv[1:])' "$@"
}

case "$role" in
  scheduler)
    exec "$BIN/dask" scheduler --host "$HOST" --port 8786 --dashboard-address :8787 ;;
  worker)
    addr="${1:?usage: deploy_cluster.sh worker tcp://HOST:8786 [N]}"
    # One thread per process: extraction is pure Python, so threads would only contend for the GIL.
    exec "$BIN/dask" worker "$addr" --nworkers "${2:-$(nproc)}" --nthreads 1 --memory-limit 4GB \
      --local-directory "${TMPDIR:-/tmp}/dask-worker" ;;
  ingest)
    addr="${1:?usage: deploy_cluster.sh ingest tcp://HOST:8786 PATH...}"; shift
    batch "$@" --db "$DB" --scheduler "$addr" --shard-dir "$SHARDS" ;;
  serve)
    exec "$BIN/frontwatch" serve --db "$DB" --host "$HOST" ;;
  local)
    [ "$#" -gt 0 ] || { echo "usage: deploy_cluster.sh local PATH..." >&2; exit 2; }
    port="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "$BIN/dask" scheduler --host 127.0.0.1 --port "$port" --no-dashboard >"$SHARDS.scheduler.log" 2>&1 &
    sched=$!
    "$BIN/dask" worker "tcp://127.0.0.1:$port" --nworkers 2 --nthreads 1 --no-dashboard \
      >"$SHARDS.workers.log" 2>&1 &
    workers=$!
    trap 'kill "$workers" "$sched" 2>/dev/null; wait "$workers" "$sched" 2>/dev/null || true' EXIT
    "$PY" -c 'import sys; from distributed import Client; Client(sys.argv[1], timeout=60).wait_for_workers(2, timeout=120)' \
      "tcp://127.0.0.1:$port"
    batch "$@" --db "$DB" --scheduler "tcp://127.0.0.1:$port" --shard-dir "$SHARDS" ;;
  *)
    sed -n '2,10p' "$0" >&2; exit 2 ;;
esac
