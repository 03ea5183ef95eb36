# Sourced by scripts/test.sh: makes sure PostgreSQL answers on 127.0.0.1:5432
# and points Backstage's TestDatabases at it (there is no Docker here).

PG_HOST=127.0.0.1
PG_PORT=5432

ensure_postgres() {
  if ! command -v pg_isready >/dev/null 2>&1; then
    log "PostgreSQL not installed; installing it from Debian's packages"
    if [ "$(id -u)" = "0" ]; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    else
      echo "PostgreSQL is not installed and we are not root: install postgresql, or set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING" >&2
      return 2
    fi
  fi
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    log "Starting PostgreSQL on $PG_HOST:$PG_PORT"
    local version
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { echo "PostgreSQL did not start on $PG_HOST:$PG_PORT" >&2; return 2; }
  fi
  # TestDatabases reads this and creates throw-away databases on the server.
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@$PG_HOST:$PG_PORT}"
  export BACKSTAGE_TEST_DISABLE_DOCKER=1
  # Our database tests fail instead of skipping PostgreSQL when this is set.
  export READINESS_REQUIRE_POSTGRES=1
}
