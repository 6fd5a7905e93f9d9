# facts/ itself a symbolic link to the root of the file system: one error,
# and the walk never descends (it printed over 11,000 problems before).
rm -rf facts
ln -s / facts
