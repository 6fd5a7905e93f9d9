# A 100 MB scalar: the file is refused before it is parsed.
{ printf 'sources:\n  - id: big\n    title: "'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '"\n'; } > facts/big.yaml
