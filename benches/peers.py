#!/usr/bin/env python3
"""Samenwerkwijzer against its peers, in one run (issue 16; BENCHMARKS.md).

    python3 benches/peers.py [-n RUNS] [--skip-cli]

Builds the release binary and the plan generator, then measures, each
pair interleaved run by run so a busy machine slows both alike:

- first frame on an 80x24 pty (spawn until a marker string has been
  written, the method of shared/tools/ptytime.py) of the example plan and
  of a generated plan of 1,000 tasks and 200 partners, against
  `whiptail --checklist` with 1,000 items;
- peak RSS of the same processes (VmHWM of the child, 300 ms after the
  marker, so work done after the first frame counts too);
- `list` of 500 plans (cold: no summary cache; warm: with it) against
  `cat` of the same files;
- validate and the md, html, docx and ics exports of a 20,000-task plan.

Medians; the load average is printed beside the figures. whiptail missing:
those rows are skipped with a message.
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "samenwerkwijzer")
GEN = os.path.join(ROOT, "target", "release", "examples", "bench_plan")


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def on_pty(cmd, marker, env, linger=0.0, timeout=10.0, cols=80, rows=24):
    """Spawn `cmd` on a pty; seconds until `marker` was written, and the
    child's peak RSS in kB (after `linger` more seconds)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env)
        os.environ.setdefault("TERM", "xterm-256color")
        try:
            os.execvp(cmd[0], cmd)
        except OSError:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    buf = b""
    found = None
    while time.perf_counter() - t0 < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
        if b"\x1b[6n" in chunk:  # answer cursor-position queries
            os.write(fd, b"\x1b[1;1R")
        if marker in buf:
            found = time.perf_counter() - t0
            break
    end = time.perf_counter() + linger
    while time.perf_counter() < end:  # keep the pty drained meanwhile
        ready, _, _ = select.select([fd], [], [], 0.02)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                break
    # The peak RSS of the program itself: getrusage of the child would
    # count the forked Python before its exec too.
    peak = 0
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
    except OSError:
        pass
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return found, peak


def timed(cmd, env=None):
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env, check=False)
    return time.perf_counter() - t0


def ms(values):
    return statistics.median(values) * 1000


