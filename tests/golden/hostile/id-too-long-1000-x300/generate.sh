# 300 entities with ids of 1,000 bytes and 300 relations whose subjects are
# as long and defined nowhere: 90,000 did-you-mean comparisons of 1,000 x
# 1,000 bytes (past a minute) before ids were capped at 128 bytes.
awk 'BEGIN {
    s = "a"; while (length(s) < 1000) s = s s
    print "entities:"
    for (i = 0; i < 300; i++) { p = "e" i "-"; printf "  - {id: %s%s, type: country, name: E%d}\n", p, substr(s, 1, 1000 - length(p)), i }
    print "relations:"
    for (i = 0; i < 300; i++) { p = "u" i "-"; printf "  - {subject: %s%s, predicate: cooperated-with, object: india, source: doc, quote: which France hosted}\n", p, substr(s, 1, 1000 - length(p)) }
}' > facts/long-ids.yaml
