# factgraph report in a real browser (Debian's chromium, headless): the
# page loads, every view's SVG is in the DOM Chromium built, every relation
# in a view's table has its edge in that view's SVG, and the edge's title
# (what a reader sees on hover) carries the quote. A screenshot is kept as
# an artifact next to the test's work directory. Every id in the page is
# unique, every SVG is named by its title and described, every table has a
# caption and column headers and scrolls in a region a keyboard reaches, and
# axe-core (from npm: npm install --prefix tests/cli axe-core, or FG_AXE_CORE
# naming axe.min.js) finds no violation in the page Chromium built. Index
# views and large diagrams are in a viewport whose script (allowed by its
# hash in the page's Content-Security-Policy, the only script the page has)
# zooms with its buttons, keys and Ctrl + wheel and pans by keys and drag;
# a driver script clicks and types in Chromium and reads the results back.
. "$(dirname "$0")/lib.inc"
command -v chromium >/dev/null || fail "chromium is needed by this test (apt-get install chromium)"
command -v python3 >/dev/null || fail "python3 is needed by this test"
axe=${FG_AXE_CORE:-$src/tests/cli/node_modules/axe-core/axe.min.js}
[ -f "$axe" ] || fail "axe-core is needed by this test: npm install --prefix $src/tests/cli axe-core (or set FG_AXE_CORE)"
p=$work/p
copy_project "$p"
# No committed view is an index yet: landscape is made one here.
grep -q '^index:' "$p/graphs/landscape.yaml" || echo 'index: "true"' >> "$p/graphs/landscape.yaml"
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
# inject PAGE OUT SCRIPT...: a copy of the page with these scripts before
# </body>, each allowed by its hash in the page's own Content-Security-Policy
# (which otherwise stays as it is, so the page's script runs under it).
inject() {
    python3 - "$@" <<'PY'
import base64, hashlib, re, sys
page, out, scripts = sys.argv[1], sys.argv[2], [open(f, encoding="utf-8").read() for f in sys.argv[3:]]
html = open(page, encoding="utf-8").read()
m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
assert m, "the page has no Content-Security-Policy"
hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in scripts)
csp = m.group(1)
csp = csp.replace("script-src ", "script-src %s " % hashes, 1) if "script-src " in csp else "script-src %s; %s" % (hashes, csp)
html = html[:m.start(1)] + csp + html[m.end(1):]
assert "</body>" in html
html = html.replace("</body>", "".join("<script>%s</script>\n" % t for t in scripts) + "</body>", 1)
open(out, "w", encoding="utf-8").write(html)
PY
}
# The page's policy allows its one script by its hash, and nothing else;
# the script is valid JavaScript (node --check); index views and views
# wider than twice the column (1,800 pt) are in a viewport, and in
# Chromium's DOM the script has set each one up: focusable, named,
# described by the hint, its buttons shown.
python3 - "$p/graphs/report.html" "$work/dom.html" "$p/graphs" "$work/zoom.js" <<'PY' || fail "the report's viewports are not what they should be"
import base64, glob, hashlib, html.parser, os, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
assert m, "no Content-Security-Policy"
scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
assert len(scripts) == 1 and page.count("<script") == 1, "%d scripts in the page" % page.count("<script")
digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
want = "default-src 'none'; script-src 'sha256-%s'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" % digest
assert m.group(1) == want, "policy %r, want %r" % (m.group(1), want)
open(sys.argv[4], "w", encoding="utf-8").write(scripts[0])
expect = set()
for f in glob.glob(os.path.join(sys.argv[3], "*.yaml")):
    name = os.path.basename(f)[:-5]
    index = re.search(r'^index: "?true"?$', open(f, encoding="utf-8").read(), re.M)
    w = float(re.search(r'viewBox="[\d.]+ [\d.]+ ([\d.]+) ', open(f[:-5] + ".svg", encoding="utf-8").read()).group(1))
    if index or w > 1800:
        expect.add(name)
assert "landscape" in expect, expect

class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.viewports, self.bars, self.ids, self.bar, self.button = {}, {}, set(), None, False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "div" and "fg-viewport" in a.get("class", "").split():
            self.viewports[a["id"][:-len("---viewport")]] = a
        elif tag == "div" and "fg-zoom-bar" in a.get("class", "").split():
            self.bar = a["id"][:-len("---zoom")]
            self.bars[self.bar] = [a]
        elif tag == "button" and self.bar:
            self.bars[self.bar].append([a, ""])
            self.button = True
    def handle_data(self, data):
        if self.button:
            self.bars[self.bar][-1][1] += data
    def handle_endtag(self, tag):
        if tag == "div":
            self.bar = None
        elif tag == "button":
            self.button = False

dom = Dom()
dom.feed(open(sys.argv[2], encoding="utf-8").read())
assert set(dom.viewports) == expect, "viewports for %s, want %s" % (sorted(dom.viewports), sorted(expect))
for v, a in dom.viewports.items():
    assert a.get("role") == "region" and a.get("tabindex") == "0" and a.get("aria-label", "").startswith("Diagram: "), a
    assert "fg-zoomable" in a["class"].split() and float(a.get("data-fg-scale", "0")) > 0, \
        "view %s: the script did not set it up: %r" % (v, a)
    assert a.get("aria-describedby") == v + "---zoom-hint" and a["aria-describedby"] in dom.ids, a
    bar = dom.bars[v]
    assert bar[0].get("role") == "group" and "hidden" not in bar[0] and bar[0].get("aria-label", "").startswith("Zoom: "), bar[0]
    assert [(b.get("type"), t.strip()) for b, t in bar[1:]] == [("button", "Zoom in"), ("button", "Zoom out"), ("button", "Fit")], bar[1:]
