# Every SVG (and the report) built from facts full of markup, quotes and
# backslashes parses as XML and can run nothing: no script element, no
# event-handler attribute, no link that is not http or https, and every
# hostile string arrives as text.
. "$(dirname "$0")/lib.inc"
command -v python3 >/dev/null || fail "python3 is needed by this test"
p=$work/p
mkdir -p "$p"
cp -R "$src/tests/golden/base/." "$p/"
cp -R "$(dirname "$0")/data/hostile-labels/." "$p/"
"$bin" -C "$p" check --strict || fail "the hostile facts do not check clean (exit $?)"
"$bin" -C "$p" report -q || fail "report exited $?"
python3 - "$p/graphs" <<'PY' || fail "an output is unsafe"
import glob, os, re, sys
import xml.etree.ElementTree as ET
XLINK = "{http://www.w3.org/1999/xlink}href"
files = sorted(glob.glob(os.path.join(sys.argv[1], "*.svg")))
assert files, "no SVG was built"
for f in files:
    root = ET.parse(f).getroot()
    texts = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        assert tag not in ("script", "foreignObject", "iframe", "object", "embed"), "%s: <%s>" % (f, tag)
        for name, value in el.attrib.items():
            local = name.split("}")[-1]
            assert not local.lower().startswith("on"), "%s: attribute %s" % (f, name)
            if name in (XLINK, "href"):
                assert re.match(r"https?://", value), "%s: link %r" % (f, value)
        texts.append(el.text or "")
    body = "\n".join(texts)
    if os.path.basename(f) == "all.svg":
        for s in ("<script>alert('x')</script>", "<<b>bold</b>>", "ends in a backslash \\"):
            assert s in body, "%s: %r is not drawn as text" % (f, s)
        # Ids prefixed with the view, classes per type and predicate, and
        # the tooltips a reader hovers.
        groups = {g.get("id"): g for g in root.iter("{http://www.w3.org/2000/svg}g")}
        node = groups.get("all--scripty")
        assert node is not None, "no node with id all--scripty"
        assert node.get("class").split() == ["node", "fg-entity", "type-country"], node.get("class")
        link = node.find("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}a")
        assert link is not None and link.get(XLINK) == "https://example.org/x?y=1&z=2", "node link"
        assert link.get("{http://www.w3.org/1999/xlink}title").startswith("<script>alert('x')</script>\nCountry"), \
            link.get("{http://www.w3.org/1999/xlink}title")
        edge = groups.get("all--html-like--invested--newline")
        assert edge is not None, "no edge with id all--html-like--invested--newline"
        assert edge.get("class").split() == ["edge", "fg-relation", "pred-invested"], edge.get("class")
        tip = edge.find("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}a").get("{http://www.w3.org/1999/xlink}title")
        assert "“France announced it would invest”" in tip and "— A \"quoted\" <title>" in tip, tip
        assert "all--legend--type-country" not in groups and "all--legend--country" in groups, "legend entry ids"
        assert any(t.text and "A \"quoted\" <title>" in t.text for t in root.iter("{http://www.w3.org/2000/svg}text")
                   if (t.get("class") or "") == "fg-source"), "the source is not in the footer"
import html.parser
class Check(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        assert tag not in ("script", "iframe", "object", "embed"), "report.html: <%s>" % tag
        for name, value in attrs:
            assert not name.lower().startswith("on"), "report.html: attribute %s" % name
            if name in ("href", "xlink:href", "src"):
                assert re.match(r"https?://|#", value or ""), "report.html: link %r" % value
Check().feed(open(os.path.join(sys.argv[1], "report.html"), encoding="utf-8").read())
print("ok: %d SVGs and the report parse, run nothing, and show the hostile strings as text" % len(files))
PY
