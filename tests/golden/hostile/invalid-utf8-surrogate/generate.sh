printf 'entities:\n  - id: x\n    type: country\n    name: Fr\355\240\200\n' > facts/case.yaml
