printf 'entities:\n  - id: x\n    type: country\n    name: Fr\200ance\n' > facts/case.yaml
