# responsive: "true" on a view: its SVG's root has width="100%", no
# height and a max-width of its natural size, the viewBox unchanged and
# every other byte but the stamp as without the option; build --check is
# clean; toggling the option makes build render the SVG (and its PNG)
# again; the PNG keeps its size and rsvg-convert still draws the SVG; in
# Chromium the SVG fills a narrow column at the viewBox's proportions and
# stops at its natural size in a wide one.
. "$(dirname "$0")/lib.inc"
command -v rsvg-convert >/dev/null || fail "rsvg-convert is needed by this test (apt-get install librsvg2-bin)"
command -v chromium >/dev/null || fail "chromium is needed by this test (apt-get install chromium)"
p=$work/p
copy_project "$p"
view=$p/graphs/paris-summit.yaml svg=$p/graphs/paris-summit.svg png=$p/graphs/paris-summit.png
! grep -q '^responsive:' "$view" || fail "paris-summit already sets responsive"
grep -q '^formats: \[svg, png, pdf\]' "$view" || fail "paris-summit lists no png"
"$bin" -C "$p" build -q || fail "build exited $?"
cmp -s "$svg" "$src/graphs/paris-summit.svg" || fail "without responsive, the SVG is not the committed one"
cp "$svg" "$work/fixed.svg" && cp "$png" "$work/fixed.png"

echo 'responsive: "true"' >> "$view"
"$bin" -C "$p" build > "$work/build.out" 2>&1 || fail "build exited $?: $(cat "$work/build.out")"
grep -q "wrote 3 files" "$work/build.out" || fail "setting responsive did not rebuild SVG, PNG and PDF: $(cat "$work/build.out")"
root_fixed=$(grep -m1 '^<svg ' "$work/fixed.svg")
root=$(grep -m1 '^<svg ' "$svg")
w=$(printf '%s\n' "$root_fixed" | sed -n 's/^<svg width="\([0-9]*\)pt" height="[0-9]*pt"$/\1/p')
[ -n "$w" ] || fail "unexpected root without responsive: $root_fixed"
[ "$root" = "<svg width=\"100%\" style=\"max-width: ${w}pt\"" ] || fail "responsive root: $root (natural width ${w}pt)"
# Every other line the same: only the stamp (line 2) and the root's first line differ.
diff "$work/fixed.svg" "$svg" | grep '^[<>]' > "$work/diff.out" || true
[ "$(grep -c '^<' "$work/diff.out")" = 2 ] && [ "$(grep -c '^>' "$work/diff.out")" = 2 ] &&
    grep -q '^> <!-- factgraph dot-digest: ' "$work/diff.out" && grep -q '^> <svg width="100%"' "$work/diff.out" ||
    fail "responsive changes more than the root's size: $(cat "$work/diff.out")"
"$bin" -C "$p" build --check -q || fail "build --check is not clean after a responsive build"
"$bin" -C "$p" render --svg paris-summit > "$work/render.svg" || fail "render --svg exited $?"
cmp -s "$work/render.svg" "$svg" || fail "render --svg differs from the responsive SVG build wrote"

# The PNG: the same size in pixels as without the option.
size() { od -An -j16 -N8 -tu1 "$1" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}'; }
[ "$(size "$png")" = "$(size "$work/fixed.png")" ] || fail "PNG $(size "$png") responsive, $(size "$work/fixed.png") without"
# rsvg-convert draws it at the viewBox's size (one pixel a unit).
rsvg-convert "$svg" -o "$work/rsvg.png" 2>"$work/rsvg.err" || fail "rsvg-convert fails: $(cat "$work/rsvg.err")"
[ ! -s "$work/rsvg.err" ] || fail "rsvg-convert warns: $(cat "$work/rsvg.err")"
vb=$(sed -n 's/^ viewBox="0.00 0.00 \([0-9.]*\) \([0-9.]*\)".*/\1 \2/p' "$svg")
want=$(echo "$vb" | awk '{printf "%dx%d", $1 + 0.999, $2 + 0.999}')
[ "$(size "$work/rsvg.png")" = "$want" ] || fail "rsvg-convert drew $(size "$work/rsvg.png"), the viewBox is $vb"

# Inline in HTML, in Chromium: a 500-pixel column, then a column wider than the drawing.
python3 - "$svg" "$work" <<'PY' || fail "cannot write the test pages"
import sys
svg = open(sys.argv[1], encoding="utf-8").read()
svg = svg[svg.index("<svg"):]
for name, width in (("narrow", 500), ("wide", 8000)):
    open("%s/%s.html" % (sys.argv[2], name), "w", encoding="utf-8").write(
        '<!DOCTYPE html><html lang="en"><body style="margin:0"><div style="width:%dpx">%s</div><script>'
        'var r = document.querySelector("svg").getBoundingClientRect();'
        'document.body.setAttribute("data-size", r.width.toFixed(1) + " " + r.height.toFixed(1));'
        '</script></body></html>' % (width, svg))
PY
measure() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --user-data-dir="$(mktemp -d)" --dump-dom "file://$work/$1.html" 2>>"$work/chromium.log" |
        sed -n 's/.*data-size="\([^"]*\)".*/\1/p'
}
narrow=$(measure narrow) wide=$(measure wide)
echo "$narrow|$wide|$vb|$w" | awk -F'|' '{
    split($1, n, " "); split($2, d, " "); split($3, v, " "); px = $4 * 4 / 3
    ok = n[1] == 500 && (n[2] - 500 * v[2] / v[1])^2 < 1 && (d[1] - px)^2 < 1 && (d[2] - px * v[2] / v[1])^2 < 4
    exit !ok }' || fail "in Chromium: $narrow in a 500 px column, $wide in a wide one (viewBox $vb, natural ${w}pt)"

# Back to false: the very bytes of the fixed-size SVG and PNG again.
sed -i 's/^responsive: .*/responsive: "false"/' "$view"
"$bin" -C "$p" build -q || fail "build exited $?"
cmp -s "$svg" "$work/fixed.svg" || fail "responsive: false does not give back the fixed-size SVG"
cmp -s "$png" "$work/fixed.png" || fail "responsive: false does not give back the PNG"
"$bin" -C "$p" build --check -q || fail "build --check is not clean after turning responsive off"
echo "ok: responsive SVG $narrow in a 500 px column, $wide at most, viewBox $vb kept, rebuilt on each toggle"
