# diff --view NAME -o FILE: the picture of a view over two revisions of a
# temporary git repository made here (tests/golden/base as the project): a
# commit that adds a relation, removes one, changes a quote and adds an
# entity with a relation. The SVG is parsed as XML and every node and edge
# (known by its <title>) must carry exactly the expected mark; the legend
# and the title are there; the same revisions give the same bytes; DOT
# when the file ends in .dot; backwards, added and removed swap; the
# working tree; a view on one side only; an unknown view (did you mean);
# usage errors; hostile facts and a hostile revision name drawn as text;
# a revision with errors draws nothing.
. "$(dirname "$0")/lib.inc"
for tool in git /usr/bin/python3 rsvg-convert; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (README set-up)"
done
commit() { git -C "$1" add -A . && git -C "$1" -c user.name=t -c user.email=t@t commit -qm "$2" || fail "commit '$2' failed"; }
base=$src/tests/golden/base

r=$work/repo
git init -q "$r" || fail "git init failed"
mkdir -p "$r/graphs" && cp -R "$base/facts" "$base/seeds" "$r/" && printf 'title: Everything\n' > "$r/graphs/all.yaml"
commit "$r" one
/usr/bin/python3 - "$r/facts/base.yaml" <<'PY' || fail "editing the facts failed"
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("quote: which France hosted", "quote: France hosted")
s = s.replace("  - {id: ai-infrastructure,", "  - {id: germany, type: country, name: Germany}\n  - {id: ai-infrastructure,")
i = s.index("  - subject: france\n    predicate: cooperated-with")
s = s[:i] + """  - subject: india
    predicate: attended
    object: paris-summit
    source: doc
    quote: Leaders gathered in Paris
  - subject: germany
    predicate: signed
    object: paris-statement
    source: doc
    quote: Dozens of nations signed
"""
open(p, "w").write(s)
PY
printf 'title: Countries\ntypes: [country, document]\n' > "$r/graphs/countries.yaml"
commit "$r" two

# check_svg FILE TITLE MARKS: the SVG parses, its title is TITLE, the
# legend has the three marks, and every node and edge has the classes of
# its kind plus exactly the mark MARKS (a Python dict literal) gives it.
check_svg() {
    /usr/bin/python3 - "$@" <<'PY'
import ast, sys
import xml.etree.ElementTree as ET
path, title, marks = sys.argv[1], sys.argv[2], ast.literal_eval(sys.argv[3])
ns = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
root = ET.parse(path).getroot()
got_title = root.find("s:title", ns).text
assert got_title == title, (got_title, title)
assert root.find(".//s:g[@class='graph']/s:title", ns) is not None
all_marks = {"fg-same", "fg-added", "fg-removed", "fg-changed"}
seen = {}
for g in root.iter("{http://www.w3.org/2000/svg}g"):
    cls = set(g.get("class", "").split())
    if not cls & {"node", "edge"}:
        continue
    name = g.find("s:title", ns).text
    mark = cls & all_marks
    assert len(mark) == 1, (name, cls)
    kind = "node" if "node" in cls else "edge"
    base = {"fg-relation"} if kind == "edge" else {"fg-entity", "fg-event"}
    assert cls & base, (name, cls)
    assert name not in seen, ("drawn twice", name)
    seen[name] = (mark.pop(), g)
want = {k: "fg-" + v for k, v in marks.items()}
got = {k: v[0] for k, v in seen.items()}
assert got == want, "\n got: %s\nwant: %s" % (sorted(got.items()), sorted(want.items()))
# Changed and added facts say so where a reader hovers; a changed edge names its fields in its label.
for name, (mark, g) in seen.items():
    texts = " ".join(t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text"))
    tips = " ".join(a.get("{http://www.w3.org/1999/xlink}title", "") for a in g.iter("{http://www.w3.org/2000/svg}a"))
    if mark == "fg-changed":
        assert "(changed: quote)" in texts, (name, texts)
        assert "changed in " in tips and ": quote" in tips, (name, tips)
    if mark in ("fg-added", "fg-removed"):
        assert mark[3:] + " in " in tips, (name, tips)
key = root.find(".//s:g[@class='fg-key']", ns)
labels = {}
for g in key.iter("{http://www.w3.org/2000/svg}g"):
    cls = g.get("class", "").split()
    if "fg-legend-entry" in cls:
        labels[g.get("id")] = (cls, g.find("s:text[@class='fg-legend-label']", ns).text)
for m, label in (("added", "added (bold)"), ("removed", "removed (faded, dashed)"),
                 ("changed", "changed, the fields named")):
    entry = [v for k, v in labels.items() if k.endswith("--legend--" + m)]
    assert entry and "fg-" + m in entry[0][0] and entry[0][1] == label, (m, labels)
PY
}

status=0
"$bin" -C "$r" diff HEAD~1 HEAD --view all -o "$work/all.svg" > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 0 ] || fail "diff --view all exited $status: $(cat "$work/err")"
[ -s "$work/err" ] && fail "diff --view wrote to stderr: $(cat "$work/err")"
grep -qx -- "+ relation india attended paris-summit" "$work/out" || fail "the text diff is not on stdout: $(cat "$work/out")"
forward="{'france': 'same', 'india': 'same', 'united-states': 'same', 'paris-statement': 'same',
 'ai-infrastructure': 'same', 'paris-summit': 'same', 'germany': 'added',
 'france->paris-summit': 'changed', 'united-states->paris-statement': 'same', 'france->ai-infrastructure': 'same',
 'india->paris-summit': 'added', 'germany->paris-statement': 'added', 'france->india': 'removed'}"
