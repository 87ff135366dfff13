#!/usr/bin/env bash
# Fraud-step benchmark (docs/benchmarks.md): generates COMPANIES companies / INVOICES invoices (seeded), starts
# graph-service on a fresh embedded Neo4j, loads the files without scoring, then times `graph-loader fraud` alone
# (peak heap printed by the loader; max RSS by /usr/bin/time).
#   benchmarks/fraud.sh                                        # 100k companies, 5M invoices
#   COMPANIES=1000000 INVOICES=10000000 SERVICE_HEAP=5g PAGE_CACHE=3GB benchmarks/fraud.sh
# DATA=folder loads that folder instead (e.g. the registry, ownership and invoice files only: the fraud step reads no
# court cases). GENERATE="--trade-loops --anomaly-share 0.15" adds generator options (rings inside a giant strongly
# connected component: docs/benchmarks.md). When the data has planted-anomalies.csv, precision and recall are printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-fraud-bench}"
companies="${COMPANIES:-100000}"
invoices="${INVOICES:-5000000}"
bolt="${BENCH_BOLT_PORT:-7698}"
http="${BENCH_HTTP_PORT:-8098}"
data="${DATA:-$work/data-$companies-$invoices}"
cd "$here"
./anchorgraph mvn -B -q -DskipTests package
java_home="$(./anchorgraph java-home)"
if [ ! -f "$data/invoices.csv" ]; then
  # shellcheck disable=SC2086 # GENERATE is a list of options
  ./anchorgraph loader generate --output "$data" --companies "$companies" --invoices "$invoices" --seed "${SEED:-42}" \
    --as-of 2026-06-30 ${GENERATE:-}
fi
mkdir -p "$work"
rm -rf "$work/neo4j" "$work/report"
"$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx"${SERVICE_HEAP:-6g}" \
  -jar graph-service/target/graph-service.jar --server.port="$http" \
  --anchorgraph.embedded.data-dir="$work/neo4j" --anchorgraph.embedded.bolt-port="$bolt" \
  --anchorgraph.embedded.page-cache="${PAGE_CACHE:-4GB}" > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$http/actuator/health" >/dev/null && break; sleep 1; done
export NEO4J_URI="bolt://127.0.0.1:$bolt"
echo "== load ($companies companies, $invoices invoices), load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "load: %e s wall, max RSS %M KB" env ANCHORGRAPH_JAVA_OPTS="-Xmx${LOADER_HEAP:-4g}" \
  ./anchorgraph loader load --input "$data" --report-dir "$work/report" --no-score --max-reject-rate 1.0
echo "== fraud step, load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "fraud: %e s wall, max RSS %M KB" env ANCHORGRAPH_JAVA_OPTS="-Xmx${LOADER_HEAP:-4g}" \
  ./anchorgraph loader fraud
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$data/planted-anomalies.csv" ]; then # precision and recall against what the generator planted
  for q in rings flags clusters sellers; do
    ./anchorgraph loader cypher --max-rows 1000000 --file "benchmarks/fraud-$q.cypher" > "$work/$q.out"
  done
  python3 benchmarks/fraud-eval.py "$data/planted-anomalies.csv" "$work/rings.out" "$work/flags.out" \
    "$work/clusters.out" "$work/sellers.out"
fi
