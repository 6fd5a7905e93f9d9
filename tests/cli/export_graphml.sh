# export --format graphml as Gephi's and igraph's users load it: networkx
# and igraph (Debian's python3-networkx, python3-igraph) read every node,
# edge and attribute of the repository's facts, with the same counts and
# strings as the JSON export; hostile strings (markup, quotes, backslashes,
# newlines, CJK) arrive intact.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
"$py" -c 'import networkx, igraph' 2>/dev/null || fail "needs python3-networkx and python3-igraph"
for name in repo hostile; do
    p=$work/$name
    if [ $name = repo ]; then
        copy_project "$p"
    else
        hostile_project "$p"
    fi
    "$bin" -C "$p" export --format graphml > "$work/$name.graphml" || fail "$name: export --format graphml exited $?"
    "$bin" -C "$p" export --format json > "$work/$name.json" || fail "$name: export --format json exited $?"
    "$py" - "$work/$name.graphml" "$work/$name.json" <<'PY' || fail "$name: the GraphML does not carry the model"
import json, sys
import igraph, networkx
model = json.load(open(sys.argv[2]))
items = model["entities"] + model["events"]
rels = model["relations"]
g = networkx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == len(items), (g.number_of_nodes(), len(items))
assert g.number_of_edges() == len(rels), (g.number_of_edges(), len(rels))
for it in items:
    node = g.nodes[it["id"]]
    assert node["name"] == it["name"], (node["name"], it["name"])
    assert node["type"] == it["type"]
    assert node["kind"] == ("event" if it in model["events"] else "entity")
    if "zh" in it.get("labels", {}):
        assert node["label_zh"] == it["labels"]["zh"]
# Two relations between the same pair make it a multigraph, keyed by the
# edge ids.
assert g.is_multigraph() or g.number_of_edges() == len({(r["subject"], r["object"]) for r in rels})
edges = {k: (u, v, d) for u, v, k, d in g.edges(keys=True, data=True)} if g.is_multigraph() else \
    {d["id"]: (u, v, d) for u, v, d in g.edges(data=True)}
for i, r in enumerate(rels):
    u, v, d = edges["r%d" % i]
    assert (u, v) == (r["subject"], r["object"])
    assert d["predicate"] == r["predicate"]
    assert d.get("date") == r.get("date")
    assert d["quote"] == "\n\n".join(e["quote"] for e in r["evidence"]), (d["quote"], r["evidence"])
    assert d["source"] == "; ".join(e["source"] for e in r["evidence"])
h = igraph.Graph.Read_GraphML(sys.argv[1])
assert (h.vcount(), h.ecount()) == (len(items), len(rels))
assert sorted(h.vs["name"]) == sorted(it["name"] for it in items)
assert sorted(h.es["predicate"]) == sorted(r["predicate"] for r in rels)
print("%d nodes, %d edges" % (len(items), len(rels)))
PY
done
grep -q "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" "$work/hostile.graphml" || fail "the hostile name is not escaped as text"
echo "ok: networkx and igraph read every node, edge and attribute of the GraphML export"
