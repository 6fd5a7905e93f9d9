ln -s missing.yaml facts/dangling.yaml
