#!/usr/bin/env bash
# Browser tests: starts the portal on its own ports (3001/7008, so a portal you
# already run on 3000/7007 is left alone), drives Debian's Chromium with
# Playwright against it, and stops it again. Expects toolchain.sh on PATH.
set -uo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JSON_REPORT="${1:-$REPO_ROOT/node_modules/.cache/test-reports/e2e.json}"
Y="node $REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export E2E_APP_URL="http://localhost:3001"
E2E_BACKEND_URL="http://localhost:7008"

ensure_chromium() {
  [[ -x "$CHROMIUM_PATH" ]] && return 0
  echo "[e2e] installing Debian's chromium (apt-get)"
  local sudo=""
  [[ "$(id -u)" != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

wait_for() {
  local url="$1" seconds="$2"
  for _ in $(seq 1 "$seconds"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "[e2e] the portal exited" >&2; return 1; }
    sleep 1
  done
  echo "[e2e] $url did not answer within ${seconds}s" >&2
  return 1
}

ensure_chromium || { echo "[e2e] chromium is not available" >&2; exit 1; }

LOG="$REPO_ROOT/node_modules/.cache/e2e-portal.log"
mkdir -p "$(dirname "$LOG")"
echo "[e2e] starting the portal (log: node_modules/.cache/e2e-portal.log)"
cd "$REPO_ROOT"
setsid $Y backstage-cli repo start \
  --config "$REPO_ROOT/app-config.yaml" --config "$REPO_ROOT/app-config.e2e.yaml" >"$LOG" 2>&1 &
PORTAL_PID=$!
cleanup() { kill -TERM -- "-$PORTAL_PID" 2>/dev/null; wait "$PORTAL_PID" 2>/dev/null; }
trap cleanup EXIT

if ! wait_for "$E2E_BACKEND_URL/.backstage/health/v1/readiness" 240 || ! wait_for "$E2E_APP_URL" 240; then
  tail -50 "$LOG"
  exit 1
fi

PLAYWRIGHT_JSON_OUTPUT_NAME="$JSON_REPORT" $Y playwright test --reporter=list,json
