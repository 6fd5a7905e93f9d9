mkfifo facts/pipe.yaml
