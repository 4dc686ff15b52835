#!/bin/bash
# (Re)start the test Roundcube's dovecot, php8.2-fpm and nginx directly (no systemd needed).
# Stops only the daemons it manages, via their own pid files / control commands.
set -euo pipefail

mkdir -p /run/php /run/dovecot /var/log/roundcube
chown www-data:www-data /var/log/roundcube

# ---- dovecot (IMAP on 127.0.0.1:143)
if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  doveadm stop 2>/dev/null || kill "$(cat /run/dovecot/master.pid)"
  for _ in $(seq 50); do [ -e /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null || break; sleep 0.1; done
fi
dovecot

# ---- php-fpm (unix socket /run/php/php8.2-fpm.sock)
PFPID=/run/php/php8.2-fpm.pid
if [ -s $PFPID ] && kill -0 "$(cat $PFPID)" 2>/dev/null; then
  kill -QUIT "$(cat $PFPID)"
  for _ in $(seq 50); do kill -0 "$(cat $PFPID 2>/dev/null || echo 0)" 2>/dev/null || break; sleep 0.1; done
fi
php-fpm8.2 --daemonize --fpm-config /etc/php/8.2/fpm/php-fpm.conf

# ---- nginx (127.0.0.1:8080)
if [ -s /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
  nginx -s quit
  for _ in $(seq 50); do [ -s /run/nginx.pid ] || break; sleep 0.1; done
fi
nginx

# ---- wait until things answer
for _ in $(seq 50); do
  (exec 3<>/dev/tcp/127.0.0.1/143) 2>/dev/null && curl -fs -o /dev/null http://127.0.0.1:8080/ && break
  sleep 0.2
done
curl -fs -o /dev/null http://127.0.0.1:8080/ || { echo "Roundcube not answering" >&2; exit 1; }
echo "Roundcube: http://127.0.0.1:8080/   (login: amends / amends-test)"
