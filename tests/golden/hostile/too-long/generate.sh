# A 1 MB name: under the file limit, over the scalar limit.
{ printf 'entities:\n  - id: long\n    type: country\n    name: '; head -c 1000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > facts/long.yaml
