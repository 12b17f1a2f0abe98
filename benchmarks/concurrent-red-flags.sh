#!/usr/bin/env bash
# Starts N (default 40) `./coach evaluate --json examples/clients/red-flags.json` processes at once and checks
# that every one exits 0 with byte-identical output: the engine's bounds count rule firings, so a loaded
# machine cannot change a result. Run from the repository root: benchmarks/concurrent-red-flags.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"
./coach evaluate --json examples/clients/red-flags.json > /dev/null   # build the CLI jar once, first
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
pids=()
for i in $(seq 1 "$n"); do
  ( ./coach evaluate --json examples/clients/red-flags.json > "$out/$i.json" 2> "$out/$i.err"; echo $? > "$out/$i.rc" ) &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
failed=0
for i in $(seq 1 "$n"); do
  rc="$(cat "$out/$i.rc")"
  if [ "$rc" != 0 ]; then echo "process $i exited $rc: $(head -c 300 "$out/$i.err")"; failed=1; fi
  if ! cmp -s "$out/1.json" "$out/$i.json"; then echo "process $i printed different output"; failed=1; fi
done
if [ "$failed" = 0 ]; then
  echo "$n processes: all exited 0 with identical output ($(grep -c '"id"' "$out/1.json") ids, $(wc -c < "$out/1.json") bytes)"
fi
exit "$failed"
