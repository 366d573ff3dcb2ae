import fs from "node:fs";
import path from "node:path";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IPodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IService } from "kubernetes-models/v1/Service";
import type { IVolume } from "kubernetes-models/v1/Volume";
import type { IVolumeMount } from "kubernetes-models/v1/VolumeMount";
import { stringify } from "yaml";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { databaseName, type DepartmentManifest } from "../shared/core/departments";

/**
 * Kubernetes manifests, rendered from the departments' manifests and one
 * values file per environment (`deploy/kubernetes/values/<env>.json`) into
 * `deploy/kubernetes/<env>/<service>/`: plain resources and a
 * `kustomization.yaml` listing them, so `kubectl apply -k` applies one
 * service alone — a department deploys its own subgraph into its own
 * namespace or cluster with nothing of the others. `npm run generate` writes
 * them; `test/kubernetes-manifests-are-valid.test.ts` validates them.
 */
export interface KubernetesValues {
  /** The hub's image, with its version. */
  image: string;
  gateway: ServiceValues & {
    namespace: string;
    /** HUB_GATEWAY_WORKERS: processes per pod (the CPUs the pod is given). */
    workers: number;
  };
  departments: ServiceValues & {
    /** A department's namespace: this prefix and its folder (`hub-plans`). */
    namespacePrefix: string;
    /** The cluster domain the gateway reaches departments in: `svc.cluster.local`. */
    clusterDomain: string;
    /** Departments require the gateway's client certificate (HUB_TLS_CLIENT_CA_FILE). */
    mutualTls: boolean;
  };
}

interface ServiceValues {
  replicas: { min: number; max: number };
  /** Average CPU use, in % of the request, above which the autoscaler adds a pod. */
  targetCpuPercent: number;
  resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
}

/** The kinds rendered, typed by the Kubernetes API's own models: a misspelt field does not compile. */
type Resource =
  IDeployment | IHorizontalPodAutoscaler | IPodDisruptionBudget | IService | INetworkPolicy | INamespace | ISecret | IConfigMap;

const GATEWAY_PORT = 4000;
const PROVINCE_CA = "hub-province-ca"; // ConfigMap: the province's CA (public), ca.crt
const GATEWAY_CLIENT_TLS = "hub-gateway-client-tls"; // Secret (kubernetes.io/tls): the gateway's client certificate

export function environments(): string[] {
  const folder = path.join(REPOSITORY_ROOT, "deploy/kubernetes/values");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .map((file) => path.basename(file, ".json"))
    .sort();
}

export function readValues(environment: string): KubernetesValues {
  return JSON.parse(fs.readFileSync(path.join(REPOSITORY_ROOT, "deploy/kubernetes/values", `${environment}.json`), "utf8"));
}

const namespaceOf = (values: KubernetesValues, d: DepartmentManifest) => `${values.departments.namespacePrefix}${d.folder}`;
const labels = (app: string) => ({ "app.kubernetes.io/name": app, "app.kubernetes.io/part-of": "provincial-agency-federation-hub" });
const selector = (app: string) => ({ "app.kubernetes.io/name": app });

/** What every hub container shares: non-root, read-only image, a writable /tmp (OCR works there). */
function container(
  app: string,
  values: KubernetesValues,
  service: ServiceValues,
  command: string[],
  port: number,
  https: boolean,
  env: IEnvVar[],
  mounts: IVolumeMount[],
  readiness = "/health/ready",
): IContainer {
  const probe = (pathname: string, period: number) => ({
    httpGet: { path: pathname, port, scheme: https ? ("HTTPS" as const) : ("HTTP" as const) },
    periodSeconds: period,
    timeoutSeconds: 3,
    failureThreshold: 3,
  });
  return {
    name: app,
    image: values.image,
    command,
    ports: [{ name: https ? "https" : "http", containerPort: port }],
    env,
    resources: service.resources,
    livenessProbe: { ...probe("/health/live", 10), initialDelaySeconds: 20 },
    readinessProbe: probe(readiness, 5),
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
    volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...mounts],
  };
}

