# build --check is the CI gate: clean after a build, and after one fact
# changes it exits 1, names exactly the stale outputs and writes nothing.
. "$(dirname "$0")/lib.inc"
p=$work/p
copy_project "$p"
"$bin" -C "$p" build -q || fail "build exited $?"
"$bin" -C "$p" build --check -q || fail "check after build exited $?"
"$bin" -C "$p" build 2>"$work/rebuild" || fail "rebuild exited $?"
grep -q "wrote 0 files" "$work/rebuild" && grep -q " 0 layouts run" "$work/rebuild" \
    || fail "a rebuild with no change wrote or laid out: $(cat "$work/rebuild")"
# Rename one entity that only the money view shows... and others: find
# the views by what the check names, then compare with the views that
# really changed after a rebuild.
sed -i 's/^    name: Grand Palais$/    name: The Grand Palais/' "$p"/facts/*.yaml
grep -q "The Grand Palais" "$p"/facts/*.yaml || fail "the test's fact edit did not apply"
(cd "$p/graphs" && cksum ./* > "$work/before")
status=0
"$bin" -C "$p" build --check 2>"$work/stderr" || status=$?
[ "$status" -eq 1 ] || fail "build --check exited $status, expected 1"
(cd "$p/graphs" && cksum ./* > "$work/after")
cmp -s "$work/before" "$work/after" || fail "build --check wrote to graphs/"
grep -o '^graphs/[a-z0-9-]*\.[a-z]*' "$work/stderr" | sort > "$work/named"
"$bin" -C "$p" build -q || fail "rebuild exited $?"
(cd "$p/graphs" && cksum ./* > "$work/rebuilt")
diff "$work/before" "$work/rebuilt" | sed -n 's/^> [0-9]* [0-9]* \.\//graphs\//p' | sort > "$work/changed"
[ -s "$work/named" ] || fail "build --check named no file: $(cat "$work/stderr")"
diff "$work/changed" "$work/named" || fail "build --check named other files than the ones that changed"
grep -q "out of date" "$work/stderr" || fail "no 'out of date' message"
echo "ok: build --check named $(wc -l < "$work/named") stale outputs, exactly those a rebuild changed"
# What the DOT does not hold but the SVG shows (the view's description, in
# the SVG's <desc>) makes the SVG stale too: build renders it again, and
# build --check agrees with build.
sed -i 's/^description: .*/description: A new description./' "$p/graphs/money.yaml"
status=0
"$bin" -C "$p" build --check 2>"$work/desc-check" || status=$?
[ "$status" -eq 1 ] || fail "build --check after a description change exited $status, expected 1"
[ "$(grep -o '^graphs/[a-z0-9-]*\.[a-z]*' "$work/desc-check")" = graphs/money.svg ] \
    || fail "build --check after a description change named other than money.svg: $(cat "$work/desc-check")"
"$bin" -C "$p" build 2>"$work/desc-build" || fail "build after a description change exited $?"
grep -q "wrote 1 file" "$work/desc-build" || fail "build after a description change: $(cat "$work/desc-build")"
grep -q "<desc[^>]*>A new description." "$p/graphs/money.svg" || fail "the SVG does not carry the new description"
"$bin" -C "$p" build --check -q || fail "build --check after the rebuild exited $?"
echo "ok: a description change renders its SVG again"
