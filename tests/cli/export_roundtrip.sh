# export --format json round-trips: the JSON, less the positions (and the
# quotes' offsets, which validation finds), written back as a fact file
# (JSON is YAML), exports to the same JSON, offsets included.
. "$(dirname "$0")/lib.inc"
command -v python3 >/dev/null || fail "python3 is needed by this test"
copy_project "$work/a"
"$bin" -C "$work/a" export --format json > "$work/a.json" || fail "export exited $?"
mkdir -p "$work/b/facts"
cp -R "$src/seeds" "$work/b/"
cp "$src/facts/schema.yaml" "$work/b/facts/"
python3 - "$work/a.json" "$work/b/facts/all.yaml" <<'PY' || fail "the export is not what the test expects"
import json, sys
model = json.load(open(sys.argv[1]))
assert set(model) == {"sources", "entities", "events", "relations"}, model.keys()
assert model["relations"], "no relations"
for section in model.values():
    for record in section:
        assert record.pop("at")["line"] > 0
for r in model["relations"]:
    for e in r["evidence"]:
        assert 0 <= e.pop("start") < e.pop("end"), e
json.dump(model, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY
"$bin" -C "$work/b" export > "$work/b.json" || fail "export of the round-tripped facts exited $?"
python3 - "$work/a.json" "$work/b.json" <<'PY' || fail "the round trip changed the model"
import json, sys
def strip(path):
    m = json.load(open(path))
    for section in m.values():
        for record in section:
            record.pop("at")
    return m
a, b = strip(sys.argv[1]), strip(sys.argv[2])
assert a == b
print("ok: %d sources, %d entities, %d events, %d relations round-trip" % tuple(len(a[k]) for k in ("sources", "entities", "events", "relations")))
PY
