# Eight entities with ids of 60,000 bytes and four references as long to
# ids defined nowhere (a subject, an object, a location, a cited source):
# a 720 KB file. Each did-you-mean search compared 60,000 x 60,000 bytes
# per candidate (past a minute) before ids were capped at 128 bytes.
awk 'BEGIN {
    s = "a"; while (length(s) < 60000) s = s s
    print "entities:"
    for (i = 0; i < 8; i++) { p = "e" i "-"; printf "  - {id: %s%s, type: country, name: E%d}\n", p, substr(s, 1, 60000 - length(p)), i }
    printf "events:\n  - {id: far-summit, type: summit, name: Far summit, start: 2025-03-01, end: 2025-03-02, location: r0-%s}\n", substr(s, 1, 59997)
    print "relations:"
    printf "  - {subject: r1-%s, predicate: attended, object: paris-summit, source: doc, quote: which France hosted}\n", substr(s, 1, 59997)
    printf "  - {subject: india, predicate: attended, object: r2-%s, source: doc, quote: which France hosted}\n", substr(s, 1, 59997)
    printf "  - {subject: india, predicate: attended, object: far-summit, source: r3-%s, quote: which France hosted}\n", substr(s, 1, 59997)
}' > facts/long-ids.yaml
