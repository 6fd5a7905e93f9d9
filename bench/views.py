#!/usr/bin/env python3
"""Give a generated project many views, for the build benchmark.

    bench/views.py FACTGRAPH DIR NVIEWS

DIR is a project made by gen.py. Its graphs/*.yaml are replaced by NVIEWS
focus views, one per item among the NVIEWS with the most relations (ties by
id), depth 1, laid out with dot: each is a hub and its neighbours, 10 to 60
edges at 10k relations, like the repository's own views. Every tenth view
also lists a PNG. The relations are read from `FACTGRAPH export`, so the
views follow whatever gen.py generated. Deterministic.
"""
import collections
import glob
import json
import os
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1].strip())
    fg, outdir, nviews = sys.argv[1], sys.argv[2], int(sys.argv[3])
    model = json.loads(subprocess.run([fg, "-C", outdir, "export", "--format", "json"], check=True,
                                      stdout=subprocess.PIPE).stdout)
    degree = collections.Counter()
    for r in model["relations"]:
        degree[r["subject"]] += 1
        degree[r["object"]] += 1
    hubs = sorted(degree, key=lambda i: (-degree[i], i))[:nviews]
    for old in glob.glob(os.path.join(outdir, "graphs", "*")):
        os.remove(old)
    for n, hub in enumerate(hubs):
        png = "formats: [svg, png]\n" if n % 10 == 9 else ""
        with open(os.path.join(outdir, "graphs", "hub-%03d.yaml" % n), "w", encoding="utf-8") as f:
            f.write("title: Around %s\nfocus: [%s]\ndepth: 1\nlayout: dot\nrankdir: LR\n%s" % (hub, hub, png))


if __name__ == "__main__":
    main()
