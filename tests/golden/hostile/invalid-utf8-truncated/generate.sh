printf 'entities:\n  - id: x\n    type: country\n    name: Frab\342\202\n    note: n\n' > facts/case.yaml