check_svg "$work/all.svg" "Everything: HEAD~1 → HEAD" "$forward" || fail "the picture of HEAD~1 -> HEAD"
# The same revisions, the same bytes.
"$bin" -C "$r" diff HEAD~1 HEAD --view all -o "$work/again.svg" > /dev/null || fail "second diff --view exited $?"
cmp -s "$work/all.svg" "$work/again.svg" || fail "the same two revisions drew different SVG"
rsvg-convert "$work/all.svg" -o "$work/all.png" || fail "rsvg-convert cannot draw the picture"
[ -s "$work/all.png" ] || fail "rsvg-convert drew nothing"

# Backwards, added and removed swap.
"$bin" -C "$r" diff HEAD HEAD~1 --view all --output "$work/back.svg" > /dev/null || fail "diff HEAD HEAD~1 --view exited $?"
backward=$(printf '%s' "$forward" | sed "s/'added'/'x'/g; s/'removed'/'added'/g; s/'x'/'removed'/g")
check_svg "$work/back.svg" "Everything: HEAD → HEAD~1" "$backward" || fail "the picture of HEAD -> HEAD~1"
# The legend has the predicates only removed relations show.
for pred in attended signed; do
    grep -q "<g id=\"all--legend--$pred\" class=\"fg-legend-entry pred-$pred\">" "$work/back.svg" \
        || fail "the legend lacks '$pred', which only removed relations show"
done

# DOT when the file ends in .dot: the graph before layout, with its marks.
"$bin" -C "$r" diff HEAD~1 HEAD --view all -o "$work/all.dot" > /dev/null || fail "diff --view -o FILE.dot exited $?"
head -c 8 "$work/all.dot" | grep -q '^digraph' || fail "FILE.dot is not DOT: $(head -c 80 "$work/all.dot")"
grep -q 'class="fg-relation pred-attended fg-added"' "$work/all.dot" || fail "the DOT has no marks"

# No revision: HEAD against the (clean) working tree: nothing changed.
"$bin" -C "$r" diff --view all -o "$work/wt.svg" > /dev/null || fail "diff --view without revisions exited $?"
check_svg "$work/wt.svg" "Everything: HEAD → working tree" \
    "{'france': 'same', 'india': 'same', 'united-states': 'same', 'paris-statement': 'same',
      'ai-infrastructure': 'same', 'paris-summit': 'same', 'germany': 'same',
      'france->paris-summit': 'same', 'united-states->paris-statement': 'same', 'france->ai-infrastructure': 'same',
      'india->paris-summit': 'same', 'germany->paris-statement': 'same'}" || fail "the picture of the working tree"

# A view on one side only: said, and drawn as that side defines it.
"$bin" -C "$r" diff HEAD~1 HEAD --view countries -o "$work/new.svg" > /dev/null 2> "$work/err" \
    || fail "diff --view of a new view exited $?: $(cat "$work/err")"
grep -qx "factgraph: view 'countries' is only in HEAD: all it shows is added" "$work/err" || fail "$(cat "$work/err")"
check_svg "$work/new.svg" "Countries: HEAD~1 → HEAD" \
    "{'france': 'removed', 'india': 'removed', 'united-states': 'same', 'paris-statement': 'same', 'germany': 'added',
      'united-states->paris-statement': 'same', 'france->india': 'removed', 'germany->paris-statement': 'added'}" \
    || fail "the picture of a view on one side only"
"$bin" -C "$r" diff HEAD HEAD~1 --view countries -o "$work/old.svg" > /dev/null 2> "$work/err" \
    || fail "diff --view of a removed view exited $?"
grep -qx "factgraph: view 'countries' is only in HEAD: drawn as HEAD defines it" "$work/err" || fail "$(cat "$work/err")"

# An unknown view: did you mean, exit 2, no file.
status=0
"$bin" -C "$r" diff HEAD~1 HEAD --view alll -o "$work/none.svg" > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "diff --view of an unknown view exited $status"
grep -qx "factgraph: no view named 'alll' in graphs/ of HEAD~1 or of HEAD (did you mean 'all'?)" "$work/err" \
    || fail "unknown view: $(cat "$work/err")"
