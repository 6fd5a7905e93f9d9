# factgraph_add_graphs() (cmake/Factgraph.cmake): a project's target builds
# its diagrams, then reports up to date without running factgraph; a changed
# fact, a new fact file and a fact error are seen; and the repository's own
# `graphs` target (top-level CMakeLists.txt, not part of `all`) does the same
# on a copy of the repository.
. "$(dirname "$0")/lib.inc"
command -v cmake > /dev/null || fail "cmake is not installed"
p=$work/p
copy_project "$p"
mkdir -p "$work/consumer"
cat > "$work/consumer/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(consumer NONE)
include("$src/cmake/Factgraph.cmake")
factgraph_add_graphs(TARGET diagrams PROJECT_DIR "$p" FACTGRAPH "$bin" ARGS -q)
CMAKE
b=$work/consumer/build
cmake -S "$work/consumer" -B "$b" > "$work/configure.log" 2>&1 || fail "configure failed: $(tail -5 "$work/configure.log")"
run_target() {
    cmake --build "$b" --target diagrams > "$work/$1.log" 2>&1
}
ran() { grep -q "factgraph: building the diagrams" "$work/$1.log"; }

cmake --build "$b" > "$work/all.log" 2>&1 || fail "building all failed"
ran all && fail "the diagrams target is part of all"
[ -e "$p/graphs/money.svg" ] && fail "building all wrote diagrams"

run_target first || fail "the first build of the target failed: $(tail -5 "$work/first.log")"
ran first || fail "the first build did not run factgraph"
"$bin" -C "$p" build --check -q || fail "the target left graphs/ out of date"
run_target second || fail "the second build failed"
ran second && fail "nothing changed, yet factgraph ran again: $(cat "$work/second.log")"

# A changed fact: the target runs and the diagram changes.
cp "$p/graphs/money.svg" "$work/money.before"
sleep 1 # one-second timestamps on some file systems
sed -i 's/^    name: Grand Palais$/    name: The Grand Palais/' "$p"/facts/*.yaml
grep -q "The Grand Palais" "$p"/facts/*.yaml || fail "the test's fact edit did not apply"
run_target changed || fail "the build after a fact change failed: $(tail -5 "$work/changed.log")"
ran changed || fail "a changed fact did not run factgraph"
"$bin" -C "$p" build --check -q || fail "graphs/ out of date after a fact change"

# A new fact file, with an error: the glob sees it, the target fails with
# the diagnostic and runs again next time.
mkdir -p "$p/facts/more"
printf 'entities:\n  - id: Bad_Id\n    type: country\n    name: Bad\n' > "$p/facts/more/new.yaml"
run_target broken && fail "the target succeeded on facts with an error"
ran broken || fail "a new fact file did not run factgraph"
grep -q "facts/more/new.yaml:2:.*bad-id" "$work/broken.log" || fail "the target did not show the diagnostic: $(tail -5 "$work/broken.log")"
run_target still-broken && fail "the target succeeded on facts with an error, the second time"
ran still-broken || fail "after a failure, the target did not run again"
# Removing a fact file changes the diagrams while every other input stays
# older than the last success: the target must run.
rm "$p/facts/more/new.yaml"
run_target fixed || fail "the build after the fix failed: $(tail -5 "$work/fixed.log")"
ran fixed || fail "removing a fact file did not run factgraph"
mv "$p/facts/paris-summit.yaml" "$work/paris-summit.yaml"
run_target removed || fail "the build after removing a fact file failed: $(tail -5 "$work/removed.log")"
ran removed || fail "removing a fact file did not run factgraph"
"$bin" -C "$p" build --check -q || fail "graphs/ out of date after removing a fact file"
run_target again || fail "the build after the removal failed"
ran again && fail "the target ran again with nothing changed"

# The repository's own target, on a copy of the tree without its diagrams.
repo=$work/repo
mkdir -p "$repo"
(cd "$src" && tar --exclude='./build' --exclude='./build-*' --exclude='./.git' -cf - .) | tar -C "$repo" -xf - \
    || fail "copying the repository failed"
rm -f "$repo"/graphs/*.dot "$repo"/graphs/*.svg "$repo"/graphs/report.html
rb=$work/repo-build
cmake -S "$repo" -B "$rb" -DBUILD_TESTING=OFF > "$work/repo-configure.log" 2>&1 || fail "configuring the copy failed: $(tail -5 "$work/repo-configure.log")"
cmake --build "$rb" --target graphs -j2 > "$work/repo-first.log" 2>&1 || fail "the graphs target failed: $(tail -5 "$work/repo-first.log")"
grep -q "factgraph: [0-9]* views: wrote [1-9]" "$work/repo-first.log" || fail "the graphs target wrote nothing: $(tail -3 "$work/repo-first.log")"
"$rb/src/factgraph" -C "$repo" build > "$work/repo-direct.log" 2>&1 || fail "factgraph build on the copy exited $?"
grep -q "wrote 0 files" "$work/repo-direct.log" || fail "after the target, factgraph build still wrote: $(cat "$work/repo-direct.log")"
cmake --build "$rb" --target graphs > "$work/repo-second.log" 2>&1 || fail "the second graphs build failed"
grep -q "factgraph: building the diagrams" "$work/repo-second.log" && fail "the repository's graphs target ran again with nothing changed"
grep -q "Built target graphs" "$work/repo-second.log" || fail "the second graphs build did not report the target: $(cat "$work/repo-second.log")"
echo "ok: factgraph_add_graphs runs factgraph when facts change and only then; the repository's graphs target reports up to date"
