# 10,000 nested flow mappings: refused at level 65, at once.
awk 'BEGIN { printf "entities: "; for (i = 0; i < 10000; i++) printf "{a: "; printf "x"; for (i = 0; i < 10000; i++) printf "}"; print "" }' > facts/case.yaml
