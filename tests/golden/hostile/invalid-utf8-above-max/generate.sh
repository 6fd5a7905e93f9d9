printf 'entities:\n  - id: x\n    type: country\n    name: Fr\364\220\200\200\n' > facts/case.yaml
