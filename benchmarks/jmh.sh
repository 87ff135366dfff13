#!/usr/bin/env bash
# JMH micro-benchmarks of the loader's hot pure-Java paths (graph-bench): USCC check, CSV rows, trade aggregation,
# name normalisation. No database: a change that slows a hot path shows here first.
#
#   benchmarks/jmh.sh                      # all of them (about 4 minutes)
#   benchmarks/jmh.sh Aggregation          # those whose name matches a regular expression
#   benchmarks/jmh.sh -h                   # JMH's own options (-f forks, -wi/-i iterations, -prof gc …)
#
# Results: docs/benchmarks.md, "Micro-benchmarks (JMH)".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./anchorgraph mvn -q -o -Dstyle.color=never -DskipTests -pl graph-bench -am install >/dev/null
./anchorgraph mvn -q -o -Dstyle.color=never -pl graph-bench dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt >/dev/null
java_home="$(./anchorgraph java-home)"
exec "$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -cp "graph-bench/target/classes:$(cat graph-bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
