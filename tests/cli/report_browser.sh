# factgraph report in a real browser (Debian's chromium, headless): the
# page loads, every view's SVG is in the DOM Chromium built, every relation
# in a view's table has its edge in that view's SVG, and the edge's title
# (what a reader sees on hover) carries the quote. A screenshot is kept as
# an artifact next to the test's work directory.
. "$(dirname "$0")/lib.inc"
command -v chromium >/dev/null || fail "chromium is needed by this test (apt-get install chromium)"
command -v python3 >/dev/null || fail "python3 is needed by this test"
p=$work/p
copy_project "$p"
"$bin" -C "$p" report -q || fail "report exited $?"
page="file://$p/graphs/report.html"
browse() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d)" "$@" 2>>"$work/chromium.log"
}
browse --dump-dom "$page" > "$work/dom.html" || fail "chromium could not load the report: $(tail -3 "$work/chromium.log")"
"$bin" -C "$p" export > "$work/model.json" || fail "export exited $?"
python3 - "$work/dom.html" "$p/graphs" <<'PY' || fail "the report in Chromium is not what it should be"
import glob, html.parser, os, sys

class Dom(html.parser.HTMLParser):
    """Sections, their SVG, edge titles and table rows, as Chromium serialised them."""
    def __init__(self):
        super().__init__()
        self.section = None
        self.svgs, self.rows, self.edges = {}, {}, {}
        self.stack = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self.section = a.get("id")
            self.rows[self.section] = []
            self.edges[self.section] = {}
        elif tag == "svg" and self.section:
            self.svgs[self.section] = self.svgs.get(self.section, 0) + 1
        elif tag == "g" and "edge" in a.get("class", "").split():
            self.stack.append(a.get("id"))
        elif tag == "a" and self.stack and self.stack[-1] and self.section:
            title = a.get("xlink:title") or a.get("title")
            if title:
                self.edges[self.section].setdefault(self.stack[-1], title)
        elif tag == "tr" and a.get("id") and self.section:
            self.rows[self.section].append(a["id"])
    def handle_endtag(self, tag):
        if tag == "g" and self.stack:
            self.stack.pop()

dom = Dom()
dom.feed(open(sys.argv[1], encoding="utf-8").read())
views = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(sys.argv[2], "*.yaml")))
assert views, "no views"
missing = [v for v in views if dom.svgs.get(v) != 1]
assert not missing, "views without exactly one SVG in the page: %s" % missing
checked = 0
for v in views:
    assert dom.rows[v], "view %s has an empty table" % v
    for row in dom.rows[v]:
        edge = row.replace("--row--", "--", 1)
        title = dom.edges[v].get(edge)
        assert title, "no edge %s with a title in view %s" % (edge, v)
        assert "“" in title and "—" in title, "edge %s title has no quote and source: %r" % (edge, title)
        checked += 1
print("ok: %d views in Chromium's DOM, %d edges carry their quote" % (len(views), checked))
PY
browse --screenshot="$work/report.png" --window-size=1280,2400 --hide-scrollbars "$page" \
    || fail "chromium could not take a screenshot"
[ "$(wc -c < "$work/report.png")" -gt 20000 ] || fail "the screenshot is suspiciously small"
echo "ok: screenshot kept at $work/report.png"
