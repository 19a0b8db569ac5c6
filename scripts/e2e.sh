#!/usr/bin/env bash
# Browser tests: starts the portal on its own ports (3001/7008, so a portal you
# already run on 3000/7007 is left alone), drives Debian's Chromium with
# Playwright against it, and stops it again. Expects toolchain.sh on PATH.
# Usage: e2e.sh [json-report] [playwright args, e.g. a spec file]
set -uo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JSON_REPORT="${1:-$REPO_ROOT/node_modules/.cache/test-reports/e2e.json}"
Y="node $REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export E2E_APP_URL="http://localhost:3001"
export E2E_BACKEND_URL="http://localhost:7008"

ensure_chromium() {
  [[ -x "$CHROMIUM_PATH" ]] && return 0
  echo "[e2e] installing Debian's chromium (apt-get)"
  local sudo=""
  [[ "$(id -u)" != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# wait_for <seconds> <description> <command...>: polls until the command succeeds.
wait_for() {
  local seconds="$1" what="$2"
  shift 2
  for _ in $(seq 1 "$seconds"); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "[e2e] the portal exited" >&2; return 1; }
    sleep 1
  done
  echo "[e2e] $what did not answer within ${seconds}s" >&2
  return 1
}

ensure_chromium || { echo "[e2e] chromium is not available" >&2; exit 1; }

# Hostile reports: the committed fixtures plus a 50 MB file made here.
export E2E_HOSTILE_REPORTS
E2E_HOSTILE_REPORTS="$(mktemp -d -t hostile-reports-XXXXXX)"
cp "$REPO_ROOT"/packages/app/e2e-tests/fixtures/hostile-reports/* "$E2E_HOSTILE_REPORTS/"
head -c 50000000 /dev/zero | tr '\0' 'a' >"$E2E_HOSTILE_REPORTS/fifty-megabytes.md"

# Watched reports: empty at start; the notification test writes a report here.
export E2E_WATCHED_REPORTS
E2E_WATCHED_REPORTS="$(mktemp -d -t watched-reports-XXXXXX)"

LOG="$REPO_ROOT/node_modules/.cache/e2e-portal.log"
mkdir -p "$(dirname "$LOG")"
echo "[e2e] starting the portal (log: node_modules/.cache/e2e-portal.log)"
cd "$REPO_ROOT"
setsid $Y backstage-cli repo start \
  --config "$REPO_ROOT/app-config.yaml" --config "$REPO_ROOT/app-config.e2e.yaml" >"$LOG" 2>&1 &
PORTAL_PID=$!
cleanup() {
  kill -TERM -- "-$PORTAL_PID" 2>/dev/null
  wait "$PORTAL_PID" 2>/dev/null
  rm -rf "$E2E_HOSTILE_REPORTS" "$E2E_WATCHED_REPORTS"
}
trap cleanup EXIT

# Guest sign-in answering means auth is up too, not just the HTTP listener.
if ! wait_for 240 "the backend" curl -fsS -X POST "$E2E_BACKEND_URL/api/auth/guest/refresh" ||
  ! wait_for 240 "the app" curl -fsS "$E2E_APP_URL"; then
  tail -50 "$LOG"
  exit 1
fi

# The example data is ingested a few seconds after start-up; the tests read it.
catalog_has() {
  local token
  token="$(curl -fsS -X POST "$E2E_BACKEND_URL/api/auth/guest/refresh" | node -pe 'JSON.parse(require("fs").readFileSync(0)).backstageIdentity.token')"
  curl -fsS -H "Authorization: Bearer $token" \
    "$E2E_BACKEND_URL/api/catalog/entities/by-query?filter=kind=$1&limit=1" |
    node -e 'process.exit(JSON.parse(require("fs").readFileSync(0)).totalItems > 0 ? 0 : 1)'
}
# Our plugin ranks from its own index of the catalog, refreshed every few
# seconds here: wait until it has takeaways for the example service, so no
# test meets an index read while the catalog was still filling.
relevance_has_items() {
  local token
  token="$(curl -fsS -X POST "$E2E_BACKEND_URL/api/auth/guest/refresh" | node -pe 'JSON.parse(require("fs").readFileSync(0)).backstageIdentity.token')"
  curl -fsS -H "Authorization: Bearer $token" \
    "$E2E_BACKEND_URL/api/conference-takeaways/relevant?entityRef=component:default/payments-api" |
    node -e 'process.exit(JSON.parse(require("fs").readFileSync(0)).items.length > 0 ? 0 : 1)'
}
if ! wait_for 120 "the catalog's components" catalog_has component ||
  ! wait_for 120 "the catalog's takeaways" catalog_has takeaway ||
  ! wait_for 120 "relevant takeaways" relevance_has_items; then
  tail -50 "$LOG"
  exit 1
fi

export E2E_PORTAL_LOG="$LOG"
PLAYWRIGHT_JSON_OUTPUT_NAME="$JSON_REPORT" $Y playwright test --reporter=list,json "${@:2}"
