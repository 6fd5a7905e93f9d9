# factgraph show ID: one record in full, as text and as JSON, on the
# repository's facts and on facts with an error (shown as far as they
# loaded, exit 1); an unknown id exits 1 with a did-you-mean.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
p=$work/repo
copy_project "$p"
"$bin" -C "$p" export > "$work/export.json" || fail "export exited $?"

"$bin" -C "$p" show united-states > "$work/us.txt" 2> "$work/us.err" || fail "show united-states exited $?"
[ -s "$work/us.err" ] && fail "show wrote to stderr: $(cat "$work/us.err")"
head -2 "$work/us.txt" | grep -q "^united-states: " || fail "show does not open with the id and name: $(head -2 "$work/us.txt")"
grep -q "^  declined-to-sign (did not sign)$" "$work/us.txt" || fail "show does not group by predicate with its label"
grep -qF '"the United States — which dominates the increasingly vital sector — did not sign the communique"' "$work/us.txt" \
    || fail "show does not quote the evidence"
grep -q "^views: .*paris-summit" "$work/us.txt" || fail "show does not list the views"

# JSON: the same relations as the export, grouped by predicate.
for id in united-states paris-ai-summit-statement hkfp-china-opposes-politicising; do
    "$bin" -C "$p" show --format json "$id" > "$work/$id.json" || fail "show --format json $id exited $?"
    "$bin" -C "$p" show "$id" --format json | cmp -s - "$work/$id.json" || fail "show ID --format json differs from show --format json ID"
    "$py" - "$work/$id.json" "$work/export.json" "$id" <<'PY' || fail "show --format json $id does not match the export"
import json, sys
shown, model, id = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
assert shown["id"] == id
rels = model["relations"]
if shown["kind"] == "source":
    src = [s for s in model["sources"] if s["id"] == id][0]
    assert shown["title"] == src["title"]
    got = sorted((g["predicate"], r["subject"], r["object"], tuple(e["quote"] for e in r["evidence"])) for g in shown["cited_by"] for r in g["relations"])
    want = sorted((r["predicate"], r["subject"], r["object"], tuple(e["quote"] for e in r["evidence"] if e["source"] == id))
                  for r in rels if any(e["source"] == id for e in r["evidence"]))
    assert got == want, (got, want)
else:
    it = [x for x in model["entities"] + model["events"] if x["id"] == id][0]
    assert shown["name"] == it["name"] and shown["type"] == it["type"]
    assert shown.get("aliases") == it.get("aliases") and shown.get("labels") == it.get("labels")
    for name, end in (("out", "subject"), ("in", "object")):
        got = sorted((g["predicate"], r.get("subject", id), r.get("object", id), tuple(e["quote"] for e in r["evidence"]))
                     for g in shown[name] for r in g["relations"])
        want = sorted((r["predicate"], r["subject"], r["object"], tuple(e["quote"] for e in r["evidence"])) for r in rels if r[end] == id)
        assert got == want, (name, got, want)
        preds = [g["predicate"] for g in shown[name]]
        assert preds == sorted(set(preds)), preds
assert isinstance(shown["views"], list) and shown["views"], shown["views"]
PY
done

# An unknown id: exit 1, nothing on stdout, the id perhaps meant.
"$bin" -C "$p" show unitedstates > "$work/unknown.out" 2> "$work/unknown.err"
rc=$?
[ $rc = 1 ] || fail "show of an unknown id exited $rc, not 1"
[ -s "$work/unknown.out" ] && fail "show of an unknown id printed: $(cat "$work/unknown.out")"
printf "factgraph: no entity, event or source 'unitedstates' (did you mean 'united-states'?)\n" > "$work/unknown.want"
cmp -s "$work/unknown.want" "$work/unknown.err" || fail "show of an unknown id said: $(cat "$work/unknown.err")"
"$bin" -C "$p" show > /dev/null 2>&1 && fail "show without an id succeeded"
"$bin" -C "$p" show --format github united-states > /dev/null 2>&1 && fail "show --format github succeeded"

# Facts with an error: an unresolved object is shown as written, the views
# are not known, the exit status is 1.
b=$work/broken
copy_project "$b"
sed -i '0,/object: paris-ai-summit-statement/s//object: paris-ai-summit-statment/' "$b/facts/paris-summit.yaml"
"$bin" -C "$b" show united-states > "$work/broken.txt" 2> "$work/broken.err"
rc=$?
[ $rc = 1 ] || fail "show on facts with an error exited $rc, not 1"
grep -q "^    -> paris-ai-summit-statment" "$work/broken.txt" || fail "the unresolved object is not shown as written: $(cat "$work/broken.txt")"
grep -q "^views: not known while the facts have errors$" "$work/broken.txt" || fail "show on facts with an error lists views"
grep -q "^factgraph: the facts have 1 error" "$work/broken.err" || fail "show on facts with an error says: $(cat "$work/broken.err")"
"$bin" -C "$b" show --format json united-states 2> /dev/null | "$py" -c 'import json, sys; d = json.load(sys.stdin); assert d["views"] is None' \
    || fail "show --format json on facts with an error is not JSON with null views"
"$bin" -C "$b" show paris-ai-summit-statement > /dev/null 2>&1
[ $? = 1 ] || fail "show of a record on facts with errors did not exit 1"
echo "ok: show prints records as text and JSON, on clean and broken facts"
