# Sourced by scripts/test.sh: runs commands with the clock moved, so the suite
# proves it does not depend on the day it runs. libfaketime (Debian's faketime
# package) is preloaded into the command and every process it starts (jest
# workers, the backend, Chromium); the monotonic clock is left alone so
# timeouts behave.

ensure_faketime() {
  if command -v faketime >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    log "Installing Debian's faketime for the shifted-clock runs (once)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >&2
  else
    echo "faketime is needed for the shifted-clock runs: install Debian's faketime package" >&2
    return 2
  fi
}

# with_clock_shift +400d command args...: runs the command with the clock
# moved by the offset (faketime's syntax: +400d, +3y), after checking that
# the move takes effect.
with_clock_shift() {
  local shift="$1"
  shift
  local real moved
  real="$(node -p 'new Date().getUTCFullYear()*366+new Date().getUTCMonth()*31+new Date().getUTCDate()')"
  moved="$(FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$shift" node -p 'new Date().getUTCFullYear()*366+new Date().getUTCMonth()*31+new Date().getUTCDate()')"
  if [ "$moved" -le "$real" ]; then
    echo "faketime did not move Node's clock by $shift" >&2
    return 1
  fi
  log "Clock moved by $shift: today is $(FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$shift" date -u +%F) for this run"
  FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$shift" "$@"
}
