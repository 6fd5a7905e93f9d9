# export --format ntriples and turtle as triple stores load them: rapper
# (Debian's raptor2-utils) parses both files to the same number of
# triples; rdflib (python3-rdflib) loads both to the same graph, and SPARQL
# answers what the JSON export says (who declined to sign the Paris
# statement, with the quote and its offsets; every relation citing a
# source), with each quote's selectors matching the seed's own text at its
# offsets. Hostile strings (quotes, backslashes, newlines, <>, CJK, emoji)
# arrive intact; --view and --output narrow and place the export.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
command -v rapper >/dev/null || fail "needs rapper (raptor2-utils)"
"$py" -c 'import rdflib' 2>/dev/null || fail "needs python3-rdflib"

# triples SYNTAX FILE: the number rapper parses, or fail.
triples() {
    rapper -i "$1" -c "$2" 2>"$work/rapper.err" || fail "rapper cannot parse $2: $(cat "$work/rapper.err")"
    sed -n 's/.*returned \([0-9]*\) triples.*/\1/p' "$work/rapper.err"
}

for name in repo hostile; do
    p=$work/$name
    if [ $name = repo ]; then
        copy_project "$p"
    else
        hostile_project "$p"
        # A seed and facts of its own: a quote full of what escaping must
        # get right, names with emoji and every kind of quote mark.
        cat > "$p/seeds/hostile.txt" <<'TEXT'
Before it. He wrote "a \\ back\\slash", <b>bold</b> & 'single',
then 🦊— 中文 “curly” """triple""" \n \u0041. After it.
TEXT
        cat > "$p/facts/emoji.yaml" <<'YAML'
sources:
  - id: hostile-seed
    file: seeds/hostile.txt
    title: "Emoji 🦊 and \"quotes\" \\ and\nnewline"
    publisher: "<publisher> 'single' \"\"\""
entities:
  - id: fox
    type: country
    name: "Fox 🦊 \"\"\" '''"
    labels: {zh: "狐狸 🦊 \\ \"", ja: "キツネ"}
    description: "ends with a quote \""
relations:
  - subject: fox
    predicate: cooperated-with
    object: france
    source: hostile-seed
    quote: "He wrote \"a \\\\ back\\\\slash\", <b>bold</b> & 'single', then 🦊— 中文 “curly” \"\"\"triple\"\"\" \\n \\u0041."
YAML
    fi
    "$bin" -C "$p" export --format ntriples > "$work/$name.nt" || fail "$name: export --format ntriples exited $?"
    "$bin" -C "$p" export --format turtle > "$work/$name.ttl" || fail "$name: export --format turtle exited $?"
    "$bin" -C "$p" export --format json > "$work/$name.json" || fail "$name: export --format json exited $?"
    nt=$(triples ntriples "$work/$name.nt")
    ttl=$(triples turtle "$work/$name.ttl")
    [ -n "$nt" ] && [ "$nt" -gt 0 ] || fail "$name: rapper counted no triples"
    [ "$nt" = "$ttl" ] || fail "$name: $nt triples in N-Triples, $ttl in Turtle"
    # The same graph in both, as rapper reads them (no blank nodes: sorted
    # N-Triples compare as sets).
    rapper -q -i ntriples -o ntriples "$work/$name.nt" | sort > "$work/$name.nt.sorted"
    rapper -q -i turtle -o ntriples "$work/$name.ttl" | sort > "$work/$name.ttl.sorted"
    cmp -s "$work/$name.nt.sorted" "$work/$name.ttl.sorted" || fail "$name: rapper reads different graphs from the two files"
    echo "$name: $nt triples in each syntax"
    "$py" - "$work/$name.nt" "$work/$name.ttl" "$work/$name.json" "$p" "$nt" <<'PY' || fail "$name: the RDF does not carry the model"
