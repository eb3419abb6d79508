#!/usr/bin/env python3
"""Soak: every way a session can die, repeated, counting what is lost.

Each round starts `fill --draft D` of the bundled form on a pseudo-terminal (80x24; the cursor query
answered as a terminal would), types values, and kills the session one way:

  kill9   kill -9 of the JVM, after the values were shown as saved ("已保存" after each Tab)
  sighup  SIGHUP to the JVM
  close   the terminal closed without waiting (the pty master closed: the kernel hangs up)
  ssh     the session runs over ssh -tt to a real sshd on 127.0.0.1; the ssh client is killed (-9)
  editor  Ctrl-E on a long text; the editor writes its text to its file and stays open; the terminal closes

Half of the hang-up rounds (all but kill9) type everything at once, right after the screen appears, and
hang up 0-800 ms later (the first second); the others wait for each value to be shown as saved. A value
counts as committed when its Tab was sent (and, for kill9, its save shown); the half-typed value (no Tab)
must survive every way but kill9. Afterwards the draft is read back and compared; temporaries (*.tmp)
left beside it are counted.

  bench/soak.py [--rounds N] [--ways kill9,sighup,close,ssh,editor] [--jar target/formdesk.jar] [--steady]

Prints one line per way and a summary; exit status 1 if anything was lost or left.
"""
import argparse
import os
import pty
import random
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import yaml

CPR_QUERY = b"\x1b[6n"
FIRST_SECOND = True
TAB = b"\t"
PGDN = b"\x1b[6~"
CTRL_E = b"\x05"


