#!/usr/bin/env python3
"""Paired rounds of service variants under wrk (docs/performance.md, section 8.6's method).

Each variant is a warm server process of its own, all started together; each is warmed at 8 connections, then
every round drives each in turn (the order rotated every round) with wrk at the same connections for the same
time. Per step: the server's CPU (utime + stime of /proc/PID/stat) and context switches (summed over its threads)
over wrk's count of requests, wrk's p50/p99, and the 1-minute load average. Ratios are per round against the first
variant, then their median: on a shared machine only same-round ratios mean anything.

    benchmarks/service-pairs.py [--rounds 5] [--seconds 5] [--connections 32] [--warm-up 40] \
        NAME=DIR[:COACH_JAVA_OPTS][::SERVE ARGS] ... [bare=DIR] [bare-http=DIR:::http-only]

DIR is a checkout whose server jar is built (./coach serve runs it with COACH_SKIP_BUILD=1); a variant whose name
starts with "bare" runs BareJettyService from DIR's benchmarks jar with DIR's server/serve.jvm instead, its SERVE ARGS
the mode (blocking, the default; selectors; http-only), for example bare-sel=.:::selectors.
A benchmark, not a test: nothing here passes or fails.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LUA = os.path.join(HERE, "src/main/resources/org/coachlogic/benchmarks/service-load.lua")
CLIENTS = os.path.join(HERE, "..", "examples", "clients")
SUMMARY = re.compile(r"SERVICE-LOAD requests=(\d+) micros=(\d+) errors=(\d+) .* p50=(\d+) p99=(\d+) p999=(\d+)")
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def context_switches(pid):
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total


def start(name, spec, logs):
    directory, _, rest = spec.partition(":")
    options, _, serve_args = rest.partition("::")
    log = open(os.path.join(logs, name + ".log"), "w")
    env = dict(os.environ, COACH_SKIP_BUILD="1", COACH_JAVA_OPTS=options)
    if name.startswith("bare"):
        command = ["java", "@server/serve.jvm"] + options.split() + ["-cp", "benchmarks/target/benchmarks.jar",
                                                                     "org.coachlogic.benchmarks.BareJettyService"] \
            + serve_args.split()
    else:
        command = ["./coach", "serve", "--dev-no-auth", "--port", "0"] + serve_args.split()
    process = subprocess.Popen(command, cwd=directory, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        with open(log.name) as f:
            found = re.search(r"listening on (https?://\S+)", f.read())
        if found:
            return process, found.group(1) + "/v1/advice"
        if process.poll() is not None:
            break
        time.sleep(0.2)
    process.kill()
    sys.exit(f"{name} did not start; see {log.name}")


def compiler_and_total(pid):
    compiler = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                stat = f.read()
        except FileNotFoundError:
            continue
        if "CompilerThre" in stat.split(")", 1)[0]:
            fields = stat.rsplit(")", 1)[1].split()
            compiler += int(fields[11]) + int(fields[12])
    return compiler / TICK, cpu_seconds(pid)


def warm_up(server, minimum, maximum):
    """Rounds of 5 s at 8 connections until the JIT compiler threads took under 2 % of the process's CPU."""
    process, url = server
    start = time.time()
    while True:
        compiler, total = compiler_and_total(process.pid)
        wrk(url, 8, 5)
        compiler2, total2 = compiler_and_total(process.pid)
        share = (compiler2 - compiler) / max(total2 - total, 1e-9)
        elapsed = time.time() - start
        if (share < 0.02 and elapsed >= minimum) or elapsed >= maximum:
            return f"{elapsed:.0f} s, compilers {share * 100:.1f} % in the last round"


def wrk(url, connections, seconds):
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", LUA, url],
                         env=dict(os.environ, COACH_CLIENTS=os.path.abspath(CLIENTS)), capture_output=True, text=True)
    found = SUMMARY.search(out.stdout)
    if not found:
        sys.exit("wrk said:\n" + out.stdout + out.stderr)
    requests, micros, errors, p50, p99, p999 = (int(g) for g in found.groups())
    return requests, micros / 1e6, errors, p50 / 1e3, p99 / 1e3, p999 / 1e3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--warm-up", type=int, default=30, help="shortest warm-up of each, at 8 connections")
    parser.add_argument("--max-warm-up", type=int, default=180, help="longest warm-up of each")
    parser.add_argument("variants", nargs="+")
    args = parser.parse_args()
    logs = tempfile.mkdtemp(prefix="service-pairs-")
    names = [v.split("=", 1)[0] for v in args.variants]
    servers = {}
    try:
        for variant in args.variants:
            name, spec = variant.split("=", 1)
            servers[name] = start(name, spec, logs)
        for name in names:
            print(f"warm-up {name}: {warm_up(servers[name], args.warm_up, args.max_warm_up)}", flush=True)
        rows = {name: [] for name in names}
        for r in range(args.rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                process, url = servers[name]
                load = os.getloadavg()[0]
                cpu, switches = cpu_seconds(process.pid), context_switches(process.pid)
                requests, seconds, errors, p50, p99, p999 = wrk(url, args.connections, args.seconds)
                cpu = cpu_seconds(process.pid) - cpu
                switches = context_switches(process.pid) - switches
                row = dict(rps=requests / seconds, cpu=cpu / requests * 1e6, cs=switches / requests, p50=p50,
                           p99=p99, p999=p999, errors=errors, load=load)
                rows[name].append(row)
                print(f"round {r + 1} {name:>10}: {row['rps']:7.0f} req/s  cpu {row['cpu']:5.0f} us/req  "
                      f"cs {row['cs']:.2f}/req  p50 {p50:6.2f}  p99 {p99:6.2f}  p99.9 {p999:6.2f} ms  "
                      f"errors {errors}  load {load:.1f}", flush=True)
        first = names[0]
        print(f"\n{args.rounds} rounds of {args.seconds} s at {args.connections} connections; logs in {logs}")
        print("| variant | req/s (median) | CPU us/req (median) | CPU / " + first + " per round | req/s / " + first
              + " per round | cs/req | p99 ms (median) | p99 / " + first + " per round | errors |")
        print("|---|---:|---:|---|---|---:|---:|---|---:|")
        for name in names:
            rs = rows[name]
            med = lambda key: statistics.median(x[key] for x in rs)
            ratio = lambda key: [x[key] / y[key] for x, y in zip(rs, rows[first])]
            fmt = lambda values: ", ".join(f"{v:.2f}" for v in values) + f" (median {statistics.median(values):.2f})"
            print(f"| {name} | {med('rps'):.0f} | {med('cpu'):.0f} | {fmt(ratio('cpu'))} | {fmt(ratio('rps'))} | "
                  f"{med('cs'):.2f} | {med('p99'):.2f} | {fmt(ratio('p99'))} | {sum(x['errors'] for x in rs)} |")
    finally:
        for process, _ in servers.values():
            process.terminate()
        for process, _ in servers.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    main()
