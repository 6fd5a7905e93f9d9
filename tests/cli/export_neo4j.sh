# export --format neo4j as neo4j-admin database import full reads it (no
# Neo4j server runs here): every header follows the importer's grammar
# (docs/exports.md), every row has its header's fields, typed values parse,
# every relationship's ends are nodes; Python's csv module reads back the
# same nodes, relationships and strings as the JSON export, hostile ones
# (quotes, backslashes, line feeds, markup, CJK, emoji) intact.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
"$py" -c 'import csv' || fail "needs python3"
for name in repo hostile; do
    p=$work/$name
    if [ $name = repo ]; then
        copy_project "$p"
    else
        hostile_project "$p"
        cp -R "$(dirname "$0")/data/hostile-tables/." "$p/"
    fi
    "$bin" -C "$p" export --format neo4j --output "$work/$name.neo4j" || fail "$name: export --format neo4j exited $?"
    "$bin" -C "$p" export --format json > "$work/$name.json" || fail "$name: export --format json exited $?"
    "$py" - "$work/$name.neo4j" "$work/$name.json" <<'PY' || fail "$name: the CSV files do not carry the model"
import csv, json, os, re, sys
d, model = sys.argv[1], json.load(open(sys.argv[2]))
assert sorted(os.listdir(d)) == ["evidence.csv", "items.csv", "quotes.csv", "relations.csv", "sources.csv"], os.listdir(d)
TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
FIELD = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_-]*)?(?::(?:ID(?:\([A-Za-z]+\))?|LABEL|START_ID|END_ID|TYPE|IGNORE|(?:%s)(?:\[\])?))?$" % TYPES)

def read(name, kind):
    with open(os.path.join(d, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, doublequote=True, strict=True))
    head = rows[0]
    for h in head:
        assert FIELD.match(h) and h, (name, h)
        assert ":" in h or h, h
    names = [h.split(":")[0] for h in head if h.split(":")[0]]
    assert len(names) == len(set(names)), (name, head)
    if kind == "nodes":
        assert sum(h.endswith(":ID") for h in head) == 1 and ":LABEL" in head, head
    else:
        assert {":START_ID", ":END_ID", ":TYPE"} <= set(head), head
    out = []
    for r in rows[1:]:
        assert len(r) == len(head), (name, r)
        rec = {}
        for h, v in zip(head, r):
            t = h.split(":", 1)[1] if ":" in h else "string"
            if v == "":
                continue
            if t == "date":
                assert re.fullmatch(r"\d{4}-\d\d-\d\d", v), (h, v)
            if t in ("int", "long"):
                int(v)
            if t in ("LABEL", "TYPE"):
                for label in v.split(";"):
                    assert re.fullmatch(r"[A-Za-z0-9_]+", label), (h, v)
            if t.endswith("[]") or t == "LABEL":
                v = v.split(";")
            rec[h] = v
        out.append(rec)
    return out

sources, items, quotes = read("sources.csv", "nodes"), read("items.csv", "nodes"), read("quotes.csv", "nodes")
rels, evidence = read("relations.csv", "rels"), read("evidence.csv", "rels")
ids = [r["id:ID"] for r in sources + items + quotes]
assert len(ids) == len(set(ids)), "node ids are not unique"
ids = set(ids)
for r in rels + evidence:
    assert r[":START_ID"] in ids and r[":END_ID"] in ids, r
assert len(sources) == len(model["sources"])
assert len(items) == len(model["entities"]) + len(model["events"])
assert len(rels) == len(model["relations"])
cites = [e for r in model["relations"] for e in r["evidence"]]
assert len(quotes) == len(cites)
assert sum(e[":TYPE"] == "QUOTED_FROM" for e in evidence) == len(cites)
assert sum(e[":TYPE"] == "SAID" for e in evidence) == sum("speaker" in c for c in cites)

by_id = {r["id:ID"]: r for r in items}
for kind in ("entities", "events"):
    for it in model[kind]:
        n = by_id[it["id"]]
        assert n["name"] == it["name"] and n["type"] == it["type"], (n, it)
        assert n[":LABEL"][0] == ("Event" if kind == "events" else "Entity")
        assert n.get("description") == it.get("description")
        assert n.get("aliases:string[]") == it.get("aliases"), (n, it)
        for lang, text in it.get("labels", {}).items():
            assert n["label_" + lang] == text
        for k in ("date", "start", "end"):
            assert n.get(k + "_text") == it.get(k)
            assert n.get(k + ":date") == (it[k] if k in it and len(it[k]) == 10 else None)
for s, m in zip(sources, model["sources"]):
    assert (s["id:ID"], s["title"], s["publisher"]) == (m["id"], m["title"], m["publisher"])
quote_by_id = {q["id:ID"]: q for q in quotes}
for i, (r, m) in enumerate(zip(rels, model["relations"])):
    assert (r[":START_ID"], r[":END_ID"], r["predicate"]) == (m["subject"], m["object"], m["predicate"])
    assert r[":TYPE"] == m["predicate"].upper().replace("-", "_") and r["id"] == "r%d" % i
    assert r.get("date_text") == m.get("date") and r.get("role") == m.get("role")
    if "amount" in m:
        assert (r["amount_value"], r["amount_currency"]) == (m["amount"]["value"], m["amount"]["currency"])
    assert r["quote"] == "\n\n".join(e["quote"] for e in m["evidence"])
    assert r["sources:string[]"] == [e["source"] for e in m["evidence"]]
    for k, e in enumerate(m["evidence"]):
        q = quote_by_id[r["evidence:string[]"][k]]
        assert (q["quote"], q["source"], q.get("speaker"), q["relation"]) == (e["quote"], e["source"], e.get("speaker"), "r%d" % i)
print("%d nodes, %d relationships" % (len(ids), len(rels) + len(evidence)))
PY
done
grep -qF "\"<script>alert('x')</script>\"" "$work/hostile.neo4j/items.csv" || fail "the hostile name is not one quoted field"
grep -q '""quoted""' "$work/hostile.neo4j/sources.csv" || fail "quotes are not doubled"
"$bin" -C "$work/repo" export --format neo4j 2> "$work/no-output.err" && fail "neo4j without --output succeeded"
grep -q "name where with --output PATH" "$work/no-output.err" || fail "neo4j without --output: $(cat "$work/no-output.err")"
ls -A "$work/repo.neo4j" | grep -q '^\.' && fail "a temporary file is left in the output directory"
echo "ok: the Neo4j CSV files follow the import grammar and carry the model"
