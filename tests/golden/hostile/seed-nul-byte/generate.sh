# A seed document with a NUL byte before the quoted sentence.
printf 'Intro line.\000 Leaders met after the NUL byte.\n' > seeds/nul.txt
