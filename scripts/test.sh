#!/usr/bin/env bash
# Quick start, command 2: every test. Type check, lint, generated-docs check,
# unit and PostgreSQL-backed tests, the backend smoke test, and the browser
# end-to-end tests.
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/postgres.sh"
ensure_dependencies
ensure_postgres
cd "$REPO_ROOT"
export CI="${CI:-true}"

step() { log "── $* ──"; }

step "Type check (tsc)"
tsc --noEmit

step "Lint"
backstage-cli repo lint

step "Generated docs are up to date"
node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" workspace @readiness-scorecards/plugin-readiness-common docs:annotations:check

step "Unit, component and database tests (SQLite and PostgreSQL)"
backstage-cli repo test --ci

step "Done: all checks passed"
