# Shared by the CLI tests: $bin, $src and $work from the arguments, a fresh
# copy of the repository's project, and a failure helper.
set -u
bin=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 2

fail() {
    echo "FAIL: $*"
    exit 1
}

# copy_project DEST: facts, seeds and view definitions, without outputs.
copy_project() {
    mkdir -p "$1/graphs"
    cp -R "$src/facts" "$src/seeds" "$1/"
    cp "$src"/graphs/*.yaml "$1/graphs/"
}
