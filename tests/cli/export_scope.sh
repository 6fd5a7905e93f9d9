# export --view NAME writes only what the view selects (the same relations
# as its DOT draws, the sources they cite), --output PATH writes the same
# bytes to a file, and the wrong uses of both are refused.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
p=$work/p
copy_project "$p"
"$bin" -C "$p" export --view money > "$work/money.json" || fail "export --view money exited $?"
"$bin" -C "$p" render money > "$work/money.dot" || fail "render money exited $?"
"$py" - "$work/money.json" "$work/money.dot" <<'PY' || fail "export --view is not the view's selection"
import json, re, sys
model = json.load(open(sys.argv[1]))
dot = open(sys.argv[2]).read()
edges = len(re.findall(r"^\t\S+ -> \S+\t\[", dot, re.M))
assert len(model["relations"]) == edges, (len(model["relations"]), edges)
cited = {e["source"] for r in model["relations"] for e in r["evidence"]}
assert {s["id"] for s in model["sources"]} == cited, "sources other than the cited ones"
ends = {r[k] for r in model["relations"] for k in ("subject", "object")}
assert {i["id"] for i in model["entities"] + model["events"]} == ends
print(edges, "relations")
PY
"$bin" -C "$p" export --format graphml --output "$work/all.graphml" || fail "export --output exited $?"
"$bin" -C "$p" export --format graphml | cmp -s - "$work/all.graphml" || fail "--output wrote other bytes than stdout"
ls -a "$work" | grep -q '^\.all\.graphml\.' && fail "a temporary file was left beside the output"
status=0
"$bin" -C "$p" export --view mony 2> "$work/err" > /dev/null || status=$?
[ "$status" -eq 2 ] || fail "export --view of a view that does not exist exited $status"
grep -qx "factgraph: no view named 'mony' in graphs/ (did you mean 'money'?)" "$work/err" || fail "$(cat "$work/err")"
status=0
"$bin" -C "$p" export --view money --view landscape 2> "$work/err" > /dev/null || status=$?
[ "$status" -eq 2 ] || fail "two --view exited $status"
grep -q "export takes one --view, not 2" "$work/err" || fail "$(cat "$work/err")"
status=0
"$bin" -C "$p" export --output "$work/no/such/dir/x.json" 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "export into a missing directory exited $status"
grep -q "error: cannot create a temporary file beside $work/no/such/dir/x.json" "$work/err" || fail "$(cat "$work/err")"
echo "ok: export --view and --output"
