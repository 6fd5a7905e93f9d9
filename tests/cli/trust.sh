# The three promises of issue 10, tried as an attacker would: build --check
# fails whenever a committed output is not what the facts render to (a hand
# edit that keeps the stamp, a forged stamp, a truncated file, a link, a
# temporary file left over); report inlines only what this run rendered;
# nothing outside the project is read or written; a file over its limit is
# refused unread; a layout child dies with factgraph.
. "$(dirname "$0")/lib.inc"
py=/usr/bin/python3
[ -x "$py" ] || fail "/usr/bin/python3 is needed by this test"
p=$work/p
copy_project "$p"
"$bin" -C "$p" build -q || fail "build exited $?"
svg=$p/graphs/money.svg
cp "$svg" "$work/money.svg"

# expect_stale MESSAGE: build --check exits 1, names money.svg with MESSAGE.
expect_stale() {
    status=0
    "$bin" -C "$p" build --check 2>"$work/stderr" || status=$?
    [ "$status" -eq 1 ] || fail "build --check exited $status after: $1"
    grep -qF "graphs/money.svg: error: out of date ($1" "$work/stderr" \
        || fail "build --check did not say '$1': $(cat "$work/stderr")"
}
# expect_repaired: build restores money.svg byte for byte.
expect_repaired() {
    "$bin" -C "$p" build -q || fail "build exited $?"
    [ -f "$svg" ] && [ ! -L "$svg" ] || fail "build left money.svg a link or missing"
    cmp -s "$svg" "$work/money.svg" || fail "build did not repair money.svg after: $1"
    "$bin" -C "$p" build --check -q || fail "build --check after the repair exited $?"
}
inject() {
    sed -i 's#</svg>#<script>document.title="PWNED"</script></svg>#' "$svg"
    grep -q PWNED "$svg" || fail "the test's injection did not apply"
}

# 1. A script added before </svg>, the stamp kept.
inject
expect_stale "its bytes changed after it was rendered"
expect_repaired "a script injected"

# 2. The same, with the stamp forged (FNV-1a is public: anyone can).
inject
"$py" - "$svg" <<'PY'
import re, sys
path = sys.argv[1]
data = open(path, "rb").read()
i = data.index(b"\n") + 1
j = data.index(b"\n", i) + 1
h = 1469598103934665603  # FG_HASH_INIT (src/symtab.h)
for c in data[:i] + data[j:]:
    h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
stamp = re.sub(rb"svg-digest: [0-9a-f]{16}", b"svg-digest: %016x" % h, data[i:j])
open(path, "wb").write(data[:i] + stamp + data[j:])
PY
"$bin" -C "$p" build -q || fail "build exited $?"
grep -q PWNED "$svg" || fail "the forged stamp was not taken by build: the test forges it wrong"
expect_stale "its stamp is right but its bytes are not what its DOT renders to"
"$bin" -C "$p" report -q || fail "report exited $?"
grep -q PWNED "$p/graphs/report.html" && fail "report inlined the forged SVG"
cmp -s "$svg" "$work/money.svg" || fail "report did not repair the forged SVG"

# 3. Truncated to its first 300 bytes.
head -c 300 "$work/money.svg" > "$svg"
expect_stale "its bytes changed after it was rendered"
expect_repaired "a truncation"

# 4. A symbolic link to a file that holds the right bytes.
cp "$work/money.svg" "$work/elsewhere.svg"
rm "$svg" && ln -s "$work/elsewhere.svg" "$svg"
expect_stale "a symbolic link or another kind of file"
expect_repaired "a link"
cmp -s "$work/elsewhere.svg" "$work/money.svg" || fail "build wrote through the link"

# 5. A temporary file of a build killed between write and rename.
echo partial > "$p/graphs/.money.svg.Ab12Cd"
status=0
"$bin" -C "$p" build --check 2>"$work/stderr" || status=$?
[ "$status" -eq 1 ] || fail "build --check exited $status with a temporary file left"
grep -qF "graphs/.money.svg.Ab12Cd: error: a temporary file left by an interrupted build: run 'factgraph build' [orphan-output]" \
    "$work/stderr" || fail "the temporary file was not reported: $(cat "$work/stderr")"
