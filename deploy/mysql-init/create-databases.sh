#!/usr/bin/env bash
# Generated from the departments' manifests by `npm run generate`.
#
# Creates one database and one user per department, each user with rights on
# its own database only. Used by docker-compose (MySQL runs it on first start)
# and by CI (against MariaDB).
#
# Needs: HUB_PLANS_DB_PASSWORD, HUB_TRADE_DB_PASSWORD, HUB_TOURISM_DB_PASSWORD, HUB_FOREIGN_AFFAIRS_DB_PASSWORD, HUB_BORDER_SECURITY_DB_PASSWORD.
# MYSQL_CLIENT is the command that runs SQL as an administrator
# (default: mysql -uroot -p"$MYSQL_ROOT_PASSWORD").
set -euo pipefail

client=${MYSQL_CLIENT:-mysql -uroot -p${MYSQL_ROOT_PASSWORD:-}}

sql=""
for department in plans trade tourism foreign_affairs border_security; do
  variable="HUB_$(echo "$department" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password=${!variable:?"$variable is not set"}
  password=${password//\'/\'\'}
  sql+="
CREATE DATABASE IF NOT EXISTS hub_${department} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'hub_${department}'@'%' IDENTIFIED BY '${password}';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON hub_${department}.* TO 'hub_${department}'@'%';"
done
echo "${sql}
FLUSH PRIVILEGES;" | $client
echo "Created the 5 department databases and their users."
