# PNG and PDF (formats: [svg, png, pdf]): built from the SVG with its
# legend and sources, byte-identical from one build to the next (no
# creation date), stamped with the DOT's digest, covered by build --check
# like SVGs, and an orphan once the view stops listing the format.
. "$(dirname "$0")/lib.inc"
p=$work/p
copy_project "$p"
grep -q '^formats: \[svg, png, pdf\]' "$p/graphs/paris-summit.yaml" || fail "paris-summit lists no png and pdf"
"$bin" -C "$p" build -q || fail "build exited $?"
png=$p/graphs/paris-summit.png pdf=$p/graphs/paris-summit.pdf
[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no PNG signature"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "no PDF header"
grep -aq "dot-digest: " "$png" || fail "the PNG carries no stamp"
grep -aq "/Keywords (" "$pdf" || fail "the PDF carries no stamp"
! grep -aq "/CreationDate" "$pdf" || fail "the PDF has a creation date"
cp "$png" "$work/first.png" && cp "$pdf" "$work/first.pdf"
rm "$png" "$pdf"
sleep 1
"$bin" -C "$p" build -q || fail "second build exited $?"
cmp -s "$png" "$work/first.png" || fail "the PNG differs from one build to the next"
cmp -s "$pdf" "$work/first.pdf" || fail "the PDF differs from one build to the next"
cmp -s "$png" "$src/graphs/paris-summit.png" || fail "the PNG differs from the committed one"
"$bin" -C "$p" build --check -q || fail "build --check fails on fresh outputs"
# Width: FG_PNG_SCALE (2) pixels per point of the SVG.
w_pt=$(sed -n 's/^<svg width="\([0-9]*\)pt".*/\1/p' "$p/graphs/paris-summit.svg")
w_px=$(od -An -j16 -N4 -tu1 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
[ "$w_px" = $((w_pt * 2)) ] || fail "PNG $w_px px wide for an SVG of $w_pt pt"
# A changed byte past the stamp: --check renders again and finds it.
printf 'x' | dd of="$pdf" bs=1 seek=2000 conv=notrunc 2>/dev/null
status=0
"$bin" -C "$p" build --check >"$work/check.out" 2>&1 || status=$?
[ $status = 1 ] && grep -q "paris-summit.pdf.*stale-output" "$work/check.out" || fail "an edited PDF passes --check: $(cat "$work/check.out")"
# build trusts a raster's DOT stamp (it has no digest of its own bytes, as
# an SVG has): an edited one is made again once deleted.
rm "$pdf"
"$bin" -C "$p" build -q && cmp -s "$pdf" "$work/first.pdf" || fail "build does not make the PDF again"
# Without the format, the file is left over.
sed -i 's/^formats: .*/formats: [svg, png]/' "$p/graphs/paris-summit.yaml"
"$bin" -C "$p" build >"$work/orphan.out" 2>&1
grep -q "paris-summit.pdf.*view 'paris-summit' does not list pdf in its formats.*orphan-output" "$work/orphan.out" ||
    fail "no orphan warning: $(cat "$work/orphan.out")"
sed -i 's/^formats: .*/formats: [svg, gif]/' "$p/graphs/paris-summit.yaml"
status=0
"$bin" -C "$p" check >"$work/bad.out" 2>&1 || status=$?
[ $status = 1 ] && grep -q "format 'gif' is not one of svg, png, pdf.*bad-value" "$work/bad.out" || fail "gif accepted: $(cat "$work/bad.out")"
echo "ok: PNG and PDF built, deterministic, stamped and checked"
