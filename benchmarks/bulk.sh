#!/usr/bin/env bash
# Bulk-load benchmark (docs/benchmarks.md): the same generated data (COMPANIES / INVOICES, seed 42, as of 2026-06-30)
# loaded into an empty database, one way after the other, with the load average before each (the machine is shared):
#  (a) Neo4j's import tool alone: `neo4j-admin database import full` (org.neo4j.cli.AdminTool from graph-loader.jar,
#      the Neo4j version we embed) on import CSV pre-made from the raw files by benchmarks/bulk-plain-csv.py (not
#      timed): one relationship per invoice, shareholding, office and case party; no validation, no resolution, no
#      aggregation, string ids;
#  (b) `graph-loader bulk --store`, end to end from the raw files: validate, reject, resolve, aggregate, import files,
#      import tool, schema, empty lists (--no-score);
#  (b') the score step on that store, from a separate process against graph-service, as benchmarks/load.sh measures it
#       (SCORE=0 skips it);
#  (c) with TRANSACTIONAL=1: the transactional load of the same files (graph-loader load against graph-service on a
#      fresh store, as benchmarks/load.sh runs it; recorded there on an idle machine: 108 s), with the CPU time of both
#      processes, then the exports of the two stores (benchmarks/StoreExport.java: lines and SHA-256).
#   benchmarks/bulk.sh                              # 100k companies, 5M invoices
#   COMPANIES=10000 INVOICES=500000 benchmarks/bulk.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-bulk-bench}"
companies="${COMPANIES:-100000}"
invoices="${INVOICES:-5000000}"
bolt="${BENCH_BOLT_PORT:-7698}"
http="${BENCH_HTTP_PORT:-8098}"
data="$work/data-$companies-$invoices"
cd "$here"
./anchorgraph mvn -B -q -DskipTests package
java_home="$(./anchorgraph java-home)"
java=("$java_home/bin/java" --add-opens=java.base/java.nio=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
      --sun-misc-unsafe-memory-access=allow -Xmx4g)
jar="$here/graph-loader/target/graph-loader.jar"
mkdir -p "$work"
if [ ! -f "$data/invoices.csv" ]; then
  ./anchorgraph loader generate --output "$data" --companies "$companies" --invoices "$invoices" --seed 42 --as-of 2026-06-30
fi
plain="$work/plain-csv-$companies-$invoices"
if [ ! -f "$plain/args.txt" ]; then
  mkdir -p "$plain"
  python3 benchmarks/bulk-plain-csv.py "$data" "$plain" > "$plain/args.txt.tmp" && mv "$plain/args.txt.tmp" "$plain/args.txt"
fi
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== (a) plain import tool on pre-made CSV; load average before: $(loadavg)"
rm -rf "$work/plain-home" && mkdir -p "$work/plain-home"
# shellcheck disable=SC2046
/usr/bin/time -o "$work/plain-time.txt" -f "(a) plain import tool: %e s wall, %U s user + %S s sys CPU, max RSS %M KB" \
  env NEO4J_HOME="$work/plain-home" "${java[@]}" -cp "$jar" org.neo4j.cli.AdminTool database import full neo4j \
  $(cat "$plain/args.txt") --skip-bad-relationships=true --bad-tolerance=1000000 > "$work/plain-import.log" 2>&1
grep -E "IMPORT DONE|^  [0-9]+ (nodes|relationships|properties)|Peak memory" "$work/plain-import.log"
cat "$work/plain-time.txt"
echo "load average after: $(loadavg)"

echo "== (b) graph-loader bulk --store, from the raw files; load average before: $(loadavg)"
rm -rf "$work/store" "$work/report"
/usr/bin/time -f "(b) graph-loader bulk: %e s wall, %U s user + %S s sys CPU, max RSS %M KB" \
  "${java[@]}" -jar "$jar" bulk --input "$data" --store "$work/store" --report-dir "$work/report" \
  --pseudonym-key-file "$work/pseudonym.key" --max-reject-rate 1.0 --page-cache 2GB --no-score \
  | grep -vE "^ +(flagged|resolved_by|rejected)"
echo "load average after: $(loadavg)"

service_cpu() { # user + system CPU seconds of a process so far
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"
}
start_service() { # graph-service on the store $1, in the background; sets $service
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx6g \
    -jar graph-service/target/graph-service.jar --server.port="$http" \
    --anchorgraph.embedded.data-dir="$1" --anchorgraph.embedded.bolt-port="$bolt" \
    --anchorgraph.embedded.page-cache=4GB > "$work/service.log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do curl -sf "localhost:$http/actuator/health" >/dev/null && break; sleep 1; done
}
stop_service() {
  kill "$service"; wait "$service" 2>/dev/null || true
  trap - EXIT
}

if [ "${SCORE:-1}" = 1 ]; then
  echo "== (b') score step on the bulk-loaded store (graph-service on it, graph-loader score from another process)"
  start_service "$work/store"
  echo "load average before: $(loadavg)"
  /usr/bin/time -f "(b') score: %e s wall, max RSS %M KB" env NEO4J_URI="bolt://127.0.0.1:$bolt" \
    "${java[@]}" -jar "$jar" score
  stop_service
fi

if [ "${TRANSACTIONAL:-0}" = 1 ]; then
  echo "== (c) transactional load of the same files (graph-service on a fresh store, graph-loader load from another process)"
  rm -rf "$work/neo4j-tx" "$work/report-tx"
  start_service "$work/neo4j-tx"
  before="$(service_cpu "$service")"
  echo "load average before: $(loadavg)"
  /usr/bin/time -f "(c) graph-loader load: %e s wall, %U s user + %S s sys CPU, max RSS %M KB" \
    env NEO4J_URI="bolt://127.0.0.1:$bolt" "${java[@]}" -jar "$jar" load --input "$data" --report-dir "$work/report-tx" \
    --pseudonym-key-file "$work/pseudonym.key" --max-reject-rate 1.0 --no-score | grep -E "^Load |^invoices.csv +loaded"
  echo "(c) graph-service CPU during the load: $(awk -v a="$before" -v b="$(service_cpu "$service")" 'BEGIN{printf "%.1f", b - a}') s"
  echo "load average after: $(loadavg)"
  stop_service
  echo "== the same graph? exports of the bulk-loaded and the transactionally loaded store"
  for store in "$work/store" "$work/neo4j-tx"; do
    "${java[@]}" -cp "$jar" benchmarks/StoreExport.java "$store" 2>/dev/null | tail -1
  done
fi
