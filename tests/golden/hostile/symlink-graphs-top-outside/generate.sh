# graphs/ a symbolic link out of the project, with a view in it: build
# must neither read the view nor write outside (tests/cli/trust.sh checks
# that nothing is written there).
mkdir -p ../outside
printf 'title: Outside\n' > ../outside/out.yaml
ln -s ../outside graphs
