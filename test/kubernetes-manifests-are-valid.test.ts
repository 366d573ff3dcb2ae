import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { environments } from "../scripts/kubernetes-manifests";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";

type Doc = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: any;
};

/** The Kubernetes API's models (kubernetes-models: the OpenAPI schemas of the API), by apiVersion and kind. */
function model(doc: Doc): new (value: Doc) => { validate(): void } {
  const group = doc.apiVersion.includes("/") ? doc.apiVersion : `v1`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`kubernetes-models/${group}/${doc.kind}`);
  return module[doc.kind];
}

function read(file: string): Doc[] {
  const documents = parseAllDocuments(fs.readFileSync(path.join(REPOSITORY_ROOT, file), "utf8"));
  for (const document of documents) expect(document.errors).toEqual([]);
  return documents.map((document) => document.toJSON() as Doc);
}

const SERVICES = ["gateway", ...DEPARTMENTS.map((d) => d.folder)];

describeWithoutDatabase("the Kubernetes manifests are valid against the Kubernetes API's schemas, and each service deploys alone", () => {
  const cases = environments().flatMap((environment) => SERVICES.map((service) => [environment, service] as const));

  it("has an environment for staging and one for production, with a values file each", () => {
    expect(environments()).toEqual(["production", "staging"]);
  });

  it.each(cases)("%s / %s: every resource and secret is valid against its schema", (environment, service) => {
    const folder = `deploy/kubernetes/${environment}/${service}`;
    const docs = [...read(`${folder}/resources.yaml`), ...read(`${folder}/secrets.example.yaml`)];
    expect(docs.length).toBeGreaterThan(5);
    for (const doc of docs) expect(() => new (model(doc))(doc).validate()).not.toThrow();
    const kustomization = read(`${folder}/kustomization.yaml`)[0] as unknown as { kind: string; resources: string[] };
    expect(kustomization.kind).toBe("Kustomization");
    for (const resource of kustomization.resources) expect(fs.existsSync(path.join(REPOSITORY_ROOT, folder, resource))).toBe(true);
  });

  it.each(cases)(
    "%s / %s: probes on the health endpoints, resources, an autoscaler and a disruption budget on its Deployment; every secret it reads is declared",
    (environment, service) => {
      const folder = `deploy/kubernetes/${environment}/${service}`;
      const docs = read(`${folder}/resources.yaml`);
      const secrets = read(`${folder}/secrets.example.yaml`);
      const kinds = (kind: string) => docs.filter((d) => d.kind === kind);
      const [deployment] = kinds("Deployment");
      expect(kinds("Deployment")).toHaveLength(1);
      const pod = deployment.spec.template;
      const [container] = pod.spec.containers;
      const port = container.ports[0].containerPort;
      expect(container.livenessProbe.httpGet).toMatchObject({ path: "/health/live", port });
      expect(container.readinessProbe.httpGet.path).toMatch(/^\/health\/(ready|live)$/);
      for (const resource of ["cpu", "memory"]) {
        expect(container.resources.requests[resource]).toBeTruthy();
        expect(container.resources.limits[resource]).toBeTruthy();
      }
      expect(pod.spec.securityContext.runAsNonRoot).toBe(true);

      // the autoscaler, the disruption budget and the Service all find the Deployment's pods
      const podLabels = pod.metadata.labels as Record<string, string>;
      const matches = (selector: Record<string, string>) => Object.entries(selector).every(([key, value]) => podLabels[key] === value);
      expect(matches(deployment.spec.selector.matchLabels)).toBe(true);
      const [hpa] = kinds("HorizontalPodAutoscaler");
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name });
      expect(hpa.spec.maxReplicas).toBeGreaterThanOrEqual(hpa.spec.minReplicas);
      expect(matches(kinds("PodDisruptionBudget")[0].spec.selector.matchLabels)).toBe(true);
      const [svc] = kinds("Service");
      expect(matches(svc.spec.selector)).toBe(true);
      expect(svc.spec.ports[0].targetPort).toBe(port);

      // every Secret and ConfigMap key the pod reads is in the secrets to fill in, in its namespace
      const declared = new Set(
        secrets.flatMap((s) =>
          Object.keys(s.stringData ?? s.data ?? {}).map((key) => `${s.kind}/${s.metadata.namespace}/${s.metadata.name}/${key}`),
        ),
      );
      const names = new Set(secrets.map((s) => `${s.kind}/${s.metadata.namespace}/${s.metadata.name}`));
      const namespace = deployment.metadata.namespace;
      for (const c of [...pod.spec.containers, ...(pod.spec.initContainers ?? [])]) {
        for (const variable of c.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
          if (!ref) continue;
          const kind = variable.valueFrom.secretKeyRef ? "Secret" : "ConfigMap";
          expect(declared).toContain(`${kind}/${namespace}/${ref.name}/${ref.key}`);
        }
      }
      for (const volume of pod.spec.volumes) {
        if (volume.secret) expect(names).toContain(`Secret/${namespace}/${volume.secret.secretName}`);
        if (volume.configMap) expect(names).toContain(`ConfigMap/${namespace}/${volume.configMap.name}`);
      }
    },
  );

  it.each(environments())(
    "%s: a department accepts traffic only from the gateway's pods, and its folder names no other department",
    (environment) => {
      const gateway = read(`deploy/kubernetes/${environment}/gateway/resources.yaml`);
      const gatewayDeployment = gateway.find((d) => d.kind === "Deployment")!;
      const gatewayLabels = gatewayDeployment.spec.template.metadata.labels as Record<string, string>;
      const gatewayEnv = new Map<string, string>(
        gatewayDeployment.spec.template.spec.containers[0].env.map((v: { name: string; value?: string }) => [v.name, v.value]),
      );
      for (const department of DEPARTMENTS) {
        const folder = `deploy/kubernetes/${environment}/${department.folder}`;
        const docs = read(`${folder}/resources.yaml`);
        const [policy] = docs.filter((d) => d.kind === "NetworkPolicy");
        const deployment = docs.find((d) => d.kind === "Deployment")!;
        const podLabels = deployment.spec.template.metadata.labels as Record<string, string>;
        expect(Object.entries(policy.spec.podSelector.matchLabels).every(([k, v]) => podLabels[k] === v)).toBe(true);
        expect(policy.spec.policyTypes).toEqual(["Ingress"]);
        expect(policy.spec.ingress).toHaveLength(1);
        const [rule] = policy.spec.ingress;
        expect(rule.from).toHaveLength(1);
        expect(rule.from[0].namespaceSelector.matchLabels).toEqual({ "kubernetes.io/metadata.name": gatewayDeployment.metadata.namespace });
        expect(Object.entries(rule.from[0].podSelector.matchLabels).every(([k, v]) => gatewayLabels[k] === v)).toBe(true);
        expect(rule.ports).toEqual([{ protocol: "TCP", port: department.port }]);

        // the gateway reaches it at its Service's name and port, over HTTPS
        const service = docs.find((d) => d.kind === "Service")!;
        expect(gatewayEnv.get(`${department.env}_URL`)).toBe(
          `https://${service.metadata.name}.${service.metadata.namespace}.svc.cluster.local:${service.spec.ports[0].port}/graphql`,
        );

        // deployed alone: nothing of another department, and only the gateway's public key
        const text = ["resources.yaml", "secrets.example.yaml"]
          .map((file) => fs.readFileSync(path.join(REPOSITORY_ROOT, folder, file), "utf8"))
          .join("\n");
        for (const other of DEPARTMENTS.filter((d) => d !== department)) {
          expect(text).not.toContain(`${other.env}_`);
          expect(text).not.toContain(`hub-${other.folder}`);
        }
        expect(text).not.toContain("HUB_IDENTITY_PRIVATE_KEY");
        expect(text).toContain("HUB_IDENTITY_PUBLIC_KEY");
      }
    },
  );

  it("the schemas refuse what the API server would: a wrong type, a missing required field", () => {
    const deployment = read("deploy/kubernetes/production/plans/resources.yaml").find((d) => d.kind === "Deployment")!;
    const Deployment = model(deployment);
    const wrongType = structuredClone(deployment);
    wrongType.spec.replicas = "two";
    expect(() => new Deployment(wrongType).validate()).toThrow(/replicas must be integer/);
    const noSelector = structuredClone(deployment);
    delete noSelector.spec.selector;
    expect(() => new Deployment(noSelector).validate()).toThrow(/selector/);
    const probe = structuredClone(deployment);
    probe.spec.template.spec.containers[0].livenessProbe.httpGet.scheme = "FTP";
    expect(() => new Deployment(probe).validate()).toThrow();
  });
});
