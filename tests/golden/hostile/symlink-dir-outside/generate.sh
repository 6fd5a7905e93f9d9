# A directory of facts that is a symbolic link to the root of the file system.
ln -s / facts/root
