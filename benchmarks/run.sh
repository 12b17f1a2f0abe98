#!/usr/bin/env bash
# Builds the benchmarks and the CLI, runs every benchmark and the start-up measurement, and prints the
# results; everything goes to benchmarks/results/<time>/ (JMH's JSON and text output, summary.md).
#
#   benchmarks/run.sh            the full run, about 10 minutes on a quiet two-core machine
#   QUICK=1 benchmarks/run.sh    one short iteration of everything, to check the harness (figures meaningless)
#   benchmarks/batch.sh          the batch figures (issue 18), separately: a million clients take a while
#
# Benchmarks share the machine with whatever else runs: the load average is sampled every 5 s into
# load.txt and summarised in summary.md. Run it on a quiet machine for figures worth comparing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
out="$root/benchmarks/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
cd "$root"

step() { printf '%s  load %s  %s\n' "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$*" | tee -a "$out/steps.txt"; }

# The service's load generator is wrk (Debian's package), an event-driven client in C that leaves the cores to the
# servers; without it ServiceLoad falls back to client threads in its own JVM and says so. Installed here, not by
# the build: CI does not run benchmarks, and ./mvnw -B verify never needs it.
install_wrk() {
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    sudo -n true 2>/dev/null || return 1
    sudo=(sudo -n)
  fi
  command -v apt-get > /dev/null || return 1
  ${sudo[@]+"${sudo[@]}"} apt-get install -y -q wrk > "$out/wrk-install.log" 2>&1 \
    || { ${sudo[@]+"${sudo[@]}"} apt-get update -q >> "$out/wrk-install.log" 2>&1 \
         && ${sudo[@]+"${sudo[@]}"} apt-get install -y -q wrk >> "$out/wrk-install.log" 2>&1; }
}
if ! command -v wrk > /dev/null; then
  step "installing wrk, the service's load generator (apt-get install wrk)"
  install_wrk || echo "could not install wrk (needs apt-get as root or password-less sudo; see $out/wrk-install.log):" \
    "the service load falls back to client threads in the benchmark's JVM, which share the cores with the servers" >&2
fi

step "building the benchmarks (./mvnw -q -B -DskipTests package -pl benchmarks -am)"
./mvnw -q -B -DskipTests package -pl benchmarks -am
step "building the CLI if its sources changed (./coach --version)"
./coach --version > /dev/null

# The load average every 5 s while the benchmarks run; stopped on exit, whatever happens.
( while true; do printf '%s %s\n' "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) > "$out/load.txt" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

jar="$root/benchmarks/target/benchmarks.jar"
quick=()
scaling=()
runs=10
if [ -n "${QUICK:-}" ]; then
  quick=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  scaling=(-p generatedRules=0,100)
  runs=2
fi

jmh() {
  local name=$1; shift
  step "JMH $name"
  java -jar "$jar" "$@" ${quick[@]+"${quick[@]}"} -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1 \
    || { echo "JMH failed; see $out/$name.txt" >&2; tail -20 "$out/$name.txt" >&2; exit 1; }
  grep -E '^[A-Za-z]+Benchmark\.' "$out/$name.txt" | sed 's/^/    /'
}

jmh evaluation EvaluationBenchmark -prof gc
jmh throughput ThroughputBenchmark
jmh build EngineBuildBenchmark
jmh scaling ScalingBenchmark -prof gc ${scaling[@]+"${scaling[@]}"}

service_seconds=10
service_warm_up=()
if [ -n "${QUICK:-}" ]; then
  service_seconds=2
  service_warm_up=(-DserviceLoad.maxWarmUp=10)   # the harness only: no waiting for the JIT
fi
step "service load: POST /v1/advice at 1, 8, 32, 64 connections, ${service_seconds} s each, against in-process (each process warmed until its JIT is quiet, up to 4 minutes)"
# The service and the three bare-Jetty baselines (docs/performance.md, 8.1) run in processes of their own; their
# logs go to the run's folder.
# The in-process baseline runs in ServiceLoad's own JVM, with the service's JVM options (server/serve.jvm), as the
# bare-Jetty one does: the ratios then measure HTTP, not a collector.
java @server/serve.jvm ${service_warm_up[@]+"${service_warm_up[@]}"} -cp "$jar" org.coachlogic.benchmarks.ServiceLoad "$service_seconds" "$out" 2> "$out/service-load.log" \
  | tee "$out/service-load.md" | sed 's/^/    /'

step "start-up: $runs runs of each command"
java -cp "$jar" org.coachlogic.benchmarks.StartupTimer "$root" "$runs" "$out/startup.json" | sed 's/^/    /'

kill "$sampler" 2>/dev/null || true
{
  echo "nproc: $(nproc)"
  free -h
  java -version 2>&1
  echo
  echo "steps, with the load average (1, 5, 15 min) as each began; every 5 s in load.txt:"
  cat "$out/steps.txt"
  awk '{ n++; s += $2; if ($2 > m) m = $2 } END { if (n) printf "1-min load average during the run: mean %.2f, max %.2f (%d samples)\n", s / n, m, n }' "$out/load.txt"
} > "$out/machine.txt"

step "summary"
java -cp "$jar" org.coachlogic.benchmarks.Report "$out"
echo
echo "results: $out"
