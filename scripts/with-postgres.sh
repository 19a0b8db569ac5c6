#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL on a loopback port, then tears it
# down. Installs Debian's `postgresql` when missing. Exposes the server to
# Backstage's TestDatabases and to our own scripts through:
#   BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING, PG_TEST_URL
# Usage: scripts/with-postgres.sh <command...>
set -euo pipefail
PG_PORT="${PG_TEST_PORT:-54329}"

find_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

PG_BIN="$(find_pg_bin)"
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  echo "[postgres] installing Debian's postgresql (apt-get)" >&2
  sudo=""
  [[ "$(id -u)" != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(find_pg_bin)"
fi
PG_MAJOR="$(basename "$(dirname "$PG_BIN")")"

DATA_DIR="$(mktemp -d -t pg-test-XXXXXX)"
# PostgreSQL refuses to run as root; use the package's own system user then.
as_pg=()
if [[ "$(id -u)" == 0 ]]; then
  chown postgres "$DATA_DIR"
  as_pg=(runuser -u postgres --)
fi

stop_pg() {
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA_DIR"
}
trap stop_pg EXIT

"${as_pg[@]}" "$PG_BIN/initdb" -D "$DATA_DIR/data" -U postgres --auth=trust >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -l "$DATA_DIR/server.log" -w \
  -o "-p $PG_PORT -k $DATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
echo "[postgres] PostgreSQL $PG_MAJOR on 127.0.0.1:$PG_PORT" >&2

export PG_TEST_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
export "BACKSTAGE_TEST_DATABASE_POSTGRES${PG_MAJOR}_CONNECTION_STRING=$PG_TEST_URL"
export POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$PG_PORT" POSTGRES_USER=postgres POSTGRES_PASSWORD=unused
"$@"
