# 7,200 relations between two countries, each quoting the same sentence of
# 1,000 characters: the view's DOT would pass the 16 MiB limit on one
# output of a view, so the view is refused before it is laid out.
awk 'BEGIN {
    q = "cooperate"; while (length(q) < 990) q = q " cooperate"
    q = substr(q, 1, 990) " closely."
    print q > "seeds/long.txt"
    print "sources:"
    print "  - {id: long, file: seeds/long.txt, title: T, publisher: P, date: 2025}"
    print "relations:"
    for (y = 1900; y < 2100; y++) for (m = 1; m <= 12; m++) for (d = 1; d <= 3; d++)
        printf "  - {subject: france, predicate: cooperated-with, object: india, date: %d-%02d-%02d, source: long, quote: \"%s\"}\n", y, m, d, q
}' > facts/long.yaml
mkdir -p graphs
printf 'title: Two countries\ntypes: [country]\n' > graphs/all.yaml
