# A 60 MB seed of one word repeated, ending in "end.", and six 60 KB quotes
# of that word repeated: five end in a word the seed does not hold, one in
# the seed's last words. Every word of the seed shares the quotes' first 16
# bytes and matches them for nearly 60 KB: walking the word index to the end
# compared 200 GB per quote (16 s for three, before the walk was bounded).
awk 'BEGIN { w = "aaaaaaaaaaaaaaaab "; s = w; while (length(s) < 65536) s = s s
             for (t = 0; t + length(s) <= 60000000; t += length(s)) printf "%s", s; print w "end." }' > seeds/rep.txt
awk 'BEGIN {
    print "sources:\n  - {id: rep, file: seeds/rep.txt, title: One word, publisher: factgraph tests, date: 2025-02-12}"
    print "entities:"
    for (i = 0; i < 6; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    w = "aaaaaaaaaaaaaaaab "; s = ""; while (length(s) + length(w) < 60000) s = s w
    for (i = 0; i < 6; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: india, source: rep, quote: \"%s%s\"}\n", i, s, i < 5 ? "aaaaa" i : "end."
}' > facts/rep.yaml
