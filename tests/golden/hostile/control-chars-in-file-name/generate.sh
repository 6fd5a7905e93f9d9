# A fact file whose name holds an escape sequence and newlines that forge a
# diagnostic line. Git can carry such a name in a pull request.
printf 'entities: [\n' > "$(printf 'facts/x\033[31mred\nforged.yaml:1:1: error: forged [x]\n.yaml')"
