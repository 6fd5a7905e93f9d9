# 5,000 entities, each with a type of its own that is not declared (one
# undeclared type used many times is reported once): 10,000 problems, 1,000 shown.
{ echo 'entities:'; i=0; while [ $i -lt 5000 ]; do echo "  - {id: e$i, type: nope$i, name: E$i}"; i=$((i+1)); done; } > facts/many.yaml
