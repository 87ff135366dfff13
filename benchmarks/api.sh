#!/usr/bin/env bash
# API benchmark (docs/benchmarks.md): on the graph benchmarks/load.sh built (100k companies / 5M invoices, scored),
# starts graph-service and measures, from separate processes on loopback only:
#   - risk lookups with wrk at 16 and 64 connections (30 s each after a 10 s warm-up, random scored firms);
#   - prospects of the largest anchor (maxHops=2): 200 sequential requests, p50/p95/p99;
#   - the same ranking as one hand-written Cypher query (benchmarks/prospects-reference.cypher), side by side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-bench}"
bolt="${BENCH_BOLT_PORT:-7699}"
http="${BENCH_HTTP_PORT:-8099}"
duration="${DURATION:-30s}"
cd "$here"
[ -d "$work/neo4j" ] || { echo "run benchmarks/load.sh first: it builds the graph in $work/neo4j" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
java_home="$(./anchorgraph java-home)"
# an admin key for this run only (README, Access): configured hashed, sent by wrk and curl
key="$(./anchorgraph api-key admin benchmark)"
entry="$(tail -1 <<< "$key" | tr -d ' ')"; key="$(sed -n 2p <<< "$key" | tr -d ' ')"
"$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx4g \
  -jar graph-service/target/graph-service.jar --server.port="$http" --anchorgraph.security.api-keys="$entry" \
  --anchorgraph.embedded.data-dir="$work/neo4j" --anchorgraph.embedded.bolt-port="$bolt" \
  --anchorgraph.embedded.page-cache=2GB > "$work/api-service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$http/actuator/health" >/dev/null && break; sleep 1; done
export NEO4J_URI="bolt://127.0.0.1:$bolt"
./anchorgraph loader cypher --max-rows 1000000 --file /dev/stdin <<< "MATCH (c:Company) WHERE c.riskScore IS NOT NULL RETURN c.uscc AS u ORDER BY u;" \
  | sed -n 's/^{u=\(.*\)}$/\1/p' > "$work/codes.txt"
anchor="$(./anchorgraph loader cypher --file /dev/stdin <<< "MATCH (a:Anchor)<-[m:CHAIN_TO]-() WHERE m.hops <= 2 RETURN a.uscc AS a, count(*) AS n ORDER BY n DESC, a LIMIT 1;" \
  | sed -n 's/^{.*a=\([0-9A-Z]*\).*}$/\1/p' | head -1)"
echo "== $(wc -l < "$work/codes.txt") scored firms; largest anchor $anchor"
echo "== warm-up: 30 s of risk lookups (the JIT compiles the security and audit filters too), not measured"
CODES="$work/codes.txt" wrk -t2 -c16 -d30s -H "X-API-Key: $key" -s benchmarks/risk-lookup.lua "http://127.0.0.1:$http" > /dev/null
for c in 16 64; do
  echo "== risk lookups, $c connections, $duration"
  CODES="$work/codes.txt" wrk -t2 -c"$c" -d"$duration" --latency -H "X-API-Key: $key" -s benchmarks/risk-lookup.lua "http://127.0.0.1:$http"
done
echo "== prospects of $anchor (maxHops=2), 200 requests"
for i in $(seq 1 200); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "X-API-Key: $key" "localhost:$http/api/v1/anchors/$anchor/prospects?maxHops=2&limit=50"
done | sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[int(NR*0.99)]*1000, a[NR]*1000}'
curl -s -H "X-API-Key: $key" "localhost:$http/api/v1/anchors/$anchor" -o /dev/null || true
echo "== the same ranking as one hand-written Cypher query (3 runs)"
for i in 1 2 3; do
  ./anchorgraph loader cypher --max-rows 0 --file benchmarks/prospects-reference.cypher --param anchor="$anchor" | grep '^--'
done
