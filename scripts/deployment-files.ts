import { databaseName, type DepartmentManifest } from "../shared/core/departments";
import { kubernetesFiles } from "./kubernetes-manifests";

/**
 * The files that cannot import TypeScript — compose, the MySQL init script,
 * the test MariaDB helper, `.env.example` and the tables of the README and docs/deployment.md — written
 * from the departments' manifests. `npm run generate` writes them;
 * `test/deployment-files.test.ts` fails while one is stale.
 */
export interface GeneratedFile {
  /** Path from the repository root. */
  path: string;
  /** The whole file, or for a Markdown guide the text between its markers. */
  content: string;
  /** A section of a Markdown guide: the content goes between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
  section?: string;
}

const password = (d: DepartmentManifest) => `HUB_${d.env}_DB_PASSWORD`;
const service = (d: DepartmentManifest) => d.folder;

function compose(departments: readonly DepartmentManifest[]): string {
  // Hosts on the compose network, which never leaves the host: in production the hub speaks to them in clear.
  const unencrypted = ["mysql", ...departments.map(service)].join(",");
  const lines = [
    "# Generated from the departments' manifests by `npm run generate`; edit subgraphs/<folder>/department.ts instead.",
    "#",
    "# Production-like hub: MySQL 8.4 with one database and one least-privilege",
    `# user per department, a one-shot migration, ${departments.length} subgraphs and the gateway,`,
    "# each in its own container. Secrets come from .env (copy .env.example).",
    "#",
    "#   cp .env.example .env && edit .env",
    "#   docker compose up -d                       # migrates, then serves on :4000",
    "#   docker compose --profile demo run --rm seed   # optional: demo data into empty databases",
    "",
    "x-hub-image: &hub-image",
    "  build: .",
    "  image: provincial-agency-federation-hub:latest",
    "  restart: unless-stopped",
    "",
    "x-needs-schema: &needs-schema",
    "  mysql: { condition: service_healthy }",
    "  migrate: { condition: service_completed_successfully }",
    "",
    "x-subgraph-health: &subgraph-health",
    `  test: ["CMD", "node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]`,
    "  interval: 10s",
    "  timeout: 3s",
    "  retries: 6",
    "  start_period: 20s",
    "",
    "x-database-urls: &database-urls",
    ...departments.map(
      (d) => `  ${d.env}_DATABASE_URL: mysql://${databaseName(d)}:\${${password(d)}:?set in .env}@mysql:3306/${databaseName(d)}`,
    ),
    `  HUB_UNENCRYPTED_HOSTS: \${HUB_UNENCRYPTED_HOSTS-${unencrypted}} # one compose network on one host (docs/deployment.md, "Encrypted in transit")`,
    "",
    "services:",
    "  mysql:",
    "    image: mysql:8.4",
    "    restart: unless-stopped",
    `    command: ["--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"]`,
    "    environment:",
    "      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set in .env}",
    ...departments.map((d) => `      ${password(d)}: \${${password(d)}}`),
    "    volumes:",
    "      - mysql-data:/var/lib/mysql",
    "      # Run once, on an empty data volume: the department databases and users.",
    "      - ./deploy/mysql-init/create-databases.sh:/docker-entrypoint-initdb.d/create-databases.sh:ro",
    "    healthcheck:",
    `      test: ["CMD-SHELL", "mysqladmin ping -h 127.0.0.1 -uroot -p\\"$$MYSQL_ROOT_PASSWORD\\" --silent"]`,
    "      interval: 5s",
    "      timeout: 3s",
    "      retries: 30",
    "      start_period: 30s",
    "",
    "  migrate:",
    "    <<: *hub-image",
    `    restart: "no"`,
    `    command: ["node", "dist/scripts/migrate.js"]`,
    "    environment: *database-urls",
    "    depends_on:",
    "      mysql: { condition: service_healthy }",
    "",
    "  seed:",
    "    <<: *hub-image",
    `    restart: "no"`,
    `    profiles: ["demo"]`,
    `    command: ["node", "dist/scripts/seed.js"]`,
    "    environment: *database-urls",
    "    depends_on: *needs-schema",
    "",
    ...departments.flatMap((d) => [
      `  ${service(d)}:`,
      "    <<: *hub-image",
      `    command: ["node", "dist/subgraphs/${d.folder}/main.js"]`,
      "    environment:",
      `      PORT: "${d.port}"`,
      "      HUB_SUBGRAPH_HOST: 0.0.0.0 # the gateway reaches it over the compose network",
      `      ${d.env}_PORT: "${d.port}"`,
      `      ${d.env}_DATABASE_URL: mysql://${databaseName(d)}:\${${password(d)}}@mysql:3306/${databaseName(d)}`,
      `      HUB_UNENCRYPTED_HOSTS: \${HUB_UNENCRYPTED_HOSTS-${unencrypted}}`,
      "      OTEL_EXPORTER_OTLP_ENDPOINT: ${OTEL_EXPORTER_OTLP_ENDPOINT:-} # the trace collector; unset, no traces",
      "      HUB_IDENTITY_PUBLIC_KEY: ${HUB_IDENTITY_PUBLIC_KEY:?set in .env} # verifies the gateway's identity; it cannot sign one",
      "    healthcheck: *subgraph-health",
      "    depends_on: *needs-schema",
      "",
    ]),
    "  gateway:",
    "    <<: *hub-image",
    `    command: ["node", "dist/gateway/main.js"]`,
    "    environment:",
    `      PORT: "4000"`,
    `      GATEWAY_PORT: "4000"`,
    "      HUB_OPS_TOKEN: ${HUB_OPS_TOKEN:-} # bearer token for /metrics and readiness details; unset, no one reads them",
    "      HUB_OIDC_ISSUER: ${HUB_OIDC_ISSUER:-} # the OpenID Connect provider officials sign in with (docs/web-app.md)",
    "      HUB_OIDC_CLIENT_ID: ${HUB_OIDC_CLIENT_ID:-}",
    "      HUB_OIDC_SCOPE: ${HUB_OIDC_SCOPE:-openid profile}",
    "      HUB_OIDC_CLAIM_PROVINCE: ${HUB_OIDC_CLAIM_PROVINCE:-province}",
    "      HUB_OIDC_CLAIM_AGENCY: ${HUB_OIDC_CLAIM_AGENCY:-agency}",
    "      HUB_OIDC_CLAIM_ROLE: ${HUB_OIDC_CLAIM_ROLE:-role}",
    "      HUB_OIDC_CLAIM_CLEARANCE: ${HUB_OIDC_CLAIM_CLEARANCE:-clearance}",
    "      HUB_OIDC_CLAIM_NAME: ${HUB_OIDC_CLAIM_NAME:-name}",
    "      HUB_AUTH_JWKS_URL: ${HUB_AUTH_JWKS_URL:-} # without OIDC: the token issuer's keys (or HUB_AUTH_PUBLIC_KEY)",
    "      HUB_AUTH_PUBLIC_KEY: ${HUB_AUTH_PUBLIC_KEY:-}",
    "      HUB_AUTH_KEY_ID: ${HUB_AUTH_KEY_ID:-}",
    "      HUB_AUTH_ISSUER: ${HUB_AUTH_ISSUER:-}",
    "      HUB_AUTH_AUDIENCE: ${HUB_AUTH_AUDIENCE:-}",
    "      HUB_IDENTITY_PRIVATE_KEY: ${HUB_IDENTITY_PRIVATE_KEY:?set in .env} # signs the identity forwarded to the departments",
    "      HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES: ${HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES:-} # roles that may send any document (GraphiQL)",
    "      HUB_RATE_LIMIT_STORE: ${HUB_RATE_LIMIT_STORE:-memory} # redis when several gateways share the limits",
    "      HUB_RATE_LIMIT_REDIS_URL: ${HUB_RATE_LIMIT_REDIS_URL:-}",
    "      OTEL_EXPORTER_OTLP_ENDPOINT: ${OTEL_EXPORTER_OTLP_ENDPOINT:-}",
    ...departments.map((d) => `      ${d.env}_URL: http://${service(d)}:${d.port}/graphql`),
    `      HUB_UNENCRYPTED_HOSTS: \${HUB_UNENCRYPTED_HOSTS-${unencrypted}} # the departments, in clear on the compose network`,
    `    ports: ["4000:4000"]`,
    "    healthcheck: *subgraph-health",
    "    depends_on:",
    ...departments.map((d) => `      ${service(d)}: { condition: service_healthy }`),
    "",
    "volumes:",
    "  mysql-data:",
  ];
  return `${lines.join("\n")}\n`;
}

function createDatabases(departments: readonly DepartmentManifest[]): string {
  return `#!/usr/bin/env bash
# Generated from the departments' manifests by \`npm run generate\`.
#
# Creates one database and one user per department, each user with rights on
# its own database only. Used by docker-compose (MySQL runs it on first start)
# and by CI (against MariaDB).
#
# Needs: ${departments.map(password).join(", ")}.
# MYSQL_CLIENT is the command that runs SQL as an administrator
# (default: mysql -uroot -p"$MYSQL_ROOT_PASSWORD").
set -euo pipefail

client=\${MYSQL_CLIENT:-mysql -uroot -p\${MYSQL_ROOT_PASSWORD:-}}

sql=""
for department in ${departments.map((d) => d.env.toLowerCase()).join(" ")}; do
  variable="HUB_$(echo "$department" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password=\${!variable:?"$variable is not set"}
  password=\${password//\\'/\\'\\'}
  sql+="
CREATE DATABASE IF NOT EXISTS hub_\${department} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'hub_\${department}'@'%' IDENTIFIED BY '\${password}';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON hub_\${department}.* TO 'hub_\${department}'@'%';"
done
echo "\${sql}
FLUSH PRIVILEGES;" | $client
echo "Created the ${departments.length} department databases and their users."
`;
}

function testMariadb(departments: readonly DepartmentManifest[]): string {
  const secret = (d: DepartmentManifest) => `${d.folder}-secret`;
  return `#!/usr/bin/env bash
# Generated from the departments' manifests by \`npm run generate\`.
#
# Starts a throwaway MariaDB on 127.0.0.1 (Debian's mariadb-server) with a
# temporary data directory, creates the department databases and users and
# an administrator for the test suite, and prints the variables to export.
#   eval "$(bash scripts/test-mariadb.sh)"
set -euo pipefail

port=\${HUB_MARIADB_PORT:-3307}
dir=\${HUB_MARIADB_DIR:-$(mktemp -d /tmp/hub-mariadb.XXXXXX)}
socket="$dir/mysqld.sock"
me=$(id -un)

mariadb-install-db --user="$me" --datadir="$dir/data" --auth-root-authentication-method=socket >"$dir/install.log" 2>&1
# TLS as in production: a throwaway CA and a certificate for 127.0.0.1, so the suite can connect verifying it.
mkdir -p "$dir/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=hub test CA" -keyout "$dir/tls/ca-key.pem" -out "$dir/tls/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/tls/server-key.pem" -out "$dir/tls/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/tls/san.cnf"
openssl x509 -req -in "$dir/tls/server.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca-key.pem" -CAcreateserial -days 2 \\
  -extfile "$dir/tls/san.cnf" -out "$dir/tls/server.pem" >/dev/null 2>&1
mariadbd --user="$me" --datadir="$dir/data" --socket="$socket" --pid-file="$dir/mysqld.pid" \\
  --port="$port" --bind-address=127.0.0.1 --skip-name-resolve --skip-log-bin \\
  --ssl-ca="$dir/tls/ca.pem" --ssl-cert="$dir/tls/server.pem" --ssl-key="$dir/tls/server-key.pem" \\
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \\
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

${departments.map((d) => `export ${password(d)}=${secret(d)}`).join("\n")}
MYSQL_CLIENT="mariadb --socket=$socket -uroot" bash "$(dirname "$0")/../deploy/mysql-init/create-databases.sh" >&2

base="127.0.0.1:$port"
cat <<VARS
export HUB_MARIADB_DIR='$dir'
export HUB_TEST_MYSQL_CA_FILE='$dir/tls/ca.pem'
export HUB_TEST_MYSQL_URL='mysql://hub_test:hub-test@$base'
${departments.map((d) => `export ${d.env}_DATABASE_URL='mysql://${databaseName(d)}:${secret(d)}@$base/${databaseName(d)}'`).join("\n")}
VARS
`;
}

function envExample(departments: readonly DepartmentManifest[]): string {
  return `# Generated from the departments' manifests by \`npm run generate\`.
# Copy to .env (never commit .env) and replace every value with a long random secret.
MYSQL_ROOT_PASSWORD=change-me-root
${departments.map((d) => `${password(d)}=change-me-${d.folder}`).join("\n")}
# The OpenID Connect provider officials sign in with: its issuer URL, the web app's client id there,
# the scopes to ask for and the claims that carry province, agency, role, clearance and name.
HUB_OIDC_ISSUER=
HUB_OIDC_CLIENT_ID=
HUB_OIDC_SCOPE=openid profile
HUB_OIDC_CLAIM_PROVINCE=province
HUB_OIDC_CLAIM_AGENCY=agency
HUB_OIDC_CLAIM_ROLE=role
HUB_OIDC_CLAIM_CLEARANCE=clearance
HUB_OIDC_CLAIM_NAME=name
# Or, without OIDC, the issuer whose tokens the gateway accepts: its JWKS URL, or one SPKI PEM public key
# (PEM values on one line, with \\n for each line break), and the issuer and audience it writes.
HUB_AUTH_JWKS_URL=
HUB_AUTH_PUBLIC_KEY=
HUB_AUTH_KEY_ID=
HUB_AUTH_ISSUER=
HUB_AUTH_AUDIENCE=
# The gateway's own ES256 key pair: the private half (PKCS#8 PEM) signs what it forwards to the
# departments, the public half (SPKI PEM) is all a department gets. Make one with:
#   openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt > identity.key
#   openssl ec -in identity.key -pubout > identity.pub
HUB_IDENTITY_PRIVATE_KEY=
HUB_IDENTITY_PUBLIC_KEY=
# Optional: lets Prometheus read the gateway's /metrics (Authorization: Bearer <token>).
HUB_OPS_TOKEN=
# Optional: roles whose officials may send any GraphQL document, not only the clients' trusted ones (admin for GraphiQL).
HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES=
# Optional: a Redis several gateways share their rate limits in (HUB_RATE_LIMIT_STORE=redis, rediss:// to another host).
HUB_RATE_LIMIT_STORE=memory
HUB_RATE_LIMIT_REDIS_URL=
# Optional: the OpenTelemetry collector every service sends its traces to (http://collector:4318).
OTEL_EXPORTER_OTLP_ENDPOINT=
# Hosts reached in clear on the compose network; empty requires TLS everywhere (docs/deployment.md).
#HUB_UNENCRYPTED_HOSTS=
`;
}

/** "SCT, TTXTTMDT, BQLKKT, SKHDT until 2025-02-28, STC from 2025-03-01": the function's national holders. */
function holdersSummary(department: DepartmentManifest): string {
  return department.function.holders
    .map((h) => (h.until ? `${h.agency} until ${h.until}` : h.from ? `${h.agency} from ${h.from}` : h.agency))
    .join(", ");
}

function readmePorts(departments: readonly DepartmentManifest[]): string {
  return [
    "| service | default port | port variable | URL variable (used by the gateway) | operated by (the agencies holding its function; a province may differ) |",
    "|---|---|---|---|---|",
    "| gateway | 4000 | `GATEWAY_PORT` | | |",
    ...departments.map((d) => `| ${d.name} | ${d.port} | \`${d.env}_PORT\` | \`${d.env}_URL\` | ${holdersSummary(d)} |`),
  ].join("\n");
}

function readmeDatabases(departments: readonly DepartmentManifest[]): string {
  return ["| subgraph | variable |", "|---|---|", ...departments.map((d) => `| ${d.name} | \`${d.env}_DATABASE_URL\` |`)].join("\n");
}

export function deploymentFiles(departments: readonly DepartmentManifest[]): GeneratedFile[] {
  return [
    { path: "docker-compose.yml", content: compose(departments) },
    { path: "deploy/mysql-init/create-databases.sh", content: createDatabases(departments) },
    { path: "scripts/test-mariadb.sh", content: testMariadb(departments) },
    { path: ".env.example", content: envExample(departments) },
    { path: "README.md", section: "ports", content: readmePorts(departments) },
    { path: "docs/deployment.md", section: "databases", content: readmeDatabases(departments) },
    ...kubernetesFiles(departments),
  ];
}

/** `text` with `file` applied: the whole file, or its generated section replaced. */
export function applyGenerated(text: string | null, file: GeneratedFile): string {
  if (!file.section) return file.content;
  const open = `<!-- generated:${file.section} -->`;
  const close = `<!-- /generated:${file.section} -->`;
  const start = text?.indexOf(open) ?? -1;
  const end = text?.indexOf(close) ?? -1;
  if (text === null || start < 0 || end < start) throw new Error(`${file.path} has no ${open} … ${close} section`);
  return `${text.slice(0, start + open.length)}\n${file.content}\n${text.slice(end)}`;
}
