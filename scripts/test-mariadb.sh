#!/usr/bin/env bash
# Generated from the departments' manifests by `npm run generate`.
#
# Starts a throwaway MariaDB on 127.0.0.1 (Debian's mariadb-server) with a
# temporary data directory, creates the department databases and users and
# an administrator for the test suite, and prints the variables to export.
#   eval "$(bash scripts/test-mariadb.sh)"
set -euo pipefail

port=${HUB_MARIADB_PORT:-3307}
dir=${HUB_MARIADB_DIR:-$(mktemp -d /tmp/hub-mariadb.XXXXXX)}
socket="$dir/mysqld.sock"
me=$(id -un)

mariadb-install-db --user="$me" --datadir="$dir/data" --auth-root-authentication-method=socket >"$dir/install.log" 2>&1
# TLS as in production: a throwaway CA and a certificate for 127.0.0.1, so the suite can connect verifying it.
mkdir -p "$dir/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=hub test CA" -keyout "$dir/tls/ca-key.pem" -out "$dir/tls/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/tls/server-key.pem" -out "$dir/tls/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost
' >"$dir/tls/san.cnf"
openssl x509 -req -in "$dir/tls/server.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca-key.pem" -CAcreateserial -days 2 \
  -extfile "$dir/tls/san.cnf" -out "$dir/tls/server.pem" >/dev/null 2>&1
mariadbd --user="$me" --datadir="$dir/data" --socket="$socket" --pid-file="$dir/mysqld.pid" \
  --port="$port" --bind-address=127.0.0.1 --skip-name-resolve --skip-log-bin \
  --ssl-ca="$dir/tls/ca.pem" --ssl-cert="$dir/tls/server.pem" --ssl-key="$dir/tls/server-key.pem" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size=256M --max-connections=500 >"$dir/mariadbd.log" 2>&1 &

for _ in $(seq 1 60); do
  mariadb-admin --socket="$socket" ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb-admin --socket="$socket" ping >/dev/null 2>&1 || { cat "$dir/mariadbd.log" >&2; exit 1; }

mariadb --socket="$socket" -uroot <<SQL
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
CREATE USER IF NOT EXISTS 'hub_test'@'127.0.0.1' IDENTIFIED BY 'hub-test';
GRANT ALL PRIVILEGES ON *.* TO 'hub_test'@'127.0.0.1' WITH GRANT OPTION;
SQL

export HUB_PLANS_DB_PASSWORD=plans-secret
export HUB_TRADE_DB_PASSWORD=trade-secret
export HUB_TOURISM_DB_PASSWORD=tourism-secret
export HUB_FOREIGN_AFFAIRS_DB_PASSWORD=foreign-affairs-secret
export HUB_BORDER_SECURITY_DB_PASSWORD=border-security-secret
MYSQL_CLIENT="mariadb --socket=$socket -uroot" bash "$(dirname "$0")/../deploy/mysql-init/create-databases.sh" >&2

base="127.0.0.1:$port"
cat <<VARS
export HUB_MARIADB_DIR='$dir'
export HUB_TEST_MYSQL_CA_FILE='$dir/tls/ca.pem'
export HUB_TEST_MYSQL_URL='mysql://hub_test:hub-test@$base'
export PLANS_DATABASE_URL='mysql://hub_plans:plans-secret@$base/hub_plans'
export TRADE_DATABASE_URL='mysql://hub_trade:trade-secret@$base/hub_trade'
export TOURISM_DATABASE_URL='mysql://hub_tourism:tourism-secret@$base/hub_tourism'
export FOREIGN_AFFAIRS_DATABASE_URL='mysql://hub_foreign_affairs:foreign-affairs-secret@$base/hub_foreign_affairs'
export BORDER_SECURITY_DATABASE_URL='mysql://hub_border_security:border-security-secret@$base/hub_border_security'
VARS
