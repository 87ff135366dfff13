# Sourced by the benchmark scripts: starts graph-service on $work/neo4j with an admin key made for the run, and
# reads its memory. Needs: here, work, http, bolt set; sets: service (pid), key.
java_home="$(./anchorgraph java-home)"
key_lines="$(./anchorgraph api-key admin benchmark)"
entry="$(tail -1 <<< "$key_lines" | tr -d ' ')"
key="$(sed -n 2p <<< "$key_lines" | tr -d ' ')"

start_service() { # extra Spring arguments; waits until the current score run is in memory
  mkdir -p "$work"
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    ${BENCH_JAVA_OPTS:--Xmx2g} -jar graph-service/target/graph-service.jar --server.port="$http" \
    --anchorgraph.security.api-keys="$entry" --anchorgraph.embedded.data-dir="$work/neo4j" \
    --anchorgraph.embedded.bolt-port="$bolt" --anchorgraph.embedded.page-cache="${BENCH_PAGE_CACHE:-1GB}" \
    "$@" > "$work/service.log" 2>&1 &
  service=$!
  for _ in $(seq 1 180); do
    grep -q 'Risk answers of run .* in memory\|Score run: now serving none' "$work/service.log" 2>/dev/null && break
    kill -0 "$service" 2>/dev/null || { echo "graph-service did not start: $work/service.log" >&2; exit 1; }
    sleep 1
  done
}

stop_service() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
}

memory() { # heap in use after a full GC, resident set size now and at its peak
  "$java_home/bin/jcmd" "$service" GC.run > /dev/null
  local heap
  heap="$("$java_home/bin/jcmd" "$service" GC.heap_info | sed -n 's/.*heap .*used \([0-9]*K\).*/\1/p' | head -1)"
  echo "heap used after GC ${heap:-?}, RSS $(awk '/VmRSS/ {print $2 $3}' "/proc/$service/status"), peak RSS $(awk '/VmHWM/ {print $2 $3}' "/proc/$service/status")"
}
