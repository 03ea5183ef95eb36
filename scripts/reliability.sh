#!/usr/bin/env bash
# The reliability tests of the readiness backend (docs/reliability.md,
# "Faults" and "Replicas"), on SQLite and PostgreSQL 15. They also run in
# ./scripts/test.sh; this script runs only them, and with --long watches two
# replicas for 2 minutes and repeats the fault tests 5 times.
#
#   ./scripts/reliability.sh          # about 2 minutes
#   ./scripts/reliability.sh --long   # about 6 minutes
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/postgres.sh"
ensure_dependencies
ensure_postgres
cd "$REPO_ROOT/plugins/readiness-backend"
export CI="${CI:-true}"

FAST_FILES=(
  src/lib/retry.test.ts
  src/store/RecomputeRunStore.test.ts
  src/recompute/faults.test.ts
  src/recompute/noOverlap.test.ts
  src/replicas.test.ts
)

if [ "${1:-}" = "--long" ]; then
  for round in 1 2 3 4 5; do
    log "Fault tests, round $round of 5"
    backstage-cli package test --ci src/recompute/faults.test.ts
  done
  log "Two replicas watched for 2 minutes"
  READINESS_REPLICA_WINDOW_MS=120000 backstage-cli package test --ci src/replicas.test.ts
else
  backstage-cli package test --ci "${FAST_FILES[@]}"
fi
log "Reliability tests passed"
