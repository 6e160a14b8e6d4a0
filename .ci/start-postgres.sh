#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on a free loopback port and print the test database URL.
# Usage: bash .ci/start-postgres.sh ENVFILE; then: source ENVFILE
# (ENVFILE exports DIALOGUE_APP_TEST_POSTGRES_URL, and PGTMP/PGBIN for stopping it)
set -euo pipefail
as_pg() { (cd / && runuser -u postgres -- "$@"); }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGTMP=$(mktemp -d -t pgci.XXXXXX) && chown postgres:postgres "$PGTMP"
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 30 \
  -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres dialogue_test
cat >"$1" <<ENV
export PGTMP=$PGTMP PGBIN=$PGBIN
export DIALOGUE_APP_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PGPORT/dialogue_test
ENV