"$bin" -C "$p" build -q || fail "build exited $?"
[ -e "$p/graphs/.money.svg.Ab12Cd" ] && fail "build did not sweep the temporary file"
"$bin" -C "$p" build --check -q || fail "build --check after the sweep exited $?"

# 6. graphs/ a link out of the project: nothing is written there.
q=$work/q
mkdir -p "$q" "$work/outside"
cp -R "$src/facts" "$src/seeds" "$q/"
cp "$src"/graphs/*.yaml "$work/outside/"
ln -s ../outside "$q/graphs"
(cd "$work/outside" && ls) > "$work/outside-before"
for cmd in build report; do
    status=0
    "$bin" -C "$q" $cmd 2>"$work/stderr" || status=$?
    [ "$status" -eq 1 ] || fail "$cmd with graphs/ outside exited $status"
    grep -qF "graphs/: error: a symbolic link that leads outside the project: nothing under it is read [outside-project]" \
        "$work/stderr" || fail "$cmd did not refuse graphs/: $(cat "$work/stderr")"
done
(cd "$work/outside" && ls) | cmp -s - "$work/outside-before" || fail "a file was written outside the project"

# 7. report into a graphs/ that is missing: the failure, never "wrote".
r=$work/r
mkdir -p "$r"
cp -R "$src/facts" "$src/seeds" "$r/"
status=0
"$bin" -C "$r" report 2>"$work/stderr" || status=$?
[ "$status" -eq 2 ] || fail "report into a missing graphs/ exited $status, expected 2"
grep -q "wrote graphs/report.html" "$work/stderr" && fail "report said it wrote a file it did not write"
grep -q "error: cannot create a temporary file in .*graphs" "$work/stderr" \
    || fail "report did not say why it wrote nothing: $(cat "$work/stderr")"

# 8. A seed over the 64 MiB limit is refused from its size, unread.
s=$work/s
mkdir -p "$s"
cp -R "$src/tests/golden/base/." "$s/"
truncate -s 200M "$s/seeds/doc.txt"
rss=$("$py" - "$bin" "$s" "$work/stderr" <<'PY'
import resource, subprocess, sys
with open(sys.argv[3], "w") as err:
    rc = subprocess.call([sys.argv[1], "-C", sys.argv[2], "check"], stderr=err)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
)
[ "${rss%% *}" -eq 1 ] || fail "check of a 200 MB seed exited ${rss%% *}, expected 1"
grep -q "source file 'seeds/doc.txt' is larger than the limit of 64 MiB \[too-large\]" "$work/stderr" \
    || fail "the large seed was not refused: $(cat "$work/stderr")"
[ "${rss#* }" -lt 40 ] || fail "check read the 200 MB seed before refusing it (peak ${rss#* } MB)"

# 9. factgraph killed during a layout: its child dies with it. The view is
# a neato layout of 480 nodes that runs for minutes.
k=$work/k
mkdir -p "$k/graphs"
cp -R "$src/tests/golden/base/." "$k/"
awk 'BEGIN {
    print "entities:"
    for (i = 0; i < 480; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    for (i = 1; i < 480; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 1, i
    for (i = 7; i < 480; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 7, i
}' > "$k/facts/chain.yaml"
printf 'title: Slow\ntypes: [country]\nlayout: neato\n' > "$k/graphs/slow.yaml"
"$bin" -C "$k" build --timeout 0 -q 2>/dev/null &
parent=$!
child=
for _ in $(seq 100); do
    child=$(pgrep -P "$parent" || true)
    [ -n "$child" ] && break
    sleep 0.1
done
[ -n "$child" ] || { kill -9 "$parent"; fail "no layout child appeared"; }
kill -9 "$parent"
wait "$parent" 2>/dev/null
for _ in $(seq 20); do
    kill -0 "$child" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$child" 2>/dev/null; then
    kill -9 "$child"
    fail "the layout child outlived factgraph"
fi
echo "ok: stamps, forgeries, truncation, links and temporary files fail the gate; report inlines only fresh SVGs; nothing written outside; large seed refused unread; layout child dies with factgraph"
