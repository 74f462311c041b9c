import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const DIGEST = 'sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function findings(stdout: string): string[] {
  return JSON.parse(stdout).findings.map((f: any) => `${f.path}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
}

const pod = (name: string, image: string, namespace = 'shop') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  restartPolicy: Never
  containers:
    - name: app
      image: ${image}
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
      resources: { limits: { cpu: 500m, memory: 256Mi } }
`;

describe('kubernetes on standard input', () => {
  it('splits `helm template` output by its # Source: comments and names findings after the templates', () => {
    const rendered = `---
# Source: shop/templates/web.yaml
${pod('web', 'nginx:latest')}---
# Source: shop/templates/jobs.yaml
${pod('job-a', `busybox:1.36@${DIGEST}`)}---
${pod('job-b', 'busybox')}`;
    const r = cli(['scan', '-', '--format', 'json'], { input: rendered });
    expect(r.stderr).toBe('');
    expect(findings(r.stdout)).toEqual([
      // Namespace "shop" has no NetworkPolicy: reported once, at its first workload in path order.
      'shop/templates/jobs.yaml:6:9 kubernetes/missing-network-policy',
      // Lines count from each template's own rendered text (its `---` line is line 1).
      'shop/templates/jobs.yaml:25:14 kubernetes/no-latest-image',
      'shop/templates/web.yaml:12:20 kubernetes/no-latest-image',
    ]);
    expect(r.code).toBe(1);
  });

  it('checks every document of `kustomize build` output (no # Source: comments) with distinct fingerprints', () => {
    const built = `${pod('a', 'nginx:latest', 'x')}---\n${pod('b', 'nginx:latest', 'x')}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: x }\nspec: { podSelector: {} }\n`;
    const r = cli(['scan', '-', '--format', 'json'], { input: built });
    const report = JSON.parse(r.stdout);
    expect(findings(r.stdout)).toEqual(['stdin.yaml:10:20 kubernetes/no-latest-image', 'stdin.yaml:23:20 kubernetes/no-latest-image']);
    expect(new Set(report.findings.map((f: any) => f.fingerprint)).size).toBe(2);
  });
});

describe('kubernetes detection', () => {
  it('detects manifests by content (YAML and JSON), not by name; other YAML is not reported', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'redis:latest', securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }, resources: { limits: { cpu: 1, memory: '1Gi' } } }] } }, null, 2);
    const dir = folder({
      'deploy/anything.yml': pod('p', 'nginx'),
      'deploy/pod.json': json,
      'config/settings.yaml': 'name: web\nimage: nginx:latest\nservices: [a, b]\n',
      'config/broken.yaml': 'name: [oops\n',
      // Borrowed shape: release notes with apiVersion and a kind that is not a Kubernetes kind.
      'notes/fix-123.yaml': 'apiVersion: release-notes/v2\nkind: bug-fix\narea: networking\nreleaseNotes:\n  - Fixed a crash.\n',
      'netpol.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: shop }\nspec: { podSelector: {} }\n',
    });
    const r = cli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['deploy/anything.yml:10:14 kubernetes/no-latest-image', 'deploy/pod.json:5:13 kubernetes/missing-network-policy', 'deploy/pod.json:12:25 kubernetes/no-latest-image']);
    expect(JSON.parse(r.stdout).stats.byKind).toEqual({ kubernetes: 3 });
  });

  it('the NetworkPolicy project check sees every file, also with the worker pool', () => {
    const files: Record<string, string> = { 'policies/deny.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: covered }\nspec: { podSelector: {} }\n' };
    for (let i = 0; i < 6; i++) files[`apps/app${i}.yaml`] = pod(`app${i}`, `nginx:1.27@${DIGEST}`, i < 3 ? 'covered' : 'open');
    const dir = folder(files);
    for (const workers of ['1', '3']) {
      const r = cli(['scan', '.', '--format', 'json', '--workers', workers], { cwd: dir });
      expect(findings(r.stdout)).toEqual(['apps/app3.yaml:4:9 kubernetes/missing-network-policy']);
      expect(JSON.parse(r.stdout).findings[0].message).toContain('namespace "open" has 3 workload(s)');
    }
  });
});

describe('compose and helm', () => {
  it('detects Compose by name and by content (services with image or build)', () => {
    const service = 'services:\n  web:\n    image: nginx:latest\n    user: "101"\n    mem_limit: 64m\n';
    const dir = folder({ 'docker-compose.prod.yml': service, 'stack.yml': service, 'other.yml': 'services:\n  - web\n  - db\n' });
    const r = cli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['docker-compose.prod.yml:3:18 compose/no-latest-image', 'stack.yml:3:18 compose/no-latest-image']);
  });

  it('checks a chart values.yaml (beside Chart.yaml) and notes once per chart that templates need rendering', () => {
    const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n';
    const dir = folder({
      'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
      'charts/shop/values.yaml': 'image:\n  repository: shop/web\n  tag: latest\n',
      'charts/shop/templates/deployment.yaml': template,
      'charts/shop/templates/service.yaml': template,
      'elsewhere/values.yaml': 'image:\n  tag: latest\n',
    });
    const r = cli(['scan', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(findings(r.stdout)).toEqual(['charts/shop/values.yaml:3:8 helm/no-latest-image']);
    const notes = report.notices.filter((n: any) => n.message.includes('helm template'));
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toBe('skipped 2 Helm templates in charts/shop/templates (Go templates are not YAML); lint the rendered chart: helm template charts/shop | infralint scan -');
  });
});

describe('the README example folder', () => {
  it('produces valid SARIF whose results all have distinct fingerprints', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const out = join(tempDir(), 'out.sarif');
    const r = cli(['scan', 'fixtures/_examples', '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0].results;
    const k8s = results.filter((x: any) => x.ruleId.startsWith('kubernetes/'));
    expect(k8s.length).toBeGreaterThan(20);
    expect(results.some((x: any) => x.ruleId.startsWith('compose/'))).toBe(true);
    const prints = results.map((x: any) => x.partialFingerprints['infralint/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    // Secrets are masked in every message.
    expect(JSON.stringify(log)).not.toContain('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzaG9wLXdlYiIsImlhdCI6MTcwMDAwMDAwMH0.c2hvcFdlYlNpZ25hdHVyZUZvckRlbW9Pbmx5MDEyMzQ1');
  });
});