def row(what, ours, peer_name, peer, command):
    ratio = ours / peer if peer else float("nan")
    print(f"| {what} | {ours:.2f} | {peer_name} {peer:.2f} | {ratio:.2f} | `{command}` |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=15, help="runs per measurement")
    ap.add_argument("--skip-cli", action="store_true", help="no 20,000-task commands")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--quiet", "--release", "--bin", "samenwerkwijzer",
                    "--example", "bench_plan"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="swz-compare-")
    try:
        run(a, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(a, tmp):
    home = os.path.join(tmp, "home")
    data = os.path.join(tmp, "data")
    plans = os.path.join(data, "plans")
    os.makedirs(home)
    os.makedirs(plans)
    env = {"HOME": home, "SAMENWERKWIJZER_DATA_DIR": data}
    shutil.copy(os.path.join(ROOT, "assets", "examples", "voorbeeld.ron"),
                os.path.join(plans, "voorbeeld.ron"))
    subprocess.run([GEN, "1000", "200", os.path.join(plans, "groot.ron")], check=True)

    print(f"load average at start: {load()}  ({a.n} runs each, medians, ms)\n")
    print("| what | ours | peer (same run) | ratio | command |")
    print("|---|---|---|---|---|")

    whiptail = shutil.which("whiptail")
    if whiptail is None:
        print("\nwhiptail is not installed: the first-frame and RSS rows are skipped"
              " (Debian: apt-get install whiptail).")
    else:
        items = []
        for n in range(1, 1001):
            items += [f"t{n}", f"Taak {n}", "off"]
        peer = [whiptail, "--checklist", "Kies de taken", "24", "80", "16"] + items
        ours_example = [BIN, "open", "voorbeeld"]
        ours_big = [BIN, "open", "groot"]
        cases = [
            ("whiptail", peer, b"Taak 1"),
            ("example", ours_example, b"Warmtenet in de regio"),
            ("big", ours_big, b"Grote regio"),
        ]
        times = {name: [] for name, _, _ in cases}
        for _ in range(a.n + 1):  # the first round warms the caches
            for name, cmd, marker in cases:
                t, _ = on_pty(cmd, marker, env)
                if t is None:
                    sys.exit(f"{name}: marker {marker!r} not seen")
                times[name].append(t)
        w = ms(times["whiptail"][1:])
        row("first frame, example plan, 80x24 (target ≤ 0.75)", ms(times["example"][1:]),
            "whiptail --checklist 1,000 items", w, "samenwerkwijzer open voorbeeld")
        row("first frame, 1,000-task plan, 80x24 (target ≤ 1.0)", ms(times["big"][1:]),
            "whiptail", w, "samenwerkwijzer open groot")
        rss = {name: [] for name, _, _ in cases}
        for _ in range(5):
            for name, cmd, marker in cases:
                _, kb = on_pty(cmd, marker, env, linger=0.3)
                rss[name].append(kb)
        mb = {k: statistics.median(v) / 1024 for k, v in rss.items()}
        row("peak RSS MB, 1,000-task plan (target ≤ 1.3)", mb["big"], "whiptail", mb["whiptail"],
            "VmHWM of the child, 300 ms after its first frame")
        row("peak RSS MB, example plan", mb["example"], "whiptail", mb["whiptail"], "same")

    # `list` of 500 plans against `cat` of the same files.
    many = os.path.join(tmp, "many")
    many_plans = os.path.join(many, "plans")
    os.makedirs(many_plans)
    example = open(os.path.join(ROOT, "assets", "examples", "voorbeeld.ron")).read()
    for n in range(500):
        text = example.replace('"Warmtenet in de regio"', f'"Plan {n} voor de regio"', 1)
        with open(os.path.join(many_plans, f"plan-{n:03}.ron"), "w") as f:
            f.write(text)
    files = sorted(os.path.join(many_plans, f) for f in os.listdir(many_plans))
    lenv = dict(os.environ, HOME=home, SAMENWERKWIJZER_DATA_DIR=many)
    listing = [BIN, "list"]
    cache = os.path.join(many, "cache")
    cold, warm, cat = [], [], []
    for _ in range(a.n):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(timed(listing, lenv))
        warm.append(timed(listing, lenv))
        cat.append(timed(["cat"] + files))
    row("`list`, 500 plans, summary cache warm (target ≤ 2)", ms(warm), "cat of the files",
        ms(cat), "samenwerkwijzer list")
    row("`list`, 500 plans, no cache (cold)", ms(cold), "cat", ms(cat),
        "samenwerkwijzer list, cache removed")

    if not a.skip_cli:
        huge = os.path.join(tmp, "p20000.ron")
        subprocess.run([GEN, "20000", "200", huge], check=True)
        out = os.path.join(tmp, "out")
        os.makedirs(out)
        commands = {
            "ics": [BIN, "export", huge, "-f", "ics"],
            "validate": [BIN, "validate", huge],
            "md": [BIN, "export", huge, "-f", "md"],
            "html": [BIN, "export", huge, "-f", "html"],
            "docx": [BIN, "export", huge, "-f", "docx", "-o", os.path.join(out, "p.docx"),
                     "--force"],
        }
        runs = max(3, a.n // 3)
        t = {k: [] for k in commands}
        for _ in range(runs):
            for k, cmd in commands.items():
                t[k].append(timed(cmd, dict(os.environ, HOME=home)))
        ics = ms(t["ics"])
        for k in ["validate", "md", "html", "docx"]:
            row(f"{k}, 20,000 tasks (target ≤ 2)", ms(t[k]), "ics export", ics,
                " ".join(["samenwerkwijzer"] + commands[k][1:]).replace(huge, "p20000.ron")
                .replace(os.path.join(out, "p.docx"), "p.docx"))
    print(f"\nload average at end: {load()}")


if __name__ == "__main__":
    main()
