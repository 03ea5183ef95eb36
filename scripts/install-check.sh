#!/usr/bin/env bash
# The install check: our packages installed by someone else.
#
# Builds and packs every publishable package, creates a fresh Backstage app
# with @backstage/create-app from the registry (the release the packages
# claim: "supported-versions" in their package.json), installs the packs into
# it, applies the install lines of the packages' READMEs and nothing else
# (scripts/install-check/applyToApp.js, which also checks README.md's "Install
# into your Backstage" against them), starts it on ports 3107 and 7107, and
# checks /api/readiness/health, a scorecard of the app's own example-website,
# and the entity's Readiness tab and the Readiness page in headless Chromium.
#
# Prints the install lines each package needed and the total time. The work
# directory (app, packs, logs, screenshots) is kept when the check fails, and
# with KEEP_WORK_DIR=1.
#
#   scripts/install-check.sh
#   CREATE_APP_VERSION=0.9.2 APP_PORT=3107 BACKEND_PORT=7107 scripts/install-check.sh
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/chromium.sh"
STEP_TIMES=()
step() {
  STEP_TIMES+=("$(printf '%4ds  %s' "$SECONDS" "$*")")
  log "── $* ($SECONDS s) ──"
}
step "Dependencies of this repository (installed only when yarn.lock changed) and Chromium"
ensure_dependencies
ensure_chromium
cd "$REPO_ROOT"

CREATE_APP_VERSION="${CREATE_APP_VERSION:-0.9.2}" # creates Backstage 1.55.0 apps
APP_PORT="${APP_PORT:-3107}"
BACKEND_PORT="${BACKEND_PORT:-7107}"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/readiness-install-check.XXXXXX")"
PACKS_DIR="$WORK_DIR/packs"
APP_DIR="$WORK_DIR/app"
LOG_DIR="$WORK_DIR/logs"
mkdir -p "$PACKS_DIR" "$LOG_DIR"
APP_PID=""

finish() {
  local code=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    # The app's process group: yarn, backstage-cli, the dev server, the backend.
    kill -TERM -- "-$APP_PID" 2>/dev/null || true
    sleep 2
    kill -KILL -- "-$APP_PID" 2>/dev/null || true
  fi
  if [ "$code" = 0 ] && [ "${KEEP_WORK_DIR:-}" != 1 ]; then
    rm -rf "$WORK_DIR"
  else
    log "Work directory kept: $WORK_DIR (logs in $LOG_DIR)"
  fi
  exit "$code"
}
trap finish EXIT

# create-app and the app's scripts call `yarn`: the checked-in release.
mkdir -p "$WORK_DIR/bin"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" >"$WORK_DIR/bin/yarn"
chmod +x "$WORK_DIR/bin/yarn"
export PATH="$WORK_DIR/bin:$PATH"

for port in "$APP_PORT" "$BACKEND_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use; set APP_PORT and BACKEND_PORT to free ports" >&2
    exit 2
  fi
done

step "Type declarations (tsc), used by the package builds"
tsc

step "Build and pack each publishable package"
while read -r dir name; do
  (
    cd "$dir"
    backstage-cli package build >"$LOG_DIR/build-${dir//\//-}.log" 2>&1
    # yarn pack runs prepack/postpack: the manifest as it is published.
    yarn pack --out "$PACKS_DIR/$(echo "${name#@}" | tr / -).tgz" >"$LOG_DIR/pack-${dir//\//-}.log" 2>&1
  ) || { echo "Building or packing $dir failed, see $LOG_DIR" >&2; exit 1; }
  printf '  %-60s %s\n' "$name" "$(du -h "$PACKS_DIR/$(echo "${name#@}" | tr / -).tgz" | cut -f1)"
done < <(node scripts/install-check/packages.js)

SUPPORTED="$(node -p "require('./plugins/readiness-backend/package.json').backstage['supported-versions']")"
step "Create a fresh app with @backstage/create-app@$CREATE_APP_VERSION (packages claim Backstage $SUPPORTED)"
(cd "$WORK_DIR" && BACKSTAGE_APP_NAME=app npx --yes "@backstage/create-app@$CREATE_APP_VERSION" --skip-install --path app) \
  >"$LOG_DIR/create-app.log" 2>&1 || { tail -20 "$LOG_DIR/create-app.log" >&2; exit 1; }
CREATED="$(node -p "require('$APP_DIR/backstage.json').version")"
if [ "$CREATED" != "$SUPPORTED" ]; then
  echo "create-app@$CREATE_APP_VERSION made a Backstage $CREATED app; the packages claim $SUPPORTED (supported-versions): test the claimed release or change the claim" >&2
  exit 1
fi
log "Backstage $CREATED app in $APP_DIR"

step "Apply the READMEs' install lines"
node scripts/install-check/applyToApp.js "$REPO_ROOT" "$APP_DIR" "$PACKS_DIR" "$APP_PORT" "$BACKEND_PORT" | tee "$LOG_DIR/install-lines.txt"
(cd "$APP_DIR" && git --no-pager diff --stat -- . ':!yarn.lock') | tee -a "$LOG_DIR/install-lines.txt"

step "yarn install in the app (Yarn cache ~/.yarn/berry/cache)"
# --no-immutable: the app's lock is a seed that install completes (Yarn
# refuses to change a lock by default when CI is set, as in scripts/test.sh).
(cd "$APP_DIR" && yarn install --no-immutable) >"$LOG_DIR/yarn-install.log" 2>&1 || { tail -30 "$LOG_DIR/yarn-install.log" >&2; exit 1; }

step "Start the app (yarn start: app :$APP_PORT, backend :$BACKEND_PORT)"
# Its own process group, so the whole tree stops at the end.
(cd "$APP_DIR" && exec setsid yarn start) >"$LOG_DIR/start.log" 2>&1 &
APP_PID=$!

step "Check the portal: API, then Chromium"
mkdir -p "$WORK_DIR/screenshots"
if ! node scripts/install-check/checkPortal.js "http://localhost:$APP_PORT" "http://localhost:$BACKEND_PORT" "$WORK_DIR/screenshots"; then
  echo "--- last lines of the app's log ($LOG_DIR/start.log) ---" >&2
  tail -40 "$LOG_DIR/start.log" >&2
  exit 1
fi

step "Done"
echo
echo "Install lines each package needed (from its README; environment fixes counted apart):"
cat "$LOG_DIR/install-lines.txt" | grep -v '|' | grep -v 'files changed'
echo
echo "Steps (seconds from the start):"
printf '%s\n' "${STEP_TIMES[@]}"
TOTAL=$SECONDS
echo
echo "install-check passed in $((TOTAL / 60)) min $((TOTAL % 60)) s (create-app $CREATE_APP_VERSION, Backstage $CREATED)"