[ -e "$work/none.svg" ] && fail "a picture was written for an unknown view"
[ -s "$work/out" ] && fail "the text diff was printed for an unknown view"
# Usage errors: a view without a file, a file without a view, two views.
for args in "--view all" "-o $work/x.svg" "--view all --view countries -o $work/x.svg"; do
    status=0
    # shellcheck disable=SC2086 # the arguments are split on purpose
    "$bin" -C "$r" diff HEAD~1 HEAD $args > /dev/null 2> "$work/err" || status=$?
    [ "$status" -eq 2 ] || fail "diff $args exited $status"
    grep -q "^factgraph: diff " "$work/err" || fail "diff $args: $(cat "$work/err")"
done
grep -qx "factgraph: diff draws one --view, not 2" "$work/err" || fail "$(cat "$work/err")"
# A file that cannot be written: said, exit 2.
status=0
"$bin" -C "$r" diff HEAD~1 HEAD --view all -o "$work/no/such/dir.svg" > /dev/null 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "diff -o into a missing directory exited $status"
grep -q "^factgraph: error: cannot create a temporary file beside $work/no/such/dir.svg: .* \[io\]$" "$work/err" \
    || fail "$(cat "$work/err")"
# Written through a temporary file and a rename: none is left beside it.
ls -a "$work" | grep -q '^\.all\.svg\.' && fail "a temporary file was left beside the picture"

# Hostile facts and a hostile revision name: every picture (plain,
# clustered, timeline) parses as XML, can run nothing, and shows the
# strings as text. Git allows <, >, &, " and ' in a tag's name.
h=$work/hostile
git init -q "$h" || fail "git init failed"
mkdir -p "$h/graphs" && cp -R "$base/." "$h/" && cp "$src"/tests/cli/data/hostile-labels/graphs/*.yaml "$h/graphs/" \
    || fail "copying the hostile project failed"
commit "$h" one
git -C "$h" tag "a<b>&\"c'" || fail "tagging failed"
cp "$src/tests/cli/data/hostile-labels/facts/hostile.yaml" "$h/facts/"
commit "$h" two
for view in all grouped timeline; do
    "$bin" -C "$h" diff "a<b>&\"c'" HEAD --view "$view" -o "$work/hostile-$view.svg" > /dev/null 2> "$work/err" \
        || fail "diff --view $view of hostile facts exited $?: $(cat "$work/err")"
done
/usr/bin/python3 - "$work" <<'PY' || fail "a picture of hostile facts is unsafe"
import re, sys
import xml.etree.ElementTree as ET
XLINK = "{http://www.w3.org/1999/xlink}"
for view in ("all", "grouped", "timeline"):
    f = "%s/hostile-%s.svg" % (sys.argv[1], view)
    root = ET.parse(f).getroot()
    body = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        assert tag not in ("script", "foreignObject", "iframe", "object", "embed"), (f, tag)
        for name, value in el.attrib.items():
            assert not name.split("}")[-1].lower().startswith("on"), (f, name)
            if name in (XLINK + "href", "href"):
                assert re.match(r"https?://", value), (f, value)
        body.append(el.text or "")
    body = "\n".join(body)
    for text in ("<script>alert('x')</script>", "<<b>bold</b>>", "a<b>&\"c' → HEAD"):
        assert text in body, (f, text)
    added = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if "fg-added" in (g.get("class") or "").split()]
    assert added, (f, "nothing marked added")
    tips = [a.get(XLINK + "title") or "" for a in root.iter("{http://www.w3.org/2000/svg}a")]
    assert any(t.startswith("added in HEAD\n<script>alert('x')</script>") for t in tips), (f, tips[:3])
PY

# A revision with errors: reported as the text diff reports it; no picture.
sed -i 's/^  - subject: united-states$/  - subject: united-sates/' "$r/facts/base.yaml"
commit "$r" three
status=0
"$bin" -C "$r" diff HEAD~1 HEAD --view all -o "$work/err.svg" > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 1 ] || fail "diff --view to a revision with errors exited $status: $(cat "$work/err")"
grep -q "^HEAD:facts/base.yaml:[0-9]*:[0-9]*: error: .*united-sates.* \[unknown-ref\]$" "$work/err" \
    || fail "the revision's error is not reported: $(cat "$work/err")"
grep -qx "factgraph: no picture drawn: HEAD has errors" "$work/err" || fail "$(cat "$work/err")"
[ -e "$work/err.svg" ] && fail "a picture was drawn from a revision with errors"
grep -qx -- "+ relation united-sates declined-to-sign paris-statement" "$work/out" || fail "$(cat "$work/out")"
echo "ok: the diff picture: marks on every node and edge, legend, title, same bytes, DOT, one-sided and unknown views, errors"
