#!/bin/sh
# The compose file's one-shot demo job: generates a seeded synthetic data set (docs/generate.md) and loads it, which
# also runs the fraud and score steps. Same options, same files: a second `docker compose up` finds them already
# loaded and writes nothing. DEMO_COMPANIES=0 skips it.
set -eu
companies="${DEMO_COMPANIES:-2000}"
if [ "$companies" = "0" ]; then
  echo "DEMO_COMPANIES=0: no demo data loaded."
  exit 0
fi
loader() { # generate runs graph-generator, the loader's jar carries no generator (as ./anchorgraph does it)
  if [ "$1" = generate ]; then java -jar /app/graph-generator.jar "$@"
  else java --enable-native-access=ALL-UNNAMED -jar /app/graph-loader.jar "$@"; fi
}
dir=/app/data/demo
loader generate --output "$dir" --companies "$companies" --seed "${DEMO_SEED:-42}" --as-of "${DEMO_AS_OF:-2026-06-30}"
loader load --input "$dir" --report-dir /app/data/load-reports/demo
echo "Demo data loaded: open http://localhost:7474/browser/ (user neo4j) and http://localhost:8080/api/v1/anchors"
