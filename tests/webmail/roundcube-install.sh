#!/bin/bash
# A real Roundcube for `npm run test:webmail`, on a disposable test machine (as root: it installs
# Debian packages, adds a system user `amends`, and writes dovecot and nginx configuration).
# Install + configure a local, loopback-only Roundcube webmail (Debian 12 packages):
#   nginx (127.0.0.1:8080) -> php8.2-fpm -> Roundcube 1.6.5 (sqlite3 DB) -> dovecot IMAP (127.0.0.1:143)
# Mail user: amends / amends-test, one message in INBOX, identity signature "-- \nSam".
# Idempotent: safe to run again. Run as root. Ends by calling start.sh.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

MAILUSER=amends
MAILPASS=amends-test

# ---------------------------------------------------------------- packages
apt-get update -q
# php8.2-fpm first, so that the "php" metapackage pulled in by roundcube-core
# is satisfied by FPM and does not drag in apache2 + libapache2-mod-php.
apt-get install -y -q --no-install-recommends php8.2-fpm php8.2-cli

# dbconfig-common: let it create the sqlite3 DB, no web server reconfiguration.
debconf-set-selections <<'EOF'
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/db/basepath string /var/lib/dbconfig-common/sqlite3/roundcube
roundcube-core roundcube/db/dbname string roundcube
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
EOF
apt-get install -y -q --no-install-recommends \
  roundcube-core roundcube-sqlite3 roundcube-plugins \
  php-fpm php-sqlite3 php-intl php-mbstring php-gd \
  nginx-light dovecot-core dovecot-imapd sqlite3 curl ca-certificates

# If dbconfig-common did not create the DB for any reason, create it by hand.
DB=/var/lib/dbconfig-common/sqlite3/roundcube/roundcube
if [ ! -s "$DB" ] || ! sqlite3 "$DB" 'select count(*) from users' >/dev/null 2>&1; then
  mkdir -p "$(dirname "$DB")"
  sqlite3 "$DB" < /usr/share/roundcube/SQL/sqlite.initial.sql
  chown -R www-data:www-data "$(dirname "$DB")"; chmod 0770 "$(dirname "$DB")"; chmod 0660 "$DB"
fi

# ---------------------------------------------------------------- mail user + INBOX
id "$MAILUSER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$MAILUSER"
echo "$MAILUSER:$MAILPASS" | chpasswd
MD=/home/$MAILUSER/Maildir
mkdir -p "$MD"/{cur,new,tmp}
# Two messages to reply to, each seeded once (dovecot renames files it has seen: look for the
# Message-ID, not a file name). The second one's words would be flagged if the coach read the quote.
seed() { # $1 Message-ID, $2 file name; the message on stdin
  if ! grep -rqs "^Message-ID: <$1>" "$MD"; then cat > "$MD/cur/$2"; else cat > /dev/null; fi
}
seed lunch-1@example.test "1700000000.M1P1.localhost:2," <<'EOF'
Return-Path: <alice@example.test>
From: Alice Example <alice@example.test>
To: Sam Amends <amends@localhost>
Subject: Lunch on Friday?
Date: Tue, 14 Nov 2023 12:00:00 +0000
Message-ID: <lunch-1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi Sam,

Are we still on for lunch on Friday at noon?
The usual place by the river would be great.

Cheers,
Alice
EOF
seed what-happened-1@example.test "1700000100.M2P1.localhost:2," <<'EOF'
Return-Path: <ann@example.test>
From: Ann Example <ann@example.test>
To: Sam Amends <amends@localhost>
Subject: What happened
Date: Wed, 15 Nov 2023 09:30:00 +0000
Message-ID: <what-happened-1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sam,

You said you were sorry if I was offended, but you were drinking again.
Mistakes were made, you said, and I made you say those things.

Ann
EOF
chown -R "$MAILUSER:$MAILUSER" "$MD"; chmod -R go-rwx "$MD"

# ---------------------------------------------------------------- dovecot (IMAP only, loopback, plain auth)
# Debian's 10-ssl.conf points at /etc/dovecot/private/dovecot.pem, which is not created here
# (no snakeoil cert) and makes dovecot refuse to start: comment those lines out (no TLS on loopback).
sed -i -E 's/^(ssl_cert|ssl_key)[[:space:]]*=/#&/; s/^ssl[[:space:]]*=.*/ssl = no/' /etc/dovecot/conf.d/10-ssl.conf
cat > /etc/dovecot/local.conf <<'EOF'
# local, loopback-only test setup (read last by dovecot.conf: overrides conf.d)
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
}
log_path = /var/log/dovecot.log
EOF

# ---------------------------------------------------------------- roundcube
CONF=/etc/roundcube/config.inc.php
if ! grep -q 'LOCAL-TEST-SETUP' "$CONF"; then
  DESKEY="$(php -r 'echo bin2hex(random_bytes(12));')"
  cat >> "$CONF" <<EOF

// ---- LOCAL-TEST-SETUP (appended by tests/webmail/roundcube-install.sh) ----
\$config['imap_host'] = '127.0.0.1:143';
\$config['smtp_host'] = '127.0.0.1:25';   // no SMTP server: we never send
\$config['mail_domain'] = 'localhost';
\$config['des_key'] = '$DESKEY';
\$config['plugins'] = [];
\$config['skin'] = 'elastic';
\$config['language'] = 'en_US';
\$config['enable_spellcheck'] = false;    // spellcheck would call out / need extra packages
\$config['create_default_folders'] = true;
\$config['check_all_folders'] = false;
\$config['htmleditor'] = 0;               // new messages start in plain text; switch in compose
\$config['draft_autosave'] = 0;           // no autosave popups during tests
\$config['support_url'] = '';
\$config['enable_installer'] = false;
\$config['log_driver'] = 'file';
EOF
fi

# ---------------------------------------------------------------- nginx -> php-fpm (loopback :8080)
rm -f /etc/nginx/sites-enabled/default      # default site listens on 0.0.0.0:80
cat > /etc/nginx/sites-available/roundcube <<'EOF'
server {
    listen 127.0.0.1:8080;
    server_name 127.0.0.1 localhost;
    root /var/lib/roundcube/public_html;
    index index.php;
    client_max_body_size 25m;

    location ~ ^/(config|temp|logs|SQL|bin|installer)/ { deny all; }
    location ~ /\. { deny all; }

    location / { try_files $uri $uri/ /index.php$is_args$args; }

    location ~ \.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
    }
}
EOF
ln -sf /etc/nginx/sites-available/roundcube /etc/nginx/sites-enabled/roundcube
nginx -t

# ---------------------------------------------------------------- start + first login + signature
bash "$HERE/roundcube-start.sh"

# First login creates the Roundcube user + identity rows; then set name + signature in the DB.
J=$(mktemp); trap 'rm -f "$J"' EXIT
TOKEN=$(curl -s -c "$J" -b "$J" http://127.0.0.1:8080/ | sed -n 's/.*name="_token" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$J" -b "$J" -d "_token=$TOKEN&_task=login&_action=login&_timezone=UTC&_url=&_user=$MAILUSER&_pass=$MAILPASS" \
  http://127.0.0.1:8080/?_task=login
sqlite3 "$DB" "UPDATE identities SET name='Sam Amends', signature='-- '||char(10)||'Sam', html_signature=0
  WHERE user_id=(SELECT user_id FROM users WHERE username='$MAILUSER');"
echo "identities:"; sqlite3 "$DB" "SELECT identity_id,name,email,quote(signature) FROM identities;"
