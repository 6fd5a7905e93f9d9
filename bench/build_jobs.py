#!/usr/bin/env python3
"""Time a full build at -j 2 against -j 1: layouts on every core.

    bench/build_jobs.py [--runs N] [--views N] [--relations N] [--jobs N]

Two projects, in build/bench-data/jobs/ (made when missing): a copy of the
repository's facts, seeds and views, and a generated base (gen.py, 10k
relations by default) with --views focus views (views.py, 60 by default).
Each run deletes the outputs in graphs/ first (not timed) and times
`factgraph -j J -C DIR build -q` with a monotonic clock; the runs alternate
-j N and -j 1, one warm-up pair first, so that drift of the machine's speed
falls on both. Prints the median wall time of each, and the median of the
ratios pair by pair; checks that both wrote the same bytes. Settings:
FACTGRAPH (default build/src/factgraph), BENCH_DATA (default
build/bench-data).
"""
import argparse
import glob
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUTPUTS = ("dot", "svg", "png", "pdf")


def clean(d):
    for ext in OUTPUTS:
        for f in glob.glob(os.path.join(d, "graphs", "*." + ext)):
            os.remove(f)


def digest(d):
    h = hashlib.sha256()
    for ext in OUTPUTS:
        for f in sorted(glob.glob(os.path.join(d, "graphs", "*." + ext))):
            with open(f, "rb") as fh:
                h.update(os.path.basename(f).encode() + b"\0" + fh.read())
    return h.hexdigest()


def time_build(fg, d, jobs):
    clean(d)
    t = time.monotonic()
    rc = subprocess.call([fg, "-j", str(jobs), "-C", d, "build", "-q"])
    t = time.monotonic() - t
    if rc != 0:
        sys.exit("build -j %d of %s exited %d" % (jobs, d, rc))
    return t


def make_repo(d):
    if os.path.isdir(d):
        return
    os.makedirs(os.path.join(d, "graphs"))
    for sub in ("facts", "seeds"):
        shutil.copytree(os.path.join(REPO, sub), os.path.join(d, sub))
    for f in glob.glob(os.path.join(REPO, "graphs", "*.yaml")):
        shutil.copy(f, os.path.join(d, "graphs"))


def make_views(fg, d, relations, views):
    if os.path.isdir(d):
        return
    subprocess.check_call([sys.executable, os.path.join(HERE, "gen.py"), relations, d])
    subprocess.check_call([sys.executable, os.path.join(HERE, "views.py"), fg, d, str(views)])


def measure(fg, d, jobs, runs):
    pairs = []
    for i in range(runs + 1):
        a = time_build(fg, d, jobs)
        a_digest = digest(d)
        b = time_build(fg, d, 1)
        if digest(d) != a_digest:
            sys.exit("-j %d and -j 1 wrote different outputs in %s" % (jobs, d))
        if i:  # the first pair warms the caches
            pairs.append((a, b))
    ratios = [a / b for a, b in pairs]
    return (statistics.median(b for _, b in pairs), statistics.median(a for a, _ in pairs),
            statistics.median(ratios), min(ratios), max(ratios))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--views", type=int, default=60)
    ap.add_argument("--relations", default="10k")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    fg = os.path.abspath(os.environ.get("FACTGRAPH", os.path.join(REPO, "build", "src", "factgraph")))
    data = os.path.join(os.environ.get("BENCH_DATA", os.path.join(REPO, "build", "bench-data")), "jobs")
    repo = os.path.join(data, "repo")
    views = os.path.join(data, "views-%s-%d" % (a.relations, a.views))
    make_repo(repo)
    make_views(fg, views, a.relations, a.views)
    print("| project | views | -j 1 s | -j %d s | ratio (min - max) |" % a.jobs)
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, d in (("repository", repo), ("generated, %s relations" % a.relations, views)):
        n = len(glob.glob(os.path.join(d, "graphs", "*.yaml")))
        j1, jn, r, lo, hi = measure(fg, d, a.jobs, a.runs)
        print("| %s | %d | %.3f | %.3f | %.3f (%.3f - %.3f) |" % (name, n, j1, jn, r, lo, hi), flush=True)


if __name__ == "__main__":
    main()
