# seeds/ itself a symbolic link to /proc, and a source in the process's
# environment: each quote would be a one-bit oracle over any readable
# file. One error; no seed is read, so no quote is searched.
rm -rf seeds
ln -s /proc seeds
