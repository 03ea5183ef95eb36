#!/usr/bin/env bash
# Quick start, command 2: every test. Type check, lint, generated-docs check,
# unit and PostgreSQL-backed tests, the backend smoke test, and the browser
# end-to-end tests.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/postgres.sh"
source "$(dirname "$0")/lib/chromium.sh"
ensure_dependencies
ensure_postgres
ensure_chromium
cd "$REPO_ROOT"
export CI="${CI:-true}"

step() { log "── $* ──"; }

step "scripts/lib/env.sh leaves the caller's shell alone"
bash scripts/lib/env.test.sh

step "Type check (tsc)"
tsc --noEmit

step "Lint"
backstage-cli repo lint

step "Generated files are up to date (docs/annotations.md, OpenAPI router types)"
yarn workspace @readiness-scorecards/plugin-readiness-common docs:annotations:check
yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:check

step "Unit, component, database (SQLite and PostgreSQL) and backend smoke tests"
backstage-cli repo test --ci

step "End-to-end tests in Chromium against the portal (scripts/start.sh)"
playwright test

step "Done: all checks passed"
