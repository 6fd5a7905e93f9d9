# The same kind of file, saved as UTF-16LE with a byte order mark.
printf '\377\376e\000n\000t\000i\000t\000i\000e\000s\000:\000 \000[\000]\000\n\000' > facts/case.yaml
