# One 60 MB scalar in a 60 MB file, under the 64 MiB file limit: refused as
# too long, in bounded time and memory (about twice the file).
{ printf 'entities:\n  - id: big\n    type: country\n    name: '; head -c 60000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > facts/big.yaml
