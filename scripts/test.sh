#!/usr/bin/env bash
# Quick start, command 2: every test. Type check, lint, generated-docs and API
# report checks, unit and PostgreSQL-backed tests, the backend smoke test, the
# browser end-to-end tests, the install into a fresh Backstage app, then the tests and browser tests again with the clock
# moved 400 days and 3 years ahead.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/postgres.sh"
source "$(dirname "$0")/lib/chromium.sh"
source "$(dirname "$0")/lib/faketime.sh"
ensure_dependencies
ensure_postgres
ensure_chromium
ensure_faketime
cd "$REPO_ROOT"
export CI="${CI:-true}"

step() { log "── $* ──"; }

step "scripts/lib/env.sh leaves the caller's shell alone"
bash scripts/lib/env.test.sh

step "Type check (tsc)"
tsc --noEmit

step "Lint"
backstage-cli repo lint

step "Generated files are up to date (docs/annotations.md, OpenAPI types, README figures from bench/results)"
yarn workspace @readiness-scorecards/plugin-readiness-common docs:annotations:check
yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:check
yarn workspace @internal/readiness-bench figures:check

step "Public API of each package matches its API report (report.api.md)"
yarn api-reports:check

step "Unit, component, database (SQLite and PostgreSQL) and backend smoke tests"
backstage-cli repo test --ci

step "End-to-end tests in Chromium against the portal (scripts/start.sh)"
playwright test

step "Install check: the packs installed into a fresh Backstage app (scripts/install-check.sh)"
./scripts/install-check.sh

# No test may depend on the day it runs: the same tests again with the clock
# of every process they start moved 400 days and 3 years ahead.
for clock_shift in +400d +3y; do
  step "Clock moved by $clock_shift: unit, database (SQLite and PostgreSQL) and smoke tests"
  with_clock_shift "$clock_shift" backstage-cli repo test --ci
  step "Clock moved by $clock_shift: end-to-end tests (screenshots in e2e-screenshots/clock$clock_shift)"
  E2E_SCREENSHOTS_DIR="e2e-screenshots/clock$clock_shift" with_clock_shift "$clock_shift" playwright test
done

step "Done: all checks passed"
