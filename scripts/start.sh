#!/usr/bin/env bash
# `npm start`: the portal with the example data — app on :3000, backend on :7007
# (embedded SQLite in memory, guest sign-in). Extra args go to `backstage-cli repo start`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$REPO_ROOT"
exec node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" backstage-cli repo start "$@"
