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
