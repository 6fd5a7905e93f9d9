# The legend is true to the drawing: in every committed SVG, each
# predicate's swatch draws what that predicate's edges draw (colour, pen
# width, dashes, and the same arrowhead elements at its ends), so two
# predicates that differ in their arrowheads differ in the legend too.
. "$(dirname "$0")/lib.inc"
command -v python3 >/dev/null || fail "python3 is needed by this test"
python3 - "$src/graphs" <<'PY' || fail "a legend swatch differs from its edges"
import glob, os, sys
import xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
files = sorted(glob.glob(os.path.join(sys.argv[1], "*.svg")))
assert files, "no committed SVG"

def look(elements):
    """What a line and its arrowheads look like, from their SVG elements."""
    line = None
    heads = []
    for el in elements:
        tag = el.tag[len(S):]
        if tag == "path" and line is None:
            line = (el.get("stroke", "").lower(), float(el.get("stroke-width", "1")),
                    el.get("stroke-dasharray", ""))
        elif tag in ("polygon", "polyline", "ellipse"):
            heads.append((tag, el.get("fill", "") == "none", el.get("stroke", "").lower()))
    return line, sorted(heads)

checked = 0
for f in files:
    root = ET.parse(f).getroot()
    edges, legend = {}, {}
    for g in root.iter(S + "g"):
        cls = (g.get("class") or "").split()
        preds = [c[5:] for c in cls if c.startswith("pred-")]
        if not preds:
            continue
        if "edge" in cls:
            edges.setdefault(preds[0], []).append((g.get("id"), look(g.iter())))
        elif "fg-legend-entry" in cls:
            legend[preds[0]] = look(g.iter())
    for pred, drawn in sorted(edges.items()):
        assert pred in legend, "%s: no legend entry for %s" % (f, pred)
        for id_, got in drawn:
            assert got == legend[pred], "%s: edge %s draws %r, its legend swatch %r" % (f, id_, got, legend[pred])
            checked += 1
    for pred in legend:
        assert pred in edges, "%s: legend entry for %s, which no edge draws" % (f, pred)
assert checked, "no edge was compared"
print("%d edges in %d SVGs match their legend" % (checked, len(files)))
PY
