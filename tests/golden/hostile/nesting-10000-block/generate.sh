# 10,000 nested block lists ('- - - ... x'): refused at level 65, at once.
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "- "; print "x" }' > facts/case.yaml
