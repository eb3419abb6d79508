#!/usr/bin/env python3
"""Drives a terminal program on a pseudo-terminal, like a user at a real terminal, and measures it.

The driver is the terminal: it sets the window size, answers the cursor-position query (ESC[6n) the
way xterm does (a plausible position: the bottom-right corner, where Lanterna's ESC[5000;5000H trick
puts the cursor), feeds keys and reads everything the program writes. Python standard library only.

Measures, per program:
  first paint  time from fork to a marker string (e.g. the form title) in the output stream
  idle CPU     CPU time of all the process's threads (/proc/PID/task/*/schedstat, ns) over N s of idling
  per key      bytes and read() chunks from the pty per key; key -> screen latency = from writing the key
               to the master until the program's answer (its first byte) arrives; the program writes once
               per refresh (see the strace count), so the first byte is the whole screen update
  writes/key   write(2) calls of the program per key, counted with strace -f in a separate run
  peak RSS     VmHWM of /proc/PID/status at the end of the typing session
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

CPR_QUERY = b"\x1b[6n"


class Session:
    def __init__(self, argv, env=None, rows=40, cols=120, cwd=None):
        self.rows, self.cols = rows, cols
        self.out = bytearray()
        self.chunks = 0
        self.cpr_answered = 0
        self.t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child: the slave side is stdin/stdout/stderr and the controlling tty
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env if env is not None else os.environ)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self._scan_from = 0

    # -- reading -------------------------------------------------------------------------------------
    def _read_once(self, timeout):
        """Reads one chunk if any arrives within timeout; returns it (b'' on timeout, None on EOF)."""
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        self.out += data
        self.chunks += 1
        # Answer every cursor-position query, even one split across two reads.
        start = max(0, self._scan_from - len(CPR_QUERY) + 1)
        n = self.out.count(CPR_QUERY, start)
        if n:
            for _ in range(n):
                os.write(self.fd, f"\x1b[{self.rows};{self.cols}R".encode())
            self.cpr_answered += n
            self._scan_from = self.out.rfind(CPR_QUERY) + len(CPR_QUERY)
        else:
            self._scan_from = len(self.out)
        return data

    def wait_for(self, marker, timeout=30.0):
        """Seconds from fork until marker (bytes) is in the output, or None."""
        deadline = time.perf_counter() + timeout
        while marker not in self.out:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            if self._read_once(left) is None:
                return None
        return time.perf_counter() - self.t0

    def drain(self, quiet=0.2, limit=10.0):
        """Reads until nothing has come for `quiet` seconds; returns (bytes, chunks) read."""
        b0, c0 = len(self.out), self.chunks
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            d = self._read_once(quiet)
            if not d:
                break
        return len(self.out) - b0, self.chunks - c0

    def key(self, data, quiet=0.03, timeout=2.0):
        """Sends a key; returns (latency s to the first byte of the answer or None, bytes, chunks)."""
        b0, c0 = len(self.out), self.chunks
        t = time.perf_counter()
        os.write(self.fd, data)
        first = self._read_once(timeout)
        if not first:
            return None, 0, 0
        lat = time.perf_counter() - t
        self.drain(quiet)
        return lat, len(self.out) - b0, self.chunks - c0

    # -- the process ---------------------------------------------------------------------------------
    def pids(self):
        """The child and its descendants (strace -> java)."""
        out = [self.pid]
        try:
            for line in os.popen(f"ps -o pid= --ppid {self.pid}"):
                out.append(int(line))
        except Exception:
            pass
        return out

    def cpu_ns(self, pid=None):
        pid = pid or self.pid
        total = 0
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                    total += int(f.read().split()[0])
            except OSError:
                pass
        return total

    def cpu_ticks_s(self, pid=None):
        """utime + stime of the whole process in seconds (includes threads that have ended; 10 ms ticks)."""
        with open(f"/proc/{pid or self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def status(self, field, pid=None):
        with open(f"/proc/{pid or self.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])  # kB
        return None

    def idle(self, seconds):
        """Fraction of one core used while nobody types for `seconds` (output still drained): from the
        per-thread run times in ns (schedstat) when no thread ended meanwhile, else from the 10 ms ticks."""
        tasks0 = set(os.listdir(f"/proc/{self.pid}/task"))
        c0, k0, t0 = self.cpu_ns(), self.cpu_ticks_s(), time.perf_counter()
        deadline = t0 + seconds
        while time.perf_counter() < deadline:
            self._read_once(deadline - time.perf_counter())
        elapsed = time.perf_counter() - t0
        if tasks0 <= set(os.listdir(f"/proc/{self.pid}/task")):
            return (self.cpu_ns() - c0) / 1e9 / elapsed
        return (self.cpu_ticks_s() - k0) / elapsed

    def close(self):
        for sig in (signal.SIGHUP, signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            for _ in range(50):
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    break
                try:
                    self._read_once(0.02)
                except OSError:
                    pass
            else:
                continue
            break
        try:
            os.close(self.fd)
        except OSError:
            pass


# -- the programs ---------------------------------------------------------------------------------------
def programs(a, tmp):
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_DATA_HOME=tmp)
    env.pop("NO_COLOR", None)
    fd = [a.formdesk, "fill", "--out", tmp]
    progs = {
        "hello": dict(argv=[a.hello_java, "-cp", a.hello_dir, "Hello"], marker=b"hello from the JVM floor", env=env),
        "formdesk-seed": dict(argv=fd + ["--draft", os.path.join(tmp, "seed.yaml")], env=env,
                              marker="部门整体支出绩效自评表".encode(), prep=[b"\x1b[6~"]),  # PageDown: money fields
        "formdesk-2000": dict(argv=fd + ["--form", a.generated, "--draft", os.path.join(tmp, "gen.yaml")], env=env,
                              marker=b"Generated", prep=[]),
        "dialog": dict(argv=["dialog", "--title", "Bench", "--form", "Fill in", "20", "70", "5",
                             "Amount:", "1", "1", "", "1", "12", "30", "0",
                             "Name:", "2", "1", "", "2", "12", "30", "0"], env=env, marker=b"Amount", prep=[]),
    }
    # More launchers of the seed form, each with its own hello-world floor if a java is given (e.g. a release
    # built on another runtime): NAME=LAUNCHER[,JAVA]. They take turns with the others; first paint only.
    for spec in a.extra:
        name, _, rest = spec.partition("=")
        launcher, _, java = rest.partition(",")
        progs[name] = dict(argv=[launcher, "fill", "--out", tmp, "--draft", os.path.join(tmp, name + ".yaml")], env=env,
                           marker="部门整体支出绩效自评表".encode(), prep=[], extra=True)
        if java:
            progs[name + "-hello"] = dict(argv=[java, "-cp", a.hello_dir, "Hello"], marker=b"hello from the JVM floor",
                                          env=env, extra=True)
    return progs


# Typing in a money field: 7 digits then 7 backspaces, repeated. Every key changes the value.
def keys(n):
    seq = []
    while len(seq) < n:
        for d in "1234567":
            seq.append(d.encode())
        seq += [b"\x7f"] * 7
    return seq[:n]


def first_paint(p, runs):
    times = []
    for _ in range(runs):
        s = Session(p["argv"], p["env"])
        t = s.wait_for(p["marker"])
        s.drain(0.3)
        s.close()
        if t is not None:
            times.append(t * 1000)
    return times


def typing(p, n_keys, idle_s):
    """One session: first paint, optional idle, n keys (latency and bytes each), peak RSS."""
    s = Session(p["argv"], p["env"])
    t = s.wait_for(p["marker"])
    if t is None:
        s.close()
        raise SystemExit(f"no first paint from {p['argv']}: {bytes(s.out[-400:])!r}")
    s.drain(0.5)
    for k in p.get("prep", []):
        s.key(k, quiet=0.2)
    s.drain(0.5)
    res = {"first_paint_bytes": None}
    if idle_s:
        res["idle_cpu"] = s.idle(idle_s)
    lat, byt, chk, byt_char, chk_char = [], [], [], [], []
    for k in keys(n_keys):
        l, b, c = s.key(k)
        if l is None:
            continue
        lat.append(l * 1000)
        byt.append(b)
        chk.append(c)
        if k != b"\x7f":
            byt_char.append(b)
            chk_char.append(c)
    res.update(latency=lat, bytes_per_char=byt_char, chunks_per_char=chk_char, bytes_per_key=byt,
               vmhwm_kb=s.status("VmHWM"), cpr_answered=s.cpr_answered)
    s.close()
    return res


WRITE_RE = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+write\((\d+),.*\)\s+=\s+(-?\d+)")


def strace_writes(p, n_keys, tmp):
    """write(2) calls per typed character and per key, from strace -f -ttt over the typing phase only:
    each write is counted against the last key sent before it."""
    log = os.path.join(tmp, "strace.log")
    s = Session(["strace", "-f", "-ttt", "-qq", "-e", "trace=write", "-e", "signal=none", "-o", log] + p["argv"], p["env"])
    if s.wait_for(p["marker"], 60) is None:
        s.close()
        return None
    s.drain(1.0)
    for k in p.get("prep", []):
        s.key(k, quiet=0.3)
    s.drain(1.0)
    sent = []
    for k in keys(n_keys):
        sent.append((time.time(), k != b"\x7f"))
        s.key(k, quiet=0.1)
    s.drain(0.5)
    t_end = time.time()
    s.close()
    per_key = [0] * len(sent)
    fds = {}
    with open(log) as f:
        for line in f:
            m = WRITE_RE.match(line)
            if not m:
                continue
            t = float(m.group(2))
            if not sent[0][0] <= t <= t_end:
                continue
            i = max(j for j in range(len(sent)) if sent[j][0] <= t)
            per_key[i] += 1
            fds[m.group(3)] = fds.get(m.group(3), 0) + 1
    chars = [n for n, (_, is_char) in zip(per_key, sent) if is_char]
    return {"writes_per_key": sum(per_key) / len(sent), "writes_per_char": statistics.median(chars),
            "writes_per_char_max": max(chars), "by_fd": fds, "keys": len(sent)}


PROBE_RE = re.compile(rb"PROBE (\w+) take=([\d.]+) size1=([\d.]+) size2=([\d.]+) ms")


def terminal_probe(jar, runs, env):
    """Cost of taking the terminal at start: Lanterna's UnixTerminal vs formdesk's SaneTerminal, each in a
    fresh JVM on a pty that answers the size queries at once (over SSH each query adds a round trip)."""
    res = {"lanterna": {"take": [], "size1": [], "size2": [], "queries": []},
           "formdesk": {"take": [], "size1": [], "size2": [], "queries": []}}
    for _ in range(runs):
        for variant in res:
            s = Session(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", jar,
                         "org.formdesk.tui.TerminalStartProbe", variant], env)
            s.wait_for(b"PROBE", 30)
            s.drain(0.3)
            m = PROBE_RE.search(bytes(s.out))
            if m:
                for i, k in enumerate(("take", "size1", "size2")):
                    res[variant][k].append(float(m.group(i + 2)))
                res[variant]["queries"].append(s.cpr_answered)
            s.close()
    return {v: {k: summary(x) for k, x in d.items()} for v, d in res.items()}


def summary(xs):
    if not xs:
        return None
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]
    return {"median": statistics.median(xs), "min": xs[0], "max": xs[-1], "p95": p95, "n": len(xs)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--formdesk", default="bin/formdesk")
    ap.add_argument("--generated", required=True, help="the 2,000-field form file")
    ap.add_argument("--hello-dir", required=True)
    ap.add_argument("--hello-java", default="java", help="the java that runs the hello-world (e.g. a release's runtime/bin/java)")
    ap.add_argument("--runs", type=int, default=7, help="first-paint runs per program")
    ap.add_argument("--keys", type=int, default=300)
    ap.add_argument("--idle", type=float, default=30.0)
    ap.add_argument("--strace-keys", type=int, default=28)
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--paint-only", action="store_true", help="first paint only (quick experiments)")
    ap.add_argument("--extra", action="append", default=[], metavar="NAME=LAUNCHER[,JAVA]",
                    help="another launcher of the seed form (first paint only), with its own hello-world java")
    ap.add_argument("--probe-jar", default="", help="bench/target/benchmarks.jar: also measure taking the terminal")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="formdesk-pty-")
    progs = programs(a, tmp)
    only = (set(a.only.split(",")) | {n for n, p in progs.items() if p.get("extra")}) if a.only else set(progs)
    results = {name: {} for name in progs if name in only}
    # First paint: the programs take turns, run after run, so that a change in the machine's load
    # falls on all of them alike (one warm-up run each first: page cache, not the JVM).
    paints = {name: [] for name in results}
    for name in results:
        first_paint(progs[name], 1)
    for _ in range(a.runs):
        for name in results:
            paints[name] += first_paint(progs[name], 1)
    for name, p in progs.items():
        if name not in only:
            continue
        r = results[name]
        r["first_paint_ms"] = summary(paints[name])
        if name != "hello" and not a.paint_only and not p.get("extra"):
            t = typing(p, a.keys, a.idle if name in ("formdesk-seed", "dialog") else 0)
            r["idle_cpu_pct"] = t.get("idle_cpu", None) and t["idle_cpu"] * 100
            r["latency_ms"] = summary(t["latency"])
            r["latency_ms_after_50"] = summary(t["latency"][50:])  # once the JIT has compiled the paint path
            r["latency_ms_all"] = [round(x, 3) for x in t["latency"]]
            r["bytes_per_char"] = summary(t["bytes_per_char"])
            r["chunks_per_char"] = summary(t["chunks_per_char"])
            r["peak_rss_mb"] = t["vmhwm_kb"] / 1024 if t["vmhwm_kb"] else None
            r["cpr_answered"] = t["cpr_answered"]
            r["strace"] = strace_writes(p, a.strace_keys, tmp)
        results[name] = r
        print(name, json.dumps(r), file=sys.stderr, flush=True)
    if a.probe_jar:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        results["terminal_probe"] = terminal_probe(a.probe_jar, max(3, a.runs // 2), env)
        print("terminal_probe", json.dumps(results["terminal_probe"]), file=sys.stderr, flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    print(table(results))
    if a.extra:
        print()
        print(paints_table(results))


def fmt(s, unit="", digits=0):
    if not s:
        return "n/a"
    f = f"{{:.{digits}f}}"
    return f"{f.format(s['median'])} ({f.format(s['min'])}-{f.format(s['max'])}){unit}"


def paints_table(r):
    """First paint of every program measured, each launcher against its own floor (NAME-hello, else hello)."""
    out = ["| program | first paint, ms: median (min-max) | its floor | ratio |", "|---|---|---|---|"]
    for name, x in r.items():
        fp = x.get("first_paint_ms") if isinstance(x, dict) else None
        if not fp or name == "hello" or name.endswith("-hello"):
            continue
        floor_name = name + "-hello" if (name + "-hello") in r else "hello"
        floor = r.get(floor_name, {}).get("first_paint_ms")
        out.append(f"| {name} | {fmt(fp)} | {floor_name} {fmt(floor) if floor else 'n/a'} | "
                   + (f"{fp['median'] / floor['median']:.2f}x" if floor else "n/a") + " |")
    for name, x in r.items():
        if name == "hello" or name.endswith("-hello"):
            out.append(f"| {name} | {fmt(x['first_paint_ms'])} | | |")
    return "\n".join(out)


def table(r):
    """The side-by-side table (markdown): median (min-max) unless said otherwise."""
    hello = r.get("hello", {}).get("first_paint_ms")
    out = ["| measure | formdesk (seed form) | formdesk (2,000 fields, 1,000 checks) | dialog --form | Java hello-world | goal |",
           "|---|---|---|---|---|---|"]

    def col(name, fn):
        x = r.get(name)
        try:
            return fn(x) if x else "n/a"
        except (KeyError, TypeError):
            return "n/a"  # not measured in this run (--paint-only, --only)

    def ratio(x):
        fp = x.get("first_paint_ms")
        return f"{fp['median'] / hello['median']:.1f}x floor" if fp and hello else "n/a"

    out.append("| first paint, ms | " + " | ".join([
        col("formdesk-seed", lambda x: fmt(x["first_paint_ms"]) + " = " + ratio(x)),
        col("formdesk-2000", lambda x: fmt(x["first_paint_ms"]) + " = " + ratio(x)),
        col("dialog", lambda x: fmt(x["first_paint_ms"])),
        fmt(hello) + " (the floor)", "<= 3.5x floor"]) + " |")
    out.append("| idle CPU over the idle period, % of a core | " + " | ".join([
        col("formdesk-seed", lambda x: "n/a" if x.get("idle_cpu_pct") is None else f"{x['idle_cpu_pct']:.3f}"),
        "(not measured)",
        col("dialog", lambda x: "n/a" if x.get("idle_cpu_pct") is None else f"{x['idle_cpu_pct']:.3f}"),
        "", "<= 0.1"]) + " |")
    out.append("| bytes written per typed character | " + " | ".join([
        col("formdesk-seed", lambda x: fmt(x["bytes_per_char"]) + f", p95 {x['bytes_per_char']['p95']}"),
        col("formdesk-2000", lambda x: fmt(x["bytes_per_char"]) + f", p95 {x['bytes_per_char']['p95']}"),
        col("dialog", lambda x: fmt(x["bytes_per_char"]) + f", p95 {x['bytes_per_char']['p95']}"),
        "", "<= dialog"]) + " |")
    out.append("| write(2) calls per typed character (strace -f) / pty reads per character | " + " | ".join([
        col(n, lambda x: (f"{x['strace'].get('writes_per_char', x['strace']['writes_per_key'])}"
                          + (f" (max {x['strace']['writes_per_char_max']}; all keys {x['strace']['writes_per_key']:.2f})"
                             if 'writes_per_char' in x['strace'] else " (all keys)") if x.get("strace") else "n/a")
            + f" / {x['chunks_per_char']['median']}") for n in ("formdesk-seed", "formdesk-2000", "dialog")]
        + ["", "<= dialog"]) + " |")
    out.append("| key -> screen latency, ms: median (min-max), p95 | " + " | ".join([
        col(n, lambda x: fmt(x["latency_ms"], digits=2) + f", p95 {x['latency_ms']['p95']:.2f}")
        for n in ("formdesk-seed", "formdesk-2000", "dialog")] + ["", "p95 <= 3"]) + " |")
    out.append("| the same after the first 50 keys (JIT warmed up): median, p95 | " + " | ".join([
        col(n, lambda x: f"{x['latency_ms_after_50']['median']:.2f}, p95 {x['latency_ms_after_50']['p95']:.2f}"
            if x.get("latency_ms_after_50") else "n/a")
        for n in ("formdesk-seed", "formdesk-2000", "dialog")] + ["", ""]) + " |")
    out.append("| peak RSS (VmHWM) of the typing session, MB | " + " | ".join([
        col(n, lambda x: f"{x['peak_rss_mb']:.1f}") for n in ("formdesk-seed", "formdesk-2000", "dialog")]
        + ["", "<= 64"]) + " |")
    tp = r.get("terminal_probe")
    if tp:
        out.append("")
        out.append("Taking the terminal at start (fresh JVM each, ms, median (min-max); the pty answers at once, "
                   "over SSH each cursor query adds a round trip):")
        out.append("")
        out.append("| | construct the terminal (stty) | 1st size query | 2nd size query | ESC[6n queries answered |")
        out.append("|---|---|---|---|---|")
        for v, label in (("lanterna", "Lanterna UnixTerminal (5 stty processes, cursor-trick size)"),
                         ("formdesk", "formdesk SaneTerminal (1 shell: stty -g, size, raw)")):
            d = tp[v]
            out.append(f"| {label} | {fmt(d['take'], digits=1)} | {fmt(d['size1'], digits=1)} | "
                       f"{fmt(d['size2'], digits=1)} | {fmt(d['queries'])} |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
