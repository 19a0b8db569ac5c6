#!/usr/bin/env bash
# `npm test`: everything CI checks — type check, lint, every package's unit
# tests, then an end-to-end test in Debian's Chromium against a started
# portal. Ends with one summary line: `summary: N passed, M failed`.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh" || exit 1
cd "$REPO_ROOT"

REPORT_DIR="$REPO_ROOT/node_modules/.cache/test-reports"
rm -rf "$REPORT_DIR" && mkdir -p "$REPORT_DIR"
Y="node $REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs"
failed_steps=()

step() {
  local name="$1"; shift
  printf '\n=== %s\n' "$name"
  local started=$SECONDS
  if "$@"; then
    printf '=== %s: ok (%ss)\n' "$name" $((SECONDS - started))
  else
    printf '=== %s: FAILED (%ss)\n' "$name" $((SECONDS - started))
    failed_steps+=("$name")
  fi
}

step "type check" $Y tsc
step "lint" $Y backstage-cli repo lint
step "format" $Y prettier --check .
step "dependencies (package metadata, unused or misplaced)" $Y check:deps
step "API reports match the public surface" $Y api-reports --ci
step "unit tests (SQLite and PostgreSQL)" bash "$REPO_ROOT/scripts/with-postgres.sh" env CI=true $Y backstage-cli repo test --json --outputFile="$REPORT_DIR/jest.json"
step "install check (fresh app from create-app, README steps)" env INSTALL_CHECK_SKIP_TSC=1 bash "$REPO_ROOT/scripts/install-check.sh"
step "browser tests" bash "$REPO_ROOT/scripts/e2e.sh" "$REPORT_DIR/e2e.json"

node "$REPO_ROOT/scripts/summarise-tests.js" "$REPORT_DIR" "${failed_steps[@]+"${failed_steps[@]}"}"
