#!/usr/bin/env bash
# Quick start, command 1: the portal at http://localhost:3000 (backend on :7007)
# with the readiness plugins and the example organisation, on in-memory SQLite.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
ensure_dependencies
cd "$REPO_ROOT"
log "Starting Backstage: app http://localhost:3000, backend http://localhost:7007 (Ctrl-C stops both)"
exec node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" start "$@"
