mkfifo seeds/pipe.txt
