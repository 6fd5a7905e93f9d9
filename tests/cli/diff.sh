# diff between revisions of a temporary git repository made here, with a
# copy of tests/golden/base as the project: a commit that adds a relation,
# removes one, changes a quote and an entity's name; then one with an
# error. Human, JSON (parsed) and Markdown outputs, --exit-code, a
# revision that does not exist, the project in a subdirectory, and changes
# to the schema's types and predicates.
. "$(dirname "$0")/lib.inc"
for tool in git python3; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (README set-up)"
done
commit() { git -C "$1" add -A . && git -C "$1" -c user.name=t -c user.email=t@t commit -qm "$2" || fail "commit '$2' failed"; }
base=$src/tests/golden/base

# make_project DIR: the base project with one view of everything.
make_project() {
    mkdir -p "$1/graphs" && cp -R "$base/facts" "$base/seeds" "$1/" && printf 'title: Everything\n' > "$1/graphs/all.yaml"
}
# change DIR: add india attended, remove the cooperation, change a quote
# and France's name.
change() {
    f=$1/facts/base.yaml
    python3 - "$f" <<'PY' || fail "editing $f failed"
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("name: France}", "name: French Republic}")
s = s.replace("quote: which France hosted", "quote: France hosted")
i = s.index("  - subject: france\n    predicate: cooperated-with")
s = s[:i] + """  - subject: india
    predicate: attended
    object: paris-summit
    source: doc
    quote: Leaders gathered in Paris
"""
open(p, "w").write(s)
PY
}

r=$work/repo
git init -q "$r" || fail "git init failed"
make_project "$r"
commit "$r" one
"$bin" -C "$r" diff > "$work/out" 2> "$work/err" || fail "diff of a clean tree exited $?: $(cat "$work/err")"
[ "$(cat "$work/out")" = "no changes" ] || fail "diff of a clean tree: $(cat "$work/out")"
"$bin" -C "$r" diff --exit-code HEAD > /dev/null || fail "diff --exit-code without changes exited $?"

change "$r"
# The working tree against HEAD.
status=0
"$bin" -C "$r" diff --exit-code > "$work/human" 2> "$work/err" || status=$?
[ "$status" -eq 1 ] || fail "diff --exit-code with changes exited $status: $(cat "$work/err")"
[ -s "$work/err" ] && fail "diff wrote to stderr: $(cat "$work/err")"
cat > "$work/expected" <<'OUT'
 1 entity, 3 relations, 1 view: 1 added, 1 removed, 3 changed
~ entity france: name
- relation france cooperated-with india
~ relation france hosted paris-summit: quote
+ relation india attended paris-summit
~ view all
OUT
diff "$work/expected" "$work/human" > "$work/d" || fail "human output differs: $(cat "$work/d")"
"$bin" -C "$r" diff > /dev/null || fail "diff without --exit-code exited $?"
commit "$r" two
# Two revisions give what the working tree gave.
"$bin" -C "$r" diff HEAD~1 HEAD > "$work/human2" || fail "diff HEAD~1 HEAD exited $?"
cmp -s "$work/human" "$work/human2" || fail "diff HEAD~1 HEAD differs from the working tree's: $(cat "$work/human2")"
"$bin" -C "$r" diff HEAD~1 > "$work/human3" || fail "diff HEAD~1 exited $?"
cmp -s "$work/human" "$work/human3" || fail "diff HEAD~1 differs: $(cat "$work/human3")"
# Backwards, added and removed swap.
"$bin" -C "$r" diff HEAD HEAD~1 > "$work/back" || fail "diff HEAD HEAD~1 exited $?"
grep -qx -- "- relation india attended paris-summit" "$work/back" || fail "backwards: $(cat "$work/back")"
grep -qx -- "+ relation france cooperated-with india" "$work/back" || fail "backwards: $(cat "$work/back")"

# JSON: one object a change.
"$bin" -C "$r" diff --format json HEAD~1 HEAD > "$work/json" || fail "diff --format json exited $?"
python3 - "$work/json" <<'PY' || fail "JSON output: $(cat "$work/json")"
import json, sys
changes = [json.loads(line) for line in open(sys.argv[1])]
assert len(changes) == 5, changes
by = {(c["kind"], c["key"]): c for c in changes}
e = by[("entity", "france")]
assert e["change"] == "changed" and e["fields"] == ["name"], e
assert e["before"]["name"] == "France" and e["after"]["name"] == "French Republic", e
q = by[("relation", "france hosted paris-summit")]
assert q["fields"] == ["quote"], q
assert q["before"]["evidence"][0]["quote"] == "which France hosted", q
assert q["after"]["evidence"][0]["quote"] == "France hosted", q
a = by[("relation", "india attended paris-summit")]
assert a["change"] == "added" and a["before"] is None and a["after"]["subject"] == "india", a
d = by[("relation", "france cooperated-with india")]
assert d["change"] == "removed" and d["after"] is None and d["before"]["object"] == "india", d
v = by[("view", "all")]
assert v["change"] == "changed", v
for c in changes:
    assert set(c) == {"change", "kind", "key", "fields", "before", "after"}, c
PY

# Markdown: a heading, a table of counts, lists.
"$bin" -C "$r" diff --format markdown HEAD~1 HEAD > "$work/md" || fail "diff --format markdown exited $?"
grep -qxF "### factgraph diff: \`HEAD~1\` → \`HEAD\`" "$work/md" || fail "markdown heading: $(head -1 "$work/md")"
grep -qx '| relations | 1 | 1 | 1 |' "$work/md" || fail "markdown table: $(cat "$work/md")"
grep -qx '| entities | 0 | 0 | 1 |' "$work/md" || fail "markdown table: $(cat "$work/md")"
grep -qx -- '- relation `india attended paris-summit`' "$work/md" || fail "markdown added: $(cat "$work/md")"
grep -qx -- '- entity `france`: name (France → French Republic)' "$work/md" || fail "markdown changed: $(cat "$work/md")"
for h in '**Added**' '**Removed**' '**Changed**'; do
    grep -qxF "$h" "$work/md" || fail "markdown has no $h"
