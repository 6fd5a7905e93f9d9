#!/usr/bin/env python3
"""Turn bench/run.sh's results.tsv into Markdown tables and the target verdicts.

    bench/report.py results.tsv meta.tsv
"""
import sys

TARGET_CHECK_FLOOR = 1.5     # check at 100k: at most 1.5x the libyaml floor
TARGET_1M_100K = 12.0        # check at 1M: at most 12x the time at 100k
TARGET_RSS_FACTS = 3.0       # peak RSS of check: at most 3x the fact files
TARGET_OWN_SHARE = 0.10      # build of the repository's views: own time under 10%


def main():
    res, order = {}, []
    for line in open(sys.argv[1], encoding="utf-8"):
        size, label, val, rss = line.rstrip("\n").split("\t")
        if size not in order:
            order.append(size)
        res[(size, label)] = (val, int(rss))
    meta = dict(line.rstrip("\n").split("\t", 1) for line in open(sys.argv[2], encoding="utf-8"))

    def t(size, label):
        v = res.get((size, label))
        if v is None or not v[0].lstrip("-").isdigit():
            return None
        return int(v[0]) / 1000.0

    def m(size, label):
        v = res.get((size, label))
        return v[1] / 1024.0 if v and v[0].isdigit() else None

    def failed(size, label):
        v = res.get((size, label))
        return v[0] if v and not v[0].isdigit() else None

    def fs(x, fmt="%.3f"):
        return "-" if x is None else fmt % x

    def cell(size, label, what="t"):
        f = failed(size, label)
        if f:
            return f
        return fs(t(size, label)) if what == "t" else fs(m(size, label), "%.1f")

    def ratio(a, b, fmt="%.2f"):
        return "-" if a is None or not b else fmt % (a / b)

    sizes = [s for s in order if s.isdigit()]
    out = []
    w = out.append
    w("Machine: %s; load average %s." % (meta.get("machine", "?"), meta.get("load", "?")))
    w("factgraph %s; %s." % (meta.get("factgraph", "?"), meta.get("runs", "?")))
    w("Python reference: %s." % meta.get("python", "?"))
    w("")
    w("### check against the libyaml floor, and memory")
    w("")
    base = m("base", "baseline") or 0.0
    w("| relations | fact files | fact MB | floor s | check s | check/floor | check -j1 s | -j1/floor | check peak RSS MB | RSS/facts | (RSS - %.1f MB baseline)/facts |" % base)
    w("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in sizes:
        facts_mb = int(res[(s, "facts_bytes")][0]) / 1048576.0
        w("| %s | %s | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            "{:,}".format(int(s)), res[(s, "fact_files")][0], facts_mb, cell(s, "floor"), cell(s, "check"),
            ratio(t(s, "check"), t(s, "floor")), cell(s, "check_j1"), ratio(t(s, "check_j1"), t(s, "floor")),
            cell(s, "check", "m"),
            ratio(m(s, "check"), facts_mb), ratio(None if m(s, "check") is None else m(s, "check") - base, facts_mb)))
    w("")
    w("### the other commands")
    w("")
    w("| relations | export s | export RSS MB | build focus view s (edges) | whole-graph DOT s | whole-graph DOT RSS MB |")
    w("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in sizes:
        edges = res.get((s, "focus_edges"), ("?", 0))[0]
        w("| %s | %s | %s | %s (%s) | %s | %s |" % (
            "{:,}".format(int(s)), cell(s, "export"), cell(s, "export", "m"), cell(s, "build_focus"), edges,
            cell(s, "dot_all"), cell(s, "dot_all", "m")))
    w("")
    formats = [f for f in ("export", "export_graphml", "export_ntriples", "export_turtle", "export_neo4j",
                           "export_sqlite") if any((s, f) in res for s in sizes)]
    if len(formats) > 1:
        w("### every export (goal: at most 2x check's time, RSS within 3x the fact files)")
        w("")
        w("| relations | format | s | /check | peak RSS MB | RSS/facts |")
        w("| ---: | --- | ---: | ---: | ---: | ---: |")
        for s in sizes:
            facts_mb = int(res[(s, "facts_bytes")][0]) / 1048576.0
            for f in formats:
                if (s, f) not in res:
                    continue
                name = "json" if f == "export" else f[len("export_"):]
                w("| %s | %s | %s | %s | %s | %s |" % ("{:,}".format(int(s)), name, cell(s, f),
                  ratio(t(s, f), t(s, "check")), cell(s, f, "m"), ratio(m(s, f), facts_mb)))
        w("")
    if any((s, "pyref_check") in res for s in sizes):
        w("### against the Python reference (PyYAML CSafeLoader)")
        w("")
        w("| relations | pyref check s | factgraph check s | speed-up | pyref check + DOT s | factgraph whole-graph DOT s | speed-up | pyref RSS MB (with DOT) |")
        w("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for s in sizes:
            if (s, "pyref_check") not in res:
                continue
            w("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                "{:,}".format(int(s)), cell(s, "pyref_check"), cell(s, "check"),
                ratio(t(s, "pyref_check"), t(s, "check"), "%.1fx"), cell(s, "pyref_dot"), cell(s, "dot_all"),
                ratio(t(s, "pyref_dot"), t(s, "dot_all"), "%.1fx"), cell(s, "pyref_dot", "m")))
        w("")
    if ("repo", "repo_build_full") in res:
        full, chk, noc = t("repo", "repo_build_full"), t("repo", "repo_build_check"), t("repo", "repo_build_nochange")
        w("### build of the repository's own views (%s views)" % res[("repo", "views")][0])
        w("")
        if ("repo", "failing_views") in res:
            w("Left out because their layout failed in a trial build: %s." % res[("repo", "failing_views")][0])
            w("")
        w("| measurement | s | peak RSS MB | share of the full build |")
        w("| --- | ---: | ---: | ---: |")
        w("| check | %s | %s | %s |" % (cell("repo", "repo_check"), cell("repo", "repo_check", "m"),
                                       ratio(t("repo", "repo_check"), full, "%.3f")))
        w("| build from scratch (all DOT, all layouts) | %s | %s | 1 |" % (
            cell("repo", "repo_build_full"), cell("repo", "repo_build_full", "m")))
        w("| build --check after it (all DOT, every SVG rendered again and compared) | %s | %s | %s |" % (
            cell("repo", "repo_build_check"), cell("repo", "repo_build_check", "m"), ratio(chk, full, "%.3f")))
        w("| no-change rebuild | %s | %s | %s |" % (
            cell("repo", "repo_build_nochange"), cell("repo", "repo_build_nochange", "m"), ratio(noc, full, "%.3f")))
        w("")

    w("### targets")
    w("")
    w("| target | measured | verdict |")
    w("| --- | --- | --- |")

    def verdict(ok):
        return "-" if ok is None else ("met" if ok else "**missed**")

    def time_ratio_row(label, num, den, fmt, limit, limit_text, target):
        """A row for the time ratio num/den (each a (size, label) pair) against
        limit: a target's verdict, or, for a row shown for comparison (left
        out when not measured), whether it is under or over the limit."""
        a, b = t(*num), t(*den)
        r = a / b if a and b else None
        if r is None and not target:
            return
        measured = "-" if r is None else (fmt + " (%.3f s vs %.3f s)") % (r, a, b)
        if target:
            judged = verdict(None if r is None else r <= limit)
        else:
            judged = ("under " if r <= limit else "over ") + limit_text
        w("| %s | %s | %s |" % (label, measured, judged))

    k100, k1m = "100000", "1000000"
    time_ratio_row("check at 100k <= %.1fx the floor" % TARGET_CHECK_FLOOR, (k100, "check"), (k100, "floor"),
                   "%.2fx", TARGET_CHECK_FLOOR, "", True)
    time_ratio_row("(for comparison, not the target: the same on one thread, `-j1`)", (k100, "check_j1"),
                   (k100, "floor"), "%.2fx", TARGET_CHECK_FLOOR, "1.5x", False)
    time_ratio_row("check at 1M <= %dx the time at 100k" % TARGET_1M_100K, (k1m, "check"), (k100, "check"),
                   "%.1fx", TARGET_1M_100K, "", True)
    time_ratio_row("(for comparison: the same on one thread, `-j1`)", (k1m, "check_j1"), (k100, "check_j1"),
                   "%.1fx", TARGET_1M_100K, "12x", False)
    # Memory is a target for the large bases, the ones whose memory matters;
    # in small ones the process's fixed costs (mapped libraries, the seed
    # documents) are a large part of it: they are shown for comparison.
    for s in sizes:
        if m(s, "check") is None:
            continue
        facts_mb = int(res[(s, "facts_bytes")][0]) / 1048576.0
        r = m(s, "check") / facts_mb
        if int(s) >= 100000:
            w("| check peak RSS <= %dx the fact files, %s relations | %.2fx (%.1f MB for %.1f MB) | %s |" % (
                TARGET_RSS_FACTS, "{:,}".format(int(s)), r, m(s, "check"), facts_mb, verdict(r <= TARGET_RSS_FACTS)))
        else:
            w("| (for comparison: check peak RSS at %s relations) | %.2fx (%.1f MB for %.1f MB; %.2fx without the %.1f MB of libraries) | %s |" % (
                "{:,}".format(int(s)), r, m(s, "check"), facts_mb, (m(s, "check") - (m("base", "baseline") or 0)) / facts_mb,
                m("base", "baseline") or 0, "over 3x" if r > TARGET_RSS_FACTS else "under 3x"))
    if ("repo", "repo_build_full") in res:
        full, chk, noc = t("repo", "repo_build_full"), t("repo", "repo_build_check"), t("repo", "repo_build_nochange")
        # A no-change rebuild does all of factgraph's own work (load,
        # validate, every DOT, every stamp) and no layout. build --check
        # used to be the measure; it lays every view out again now.
        if full and noc is not None:
            w("| build of the repository's views: own time < %d%% (no-change rebuild / full build) | %.1f%% (%.3f s of %.3f s) | %s |" % (
                TARGET_OWN_SHARE * 100, 100 * noc / full, noc, full, verdict(noc / full < TARGET_OWN_SHARE)))
    print("\n".join(out))


if __name__ == "__main__":
    main()