function workload(
  app: string,
  namespace: string,
  service: ServiceValues,
  podContainer: IContainer,
  volumes: IVolume[],
  initContainers: IContainer[] = [],
): Resource[] {
  const meta = { name: app, namespace, labels: labels(app) };
  return [
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta,
      spec: {
        replicas: service.replicas.min,
        selector: { matchLabels: selector(app) },
        template: {
          metadata: { labels: labels(app) },
          spec: {
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: "RuntimeDefault" } },
            // SIGTERM: the service stops accepting, finishes its requests (HUB_SHUTDOWN_GRACE_MS, 10 s), then exits
            terminationGracePeriodSeconds: 30,
            initContainers: initContainers.length ? initContainers : undefined,
            containers: [podContainer],
            volumes: [TMP_VOLUME, ...volumes],
          },
        },
      },
    },
    {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: meta,
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: app },
        minReplicas: service.replicas.min,
        maxReplicas: service.replicas.max,
        metrics: [
          { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: service.targetCpuPercent } } },
        ],
      },
    },
    {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: meta,
      spec: { ...(service.replicas.min > 1 ? { minAvailable: 1 } : { maxUnavailable: 1 }), selector: { matchLabels: selector(app) } },
    },
  ];
}

const TMP_VOLUME: IVolume = { name: "tmp", emptyDir: {} };

const configMap = (name: string, namespace: string, data: Record<string, string>): IConfigMap => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name, namespace },
  data,
});

const secret = (name: string, namespace: string, type: string, stringData: Record<string, string>): ISecret => ({
  apiVersion: "v1",
  kind: "Secret",
  metadata: { name, namespace },
  type,
  stringData,
});

const fromSecret = (name: string, secret: string, key = name): IEnvVar => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
const fromConfigMap = (name: string, configMap: string, key = name): IEnvVar => ({
  name,
  valueFrom: { configMapKeyRef: { name: configMap, key } },
});

function departmentResources(values: KubernetesValues, d: DepartmentManifest): Resource[] {
  const app = `hub-${d.folder}`;
  const namespace = namespaceOf(values, d);
  const secret = `${app}-secrets`;
  const tlsSecret = `${app}-tls`;
  const env: IEnvVar[] = [
    { name: "NODE_ENV", value: "production" },
    { name: "PORT", value: String(d.port) },
    { name: `${d.env}_PORT`, value: String(d.port) },
    { name: "HUB_SUBGRAPH_HOST", value: "0.0.0.0" },
    fromSecret(`${d.env}_DATABASE_URL`, secret),
    // its read replicas, if any (comma-separated MySQL URLs; empty: none)
    fromSecret(`${d.env}_DATABASE_REPLICA_URLS`, secret),
    // the gateway's public key: it verifies the identity the gateway signs, and can sign none
    fromConfigMap("HUB_IDENTITY_PUBLIC_KEY", "hub-gateway-identity"),
    { name: "HUB_TLS_CERT_FILE", value: "/etc/hub/tls/tls.crt" },
    { name: "HUB_TLS_KEY_FILE", value: "/etc/hub/tls/tls.key" },
    ...(values.departments.mutualTls ? [{ name: "HUB_TLS_CLIENT_CA_FILE", value: "/etc/hub/province-ca/ca.crt" }] : []),
  ];
  const mounts: IVolumeMount[] = [
    { name: "tls", mountPath: "/etc/hub/tls", readOnly: true },
    ...(values.departments.mutualTls ? [{ name: "province-ca", mountPath: "/etc/hub/province-ca", readOnly: true }] : []),
  ];
  const volumes: IVolume[] = [
    { name: "tls", secret: { secretName: tlsSecret } },
    ...(values.departments.mutualTls ? [{ name: "province-ca", configMap: { name: PROVINCE_CA } }] : []),
  ];
  const podContainer = container(
    app,
    values,
    values.departments,
    ["node", `dist/subgraphs/${d.folder}/main.js`],
    d.port,
    true,
    env,
    mounts,
  );
  return [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: labels(app) } },
    // its database brought to the current schema before the department serves (a second pod starting at once may fail this once, and restarts)
    ...workload(app, namespace, values.departments, podContainer, volumes, [
      {
        name: "migrate",
        image: values.image,
        command: ["node", "dist/scripts/migrate.js"],
        env: env.filter((variable) => variable.name === `${d.env}_DATABASE_URL` || variable.name === "NODE_ENV"),
        resources: values.departments.resources,
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
        volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
      },
    ]),
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: app, namespace, labels: labels(app) },
      spec: { selector: selector(app), ports: [{ name: "https", port: d.port, targetPort: d.port }] },
    },
    {
      // only the gateway's pods reach the department; nothing else in the cluster does
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${app}-from-gateway`, namespace, labels: labels(app) },
      spec: {
        podSelector: { matchLabels: selector(app) },
        policyTypes: ["Ingress"],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": values.gateway.namespace } },
                podSelector: { matchLabels: selector("hub-gateway") },
              },
            ],
            ports: [{ protocol: "TCP", port: d.port }],
          },
        ],
      },
    },
  ];
}

/** The department's secrets, to fill and apply apart (never committed with values). */
function departmentSecrets(values: KubernetesValues, d: DepartmentManifest): Resource[] {
  const app = `hub-${d.folder}`;
  const namespace = namespaceOf(values, d);
  return [
    secret(`${app}-secrets`, namespace, "Opaque", {
      [`${d.env}_DATABASE_URL`]: `mysql://${databaseName(d)}:CHANGE-ME@mysql.example:3306/${databaseName(d)}`,
      // its read replicas (operations.md, "Read replicas"), comma-separated; empty: none
      [`${d.env}_DATABASE_REPLICA_URLS`]: "",
    }),
    secret(`${app}-tls`, namespace, "kubernetes.io/tls", {
      "tls.crt": "CHANGE-ME: the department's certificate (PEM)",
      "tls.key": "CHANGE-ME: its key (PEM)",
    }),
    configMap("hub-gateway-identity", namespace, { HUB_IDENTITY_PUBLIC_KEY: "CHANGE-ME: the gateway's identity public key (JWK or PEM)" }),
    ...(values.departments.mutualTls ? [configMap(PROVINCE_CA, namespace, { "ca.crt": "CHANGE-ME: the province's CA (PEM)" })] : []),
  ];
}

