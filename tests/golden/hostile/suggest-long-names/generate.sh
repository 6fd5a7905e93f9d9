# 300 predicates with names of 1,000 bytes (YAML keys stop at 1,024) and 300
# relations naming predicates as long that the schema does not have: 90,000
# did-you-mean comparisons of 1,000 x 1,000 bytes (past a minute) before
# names too long to show were left out of the search.
awk 'BEGIN {
    s = "a"; while (length(s) < 1000) s = s s
    for (i = 0; i < 300; i++) { p = "p" i "-"; printf "  %s%s:\n    label: long\n    subject: [country]\n    object: [country]\n", p, substr(s, 1, 1000 - length(p)) }
}' >> facts/schema.yaml
awk 'BEGIN {
    s = "a"; while (length(s) < 1000) s = s s
    print "relations:"
    for (i = 0; i < 300; i++) { p = "q" i "-"; printf "  - {subject: france, predicate: %s%s, object: india, source: doc, quote: which France hosted}\n", p, substr(s, 1, 1000 - length(p)) }
}' > facts/long-predicates.yaml
