# 5,000 entities with an unknown type: 10,000 problems, 1,000 shown.
{ echo 'entities:'; i=0; while [ $i -lt 5000 ]; do echo "  - {id: e$i, type: nope, name: E$i}"; i=$((i+1)); done; } > facts/many.yaml
