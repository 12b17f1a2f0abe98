#!/usr/bin/env python3
"""Where a `coach batch` run's CPU time goes, by thread (docs/performance.md, 7.1). Linux only.

    INPUT=clients.jsonl CLIENTS=300000 benchmarks/batch-threads.py ./coach batch clients.jsonl -o /dev/null --threads 2

Runs the command and samples /proc/<pid>/task/*/stat every 50 ms; prints the wall time, the CPU seconds of the
whole process and of its busiest thread groups by name (the workers: the Java main thread and coach-batch-N; the
JIT compilers; the collector), the peak resident memory, the workers' CPU per client over the second half of the
input (from the file position of its descriptor, so after most of the warm-up), and the workers' time running,
waiting for a core (runqueue) and blocked (/proc/<pid>/task/<tid>/schedstat). For experiments, NICE_JIT=-5 (root)
or NICE_WORKERS=4 renice those threads as they appear. TIMELINE=0.5 also prints, every 0.5 s, the cores the
process kept busy in that interval by thread group, the whole machine's busy cores (/proc/stat: other processes
and the kernel's own threads too) and how far the input has been read: where a run leaves a core idle."""
import os, sys, time, subprocess, re
tick = os.sysconf('SC_CLK_TCK')
inp = os.path.realpath(os.environ['INPUT']); size = os.path.getsize(inp)
clients = int(os.environ['CLIENTS'])
start = time.time()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
last = {}; sched = {}; hwm = 0; niced = set(); nice_jit = int(os.environ.get('NICE_JIT', '0')); nice_workers = int(os.environ.get('NICE_WORKERS', '0')); fd = None; marks = {}
timeline = float(os.environ.get('TIMELINE', '0')); shown = (start, {}, 0.0)
def machine_cpu():
    v = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    return (sum(v) - v[3] - v[4]) / tick
def group(name):
    if name.startswith('coach-batch') or name in ('java', 'main'): return 'workers'
    for k in ('C2', 'C1', 'GC'):
        if k in name: return k
    return 'other'
def show():
    global shown
    now, cpu, busy = time.time(), {}, machine_cpu()
    for t, (n, c) in last.items():
        cpu[group(n)] = cpu.get(group(n), 0) + c
    then, before, busy_before = shown
    dt = now - then
    if before and dt > 0:
        print(f"{now - start:6.1f} s: process {(sum(cpu.values()) - sum(before.values())) / dt:.2f} cores"
              + ''.join(f", {g} {(cpu.get(g, 0) - before.get(g, 0)) / dt:.2f}" for g in ('workers', 'C2', 'C1', 'GC', 'other'))
              + f" | machine {(busy - busy_before) / dt:.2f} | input {100 * pos_now / size:.1f}%", file=sys.stderr, flush=True)
    shown = (now, cpu, busy)
pos_now = 0
def worker_cpu():
    return sum(c for n, c in last.values() if n.startswith('coach-batch') or n in ('java', 'main'))
while p.poll() is None:
    try:
        for t in os.listdir(f'/proc/{p.pid}/task'):
            try:
                s = open(f'/proc/{p.pid}/task/{t}/stat').read()
                name = s[s.index('(')+1:s.rindex(')')]
                f = s[s.rindex(')')+2:].split()
                last[t] = (name, (int(f[11]) + int(f[12])) / tick)
                if nice_jit and 'CompilerThre' in name and t not in niced:
                    os.setpriority(os.PRIO_PROCESS, int(t), nice_jit); niced.add(t)
                if nice_workers and (name.startswith('coach-batch') or name in ('java', 'main')) and t != str(p.pid) and t not in niced:
                    os.setpriority(os.PRIO_PROCESS, int(t), nice_workers); niced.add(t)
                if (name.startswith('coach-batch') or name in ('java', 'main')) and t != str(p.pid):
                    run, wait = [int(x) for x in open(f'/proc/{p.pid}/task/{t}/schedstat').read().split()[:2]]
                    vol = int([l for l in open(f'/proc/{p.pid}/task/{t}/status') if l.startswith('voluntary_ctxt')][0].split()[1])
                    up = float(open('/proc/uptime').read().split()[0])
                    sched[t] = (up - int(f[19]) / tick, run / 1e9, wait / 1e9, vol)
            except Exception:
                pass
        for line in open(f'/proc/{p.pid}/status'):
            if line.startswith('VmHWM'):
                hwm = int(line.split()[1]) // 1024
        if fd is None:
            for x in os.listdir(f'/proc/{p.pid}/fd'):
                try:
                    if os.readlink(f'/proc/{p.pid}/fd/{x}') == inp: fd = x
                except Exception: pass
        if fd is not None:
            pos = int(open(f'/proc/{p.pid}/fdinfo/{fd}').readline().split()[1]); pos_now = pos
            for q in (0.1, 0.333, 0.5):
                if q not in marks and pos >= q * size: marks[q] = (worker_cpu(), time.time())
    except Exception:
        pass
    if timeline and time.time() - shown[0] >= timeline:
        show()
    time.sleep(0.05)
end = time.time(); wall = end - start
g = {}
for t, (name, cpu) in last.items():
    key = re.sub(r'\d+$', '#', name)
    if name.startswith('coach-batch') or name in ('java', 'main'): key = 'workers'
    g[key] = g.get(key, 0) + cpu
total = sum(g.values())
top = sorted(g.items(), key=lambda kv: -kv[1])[:5]
half = ''
if 0.333 in marks:
    half += f" | first third: worker {1e6 * marks[0.333][0] / (clients / 3):.1f} us/client"
if 0.5 in marks:
    c, t = marks[0.5]
    half += f" | 2nd half: worker {1e6 * (worker_cpu() - c) / (clients / 2):.1f} us/client, {clients / 2 / (end - t):.0f}/s"
life = sum(v[0] for v in sched.values()); run = sum(v[1] for v in sched.values()); wq = sum(v[2] for v in sched.values()); vol = sum(v[3] for v in sched.values())
half += f" | workers: life {life:.1f} run {run:.1f} runqueue {wq:.1f} blocked {life - run - wq:.1f} s, {vol} voluntary switches"
print(f"wall {wall:.2f} cpu {total:.2f} hwm {hwm}MB rc {p.returncode} | " + ", ".join(f"{k} {v:.2f}" for k, v in top) + half, flush=True)
