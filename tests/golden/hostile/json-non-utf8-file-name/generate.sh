# A fact file whose name is not UTF-8: the JSON diagnostics stay valid
# JSON, with U+FFFD for the byte.
printf 'entities: [\n' > "$(printf 'facts/bad\377name.yaml')"
