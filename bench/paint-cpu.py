#!/usr/bin/env python3
"""CPU time a program has used when its first paint arrives (all its threads, from /proc/PID/task/*/schedstat),
beside the wall time: on a machine shared by many sessions the wall time follows the load, the CPU time much less.
Programs take turns, run after run (one warm-up run each first). A program whose last word is Hello is a Java
hello-world: its CPU is taken from wait4 when it exits.

  python3 bench/paint-cpu.py RUNS NAME=COMMAND... (words split on spaces, or on | when the command has one)
  e.g. python3 bench/paint-cpu.py 6 "hello=REL/runtime/bin/java -cp DIR Hello" "fill=REL/bin/formdesk fill"
"""
import glob
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptybench  # noqa: E402

MARK_FORM = "部门整体支出绩效自评表".encode()
MARK_HELLO = b"hello from the JVM floor"


def cpu_ms(pid):
    total = 0
    for f in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            total += int(open(f).read().split()[0])
        except OSError:
            pass
    return total / 1e6


def main():
    runs = int(sys.argv[1])
    progs = {}
    for arg in sys.argv[2:]:
        name, _, cmd = arg.partition("=")
        progs[name] = cmd.split("|") if "|" in cmd else cmd.split()
    tmp = tempfile.mkdtemp(prefix="formdesk-cpu-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_DATA_HOME=tmp)
    res = {n: ([], []) for n in progs}
    for r in range(runs + 1):
        for name, argv in progs.items():
            hello = argv[-1] == "Hello"
            s = ptybench.Session(argv if hello else argv + ["--draft", os.path.join(tmp, name + ".yaml")], env)
            t = s.wait_for(MARK_HELLO if hello else MARK_FORM)
            if hello:
                _, _, ru = os.wait4(s.pid, 0)
                c = (ru.ru_utime + ru.ru_stime) * 1000
                os.close(s.fd)
            else:
                c = cpu_ms(s.pid)  # threads that ended before the paint are not counted
                s.close()
            if r > 0 and t is not None:
                res[name][0].append(t * 1000)
                res[name][1].append(c)
    print("| program | wall to first paint, ms | CPU to first paint, ms |")
    print("|---|---|---|")
    for name, (w, c) in res.items():
        print(f"| {name} | {statistics.median(w):.0f} ({min(w):.0f}-{max(w):.0f}) | "
              f"{statistics.median(c):.0f} ({min(c):.0f}-{max(c):.0f}) |")
    print("load", open("/proc/loadavg").read().strip())


if __name__ == "__main__":
    main()
