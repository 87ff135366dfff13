#!/usr/bin/env bash
# Export-format benchmark (docs/benchmarks.md, ADR 0012): the same generated invoices (COMPANIES / INVOICES, seed 42)
# read three ways by `graph-loader bulk --store` into an empty store (--no-score), one after the other:
#   (a) the plain contract: invoices.csv (UTF-8, our column names);
#   (b) the e-tax bureau's exports as CSV: 发票基础信息.csv + 发票明细.csv, GB18030 detected, Chinese headers,
#       thousands separators, a time on 开票日期, line items combined into their invoices;
#   (c) the same two exports as .xlsx (streamed).
# The rows, amounts and resulting trade are the same; what is compared is the invoices file's validating pass (read,
# map, parse, aggregate: `validateSeconds` in load-report.json), per row, and the whole load's wall time.
#   benchmarks/formats.sh                                   # 10k companies, 500k invoices
#   COMPANIES=100000 INVOICES=1000000 benchmarks/formats.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/anchorgraph-formats-bench}"
companies="${COMPANIES:-10000}"
invoices="${INVOICES:-500000}"
data="$work/data-$companies-$invoices"
cd "$here"
[ "${SKIP_BUILD:-0}" = 1 ] || ./anchorgraph mvn -B -q -o -DskipTests package -pl graph-loader,graph-generator -am
java_home="$(./anchorgraph java-home)"
java=("$java_home/bin/java" --add-opens=java.base/java.nio=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
      --sun-misc-unsafe-memory-access=allow -Xmx2g)
jar="$here/graph-loader/target/graph-loader.jar"
mkdir -p "$work"
if [ ! -f "$data/invoices.csv" ]; then
  ./anchorgraph loader generate --output "$data" --companies "$companies" --invoices "$invoices" --seed 42 --as-of 2026-06-30
fi
exports="$work/exports-$companies-$invoices"
if [ ! -f "$exports/发票明细.xlsx" ]; then
  "${java[@]}" -cp "$jar" benchmarks/ExportFormats.java "$data" "$exports"
fi
setup() { # a folder $1 with companies.csv and the given invoice files
  rm -rf "$work/$1" && mkdir -p "$work/$1" && ln -s "$data/companies.csv" "$work/$1/companies.csv"
  for f in "${@:2}"; do ln -s "$f" "$work/$1/$(basename "$f")"; done
}
setup plain "$data/invoices.csv"
setup csv "$exports/发票基础信息.csv" "$exports/发票明细.csv"
setup xlsx "$exports/发票基础信息.xlsx" "$exports/发票明细.xlsx"
for way in plain csv xlsx; do
  rm -rf "$work/store-$way" "$work/report-$way"
  echo "== ($way) load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "($way) whole bulk load: %e s wall, max RSS %M KB" \
    "${java[@]}" -jar "$jar" bulk --input "$work/$way" --store "$work/store-$way" --report-dir "$work/report-$way" \
    --pseudonym-key-file "$work/pseudonym.key" --max-reject-rate 1.0 --no-score > "$work/bulk-$way.log"
  python3 - "$work/report-$way/load-report.json" "$way" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
f = next(f for f in report["files"] if f["file"] == "invoices.csv")
s = f.get("source") or {}
print(f"({sys.argv[2]}) {s.get('file')} as {s.get('format')}: {f['rowsRead']:,} rows, {f['rejected']:,} rejected, "
      f"validated in {f['validateSeconds']:.2f} s = {1e6 * f['validateSeconds'] / f['rowsRead']:.2f} µs/row "
      f"({f['rowsRead'] / f['validateSeconds']:,.0f} rows/s); trade pairs {f['details'].get('trade_pairs')}")
PY
done
