#!/usr/bin/env bash
# API reports of the publishable packages (report.api.md, report-alpha.api.md,
# cli-report.md), with Backstage's repo-tools. `--ci` fails when a report is
# out of date (after writing it, so the difference shows in `git diff`).
#
# One repo-tools run per package: a run over several packages shares one
# TypeScript program whose order of checking varies, and with it the order of
# inferred union types in the reports (a flaky diff in report-alpha.api.md).
#
# Omitted messages: ae-wrong-input-file-type (workspace packages point
# "types" at src/), ae-undocumented and ae-missing-release-tag (not every
# export carries TSDoc yet). plugins/readiness-common and plugins/readiness may
# keep their listed warnings: types of the public API that refer to internal
# ones (CompiledRubric's fields, the lazy components' types); a new warning in
# any other package fails.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  plugins/readiness-common
  plugins/readiness-node
  plugins/readiness-backend
  plugins/readiness-backend-module-team-size
  plugins/readiness
  packages/readiness-cli
)
ALLOW_WARNINGS="plugins/readiness-common,plugins/readiness"
OMIT="ae-wrong-input-file-type,ae-undocumented,ae-missing-release-tag"

# --ci: write the reports, put their inferred unions in order (see
# lib/sortReportUnions.js), then fail when a committed report differs in more
# than the order of its lines.
CHECK=false
if [[ "${1:-}" == "--ci" ]]; then
  CHECK=true
  shift
fi

tsc # emits dist-types/, which the reports are made from
for pkg in "${PACKAGES[@]}"; do
  backstage-repo-tools api-reports "$@" --allow-warnings "$ALLOW_WARNINGS" -o "$OMIT" "$pkg"
done
mapfile -t REPORTS < <(git ls-files '*report*.api.md' '*cli-report.md')
node scripts/lib/sortReportUnions.js "${REPORTS[@]}"

if $CHECK; then
  # API Extractor also orders multi-line union members (ExtensionDataRef<...>)
  # differently between runs: a report whose lines are the committed ones in
  # another order has the same API.
  changed=()
  for report in "${REPORTS[@]}"; do
    git diff --quiet -- "$report" && continue
    if diff <(git show ":$report" | sort) <(sort "$report") >/dev/null; then
      git checkout -- "$report"
    else
      changed+=("$report")
    fi
  done
  if ((${#changed[@]})); then
    git diff --stat -- "${changed[@]}"
    echo "API reports differ from the committed ones: run 'yarn api-reports' and commit them." >&2
    exit 1
  fi
fi