done

# A revision with an error: its diagnostics, prefixed with the revision,
# and the facts compared as far as they loaded.
sed -i 's/^  - subject: united-states$/  - subject: united-sates/' "$r/facts/base.yaml"
commit "$r" three
status=0
"$bin" -C "$r" diff HEAD~1 HEAD > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 1 ] || fail "diff to a revision with errors exited $status: $(cat "$work/err")"
grep -q "^HEAD:facts/base.yaml:[0-9]*:[0-9]*: error: .*united-sates.* \[unknown-ref\]$" "$work/err" \
    || fail "the revision's error is not reported with its revision: $(cat "$work/err")"
grep -qx "factgraph: HEAD: 1 error: compared as far as it loaded" "$work/err" || fail "$(cat "$work/err")"
grep -qx -- "- relation united-states declined-to-sign paris-statement" "$work/out" || fail "$(cat "$work/out")"
grep -qx -- "+ relation united-sates declined-to-sign paris-statement" "$work/out" || fail "$(cat "$work/out")"
grep -q "view" "$work/out" && fail "views compared while a side has errors: $(cat "$work/out")"

# A revision that does not exist; a directory outside any repository.
status=0
"$bin" -C "$r" diff no-such-rev > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "diff of a revision that does not exist exited $status"
grep -q "^factgraph: unknown revision 'no-such-rev'" "$work/err" || fail "$(cat "$work/err")"
[ -s "$work/out" ] && fail "diff of a revision that does not exist printed on stdout"
mkdir -p "$work/norepo" && make_project "$work/norepo"
status=0
GIT_CEILING_DIRECTORIES=$work "$bin" -C "$work/norepo" diff > /dev/null 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "diff outside a repository exited $status"
grep -q "^factgraph: not in a git repository" "$work/err" || fail "$(cat "$work/err")"
status=0
"$bin" -C "$r" diff --format yaml > /dev/null 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "diff --format yaml exited $status"

# The project in a subdirectory of the repository, diffed from elsewhere.
s=$work/sub
git init -q "$s" || fail "git init failed"
make_project "$s/deep/project"
printf 'not a fact\n' > "$s/README"
commit "$s" one
change "$s/deep/project"
commit "$s" two
"$bin" -C "$s/deep/project" diff HEAD~1 HEAD > "$work/sub-out" 2> "$work/err" || fail "diff in a subdirectory exited $?: $(cat "$work/err")"
diff "$work/expected" "$work/sub-out" > "$work/d" || fail "diff in a subdirectory differs: $(cat "$work/d")"
(cd "$s/deep/project/facts" && "$bin" -C .. diff HEAD~1) > "$work/sub-out2" || fail "diff -C .. exited $?"
diff "$work/expected" "$work/sub-out2" > "$work/d" || fail "diff -C .. differs: $(cat "$work/d")"
# The schema: types and predicates added, removed and changed, by name.
c=$work/schema
git init -q "$c" || fail "git init failed"
make_project "$c"
commit "$c" one
python3 - "$c/facts/schema.yaml" <<'PY' || fail "editing the schema failed"
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("  attended:\n    label: attended\n    subject: [country, person]\n    object: [event]\n", "")
s = s.replace("    label: hosted\n", "    label: was host of\n")
s = s.replace("  person: {label: Person, style: {shape: ellipse}}", "  person: {label: Person, style: {shape: box}}\n  bloc: {label: Bloc}")
s = s.replace('    symmetric: "true"\n', "")
s += "  welcomed:\n    label: welcomed\n    subject: [country]\n    object: [country]\n"
open(p, "w").write(s)
PY
"$bin" -C "$c" diff > "$work/schema-out" 2> "$work/err" || fail "diff of a schema change exited $?: $(cat "$work/err")"
cat > "$work/expected" <<'OUT'
 2 types, 4 predicates, 1 view: 2 added, 1 removed, 4 changed
+ type bloc
~ type person: style
- predicate attended
~ predicate cooperated-with: symmetric
~ predicate hosted: label
+ predicate welcomed
~ view all
OUT
diff "$work/expected" "$work/schema-out" > "$work/d" || fail "schema changes differ: $(cat "$work/d")"
"$bin" -C "$c" diff --format json > "$work/schema-json" || fail "diff --format json of a schema change exited $?"
python3 - "$work/schema-json" <<'PY' || fail "schema changes in JSON: $(cat "$work/schema-json")"
import json, sys
by = {(c["kind"], c["key"]): c for c in map(json.loads, open(sys.argv[1]))}
h = by[("predicate", "hosted")]
assert h["before"]["label"] == "hosted" and h["after"]["label"] == "was host of", h
assert by[("type", "bloc")]["after"] == {"label": "Bloc"}, by[("type", "bloc")]
assert by[("predicate", "attended")]["change"] == "removed", by
PY
"$bin" -C "$c" diff --format markdown > "$work/schema-md" || fail "diff --format markdown of a schema change exited $?"
grep -qx -- '- predicate `hosted`: label (hosted → was host of)' "$work/schema-md" \
    || fail "schema changes in Markdown: $(cat "$work/schema-md")"
grep -qx '| predicates | 1 | 1 | 2 |' "$work/schema-md" || fail "schema counts in Markdown: $(cat "$work/schema-md")"
echo "ok: diff of facts, schema and views between revisions, in three formats, with errors and in a subdirectory"
