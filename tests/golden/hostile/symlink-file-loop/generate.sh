ln -s loop.yaml facts/loop.yaml
