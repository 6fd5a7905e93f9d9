printf 'entities:\n  - id: x\n    type: country\n    name: Fr\342\202' > facts/case.yaml
