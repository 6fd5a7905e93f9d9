printf 'entities:\n  - id: x\n    type: country\n    name: Fr\000ance\n' > facts/case.yaml
