#!/usr/bin/env bash
# `npm run bench [-- extraction|ingestion|relevance ...]`: performance figures
# of the conference-takeaways plugins (see bench/README.md). Prints figures
# and whether each target was met; exits non-zero only when a benchmark could
# not run. Sizes come from BENCH_* variables for quick runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$REPO_ROOT"
exec node --require "$REPO_ROOT/node_modules/@backstage/cli/config/nodeTransform.cjs" \
  "$REPO_ROOT/bench/index.ts" "$@"
