#!/usr/bin/env bash
# Checks Neo4j Browser as a running graph-service serves it (embedded mode, `./anchorgraph run`) in headless
# Chromium: connect over Bolt/WebSocket, play the anchorgraph guide and run every block of it, count the companies,
# save a screenshot to e2e/artefacts/browser-check.png.
#   e2e/browser-check.sh                          the service at http://localhost:8080
#   e2e/browser-check.sh http://localhost:8820    another address
#   e2e/browser-check.sh URL --param anchor=9144… --param top:=10 --query "$(grep -v '^//' cypher/queries/anchor-chain.cypher)"
# Further arguments go to e2e/browser-check.mjs (see its header). Needs e2e/setup.sh to have run once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${1:-http://localhost:8080}"; [ $# -gt 0 ] && shift
base="${base%/}"

missing=()
command -v node >/dev/null 2>&1 || missing+=("node")
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=("chromium")
[ -d "$here/node_modules/playwright-core" ] || missing+=("playwright-core")
if ((${#missing[@]})); then
  echo "browser-check: missing ${missing[*]}; run e2e/setup.sh first" >&2
  exit 2
fi
# The Bolt address the service advertises to the Browser; the check makes sure the connect form shows it.
discovery="$(curl -fsS -H 'Accept: application/json' "$base/" 2>/dev/null || true)"
bolt="$(printf '%s' "$discovery" | sed -n 's/.*"bolt_direct":"\([^"]*\)".*/\1/p')"
if [ -z "$bolt" ]; then
  echo "browser-check: no discovery document at $base/ — is graph-service running there, on its embedded database?" >&2
  echo "  (with NEO4J_URI set it serves no Browser: use the Neo4j server's own, port 7474)" >&2
  exit 2
fi
cd "$here/.."
exec node "$here/browser-check.mjs" --base "$base" --bolt "$bolt" --guide \
  --screenshot "$here/artefacts/browser-check.png" "$@"
