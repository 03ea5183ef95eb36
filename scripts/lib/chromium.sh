# Sourced by scripts/test.sh: Debian's Chromium for the end-to-end tests
# (Playwright cannot download its own browsers on these machines).

ensure_chromium() {
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$CHROMIUM_PATH" ]; then
    return
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    log "Installing Debian's chromium for the end-to-end tests (about 1 minute, once)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    echo "Chromium is needed at $CHROMIUM_PATH for the end-to-end tests: install Debian's chromium package, or set CHROMIUM_PATH" >&2
    return 2
  fi
}
