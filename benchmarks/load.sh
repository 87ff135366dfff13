#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md): generates COMPANIES companies / INVOICES invoices (seeded), starts graph-service
# on a fresh embedded Neo4j, loads the files with graph-loader from a separate process, then runs the same invoice
# aggregation as Cypher LOAD CSV on the same file (side by side), then the score step.
#   benchmarks/load.sh                      # 100k companies, 5M invoices
#   COMPANIES=10000 INVOICES=500000 benchmarks/load.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-bench}"
companies="${COMPANIES:-100000}"
invoices="${INVOICES:-5000000}"
bolt="${BENCH_BOLT_PORT:-7699}"
http="${BENCH_HTTP_PORT:-8099}"
data="$work/data-$companies-$invoices"
cd "$here"
./anchorgraph mvn -B -q -DskipTests package
java_home="$(./anchorgraph java-home)"
if [ ! -f "$data/invoices.csv" ]; then
  ./anchorgraph loader generate --output "$data" --companies "$companies" --invoices "$invoices" --seed 42 --as-of 2026-06-30
fi
rm -rf "$work/neo4j" "$work/report"
"$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx6g \
  -jar graph-service/target/graph-service.jar --server.port="$http" \
  --anchorgraph.embedded.data-dir="$work/neo4j" --anchorgraph.embedded.bolt-port="$bolt" \
  --anchorgraph.embedded.page-cache=4GB --anchorgraph.embedded.import-dir="$data" > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$http/actuator/health" >/dev/null && break; sleep 1; done
export NEO4J_URI="bolt://127.0.0.1:$bolt"
echo "== graph-loader load ($companies companies, $invoices invoices)"
/usr/bin/time -f "loader: %e s wall, max RSS %M KB" env ANCHORGRAPH_JAVA_OPTS="-Xmx4g" \
  ./anchorgraph loader load --input "$data" --report-dir "$work/report" --no-score --max-reject-rate 1.0
echo "== reference: Cypher LOAD CSV doing the same invoice aggregation"
/usr/bin/time -f "LOAD CSV: %e s wall" ./anchorgraph loader cypher --file benchmarks/load-csv-reference.cypher --param url=file:///invoices.csv
echo "== score step"
/usr/bin/time -f "score: %e s wall, max RSS %M KB" env ANCHORGRAPH_JAVA_OPTS="-Xmx4g" ./anchorgraph loader score
