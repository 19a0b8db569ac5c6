#!/usr/bin/env bash
# Install check: packs the six packages, installs them into a fresh Backstage
# app made by @backstage/create-app exactly as the READMEs say, starts that
# app's backend (port 7400) and type-checks its frontend. Prints each step's
# time. INSTALL_CHECK_KEEP=1 keeps the temporary directory for inspection.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh" >/dev/null || exit 1
cd "$REPO_ROOT"
exec node scripts/install-check/index.js