import json, sys
from rdflib import Graph, Literal, Namespace, URIRef
nt_path, ttl_path, json_path, root, count = sys.argv[1:]
nt, ttl = Graph(), Graph()
# Debian 12's rdflib (6.1.1) reads "\\n" in N-Triples as a backslash and a
# line feed (fixed upstream in RDFLib/rdflib#1663, 6.2.0): the N-Triples
# file is read by its Turtle parser, which follows the grammar N-Triples
# shares with Turtle; rapper has read it as N-Triples above.
nt.parse(nt_path, format="turtle")
ttl.parse(ttl_path, format="turtle")
assert len(nt) == len(ttl) == int(count), (len(nt), len(ttl), count)
assert set(nt) == set(ttl), "the two syntaxes hold different graphs"
model = json.load(open(json_path))
B = "urn:factgraph:"
FG, OA, PROV = Namespace(B + "vocab/"), Namespace("http://www.w3.org/ns/oa#"), Namespace("http://www.w3.org/ns/prov#")
PRE = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX fg: <urn:factgraph:vocab/>
"""
seeds = {s["id"]: open(root + "/" + s["file"], encoding="utf-8", newline="").read() for s in model["sources"]}
kinds = {i["id"]: "entity" for i in model["entities"]}
kinds.update({i["id"]: "event" for i in model["events"]})
iri = lambda i: URIRef(B + kinds[i] + "/" + i)

# Who declined to sign the Paris statement, with the quote and its offsets.
paris = "paris-ai-summit-statement" if "paris-ai-summit-statement" in kinds else "paris-statement"
want = sorted((iri(r["subject"]), e["quote"], e["start"], e["end"]) for r in model["relations"]
              if r["predicate"] == "declined-to-sign" and r["object"] == paris for e in r["evidence"])
q = PRE + """SELECT ?who ?quote ?start ?end WHERE {
  ?st rdf:subject ?who ; rdf:predicate <%spredicate/declined-to-sign> ; rdf:object <%s> .
  ?who <%spredicate/declined-to-sign> <%s> .
  ?a oa:hasBody ?st ; fg:quote ?quote ; oa:hasTarget ?t .
  ?t oa:hasSelector ?sel . ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}""" % (B, iri(paris), B, iri(paris))
for g in (nt, ttl):
    got = sorted((row.who, str(row.quote), int(row.start), int(row.end)) for row in g.query(q))
    assert got == want and want, (got, want)

# Every relation citing the most cited source.
cited = {}
for r in model["relations"]:
    for e in r["evidence"]:
        cited.setdefault(e["source"], set()).add((iri(r["subject"]), URIRef(B + "predicate/" + r["predicate"]), iri(r["object"])))
source = max(sorted(cited), key=lambda s: len(cited[s]))
q = PRE + """SELECT ?s ?p ?o WHERE {
  ?st prov:wasDerivedFrom <%ssource/%s> ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?s ?p ?o .
}""" % (B, source)
for g in (nt, ttl):
    got = {(row.s, row.p, row.o) for row in g.query(q)}
    assert got == cited[source], (source, got ^ cited[source])

# Each citation: its quote as curated, and selectors that are the seed's
# own text (Python counts code points as the offsets do).
n = 0
for i, r in enumerate(model["relations"]):
    for k, e in enumerate(r["evidence"]):
        a = URIRef(B + "annotation/%d-%d" % (i, k))
        t = URIRef(str(a) + "/target")
        qs, ps = URIRef(str(t) + "/quote"), URIRef(str(t) + "/position")
        text = seeds[e["source"]]
        assert nt.value(a, FG.quote) == Literal(e["quote"]), (nt.value(a, FG.quote), e["quote"])
        assert nt.value(a, OA.hasBody) == URIRef(B + "relation/%d" % i)
        assert nt.value(t, OA.hasSource) == URIRef(B + "source/" + e["source"])
        assert nt.value(t, PROV.wasQuotedFrom) == URIRef(B + "source/" + e["source"])
        assert (nt.value(ps, OA.start).toPython(), nt.value(ps, OA.end).toPython()) == (e["start"], e["end"])
        assert str(nt.value(qs, OA.exact)) == text[e["start"]:e["end"]], (nt.value(qs, OA.exact), e)
        assert str(nt.value(qs, OA.prefix)) == text[max(0, e["start"] - 32):e["start"]]
        assert str(nt.value(qs, OA.suffix)) == text[e["end"]:e["end"] + 32]
        n += 1

# Every string of the model is a literal of both graphs, byte for byte.
strings = set()
for section in model.values():
    for rec in section:
        for key in ("name", "title", "publisher", "description", "note"):
            if key in rec:
                strings.add(rec[key])
        strings.update(rec.get("labels", {}).values())
        strings.update(e["quote"] for e in rec.get("evidence", []))
for g in (nt, ttl):
    literals = {str(o) for o in g.objects() if isinstance(o, Literal)}
    missing = strings - literals
    assert not missing, missing
labels = {(str(o), o.language) for o in nt.objects(predicate=URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
for it in model["entities"] + model["events"]:
    for lang, text in it.get("labels", {}).items():
        assert (text, lang) in labels, (text, lang)
print("%d citations, %d strings intact" % (n, len(strings)))
PY
done
grep -q '🦊' "$work/hostile.nt" || fail "the emoji is not written as UTF-8"

# --view and --output: one view's relations, written to a file.
view=$(basename "$(ls "$src"/graphs/*.yaml | head -n 1)" .yaml)
"$bin" -C "$work/repo" export --format turtle --view "$view" --output "$work/view.ttl" > "$work/view.out" \
    || fail "export --view $view --output exited $?"
[ -s "$work/view.out" ] && fail "export --output wrote to standard output too"
"$bin" -C "$work/repo" export --format json --view "$view" > "$work/view.json" || fail "export --view json exited $?"
triples turtle "$work/view.ttl" > /dev/null
"$py" - "$work/view.ttl" "$work/view.json" <<'PY' || fail "the view's export is not its selection"
import json, sys
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
g = Graph()
g.parse(sys.argv[1], format="turtle")
rels = json.load(open(sys.argv[2]))["relations"]
got = len(set(g.subjects(RDF.type, URIRef("urn:factgraph:vocab/Relation"))))
assert got == len(rels) and rels, (got, len(rels))
PY

# A base the schema declares names everything; what an IRI may not hold
# is percent-encoded.
cp -R "$work/hostile" "$work/based"
printf 'base_iri: "https://example.org/fg graph/"\n' >> "$work/based/facts/schema.yaml"
"$bin" -C "$work/based" export --format ntriples > "$work/based.nt" || fail "export with a base_iri exited $?"
[ "$(triples ntriples "$work/based.nt")" = "$(triples ntriples "$work/hostile.nt")" ] || fail "the base changed the count"
grep -q '^<https://example.org/fg%20graph/entity/fox> ' "$work/based.nt" || fail "the base_iri is not used"
grep -q 'urn:factgraph:' "$work/based.nt" && fail "the default base is still used"

# A SPARQL server on localhost, loaded with the N-Triples: Oxigraph (npm's
# oxigraph, in-process and started unattended) behind the SPARQL protocol
# (POST application/sparql-query, JSON results), asked who declined to sign.
modules=$(npm root -g 2>/dev/null)
NODE_PATH=$modules node -e 'require("oxigraph")' 2>/dev/null || fail "needs node and oxigraph (npm install -g oxigraph)"
cat > "$work/sparql.js" <<'JS'
const fs = require("fs"), http = require("http"), oxigraph = require("oxigraph");
const store = new oxigraph.Store();
store.load(fs.readFileSync(process.argv[2], "utf8"), { format: "application/n-triples" });
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const url = new URL(req.url, "http://127.0.0.1");
    const query = req.method === "POST" ? body : url.searchParams.get("query");
    try {
      const out = store.query(query, { results_format: "application/sparql-results+json" });
      res.writeHead(200, { "Content-Type": "application/sparql-results+json" });
      res.end(out);
    } catch (e) {
      res.writeHead(400, { "Content-Type": "text/plain" });
      res.end(String(e));
    }
  });
});
server.listen(0, "127.0.0.1", () => {
  fs.writeFileSync(process.argv[3] + ".tmp", String(server.address().port));
  fs.renameSync(process.argv[3] + ".tmp", process.argv[3]);
});
JS
NODE_PATH=$modules node "$work/sparql.js" "$work/repo.nt" "$work/port" 2> "$work/sparql.err" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do
    [ -s "$work/port" ] && break
    kill -0 $server 2>/dev/null || fail "the SPARQL server did not start: $(cat "$work/sparql.err")"
    sleep 0.1
done
[ -s "$work/port" ] || fail "the SPARQL server did not listen within 10 s"
"$py" - "http://127.0.0.1:$(cat "$work/port")/sparql" "$work/repo.json" <<'PY' || fail "the SPARQL server's answer is not the JSON's"
import json, sys, urllib.request
endpoint, json_path = sys.argv[1:]
model = json.load(open(json_path))
want = sorted(("urn:factgraph:entity/" + r["subject"], e["quote"], e["start"], e["end"]) for r in model["relations"]
              if r["predicate"] == "declined-to-sign" and r["object"] == "paris-ai-summit-statement"
              for e in r["evidence"])
query = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX fg: <urn:factgraph:vocab/>
SELECT ?who ?quote ?start ?end WHERE {
  ?st rdf:subject ?who ; rdf:predicate <urn:factgraph:predicate/declined-to-sign> ;
      rdf:object <urn:factgraph:entity/paris-ai-summit-statement> .
  ?a oa:hasBody ?st ; fg:quote ?quote ; oa:hasTarget ?t .
  ?t oa:hasSelector ?sel . ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}"""
req = urllib.request.Request(endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query",
                                                                     "Accept": "application/sparql-results+json"})
rows = json.load(urllib.request.urlopen(req, timeout=30))["results"]["bindings"]
got = sorted((b["who"]["value"], b["quote"]["value"], int(b["start"]["value"]), int(b["end"]["value"])) for b in rows)
assert got == want and want, (got, want)
print("oxigraph: %d who declined to sign, as the JSON says" % len(got))
PY
echo "ok: rapper, rdflib and Oxigraph read the N-Triples and Turtle exports, with the JSON's answers"
