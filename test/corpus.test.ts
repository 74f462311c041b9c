/**
 * The real-world corpus: 281 infrastructure files from public repositories, kept outside the
 * repository (`../shared/corpus-sample` from the repo root, see its README.md and SOURCES.tsv).
 * The scan must finish without an internal error, account for every file, give the same findings
 * with and without worker threads, never print a secret, and keep the hand-checked findings below
 * at their exact positions. Without the folder, every test here is reported as skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, repoRoot } from './helpers.js';

const CORPUS = join(repoRoot, '..', 'shared', 'corpus-sample');
const present = existsSync(join(CORPUS, 'SOURCES.tsv'));

interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  path: string;
  range: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  fingerprint: string;
}

interface JsonReport {
  findings: JsonFinding[];
  stats: { files: number; byKind: Record<string, number>; skipped: Record<string, number> };
}

/** Scans the corpus from inside it, so finding paths are corpus-relative (as in SOURCES.tsv). */
function scanCorpus(workers: number) {
  const run = cli(['scan', '.', '--format', 'json', '--workers', String(workers)], { cwd: CORPUS });
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, report: JSON.parse(run.stdout) as JsonReport };
}

function filesOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(CORPUS, join(entry.parentPath, entry.name)));
}

describe.skipIf(!present)('real-world corpus (../shared/corpus-sample)', () => {
  let one: ReturnType<typeof scanCorpus>;
  let two: ReturnType<typeof scanCorpus>;

  beforeAll(() => {
    one = scanCorpus(1);
    two = scanCorpus(2);
  });

  it('finishes with exit code 0 or 1 and no internal error', () => {
    expect(one.stderr).toBe('');
    expect([0, 1]).toContain(one.code);
    expect([0, 1]).toContain(two.code);
    expect(one.report.findings.filter((f) => f.ruleId === 'infralint/internal-error')).toEqual([]);
  });

  it('accounts for every file on disk: checked by kind, or skipped by reason', () => {
    const { stats } = one.report;
    const skipped = Object.values(stats.skipped).reduce((sum, n) => sum + n, 0);
    // Every file in the folder, README.md and SOURCES.tsv included (they count as not infrastructure).
    expect(stats.files + skipped).toBe(filesOnDisk(CORPUS).length);
    expect(filesOnDisk(CORPUS).length).toBe(283);
    // Against the kinds in SOURCES.tsv: terraform = 50 .tf/.tofu + 10 .tfvars; kubernetes = 71
    // manifests + 7 kustomization.yaml with apiVersion/kind (3 without are plain YAML).
    expect(stats.byKind).toEqual({ compose: 25, dockerfile: 40, 'github-actions': 25, 'gitlab-ci': 12, kubernetes: 78, terraform: 60 });
    // Not infrastructure (31): 8 Kubernetes look-alikes (istio release notes), 15 Helm chart
    // metadata files (values files have no Chart.yaml beside them in the sample, so they are not
    // Helm values here), 3 kustomization.yaml without apiVersion/kind, _helpers.tpl x2 and
    // NOTES.txt, README.md and SOURCES.tsv. Helm templates with {{ }} (12) are skipped as such.
    expect(stats.skipped).toEqual({ 'not-infrastructure': 31, 'helm-template': 12 });
  });

  it('gives the same findings with --workers 2 as with --workers 1', () => {
    const key = (f: JsonFinding) => `${f.fingerprint} ${f.ruleId} ${f.path}:${f.range.start.line}:${f.range.start.column}`;
    expect(two.report.findings.map(key)).toEqual(one.report.findings.map(key));
    expect(two.report.stats).toEqual(one.report.stats);
  });

  it('never prints a secret: secret findings show a mask of the right length', () => {
    const secretFindings = one.report.findings.filter((f) => f.ruleId.includes('secret'));
    expect(secretFindings.length).toBeGreaterThan(0);
    for (const finding of secretFindings) {
      const text = readFileSync(join(CORPUS, finding.path), 'utf8');
      const raw = text.slice(finding.range.start.offset, finding.range.end.offset);
      expect(finding.message, `${finding.path}:${finding.range.start.line}`).toContain(`…(${raw.length} chars)`);
      // Plain lower-case words (`POSTGRES_PASSWORD: superset`) are also service names and paths
      // in the report; any other value must appear nowhere in it.
      if (!/^[a-z]+$/.test(raw)) expect(one.stdout.includes(raw), `${raw.slice(0, 2)}… printed`).toBe(false);
    }
  });

  // Each was checked by reading the file at that line: rule, path, line, column of the start.
  const HAND_CHECKED: [rule: string, path: string, line: number, column: number][] = [
    // `FROM alpine`: no tag.
    ['dockerfile/no-latest-image', 'vimagick__dockerfiles/collectd/Dockerfile', 5, 6],
    // `FROM alpine:latest`: points at the tag.
    ['dockerfile/no-latest-image', 'jessfraz__dockerfiles/cli53/Dockerfile', 1, 13],
    // `ARG VARIANT=${templateOption:imageVariant}`: a template placeholder BuildKit rejects.
    ['infralint/parse-error', 'microsoft__vscode-dev-containers/containers/azure-functions-pwsh/.devcontainer/Dockerfile', 5, 30],
    // A Dockerfile named `Dockerfile-<variant>`; the final stage sets no USER.
    ['dockerfile/run-as-non-root', 'GoogleCloudPlatform__kubernetes-engine-samples/windows/aspnet-gmsa/Dockerfile-WINDOWS_LTSC2019', 28, 1],
    // Compose file format v1 (services at the top level): `privileged: true`, an untagged image, a password.
    ['compose/privileged', 'vimagick__dockerfiles/pure-ftpd/docker-compose.yml', 7, 15],
    ['compose/no-latest-image', 'vimagick__dockerfiles/darkice/docker-compose.yml', 5, 12],
    ['compose/hardcoded-secret', 'vimagick__dockerfiles/shadowsocks/libev-arm/docker-compose.yml', 8, 16],
    ['kubernetes/privileged-container', 'GoogleCloudPlatform__kubernetes-engine-samples/observability/elastic-stack-tutorial/max-map-count-setter-ds.yaml', 59, 25],
    ['kubernetes/host-namespaces', 'open-policy-agent__gatekeeper-library/artifacthub/library/pod-security-policy/host-network-ports/1.1.3/samples/psp-host-network-ports/disallowed_ephemeral.yaml', 8, 16],
    ['kubernetes/rbac-wildcard', 'argoproj__argo-cd/manifests/cluster-rbac/application-controller/argocd-application-controller-clusterrole.yaml', 13, 5],
    ['github-actions/action-on-branch', 'bitnami__charts/.github/workflows/index-update.yml', 124, 68],
    ['github-actions/unpinned-action', 'GoogleCloudPlatform__kubernetes-engine-samples/.github/workflows/ai-ml-t5-model-serving-ci.yml', 17, 32],
    // `image: { name: alpine }` in a job.
    ['gitlab-ci/no-latest-image', 'firecow__gitlab-ci-local/tests/test-cases/image/.gitlab-ci.yml', 61, 11],
    // `vmadmin-password = { secret_name = "…", value = "…" }` in a .tfvars.
    ['terraform/hardcoded-secret', 'aztfmod__terraform-azurerm-caf/examples/compute/azure_virtual_desktop/wvd_resources_and_session_host/secrets_seeding.tfvars', 19, 22],
  ];

  it.each(HAND_CHECKED)('%s at %s:%i:%i', (rule, path, line, column) => {
    const at = one.report.findings.filter((f) => f.path === path && f.ruleId === rule).map((f) => `${f.range.start.line}:${f.range.start.column}`);
    expect(at).toContain(`${line}:${column}`);
  });

  it('reports nothing on Kubernetes look-alikes, CRDs and Kustomize files', () => {
    const quiet = [
      'istio__istio/releasenotes/notes/42576.yaml',
      'argoproj__argo-cd/manifests/crds/applicationset-crd.yaml',
      'bitnami__charts/bitnami/kube-arangodb/crds/scheduler-pod.yaml',
      'kubeflow__manifests/common/istio/istio-install/overlays/ambient-oauth2-proxy/kustomization.yaml',
      // Kustomize strategic-merge patches: containers without an image are partial.
      'kubeflow__manifests/applications/trainer/upstream/base/manager/manager_config_patch.yaml',
    ];
    for (const path of quiet) expect(existsSync(join(CORPUS, path)), path).toBe(true);
    expect(one.report.findings.filter((f) => quiet.includes(f.path)).map((f) => `${f.ruleId} ${f.path}`)).toEqual([]);
  });
});
