#!/usr/bin/env bash
# Same graph before and after a change that should not change behaviour (docs/benchmarks.md, "Same graph"): loads
# the generated COMPANIES / INVOICES set (seed 42, as of 2026-06-30) into a fresh store, transactionally and scored,
# as a user would (graph-service embedded, graph-loader load from another process), then prints the export's line
# count and SHA-256 with run ids and times masked (benchmarks/StoreExport.java --stable). Run it on both commits and
# compare the digests; EXPORT_TO=FILE also writes the export's lines, to diff when they disagree.
#   benchmarks/same-graph.sh                          # 100k companies, 5M invoices
#   COMPANIES=10000 INVOICES=500000 benchmarks/same-graph.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-same}"
companies="${COMPANIES:-100000}"
invoices="${INVOICES:-5000000}"
bolt="${BENCH_BOLT_PORT:-7697}"
http="${BENCH_HTTP_PORT:-8097}"
data="${DATA:-$work/data-$companies-$invoices}"
cd "$here"
./anchorgraph mvn -B -q -DskipTests package
java_home="$(./anchorgraph java-home)"
java=("$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
mkdir -p "$work"
if [ ! -f "$data/invoices.csv" ]; then
  ./anchorgraph loader generate --output "$data" --companies "$companies" --invoices "$invoices" --seed 42 --as-of 2026-06-30
fi
rm -rf "$work/neo4j" "$work/report"
"${java[@]}" -Xmx6g -jar graph-service/target/graph-service.jar --server.port="$http" \
  --anchorgraph.embedded.data-dir="$work/neo4j" --anchorgraph.embedded.bolt-port="$bolt" \
  --anchorgraph.embedded.page-cache=4GB > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "localhost:$http/actuator/health" >/dev/null && break; sleep 1; done
/usr/bin/time -f "load + score: %e s wall, max RSS %M KB" env NEO4J_URI="bolt://127.0.0.1:$bolt" \
  ANCHORGRAPH_JAVA_OPTS="-Xmx4g" ./anchorgraph loader load --input "$data" --report-dir "$work/report" \
  --pseudonym-key-file "$work/pseudonym.key" --max-reject-rate 1.0 --as-of 2026-06-30 > "$work/load.log"
grep -E "^Load |^Score run|^Chains:|^Fraud patterns" "$work/load.log" || true
echo "== chain coverage: direct anchor partners in the chain at tier 1 / direct anchor partners in the invoices"
NEO4J_URI="bolt://127.0.0.1:$bolt" ./anchorgraph loader cypher --file benchmarks/chain-coverage.cypher
kill "$service"; wait "$service" 2>/dev/null || true
trap - EXIT
"${java[@]}" -cp graph-loader/target/graph-loader.jar benchmarks/StoreExport.java --stable "$work/neo4j" 2>/dev/null | tail -1
