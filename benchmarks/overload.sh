#!/usr/bin/env bash
# Load shedding (docs/benchmarks.md): on the graph benchmarks/load.sh built (100k companies, scored), offers 4x the API
# benchmark's concurrency (256 connections against its 64) from wrk on loopback, and reports answers by status,
# latency and the service's memory before and after:
#   1. risk lookups (answered from memory), 64 then 256 connections;
#   2. prospects of random anchors (a Neo4j query each), 64 then 256 connections;
#   3. the same 256-connection prospects run with load shedding switched off, for comparison.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-bench}"
bolt="${BENCH_BOLT_PORT:-7699}"
http="${BENCH_HTTP_PORT:-8099}"
duration="${DURATION:-20s}"
cd "$here"
[ -d "$work/neo4j" ] || { echo "run benchmarks/load.sh first: it builds the graph in $work/neo4j" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
source benchmarks/service.sh
trap stop_service EXIT
export WRK_THREADS=2

run() { # label, connections, paths file
  echo "== $1, $2 connections, $duration (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  PATHS="$3" wrk -t"$WRK_THREADS" -c"$2" -d"$duration" --timeout 30s -H "X-API-Key: $key" -s benchmarks/paths.lua \
    "http://127.0.0.1:$http" | grep -E 'Requests/sec|Socket errors|status|latency'
  echo "   $(memory)"
}

start_service
loader() { NEO4J_URI="bolt://127.0.0.1:$bolt" ./anchorgraph loader "$@"; }
loader cypher --max-rows 1000000 --file /dev/stdin <<< "MATCH (c:Company) WHERE c.riskScore IS NOT NULL RETURN c.uscc AS u ORDER BY u;" \
  | sed -n 's/^{u=\(.*\)}$/\/api\/v1\/companies\/\1\/risk/p' > "$work/risk-paths.txt"
loader cypher --max-rows 10000 --file /dev/stdin <<< "MATCH (a:Anchor) RETURN a.uscc AS a ORDER BY a;" \
  | sed -n 's/^{a=\(.*\)}$/\/api\/v1\/anchors\/\1\/prospects?maxHops=2\&limit=50/p' > "$work/prospect-paths.txt"
echo "== $(wc -l < "$work/risk-paths.txt") scored firms, $(wc -l < "$work/prospect-paths.txt") anchors; $(memory)"
echo "== warm-up: 20 s of each, not measured (the JIT compiles the filter chain)"
PATHS="$work/risk-paths.txt" wrk -t2 -c16 -d20s -H "X-API-Key: $key" -s benchmarks/paths.lua "http://127.0.0.1:$http" > /dev/null
PATHS="$work/prospect-paths.txt" wrk -t2 -c16 -d20s -H "X-API-Key: $key" -s benchmarks/paths.lua "http://127.0.0.1:$http" > /dev/null
run "risk lookups" 64 "$work/risk-paths.txt"
run "risk lookups" 256 "$work/risk-paths.txt"
run "prospects" 64 "$work/prospect-paths.txt"
run "prospects" 256 "$work/prospect-paths.txt"
run "prospects" 1024 "$work/prospect-paths.txt"
stop_service

echo "== for comparison: load shedding off (no limit on concurrent requests, no request timeout)"
start_service --anchorgraph.limits.max-concurrent=100000 --anchorgraph.limits.request-timeout=1h
PATHS="$work/prospect-paths.txt" wrk -t2 -c16 -d10s -H "X-API-Key: $key" -s benchmarks/paths.lua "http://127.0.0.1:$http" > /dev/null
run "prospects, shedding off" 256 "$work/prospect-paths.txt"
