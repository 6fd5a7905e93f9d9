# seeds/ext is a link to a directory outside the project.
mkdir -p ../outside && echo 'a secret text' > ../outside/secret.txt
ln -s ../../outside seeds/ext
