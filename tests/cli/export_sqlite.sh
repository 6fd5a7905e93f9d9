# export --format sqlite as an analyst queries it: Python's sqlite3 module
# (and the sqlite3 program) answer the questions of issue 12 with the same
# answers as the JSON export: who declined to sign the Paris statement,
# with the quote; every relation citing a source; an FTS5 match on a word
# of a quote. Foreign keys hold, and hostile strings (quotes, backslashes,
# line feeds, markup, CJK, emoji, SQL) arrive intact.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
command -v sqlite3 > /dev/null || fail "needs the sqlite3 program (Debian's sqlite3)"
for name in repo hostile; do
    p=$work/$name
    if [ $name = repo ]; then
        copy_project "$p"
    else
        hostile_project "$p"
        cp -R "$(dirname "$0")/data/hostile-tables/." "$p/"
    fi
    "$bin" -C "$p" export --format sqlite --output "$work/$name.db" || fail "$name: export --format sqlite exited $?"
    "$bin" -C "$p" export --format json > "$work/$name.json" || fail "$name: export --format json exited $?"
    "$py" - "$work/$name.db" "$work/$name.json" <<'PY' || fail "$name: the database does not carry the model"
import json, sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
model = json.load(open(sys.argv[2]))
q = lambda sql, *a: db.execute(sql, a).fetchall()
assert q("PRAGMA foreign_key_check") == []
assert q("PRAGMA integrity_check") == [("ok",)]
for table, key in (("sources", "sources"), ("entities", "entities"), ("events", "events"), ("relations", "relations")):
    assert q("SELECT count(*) FROM " + table)[0][0] == len(model[key]), table
cites = [(i, k, e) for i, r in enumerate(model["relations"]) for k, e in enumerate(r["evidence"])]
assert q("SELECT count(*) FROM evidence")[0][0] == len(cites)
for table in ("sources", "entities", "events"):
    for rec in model[table]:
        row = db.execute("SELECT * FROM %s WHERE id = ?" % table, (rec["id"],)).fetchone()
        cols = [c[0] for c in db.execute("SELECT * FROM %s LIMIT 0" % table).description]
        row = dict(zip(cols, row))
        for k, v in rec.items():
            if k == "at":
                assert (row["fact_file"], row["fact_line"]) == (v["file"], v["line"])
            elif k in ("aliases", "labels"):
                assert json.loads(row[k]) == v
            else:
                assert row[k] == v, (table, k, row[k], v)
for i, r in enumerate(model["relations"]):
    row = q("SELECT subject, predicate, object, date, role, amount_value, amount_currency, note FROM relations WHERE id = ?", i)[0]
    a = r.get("amount", {})
    assert row == (r["subject"], r["predicate"], r["object"], r.get("date"), r.get("role"), a.get("value"), a.get("currency"), r.get("note")), (row, r)
    ev = q("SELECT source_id, quote, speaker, quote_start, quote_end FROM evidence WHERE relation_id = ? ORDER BY position", i)
    assert [e[:3] for e in ev] == [(e["source"], e["quote"], e.get("speaker")) for e in r["evidence"]], (ev, r)
    for e, m in zip(ev, r["evidence"]):
        assert e[3:] == (m.get("start"), m.get("end")), (e, m)

# Who declined to sign, with the quote.
want = sorted((r["subject"], e["quote"], e["source"]) for r in model["relations"] if r["predicate"] == "declined-to-sign" for e in r["evidence"])
got = sorted(q("SELECT r.subject, e.quote, e.source_id FROM relations r JOIN evidence e ON e.relation_id = r.id WHERE r.predicate = 'declined-to-sign'"))
assert got == want and want, (got, want)
# Every relation citing each source.
for s in model["sources"]:
    want = sorted(i for i, r in enumerate(model["relations"]) if any(e["source"] == s["id"] for e in r["evidence"]))
    got = [x for (x,) in q("SELECT DISTINCT relation_id FROM evidence WHERE source_id = ? ORDER BY 1", s["id"])]
    assert got == want, (s["id"], got, want)
# FTS5: a word of a quote finds every quote that holds it as a word.
for word in ("sign", "reckoned", "中文引语", "backslash"):
    got = sorted(x for (x,) in q("SELECT e.quote FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid WHERE evidence_fts MATCH ?", '"%s"' % word))
    import re
    want = sorted(e["quote"] for _, _, e in cites if re.search(r"(?<!\w)%s(?!\w)" % re.escape(word), e["quote"], re.I))
    assert got == want, (word, got, want)
names = {n for (n,) in q("SELECT name FROM sqlite_master WHERE type = 'index'")}
assert {"relations_subject", "relations_object", "evidence_source"} <= names, names
print("%d relations, %d citations" % (len(model["relations"]), len(cites)))
PY
done
# The sqlite3 program reads the database too, and the hostile quote is whole.
n=$(sqlite3 "$work/hostile.db" "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH '\"not now\"'") || fail "sqlite3 cannot query the database"
[ "$n" = 1 ] || fail "the FTS5 phrase query found $n quotes, not 1"
sqlite3 "$work/hostile.db" "SELECT quote FROM evidence WHERE speaker = 'minister'" | grep -q 'back\\slash <b>aside</b>,$' || fail "the hostile quote lost its backslash or markup"
sqlite3 "$work/repo.db" "SELECT count(*) FROM relations WHERE predicate = 'declined-to-sign'" | grep -qx 2 || fail "sqlite3 does not count two relations declined-to-sign"
"$bin" -C "$work/repo" export --format sqlite 2> "$work/no-output.err" && fail "sqlite without --output succeeded"
# An export over an existing file replaces it whole.
echo junk > "$work/old.db"
"$bin" -C "$work/repo" export --format sqlite --output "$work/old.db" || fail "export over an existing file exited $?"
sqlite3 "$work/old.db" "SELECT count(*) FROM sources" > /dev/null || fail "the replaced database does not open"
ls -A "$work" | grep -q '^\.' && fail "a temporary file is left beside the database"
echo "ok: sqlite3 answers the analyst questions as the JSON does"
