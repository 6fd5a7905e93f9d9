# A directory link that loops back to facts/ itself.
ln -s . facts/self
