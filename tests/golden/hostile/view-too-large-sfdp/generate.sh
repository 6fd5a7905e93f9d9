# 20,100 countries in a chain of cooperation: more nodes than sfdp lays out
# in reasonable time, so build refuses the view with advice instead of
# running for minutes.
awk 'BEGIN {
    print "entities:"
    for (i = 0; i < 20100; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    for (i = 1; i < 20100; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 1, i
}' > facts/chain.yaml
