# debian/ stays in step with the build: the package's version is the
# project's, debian/rules is executable, and the package build skips the
# test suite (which runs on its own in CI). .ci/run builds and installs the
# package itself; this only catches a version bump made in one place.
. "$(dirname "$0")/lib.inc"
command -v dpkg-parsechangelog > /dev/null || fail "dpkg-parsechangelog is not installed (dpkg-dev, from build-essential)"
project=$(sed -n 's/^project(factgraph VERSION \([0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")
[ -n "$project" ] || fail "no project version in CMakeLists.txt"
package=$(dpkg-parsechangelog -l "$src/debian/changelog" -S Version) || fail "debian/changelog does not parse"
[ "$package" = "$project" ] || fail "debian/changelog says $package, CMakeLists.txt $project: add a changelog entry (dch -v $project)"
[ -x "$src/debian/rules" ] || fail "debian/rules is not executable"
[ "$(cat "$src/debian/source/format")" = "3.0 (native)" ] || fail "debian/source/format is not 3.0 (native)"
grep -q '^override_dh_auto_test:$' "$src/debian/rules" || fail "debian/rules runs the test suite in the package build"
grep -q 'debhelper-compat (= 13)' "$src/debian/control" || fail "debian/control does not use debhelper-compat 13"
echo "ok: debian/ is version $package, as the project"
