#!/usr/bin/env bash
# CPU time per operation of one JMH throughput benchmark, for a machine too busy for its operations per second:
# runs the benchmark in one fork with one long warm-up and one long measurement, reads the fork's CPU time and
# minor page faults from /proc during the measurement, and prints operations/s, the cores the fork used, CPU
# time per operation, page faults per second and the load average (docs/performance.md, section 4).
#
#   benchmarks/cpu-per-op.sh ThroughputBenchmark.engineTwoThreads [warm-up s] [measurement s]
#
# Build first: ./mvnw -q -B -DskipTests package -pl benchmarks -am
set -euo pipefail

bench=${1:?usage: $0 BENCHMARK [warm-up seconds] [measurement seconds]}
warmup=${2:-20}
measure=${3:-20}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

java -jar "$root/benchmarks/target/benchmarks.jar" "$bench" -f 1 -wi 1 -w "${warmup}s" -i 1 -r "${measure}s" > "$out" 2>&1 &
host=$!
fork=''
while [ -z "$fork" ] && kill -0 "$host" 2>/dev/null; do
  sleep 0.5
  fork=$(pgrep -P "$host" -f ForkedMain | head -1 || true)
done
[ -n "$fork" ] || { echo "no JMH fork found" >&2; cat "$out" >&2; exit 1; }

# utime + stime of every thread of the fork, in clock ticks; and the fork's minor page faults.
ticks() { cat /proc/"$fork"/task/*/stat 2>/dev/null | sed 's/.*) //' | awk '{t += $12 + $13} END {print t}'; }
faults() { sed 's/.*) //' /proc/"$fork"/stat | awk '{print $8}'; }

sleep $((warmup + 5))
window=$((measure - 8))
t0=$(ticks); f0=$(faults)
sleep "$window"
t1=$(ticks); f1=$(faults)
wait "$host"

score=$(grep -E "^[A-Za-z]+Benchmark\.${bench##*.} " "$out" | awk '{print $(NF-1)}' | tail -1)
hz=$(getconf CLK_TCK)
awk -v s="$score" -v t="$((t1 - t0))" -v hz="$hz" -v w="$window" -v f="$((f1 - f0))" -v b="$bench" \
    -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  cores = t / hz / w
  printf "%s: %s ops/s, %.2f cores, %.2f us CPU per op, %.0f page faults/s, load %s\n", b, s, cores, cores / s * 1e6, f / w, load
}'
