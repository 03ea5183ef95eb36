#!/usr/bin/env bash
# Checks that `source scripts/lib/env.sh` leaves an interactive shell alone:
# no shell options switched on, and a failing command afterwards does not end
# the shell. Run by scripts/test.sh.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

out="$(bash --norc --noprofile -c '
  before="$-"
  source "$1/scripts/lib/env.sh" >/dev/null 2>&1 || { echo "sourcing failed"; exit 0; }
  after="$-"
  false
  echo "survived a failing command"
  [ "$before" = "$after" ] && echo "options unchanged: $after" || echo "options changed: $before -> $after"
  shopt -qo pipefail && echo "pipefail switched on" || true
  shopt -qo nounset && echo "nounset switched on" || true
  command -v yarn >/dev/null && echo "yarn defined"
' _ "$repo_root")"

expected=$'survived a failing command\noptions unchanged: '
case "$out" in
  "$expected"*)
    if grep -q "switched on" <<<"$out" || ! grep -q "yarn defined" <<<"$out"; then
      printf 'env.sh changed the caller'"'"'s shell:\n%s\n' "$out" >&2
      exit 1
    fi
    echo "env.sh leaves the caller's shell alone"
    ;;
  *)
    printf 'env.sh changed the caller'"'"'s shell:\n%s\n' "$out" >&2
    exit 1
    ;;
esac
