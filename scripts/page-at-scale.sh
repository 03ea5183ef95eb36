#!/usr/bin/env bash
# Proof that the Readiness page stays responsive with a 10,000-entity catalog
# (not part of scripts/test.sh: it takes about 10 minutes). It generates the
# deterministic benchmark catalog (bench/src/cli/generate.ts), starts the
# portal exactly like the quick start (scripts/start.sh) with an extra config
# whose catalog locations are the generated files, waits until the catalog is
# ingested and the readiness backend has scored every component, then runs the
# browser tests of packages/app/e2e-scale/ in Debian's Chromium. They time each
# step of the page, record its longest main-thread task and its rendered rows,
# fail when a bound is broken, save e2e-screenshots/scale-*.png and write
# bench/results/page-<N>.json and .md.
#
#   ./scripts/page-at-scale.sh            # 10,000 entities
#   SCALE_ENTITIES=1000 ./scripts/page-at-scale.sh
#
# Uses ports 3000 and 7007 like the quick start; waits while they are busy.
# Before measuring it waits (up to 15 minutes) for a 1-minute load average of
# at most SCALE_MAX_LOAD (default twice the cores); each step records the load.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/chromium.sh"
source "$(dirname "$0")/lib/postgres.sh"
ensure_dependencies
ensure_chromium
ensure_postgres
cd "$REPO_ROOT"

export SCALE_ENTITIES="${SCALE_ENTITIES:-10000}"
WORK_DIR="$REPO_ROOT/node_modules/.cache/page-at-scale"
CATALOG_DIR="$WORK_DIR/catalog-$SCALE_ENTITIES"
EXTRA_CONFIG="$WORK_DIR/app-config.scale.yaml"
# Databases of their own on the local PostgreSQL, dropped before each run.
DATABASE_PREFIX="readiness_page_scale_"
PORTAL_LOG="$WORK_DIR/portal.log"
PORT_WAIT_SECONDS="${SCALE_PORT_WAIT_SECONDS:-1800}"
export SCALE_COMMAND="${SCALE_COMMAND:-$([ "$SCALE_ENTITIES" = 10000 ] || printf 'SCALE_ENTITIES=%s ' "$SCALE_ENTITIES")./scripts/page-at-scale.sh}"

ports_busy() { ss -ltn 2>/dev/null | grep -qE '[:.](3000|7007)[[:space:]]'; }

waited=0
while ports_busy; do
  if [ "$waited" -ge "$PORT_WAIT_SECONDS" ]; then
    echo "Ports 3000 or 7007 are still in use after ${waited} s; stop what holds them and retry" >&2
    exit 2
  fi
  [ "$waited" = 0 ] && log "Ports 3000 or 7007 are in use; waiting for them to be free"
  sleep 10
  waited=$((waited + 10))
done

drop_databases() {
  local name
  for name in $(psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -Atc \
    "select datname from pg_database where datname like '${DATABASE_PREFIX}%'"); do
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -qc "drop database \"$name\" with (force)" >&2
  done
}
mkdir -p "$WORK_DIR"
log "Generating the catalog of $SCALE_ENTITIES entities into $CATALOG_DIR"
mapfile -t FILES < <(yarn workspace @internal/readiness-bench generate --entities "$SCALE_ENTITIES" --out "$CATALOG_DIR")
{
  echo "# Written by scripts/page-at-scale.sh: the generated catalog instead of the"
  echo "# examples, on PostgreSQL instead of in-memory SQLite. On SQLite the catalog"
  echo "# takes tens of minutes to ingest 10,000 entities on two cores, and the"
  echo "# development backend, which restarts whenever a source file changes, would"
  echo "# lose it."
  echo "backend:"
  echo "  database:"
  echo "    client: pg"
  echo "    prefix: $DATABASE_PREFIX"
  echo "    connection:"
  echo "      host: $PG_HOST"
  echo "      port: $PG_PORT"
  echo "      user: postgres"
  echo "catalog:"
  echo "  locations:"
  for file in "${FILES[@]}"; do
    printf '    - type: file\n      target: %s\n' "$file"
  done
} >"$EXTRA_CONFIG"

drop_databases
log "Starting the portal (scripts/start.sh --config app-config.yaml --config $EXTRA_CONFIG); log in $PORTAL_LOG"
# A session of its own, so that the whole tree it starts is stopped at the end.
SCALE_PORTAL_STARTED_AT="$(date +%s%3N)"
export SCALE_PORTAL_STARTED_AT
setsid ./scripts/start.sh --config "$REPO_ROOT/app-config.yaml" --config "$EXTRA_CONFIG" >"$PORTAL_LOG" 2>&1 &
PORTAL_PID=$!
stop_portal() {
  if kill -0 "$PORTAL_PID" 2>/dev/null; then
    log "Stopping the portal (process group $PORTAL_PID)"
    kill -TERM -- "-$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$PORTAL_PID" 2>/dev/null || return 0
      sleep 1
    done
    kill -KILL -- "-$PORTAL_PID" 2>/dev/null || true
  fi
  drop_databases
}
trap stop_portal EXIT

# The app's development server answers once its first build is done.
log "Waiting for the app's first build (http://localhost:3000)"
for _ in $(seq 1 120); do
  curl -sf -o /dev/null http://localhost:3000 && break
  kill -0 "$PORTAL_PID" 2>/dev/null || { echo "The portal stopped; see $PORTAL_LOG" >&2; exit 2; }
  sleep 5
done

# The development servers rebuild when a source file changes: the backend
# restarts, the app recompiles and reloads the page. Either in the middle of
# the measurements spoils them, so the run is repeated, at most three times.
rebuilds() { grep -cE 'Change detected, restarting|Rspack compiled' "$PORTAL_LOG" || true; }

for attempt in 1 2 3; do
  before="$(rebuilds)"
  log "Running the browser tests (playwright.scale.config.ts, attempt $attempt); the setup waits for the catalog and the scores"
  if playwright test --config playwright.scale.config.ts "$@"; then
    status=0
    break
  else
    status=$?
  fi
  if [ "$(rebuilds)" = "$before" ]; then
    break
  fi
  log "The portal rebuilt during the run (a source file changed); trying again"
done
log "Results: bench/results/page-$SCALE_ENTITIES.json and .md; screenshots: e2e-screenshots/scale-*.png"
exit "$status"
