#!/usr/bin/env bash
# The figures of issue 18 for `coach batch` (docs/performance.md, section 7): generates COUNT clients (default
# 1,000,000; `coach generate --count COUNT --seed 1`) and a tenth of them, evaluates them in process on 1 and 2
# threads (the baseline), runs `./coach batch` on 1 and 2 threads on both files, with its own JVM flags,
# and prints a markdown table: clients/s, the process's CPU time, peak resident memory at both sizes, and
# each goal met or missed. Then the command of the issue's "Done when", `coach generate | coach batch -`,
# and `coach diff --pack examples/vendor-pack` over the same population, each timed.
#
#   benchmarks/batch.sh                 1,000,000 clients: about 5 minutes on a quiet two-core machine
#   COUNT=100000 benchmarks/batch.sh    a tenth of that, to check the harness
#
# Everything goes to benchmarks/results/batch-<time>/ (summary.md, the load average every 5 s in load.txt);
# the population and the advice (5 GB for a million clients) go to WORK (default: a temporary folder,
# removed at the end). Linux only: memory and CPU time are read from /proc.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
count="${COUNT:-1000000}"
out="$root/benchmarks/results/batch-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
cd "$root"

( while true; do printf '%s %s\n' "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) > "$out/load.txt" &
sampler=$!
cleanup() {
  kill "$sampler" 2>/dev/null || true
  [ -n "${WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

step() { printf '%s  load %s  %s\n' "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$*" | tee -a "$out/steps.txt"; }

step "building the benchmarks and the CLI (./mvnw -q -B -DskipTests package -pl examples,benchmarks -am)"
./mvnw -q -B -DskipTests package -pl examples,benchmarks -am
./coach --version > /dev/null   # marks the CLI as built, so that the runs below time this jar
# The batch's own class-data archive is made by the first `coach batch` after a build (a training run of about
# 10 CPU s, docs/performance.md 7.2): made here, so that no timed run below includes it.
./coach generate --count 1 --seed 1 | ./coach batch - -o /dev/null --no-progress

step "BatchBenchmark: $count clients"
java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.BatchBenchmark "$root/coach" "$count" "$work" \
  | tee "$out/summary.md"

# The issue's "Done when": generated clients piped into batch, as a user would type it (no terminal here,
# so no progress bar); the two processes share the machine.
step "coach generate --count $count | coach batch - -o advice.jsonl"
start=$(date +%s.%N)
./coach generate --count "$count" --seed 1 | ./coach batch - -o "$work/advice-piped.jsonl"
end=$(date +%s.%N)
piped="$(awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { printf "%.1f s, %.0f clients/s", e - s, n / (e - s) }')"
lines="$(wc -l < "$work/advice-piped.jsonl")"
echo "piped: $piped, $lines advice lines" | tee -a "$out/summary.md"

step "coach diff --pack examples/vendor-pack over the same population"
start=$(date +%s.%N)
./coach diff --pack examples/vendor-pack "$work/clients.jsonl" > "$out/diff.txt"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { printf "diff: %.1f s, %.0f clients/s\n", e - s, n / (e - s) }' \
  | tee -a "$out/summary.md"
head -5 "$out/diff.txt"

kill "$sampler" 2>/dev/null || true
awk '{ n++; s += $2; if ($2 > m) m = $2 } END { if (n) printf "1-min load average during the run: mean %.2f, max %.2f (%d samples)\n", s / n, m, n }' \
  "$out/load.txt" | tee -a "$out/summary.md"
echo "results: $out"
