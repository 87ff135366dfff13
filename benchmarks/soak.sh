#!/usr/bin/env bash
# Soak run (docs/benchmarks.md): graph-service on loopback under a steady mix of valid requests, bounded in time
# (DURATION, default 10m) and in requests (MAX_REQUESTS, default 2,000,000, whichever ends first), from wrk on
# loopback. Reports throughput, answers by status (every request is valid: anything but 200 is an error, and so are
# socket errors; the script exits 1 if there is any) and the service's memory before and after (heap in use after a
# full GC, resident set).
# On the graph benchmarks/load.sh built when there is one; else on a fresh store with the examples/ folder loaded.
#   mix: 80 % risk lookups, 10 % company facts, 5 % search by code, 4 % prospects of an anchor, 1 % networks
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-bench}"
bolt="${BENCH_BOLT_PORT:-7699}"
http="${BENCH_HTTP_PORT:-8099}"
duration="${DURATION:-10m}"
connections="${CONNECTIONS:-16}"
export MAX_REQUESTS="${MAX_REQUESTS:-2000000}" WRK_THREADS=2
cd "$here"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
loader() { NEO4J_URI="bolt://127.0.0.1:$bolt" ./anchorgraph loader "$@"; }
source benchmarks/service.sh
trap stop_service EXIT
fresh=false
[ -d "$work/neo4j" ] || fresh=true
start_service
if $fresh; then
  echo "== no graph in $work/neo4j: loading examples/"
  loader load --input examples/ --report-dir "$work/load-report" --pseudonym-key-file "$work/pseudonym.key" > /dev/null
  sleep 12 # the service picks the new score run up within its poll interval (10 s)
fi
loader cypher --max-rows 1000000 --file /dev/stdin <<< "MATCH (c:Company) WHERE c.riskScore IS NOT NULL RETURN c.uscc AS u ORDER BY u;" \
  | sed -n 's/^{u=\(.*\)}$/\1/p' > "$work/soak-firms.txt"
loader cypher --max-rows 10000 --file /dev/stdin <<< "MATCH (a:Anchor) RETURN a.uscc AS a ORDER BY a;" \
  | sed -n 's/^{a=\(.*\)}$/\1/p' > "$work/soak-anchors.txt"
# 20,000 request paths in the mix's proportions, drawn with a fixed seed
awk -v anchors="$work/soak-anchors.txt" 'BEGIN { srand(42); while ((getline a < anchors) > 0) an[n++] = a }
  { f[m++] = $0 }
  END { for (i = 0; i < 20000; i++) { r = rand(); c = f[int(rand() * m)];
          if (r < 0.80) print "/api/v1/companies/" c "/risk";
          else if (r < 0.90) print "/api/v1/companies/" c;
          else if (r < 0.95) print "/api/v1/companies?q=" c;
          else if (r < 0.99) print "/api/v1/anchors/" an[int(rand() * n)] "/prospects?maxHops=2&limit=50";
          else print "/api/v1/companies/" c "/network" } }' "$work/soak-firms.txt" > "$work/soak-paths.txt"
echo "== $(wc -l < "$work/soak-firms.txt") scored firms, $(wc -l < "$work/soak-anchors.txt") anchors"
echo "== before: $(memory)"
echo "== soak: $connections connections, at most $duration and $MAX_REQUESTS requests (load average $(cut -d' ' -f1-3 /proc/loadavg))"
out="$(PATHS="$work/soak-paths.txt" wrk -t"$WRK_THREADS" -c"$connections" -d"$duration" --timeout 30s \
  -H "X-API-Key: $key" -s benchmarks/paths.lua "http://127.0.0.1:$http")"
grep -E 'requests in|Requests/sec|Socket errors|Non-2xx|status|latency' <<< "$out"
echo "== after:  $(memory) (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== audit lines written: $(grep -c ' anchorgraph.audit ' "$work/service.log")"
# every request is valid: any other status, socket error or timeout fails the run
if grep -E '^status ' <<< "$out" | grep -qv '^status 200:' || grep -q 'Socket errors' <<< "$out" \
    || ! grep -q '^status 200:' <<< "$out"; then
  echo "== FAILED: answers other than 200, or socket errors" >&2
  exit 1
fi
echo "== passed: every answer 200, no socket error"
