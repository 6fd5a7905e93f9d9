# Every committed view is readable at 1,200 px (docs/fact-format.md,
# "Readable at 1,200 px"): scaled to 1,200 px wide, no text is smaller
# than 9 px, and no two texts overlap. A view with index: true is a map to
# zoom into: exempt from the size rule, not from overlaps.
#
# Measured as a browser draws it: Debian's chromium (headless) loads a page
# that inlines every graphs/*.svg at 1,200 px wide, and a script writes
# each <text>'s size and box into the DOM, which python3 reads from the
# dump. The size of a text is its font-size times the scale of its screen
# transform (Graphviz's scale(...) on the top group, the page's 1,200 px
# over the viewBox), so every transform counts. Its box runs across the
# advance widths Chromium measures with the real font (Noto Sans CJK SC),
# and down one em from 0.88 em above the baseline (the ideographic em box,
# which holds Latin capitals and descenders too): Chromium's own boxes are
# the font's line box, 1.45 em tall, and would count the leading between
# two lines of text as an overlap. Two boxes overlap when they intersect
# by more than 1 px each way; the lines of one label (texts with the same
# parent element) do not count against each other.
. "$(dirname "$0")/lib.inc"
command -v chromium >/dev/null || fail "chromium is needed by this test (apt-get install chromium)"
command -v python3 >/dev/null || fail "python3 is needed by this test"
min_px=9 tolerance=1
ls "$src"/graphs/*.svg >/dev/null 2>&1 || fail "no committed SVG in $src/graphs"
python3 - "$src/graphs" "$work/page.html" <<'PY' || fail "cannot write the page of SVGs"
import glob, os, re, sys
graphs, out = sys.argv[1:3]
parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
         'body{margin:0} div.fg-view{width:1200px} div.fg-view>svg{display:block;width:1200px;height:auto}',
         '</style></head><body>']
for f in sorted(glob.glob(os.path.join(graphs, "*.svg"))):
    svg = open(f, encoding="utf-8").read()
    svg = svg[svg.index("<svg"):]
    parts.append('<div class="fg-view" data-view="%s">%s</div>' % (os.path.basename(f)[:-4], svg))
parts.append("""<script>
var views = [];
document.querySelectorAll('div.fg-view').forEach(function (div) {
  var svg = div.querySelector('svg'), texts = [];
  var page = svg.getBoundingClientRect();
  svg.querySelectorAll('text').forEach(function (t, k) {
    if (!t.textContent.trim()) return;
    if (!t.parentNode.fgKey) t.parentNode.fgKey = 'p' + k;
    var ctm = t.getScreenCTM(), fs = parseFloat(getComputedStyle(t).fontSize);
    var scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
    var r = t.getBoundingClientRect(), pt = svg.createSVGPoint();
    var start = t.getStartPositionOfChar(0);
    pt.x = start.x; pt.y = start.y;
    var base = pt.matrixTransform(ctm).y - page.top, px = fs * scale;
    texts.push({text: t.textContent, parent: t.parentNode.fgKey, px: px,
                x0: r.left - page.left, x1: r.right - page.left,
                y0: base - 0.88 * px, y1: base + 0.12 * px});
  });
  views.push({view: div.dataset.view, width: page.width, texts: texts});
});
var pre = document.createElement('pre');
pre.id = 'fg-measure';
pre.textContent = JSON.stringify(views);
document.body.appendChild(pre);
</script></body></html>""")
open(out, "w", encoding="utf-8").write("\n".join(parts))
PY
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --window-size=1200,900 --dump-dom "file://$work/page.html" \
    > "$work/dom.html" 2>"$work/chromium.log" || fail "chromium could not load the page: $(tail -3 "$work/chromium.log")"
python3 - "$work/dom.html" "$src/graphs" "$min_px" "$tolerance" "$work/browser.txt" <<'PY' || fail "a view is not readable at 1,200 px"
import html, json, os, re, sys
dom, graphs, min_px, tol = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
m = re.search(r'<pre id="fg-measure">(.*?)</pre>', open(dom, encoding="utf-8").read(), re.S)
assert m, "the page's script did not run"
views = json.loads(html.unescape(m.group(1)))
assert views, "no view measured"

def is_index(name):
    try:
        text = open(os.path.join(graphs, name + ".yaml"), encoding="utf-8").read()
    except OSError:
        return False
    return re.search(r'^index:\s*"?true"?\s*(#.*)?$', text, re.M) is not None

failed = []
sizes = open(sys.argv[5], "w")
for v in views:
    ts = v["texts"]
    assert ts, "view %s has no text" % v["view"]
    assert abs(v["width"] - 1200) < 0.5, "view %s drawn %.1f px wide" % (v["view"], v["width"])
    small = min(ts, key=lambda t: t["px"])
    ts = sorted(ts, key=lambda t: t["x0"])
    overlaps = []
    for i, a in enumerate(ts):
        for b in ts[i + 1:]:
            if b["x0"] >= a["x1"] - tol:
                break
            if a["parent"] == b["parent"]:
                continue
            w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            h = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
            if w > tol and h > tol:
                overlaps.append((a["text"], b["text"], w, h))
    index = is_index(v["view"])
    sizes.write("%s %.1f\n" % (v["view"], small["px"]))
    print("%-16s smallest text %5.1f px%s, %d texts, %d overlapping pairs" %
          (v["view"], small["px"], " (index: exempt)" if index else "", len(ts), len(overlaps)))
    if small["px"] < min_px - 0.05 and not index:
        failed.append("%s: text of %.1f px at 1,200 px wide (under %g px): %r" %
                      (v["view"], small["px"], min_px, small["text"]))
    for a, b, w, h in overlaps:
        failed.append("%s: %r overlaps %r (%.1f x %.1f px)" % (v["view"], a, b, w, h))
for f in failed:
    print("FAIL:", f)
sys.exit(1 if failed else 0)
PY

# build -v gives the same smallest size, from the SVG alone (svg_measure.c),
# for every view (build --check renders each again, and writes nothing).
"$bin" -C "$src" build --check -v -q 2>"$work/verbose.txt" \
    || fail "build --check failed (stale outputs?): $(tail -3 "$work/verbose.txt")"
sed -n 's/^factgraph: \([a-z0-9-]*\): smallest text \([0-9.]*\) px.*/\1 \2/p' "$work/verbose.txt" > "$work/build.txt"
[ "$(wc -l < "$work/build.txt")" -eq "$(wc -l < "$work/browser.txt")" ] \
    || fail "build -v names $(wc -l < "$work/build.txt") views, the browser measured $(wc -l < "$work/browser.txt")"
LC_ALL=C sort -o "$work/browser.txt" "$work/browser.txt" && LC_ALL=C sort -o "$work/build.txt" "$work/build.txt"
LC_ALL=C join "$work/browser.txt" "$work/build.txt" | awk '
    { d = $2 - $3; if (d < 0) d = -d; if (d > 0.15) { print "FAIL: " $1 ": build -v says " $3 " px, the browser " $2; bad = 1 } }
    END { exit bad }' || fail "build -v does not give the size the browser measures"
echo "ok: every committed view is readable at 1,200 px, and build -v says the same sizes"