class Session:
    """A child on a pty whose output we read and whose cursor queries we answer."""

    def __init__(self, argv, env, cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(cwd)
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.out = b""
        self.closed = False
        import fcntl
        import struct
        import termios
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def pump(self, timeout):
        if self.closed:
            return False
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.closed = True
            return False
        if CPR_QUERY in data:
            os.write(self.fd, b"\x1b[24;80R")
        self.out += data
        return True

    def wait_for(self, needle, timeout, start=0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if needle in self.out[start:]:
                return True
            self.pump(0.05)
        return needle in self.out[start:]

    def send(self, data):
        os.write(self.fd, data)

    def drain(self, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline and not self.closed:
            self.pump(0.02)

    def close_terminal(self):
        if not self.closed:
            os.close(self.fd)
            self.closed = True

    def reap(self, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return status
            if not self.closed:
                self.pump(0.05)
            else:
                time.sleep(0.02)
        os.kill(self.pid, signal.SIGKILL)
        return os.waitpid(self.pid, 0)[1]


def java_pid_under(pid):
    """The JVM running the session: the child itself, or a java process below it (ssh: found by draft path)."""
    return pid


def find_pid(pattern):
    out = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout.split()
    return int(out[0]) if out else None


class Sshd:
    def __init__(self, base):
        self.dir = os.path.join(base, "sshd")
        os.makedirs(self.dir)
        for key in ("host_key", "client_key"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", os.path.join(self.dir, key)], check=True)
        shutil.copy(os.path.join(self.dir, "client_key.pub"), os.path.join(self.dir, "authorized_keys"))
        os.chmod(os.path.join(self.dir, "authorized_keys"), 0o600)
        os.makedirs("/run/sshd", exist_ok=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        user = os.environ.get("USER") or subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
        self.user = user
        with open(os.path.join(self.dir, "sshd_config"), "w") as f:
            f.write("\n".join([
                "Port %d" % self.port, "ListenAddress 127.0.0.1",
                "HostKey " + os.path.join(self.dir, "host_key"),
                "PidFile " + os.path.join(self.dir, "sshd.pid"),
                "AuthorizedKeysFile " + os.path.join(self.dir, "authorized_keys"),
                "AllowUsers " + user, "PermitRootLogin prohibit-password", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no", "PrintMotd no",
                "PrintLastLog no", "AcceptEnv LANG LC_* XDG_DATA_HOME", ""]))
        self.proc = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", os.path.join(self.dir, "sshd_config")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("sshd did not listen")

    def argv(self, remote):
        return ["ssh", "-tt", "-i", os.path.join(self.dir, "client_key"), "-p", str(self.port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "BatchMode=yes", self.user + "@127.0.0.1", remote]

    def stop(self):
        self.proc.terminate()
        self.proc.wait(5)


def values_of(draft):
    if not os.path.exists(draft):
        return {}
    with open(draft, encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    return {k: str(v) for k, v in (doc.get("values") or {}).items()}


def one_round(way, n, base, jar, sshd, editor):
    rnd = random.Random(n * 7919 + hash(way) % 1000)
    work = os.path.join(base, "%s-%d" % (way, n))
    os.makedirs(work)
    draft = os.path.join(work, "d.yaml")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_DATA_HOME=os.path.join(work, "xdg"))
    fast = FIRST_SECOND and way != "kill9" and way != "editor" and rnd.random() < 0.5
    java = ["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", jar, "fill", "--draft", draft, "--out", work]
    if way == "editor":
        env["EDITOR"] = editor
        env["SOAK_READY"] = os.path.join(work, "editor-ready")
        env["SOAK_TEXT"] = "职能%d" % n
    if way == "ssh":
        remote = "cd %s && XDG_DATA_HOME=%s exec %s" % (work, env["XDG_DATA_HOME"], " ".join(java))
        s = Session(sshd.argv(remote), env, work)
    else:
        s = Session(java, env, work)
    if not s.wait_for("F1".encode(), 30):
        s.close_terminal()
        s.reap()
        return None
    typed = [("fiscal_year", "2021"), ("org_name", "org%d" % n), ("unit_name", "unit%d" % n)]
    half = ("fill_date", "2021-03-0")
    expect = {}
    if fast:
        s.send(b"".join(v.encode() + TAB for _, v in typed) + half[1].encode())
        expect.update(dict(typed))
        expect[half[0]] = half[1]
        s.drain(rnd.uniform(0, 0.8))
    else:
        for fid, v in typed:
            s.send(v.encode())
            s.wait_for(v.encode(), 5, len(s.out) - 2000 if len(s.out) > 2000 else 0)
            mark = len(s.out)
            s.send(TAB)
            # Shown as committed: the screen answered the Tab (it saves before it paints).
            deadline = time.time() + 5
            while len(s.out) == mark and time.time() < deadline:
                s.pump(0.05)
            if len(s.out) > mark:
                expect[fid] = v
        if way == "editor":
            s.send(PGDN + PGDN)
            s.drain(0.3)
            s.send(CTRL_E)
            deadline = time.time() + 10
            while not os.path.exists(env["SOAK_READY"]) and time.time() < deadline:
                s.pump(0.05)
            if os.path.exists(env["SOAK_READY"]):
                expect["duties"] = env["SOAK_TEXT"]
        elif way != "kill9":
            s.send(half[1].encode())
            if s.wait_for(half[1].encode(), 5, len(s.out) - 2000 if len(s.out) > 2000 else 0):
                expect[half[0]] = half[1]
        s.drain(rnd.uniform(0, 0.3))
    if way == "kill9":
        os.kill(s.pid, signal.SIGKILL)
    elif way == "sighup":
        os.kill(s.pid, signal.SIGHUP)
    elif way in ("close", "editor"):
        s.close_terminal()
    elif way == "ssh":
        os.kill(s.pid, signal.SIGKILL)
        s.close_terminal()
    s.reap()
    # The far side of ssh ends on its own once sshd sees the client gone: wait for the JVM to go.
    deadline = time.time() + 15
    while find_pid(draft) and time.time() < deadline:
        time.sleep(0.05)
    got = values_of(draft)
    lost = [k for k, v in expect.items() if got.get(k) != v]
    tmps = [f for f in os.listdir(work) if f.endswith(".tmp")]
    return {"expected": len(expect), "lost": lost, "tmp": tmps, "fast": fast}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--ways", default="kill9,sighup,close,ssh,editor")
    ap.add_argument("--jar", default=os.path.join(os.path.dirname(__file__), "..", "target", "formdesk.jar"))
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--steady", action="store_true", help="no first-second rounds (the smoke run in verify)")
    args = ap.parse_args()
    global FIRST_SECOND
    FIRST_SECOND = not args.steady
    jar = os.path.abspath(args.jar)
    base = tempfile.mkdtemp(prefix="formdesk-soak-")
    os.chmod(base, 0o755)
    editor = os.path.join(base, "editor.sh")
    with open(editor, "w") as f:
        # An editor the user typed in and saved, still open when the link goes.
        f.write('#!/bin/sh\nprintf "%s\\n" "$SOAK_TEXT" > "$1"\ntouch "$SOAK_READY"\nexec sleep 60\n')
    os.chmod(editor, 0o755)
    ways = args.ways.split(",")
    sshd = Sshd(base) if "ssh" in ways else None
    failed = False
    try:
        for way in ways:
            committed = lost = tmp = rounds = skipped = 0
            fast_lost = 0
            for n in range(args.rounds):
                r = one_round(way, n, base, jar, sshd, editor)
                if r is None:
                    skipped += 1
                    continue
                rounds += 1
                committed += r["expected"]
                lost += len(r["lost"])
                fast_lost += len(r["lost"]) if r["fast"] else 0
                tmp += len(r["tmp"])
                if r["lost"] or r["tmp"]:
                    print("  %s round %d: lost %s, left %s" % (way, n, r["lost"], r["tmp"]), flush=True)
            print("%-7s rounds %3d (not started %d)  values committed %4d  lost %d (first-second rounds: %d)  .tmp left %d"
                  % (way, rounds, skipped, committed, lost, fast_lost, tmp), flush=True)
            failed |= lost > 0 or tmp > 0 or skipped > 0
    finally:
        if sshd:
            sshd.stop()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