function gatewayResources(values: KubernetesValues, departments: readonly DepartmentManifest[]): Resource[] {
  const app = "hub-gateway";
  const namespace = values.gateway.namespace;
  const secret = "hub-gateway-secrets";
  const env: IEnvVar[] = [
    { name: "NODE_ENV", value: "production" },
    { name: "PORT", value: String(GATEWAY_PORT) },
    { name: "GATEWAY_PORT", value: String(GATEWAY_PORT) },
    { name: "HUB_GATEWAY_WORKERS", value: String(values.gateway.workers) },
    fromSecret("HUB_IDENTITY_PRIVATE_KEY", secret),
    fromSecret("HUB_OPS_TOKEN", secret),
    // several pods share rate limits and sessions (sign-outs, idle time) through Redis
    { name: "HUB_RATE_LIMIT_STORE", value: "redis" },
    fromSecret("HUB_RATE_LIMIT_REDIS_URL", secret),
    { name: "HUB_SESSION_STORE", value: "redis" },
    fromSecret("HUB_SESSION_REDIS_URL", secret),
    fromSecret("HUB_OIDC_ISSUER", secret),
    fromSecret("HUB_OIDC_CLIENT_ID", secret),
    { name: "NODE_EXTRA_CA_CERTS", value: "/etc/hub/province-ca/ca.crt" },
    ...(values.departments.mutualTls
      ? [
          { name: "HUB_TLS_CLIENT_CERT_FILE", value: "/etc/hub/client-tls/tls.crt" },
          { name: "HUB_TLS_CLIENT_KEY_FILE", value: "/etc/hub/client-tls/tls.key" },
        ]
      : []),
    ...departments.map((d) => ({
      name: `${d.env}_URL`,
      value: `https://hub-${d.folder}.${namespaceOf(values, d)}.${values.departments.clusterDomain}:${d.port}/graphql`,
    })),
  ];
  const mounts: IVolumeMount[] = [
    { name: "province-ca", mountPath: "/etc/hub/province-ca", readOnly: true },
    ...(values.departments.mutualTls ? [{ name: "client-tls", mountPath: "/etc/hub/client-tls", readOnly: true }] : []),
  ];
  const volumes: IVolume[] = [
    { name: "province-ca", configMap: { name: PROVINCE_CA } },
    ...(values.departments.mutualTls ? [{ name: "client-tls", secret: { secretName: GATEWAY_CLIENT_TLS } }] : []),
  ];
  // ready when it serves: its own /health/ready says whether every department is, and one department down must not take the gateway out of service
  const podContainer = container(
    app,
    values,
    values.gateway,
    ["node", "dist/gateway/main.js"],
    GATEWAY_PORT,
    false,
    env,
    mounts,
    "/health/live",
  );
  return [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: labels(app) } },
    ...workload(app, namespace, values.gateway, podContainer, volumes),
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: app, namespace, labels: labels(app) },
      spec: { selector: selector(app), ports: [{ name: "http", port: GATEWAY_PORT, targetPort: GATEWAY_PORT }] },
    },
    {
      // the public door: the province's TLS edge (an ingress controller) in front; the departments are reached from here only
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${app}-ingress`, namespace, labels: labels(app) },
      spec: {
        podSelector: { matchLabels: selector(app) },
        policyTypes: ["Ingress"],
        ingress: [{ ports: [{ protocol: "TCP", port: GATEWAY_PORT }] }],
      },
    },
  ];
}

function gatewaySecrets(values: KubernetesValues): Resource[] {
  const namespace = values.gateway.namespace;
  return [
    secret("hub-gateway-secrets", namespace, "Opaque", {
      HUB_IDENTITY_PRIVATE_KEY: "CHANGE-ME: signs the identity forwarded to the departments (JWK or PEM)",
      HUB_OPS_TOKEN: "CHANGE-ME",
      HUB_RATE_LIMIT_REDIS_URL: "rediss://redis.example:6380",
      HUB_SESSION_REDIS_URL: "rediss://redis.example:6380",
      HUB_OIDC_ISSUER: "https://sso.example.gov.vn/realms/province",
      HUB_OIDC_CLIENT_ID: "provincial-hub",
    }),
    configMap(PROVINCE_CA, namespace, { "ca.crt": "CHANGE-ME: the province's CA (PEM)" }),
    ...(values.departments.mutualTls
      ? [
          secret(GATEWAY_CLIENT_TLS, namespace, "kubernetes.io/tls", {
            "tls.crt": "CHANGE-ME: the gateway's client certificate, from the province's CA (PEM)",
            "tls.key": "CHANGE-ME (PEM)",
          }),
        ]
      : []),
  ];
}

const HEADER = "# Generated by `npm run generate` from subgraphs/<folder>/department.ts and deploy/kubernetes/values/";

function yamlOf(resources: Resource[], note?: string): string {
  const head = [HEADER, ...(note ? [note] : [])].join("\n");
  return `${head}\n${resources.map((r) => stringify(r, { lineWidth: 0 })).join("---\n")}`;
}

/** Every rendered resource of one environment, by service folder: for the files and for the validation test. */
export function kubernetesResources(
  environment: string,
  departments: readonly DepartmentManifest[],
): { service: string; resources: Resource[]; secrets: Resource[] }[] {
  const values = readValues(environment);
  return [
    { service: "gateway", resources: gatewayResources(values, departments), secrets: gatewaySecrets(values) },
    ...departments.map((d) => ({ service: d.folder, resources: departmentResources(values, d), secrets: departmentSecrets(values, d) })),
  ];
}

export function kubernetesFiles(departments: readonly DepartmentManifest[]): { path: string; content: string }[] {
  return environments().flatMap((environment) =>
    kubernetesResources(environment, departments).flatMap(({ service, resources, secrets }) => {
      const folder = `deploy/kubernetes/${environment}/${service}`;
      return [
        { path: `${folder}/resources.yaml`, content: yamlOf(resources) },
        {
          path: `${folder}/secrets.example.yaml`,
          content: yamlOf(
            secrets,
            "# Fill in and apply apart (kubectl apply -f), or create them from your secret store; never commit the values.",
          ),
        },
        {
          path: `${folder}/kustomization.yaml`,
          content: `${HEADER}\n# kubectl apply -k ${folder} (the secrets first: secrets.example.yaml, filled in)\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - resources.yaml\n`,
        },
      ];
    }),
  );
}
