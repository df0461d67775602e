#!/usr/bin/env bash
# Start or stop a throwaway local PostgreSQL (tests, benchmarks): no root server, no config, 127.0.0.1 only.
#   bash scripts/pg_test_server.sh start DIR [PORT]  -> prints postgresql://postgres@127.0.0.1:PORT/frontwatch
#   bash scripts/pg_test_server.sh stop DIR
# Needs the Debian `postgresql` package (binaries under /usr/lib/postgresql/*/bin). As root, the server runs as
# the `postgres` user, because initdb and postgres refuse to run as root.
set -euo pipefail
cmd="${1:?usage: pg_test_server.sh start|stop DIR [PORT]}"
dir="${2:?usage: pg_test_server.sh start|stop DIR [PORT]}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bindir" ] || { echo "PostgreSQL binaries not found; apt-get install postgresql" >&2; exit 3; }
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi

case "$cmd" in
  start)
    port="${3:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    "${as[@]}" mkdir -p "$dir/sock"
    "${as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres frontwatch
    echo "postgresql://postgres@127.0.0.1:$port/frontwatch"
    ;;
  stop)
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    rm -rf "$dir"
    ;;
  *) echo "usage: pg_test_server.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
