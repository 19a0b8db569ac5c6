#!/usr/bin/env bash
# `npm run -s extract -- <file...>`: prints the entities the portal would ingest
# from the given report files as a JSON array (logs on stderr).
set -euo pipefail
INVOKED_FROM="$PWD"
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh" >&2
cd "$INVOKED_FROM"
exec node --require "$REPO_ROOT/node_modules/@backstage/cli/config/nodeTransform.cjs" \
  "$REPO_ROOT/plugins/conference-takeaways-node/src/cli/extract.ts" "$@"
