# cmake --install into a temporary prefix: exactly the program, the two man
# pages, the bash completion and the CMake package; the installed program
# runs, man finds the pages through MANPATH, the completion loads, and a
# project finds factgraph with find_package() and builds its diagrams with
# factgraph_add_graphs(); and a small C program compiles against the
# installed library and header with pkg-config, and runs.
. "$(dirname "$0")/lib.inc"
build=${4:?the build directory is the fourth argument (tests/CMakeLists.txt)}
for tool in cmake man bash; do
    command -v "$tool" > /dev/null || fail "$tool is not installed"
done
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1 || fail "cmake --install exited $?: $(tail -5 "$work/install.log")"

cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
libdir=$(cache CMAKE_INSTALL_LIBDIR)
[ -n "$libdir" ] || fail "no CMAKE_INSTALL_LIBDIR in $build/CMakeCache.txt"
cat > "$work/expected" <<LIST
bin/factgraph
include/factgraph.h
$libdir/libfactgraph.a
$libdir/pkgconfig/factgraph.pc
$libdir/cmake/factgraph/Factgraph.cmake
$libdir/cmake/factgraph/factgraph-config-version.cmake
$libdir/cmake/factgraph/factgraph-config.cmake
share/bash-completion/completions/factgraph
share/man/man1/factgraph.1
share/man/man5/factgraph-facts.5
LIST
(cd "$prefix" && find . ! -type d | sed 's|^\./||' | LC_ALL=C sort) > "$work/installed"
LC_ALL=C sort -o "$work/expected" "$work/expected"
diff "$work/expected" "$work/installed" || fail "the installed files differ from the list (< expected, > installed)"
[ -x "$prefix/bin/factgraph" ] || fail "bin/factgraph is not executable"

# The installed program is the one built.
"$prefix/bin/factgraph" --version > "$work/version" || fail "the installed factgraph --version exited $?"
"$bin" --version | cmp -s - "$work/version" || fail "the installed program says '$(cat "$work/version")'"
copy_project "$work/p"
"$prefix/bin/factgraph" -C "$work/p" check --strict -q || fail "the installed factgraph check exited $?"

# man finds both pages by name in the prefix.
for page in "1 factgraph" "5 factgraph-facts"; do
    set -- $page
    found=$(MANPATH=$prefix/share/man man -w "$1" "$2") || fail "man -w $1 $2 found nothing in $prefix"
    [ "$found" = "$prefix/share/man/man$1/$2.$1" ] || fail "man -w $1 $2 found $found"
    MANPATH=$prefix/share/man MANPAGER=cat man "$1" "$2" > "$work/page" 2> "$work/man-err" || fail "man $1 $2 exited $?"
    [ -s "$work/man-err" ] && fail "man $1 $2 warned: $(head -3 "$work/man-err")"
    grep -q "^NAME" "$work/page" || fail "man $1 $2 shows no NAME section"
done

# The completion, installed under the command's name, completes.
got=$(bash -c '. "$1" && COMP_WORDS=(factgraph bu) COMP_CWORD=1 && _factgraph && echo "${COMPREPLY[*]}"' x \
    "$prefix/share/bash-completion/completions/factgraph") || fail "the installed completion failed"
[ "$got" = "build" ] || fail "the installed completion completes 'bu' as '$got'"

# A project that uses the installed package, without naming the program.
mkdir -p "$work/consumer"
cat > "$work/consumer/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(consumer NONE)
find_package(factgraph 0.1 CONFIG REQUIRED)
message(STATUS "factgraph: \${FACTGRAPH_EXECUTABLE}")
factgraph_add_graphs(TARGET diagrams PROJECT_DIR "$work/p")
CMAKE
cmake -S "$work/consumer" -B "$work/consumer/build" -DCMAKE_PREFIX_PATH="$prefix" > "$work/consumer.log" 2>&1 \
    || fail "configuring a project with find_package(factgraph) failed: $(tail -5 "$work/consumer.log")"
grep -q "factgraph: $prefix/bin/factgraph\$" "$work/consumer.log" || fail "find_package(factgraph) did not set FACTGRAPH_EXECUTABLE to the installed program"
cmake --build "$work/consumer/build" --target diagrams > "$work/diagrams.log" 2>&1 || fail "the diagrams target failed: $(tail -5 "$work/diagrams.log")"
"$prefix/bin/factgraph" -C "$work/p" build --check -q || fail "the diagrams target left graphs/ out of date"
# An embedder: a C program on the installed header and library alone.
command -v pkg-config > /dev/null || fail "pkg-config is not installed"
cat > "$work/embed.c" <<'C'
#include <stdio.h>

#include <factgraph.h>

int main(int argc, char **argv)
{
    fg_project *p = fg_project_open(argc > 1 ? argv[1] : ".", 1);
    fg_counts c;
    fg_project_counts(p, &c);
    printf("%s: %zu relations, %zu errors\n", fg_version(), c.relations, fg_project_error_count(p));
    int status = fg_project_valid(p) ? 0 : 1;
    fg_project_free(p);
    return status;
}
C
flags=$(PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig pkg-config --cflags --libs --static factgraph) \
    || fail "pkg-config does not find the installed factgraph.pc"
# A sanitized build installs an instrumented library: link the same way.
sanitize=
[ "$(cache FG_SANITIZE)" = ON ] && sanitize="-fsanitize=address,undefined"
cc -std=c11 -Wall -Werror $sanitize -o "$work/embed" "$work/embed.c" $flags 2> "$work/cc.log" \
    || fail "a program on the installed factgraph.h does not build: $(head -5 "$work/cc.log")"
"$work/embed" "$work/p" > "$work/embed.out" || fail "the embedding program exited $?"
grep -q "^[0-9.]*: [1-9][0-9]* relations, 0 errors$" "$work/embed.out" || fail "the embedding program printed $(cat "$work/embed.out")"
echo "ok: $(wc -l < "$work/installed") files installed under a temporary prefix, the program, man pages, completion, CMake package and the library (with pkg-config) work from there"