print("ok: %d views in a viewport (%s), set up by the script the policy allows" % (len(expect), ", ".join(sorted(expect))))
PY
command -v node >/dev/null || fail "node is needed by this test (apt-get install nodejs)"
node --check "$work/zoom.js" || fail "the report's script is not valid JavaScript"
# Drive the landscape's viewport in Chromium: a button, the keys, Ctrl +
# wheel, a drag (and the click it must swallow), then Fit; each step's
# scale, SVG width and scroll position are written into the DOM.
cat > "$work/drive.js" <<'JS'
window.addEventListener("load", function () {
  var box = document.getElementById("landscape---viewport"), svg = box.querySelector("svg"), out = {};
  var edge = svg.querySelector("g.edge a"), clicks = 0;
  document.addEventListener("click", function () { clicks++; });
  function state() {
    return {scale: +box.getAttribute("data-fg-scale"), width: svg.getBoundingClientRect().width,
            left: box.scrollLeft, top: box.scrollTop, clicks: clicks};
  }
  function key(k) { box.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true})); }
  function button(what) { document.querySelector("#landscape---zoom button[data-fg-zoom=" + what + "]").click(); }
  var r = box.getBoundingClientRect(), x = r.left + 300, y = r.top + 200;
  function pointer(type, dx, dy) {
    box.dispatchEvent(new PointerEvent(type, {pointerId: 7, pointerType: "mouse", isPrimary: true, button: 0,
      buttons: type === "pointerup" ? 0 : 1, clientX: x + dx, clientY: y + dy, bubbles: true, cancelable: true}));
  }
  out.natural = svg.viewBox.baseVal.width * 4 / 3;
  out.fit = state();
  button("in"); out.zoomIn = state();
  key("+"); key("+"); key("+"); key("+"); out.plus = state();
  key("ArrowRight"); key("ArrowDown"); out.arrows = state();
  key("-"); out.minus = state();
  box.dispatchEvent(new WheelEvent("wheel", {deltaY: -100, ctrlKey: true, clientX: x, clientY: y, bubbles: true,
                                             cancelable: true}));
  out.wheel = state();
  pointer("pointerdown", 0, 0); pointer("pointermove", -40, -30); pointer("pointerup", -40, -30);
  edge.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true})); out.drag = state();
  edge.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true})); out.click = state();
  button("reset"); out.reset = state();
  var pre = document.createElement("pre"); pre.id = "fg-zoom-result"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
JS
inject "$p/graphs/report.html" "$work/zoom.html" "$work/drive.js" || fail "cannot add the driver to a copy of the report"
browse --window-size=1200,900 --virtual-time-budget=10000 --dump-dom "file://$work/zoom.html" > "$work/zoom-dom.html" \
    || fail "chromium could not load the zoom test page: $(tail -3 "$work/chromium.log")"
python3 - "$work/zoom-dom.html" <<'PY' || fail "the zoom does not work in Chromium"
import html, json, re, sys
m = re.search(r'<pre id="fg-zoom-result">(.*?)</pre>', open(sys.argv[1], encoding="utf-8").read(), re.S)
assert m, "the driver did not finish (did the page's script fail?)"
r = json.loads(html.unescape(m.group(1)))
def near(a, b, tol=0.01):
    return abs(a - b) <= tol * max(abs(a), abs(b), 1)
fit, zi, plus, arrows, minus, wheel, drag, click, reset = (r[k] for k in
    ("fit", "zoomIn", "plus", "arrows", "minus", "wheel", "drag", "click", "reset"))
assert 0 < fit["scale"] < 1 and near(fit["width"], r["natural"] * fit["scale"]), "fitted: %r" % fit
assert near(zi["scale"], fit["scale"] * 1.25) and near(zi["width"], r["natural"] * zi["scale"]), "zoom in: %r" % zi
assert near(plus["scale"], zi["scale"] * 1.25 ** 4) and near(plus["width"], r["natural"] * plus["scale"]), "+: %r" % plus
assert arrows["left"] > plus["left"] and arrows["top"] > plus["top"], "arrows: %r then %r" % (plus, arrows)
assert near(minus["scale"], plus["scale"] / 1.25), "-: %r" % minus
assert wheel["scale"] > minus["scale"] * 1.2, "ctrl + wheel: %r then %r" % (minus, wheel)
assert abs(drag["left"] - wheel["left"] - 40) <= 1 and abs(drag["top"] - wheel["top"] - 30) <= 1, \
    "drag: %r then %r" % (wheel, drag)
assert drag["clicks"] == wheel["clicks"] and click["clicks"] == drag["clicks"] + 1, "the click ending a drag must not reach the page, the next one must"
assert reset["scale"] == fit["scale"] and reset["left"] == 0 and reset["top"] == 0, "fit: %r" % reset
print("ok: zoom %.3f -> %.3f -> %.3f (keys) -> %.3f (wheel), panned by keys and drag, fitted again" %
      (fit["scale"], zi["scale"], plus["scale"], wheel["scale"]))
PY
cat > "$work/axe-run.js" <<'JS'
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  var pre = document.createElement('pre'); pre.id = 'fg-axe-result';
  pre.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {
      return n.target.join(' ') + ': ' + n.failureSummary; })}; }));
  document.body.appendChild(pre);
}, function (e) { var pre = document.createElement('pre'); pre.id = 'fg-axe-result';
  pre.textContent = 'ERROR ' + e; document.body.appendChild(pre); });
JS
inject "$p/graphs/report.html" "$work/axe.html" "$axe" "$work/axe-run.js" || fail "cannot add axe-core to a copy of the report"
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
