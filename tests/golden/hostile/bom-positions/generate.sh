printf '\357\273\277entities: [{id: x, type: countri, name: X}]\nrelations:\n  - {subject: x, predicate: attended, object: paris-summit, source: doc, quote: Leaders gathered}\n' > facts/case.yaml
