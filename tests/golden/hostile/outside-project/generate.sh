# A fact file that is a symbolic link to a file outside the project.
ln -s /etc/passwd facts/passwd.yaml
