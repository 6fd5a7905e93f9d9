# factgraph report in a real browser (Debian's chromium, headless): the
# page loads, every view's SVG is in the DOM Chromium built, every relation
# in a view's table has its edge in that view's SVG, and the edge's title
# (what a reader sees on hover) carries the quote. A screenshot is kept as
# an artifact next to the test's work directory. Every id in the page is
# unique, every SVG is named by its title and described, every table has a
# caption and column headers and scrolls in a region a keyboard reaches, and
# axe-core (from npm: npm install --prefix tests/cli axe-core, or FG_AXE_CORE
# naming axe.min.js) finds no violation in the page Chromium built.
. "$(dirname "$0")/lib.inc"
command -v chromium >/dev/null || fail "chromium is needed by this test (apt-get install chromium)"
command -v python3 >/dev/null || fail "python3 is needed by this test"
axe=${FG_AXE_CORE:-$src/tests/cli/node_modules/axe-core/axe.min.js}
[ -f "$axe" ] || fail "axe-core is needed by this test: npm install --prefix $src/tests/cli axe-core (or set FG_AXE_CORE)"
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
        self.ids, self.tables, self.regions, self.svg_names = {}, [], [], {}
        self.labelled = set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids[a["id"]] = self.ids.get(a["id"], 0) + 1
        if tag == "section":
            self.section = a.get("id", "")[:-len("---view")]
            assert a.get("id", "").endswith("---view"), a
            self.rows[self.section] = []
            self.edges[self.section] = {}
        elif tag == "svg" and self.section:
            self.svgs[self.section] = self.svgs.get(self.section, 0) + 1
            self.svg_names[self.section] = (a.get("role"), a.get("aria-labelledby"))
        elif tag in ("title", "desc") and a.get("id"):
            self.labelled.add(a["id"])
        elif tag == "div" and "fg-table" in a.get("class", "").split():
            self.regions.append((a.get("role"), a.get("tabindex"), a.get("aria-labelledby")))
        elif tag == "caption":
            self.tables.append([a.get("id")])
        elif tag == "th" and self.tables:
            self.tables[-1].append(a.get("scope"))
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
        edge = row.replace("---row--", "--", 1)
        title = dom.edges[v].get(edge)
        assert title, "no edge %s with a title in view %s" % (edge, v)
        assert "“" in title and "—" in title, "edge %s title has no quote and source: %r" % (edge, title)
        checked += 1
dup = sorted(i for i, n in dom.ids.items() if n > 1)
assert not dup, "ids that repeat in the page: %s" % dup[:10]
for v in views:
    role, names = dom.svg_names[v]
    assert role == "graphics-document", "view %s: SVG role %r" % (v, role)
    assert names == "%s---title %s---desc" % (v, v) and all(n in dom.labelled for n in names.split()), \
        "view %s: SVG aria-labelledby %r" % (v, names)
assert len(dom.tables) == len(views), "%d tables for %d views" % (len(dom.tables), len(views))
for t in dom.tables:
    assert t[0] and t[1:] == ["col"] * 5, "a table without caption id or column scopes: %r" % t
for r in dom.regions:
    assert r[0] == "region" and r[1] == "0" and r[2], "a table region a keyboard cannot reach: %r" % (r,)
print("ok: %d views in Chromium's DOM, %d edges carry their quote, %d unique ids" % (len(views), checked, len(dom.ids)))
PY
python3 - "$p/graphs/report.html" "$axe" "$work/axe.html" <<'PY' || fail "cannot add axe-core to a copy of the report"
import sys
page, axe, out = sys.argv[1:4]
html = open(page, encoding="utf-8").read()
script = ("<script>" + open(axe, encoding="utf-8").read() + "</script>\n<script>\n"
          "axe.run(document, {resultTypes: ['violations']}).then(function (r) {\n"
          "  var pre = document.createElement('pre'); pre.id = 'fg-axe-result';\n"
          "  pre.textContent = JSON.stringify(r.violations.map(function (v) {\n"
          "    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {\n"
          "      return n.target.join(' ') + ': ' + n.failureSummary; })}; }));\n"
          "  document.body.appendChild(pre);\n"
          "}, function (e) { var pre = document.createElement('pre'); pre.id = 'fg-axe-result';\n"
          "  pre.textContent = 'ERROR ' + e; document.body.appendChild(pre); });\n</script>\n")
assert "</body>" in html
open(out, "w", encoding="utf-8").write(html.replace("</body>", script + "</body>", 1))
PY
browse --virtual-time-budget=60000 --dump-dom "file://$work/axe.html" > "$work/axe-dom.html" \
    || fail "chromium could not run axe-core: $(tail -3 "$work/chromium.log")"
python3 - "$work/axe-dom.html" <<'PY' || fail "axe-core finds accessibility violations in the report"
import html, json, re, sys
m = re.search(r'<pre id="fg-axe-result">(.*?)</pre>', open(sys.argv[1], encoding="utf-8").read(), re.S)
assert m, "axe-core did not finish"
text = html.unescape(m.group(1))
assert not text.startswith("ERROR"), text
violations = json.loads(text)
for v in violations:
    print("%s (%s): %s" % (v["id"], v["impact"], v["help"]))
    for n in v["nodes"]:
        print("   ", n.replace("\n", " "))
assert not violations, "%d rules violated" % len(violations)
print("ok: axe-core finds no violation")
PY
browse --screenshot="$work/report.png" --window-size=1280,2400 --hide-scrollbars "$page" \
    || fail "chromium could not take a screenshot"
[ "$(wc -c < "$work/report.png")" -gt 20000 ] || fail "the screenshot is suspiciously small"
echo "ok: screenshot kept at $work/report.png"
