# 140 KB of facts whose long strings repeat in every edge's tooltip: one
# entity with a 30,000-character name that 200 relations touch, citing a
# source whose title and publisher are 30,000 characters each. Unclipped,
# the DOT was 37 MB and the SVG as large; clipped, each repeated text is
# at most a few hundred bytes (docs/limits.md).
awk 'BEGIN {
    long = "x"; while (length(long) < 30000) long = long long; long = substr(long, 1, 30000)
    print "sources:"
    printf "  - {id: long, file: seeds/doc.txt, title: T%s, publisher: P%s, date: 2025}\n", long, long
    print "entities:"
    printf "  - {id: big, type: country, name: B%s}\n", long
    for (i = 0; i < 200; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    for (i = 0; i < 200; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: big, source: long, quote: cooperate closely}\n", i
}' > facts/long.yaml
mkdir -p graphs
printf 'title: Long strings\ntypes: [country]\n' > graphs/all.yaml
