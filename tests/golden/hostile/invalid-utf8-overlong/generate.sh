printf 'entities:\n  - id: x\n    type: country\n    name: Fr\300\257\n' > facts/case.yaml
