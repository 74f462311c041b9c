#!/usr/bin/env node
// Benchmark: generates a corpus of thousands of infrastructure files, then measures
//  - throughput per artifact kind (files/s, MB/s) in one process, single-threaded;
//  - a whole-corpus scan with one worker per core vs one thread (the ratio is the speed-up);
//  - the wall time of a one-file scan from a cold process, against `node -e 0` on the same machine.
// Figures are printed as measured in this run; compare them as ratios, not absolutes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../build/src/engine/scan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench-corpus');
const PER_KIND = Number(process.env.BENCH_FILES ?? 1500);
const DIGEST = 'sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';

const generators = {
  dockerfile: (i) => ({
    path: `docker/svc${i}/Dockerfile`,
    text: `ARG BASE=node:20.${i % 10}-alpine\nFROM \${BASE} AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && \\\n    npm run build -- --mode=${i}\nENV API_URL=https://api.example.com/v${i}\n\nFROM ${i % 3 ? 'nginx:1.25@' + DIGEST : 'nginx:latest'}\nCOPY --from=build /app/dist /usr/share/nginx/html\n${i % 2 ? 'USER 101\n' : ''}${i % 4 ? 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' : ''}`,
  }),
  kubernetes: (i) => ({
    path: `k8s/app${i}/deployment.yaml`,
    text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\n  namespace: team${i % 7}\n  labels: &labels\n    app: app${i}\nspec:\n  replicas: 3\n  selector:\n    matchLabels: *labels\n  template:\n    metadata:\n      labels: *labels\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: app\n          image: registry.example.com/app${i}:${i % 5 ? '1.' + i : 'latest'}\n          ports:\n            - containerPort: 8080\n          resources:\n            limits: { cpu: 500m, memory: 256Mi }\n            requests: { cpu: 100m, memory: 128Mi }\n          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n${i % 3 ? '          livenessProbe:\n            httpGet: { path: /healthz, port: 8080 }\n' : ''}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app${i}\nspec:\n  selector:\n    app: app${i}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
  }),
  terraform: (i) => ({
    path: `tf/mod${i}/main.tf`,
    text: `terraform {\n  backend "s3" {\n    bucket = "state-${i}"\n    key    = "mod${i}.tfstate"\n    region = "eu-west-1"\n    encrypt = ${i % 2 ? 'true' : 'false'}\n  }\n}\n\nvariable "db_password" {\n  type = string\n}\n\nresource "aws_security_group" "web${i}" {\n  name = "web-${i}"\n  ingress {\n    from_port   = ${i % 4 ? 443 : 22}\n    to_port     = ${i % 4 ? 443 : 22}\n    protocol    = "tcp"\n    cidr_blocks = ["${i % 2 ? '10.0.0.0/8' : '0.0.0.0/0'}"]\n  }\n  tags = { Name = "web-\${var.env}-${i}" }\n}\n\nresource "aws_db_instance" "db${i}" {\n  engine   = "postgres"\n  username = "app"\n  password = var.db_password\n}\n`,
  }),
  'github-actions': (i) => ({
    path: `.github/workflows/ci${i}.yml`,
    text: `name: ci${i}\non: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${i % 2 ? 'v4' : 'b4ffde65f46336ab88eb53be808477a3936bae11'}\n      - run: |\n          npm ci\n          npm test -- --shard=${i % 4}/4\n  deploy:\n    needs: test\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform plan -out tfplan && terraform apply ${i % 3 ? 'tfplan' : '-auto-approve'}\n`,
  }),
};

function generate() {
  rmSync(corpus, { recursive: true, force: true });
  let bytes = 0;
  for (const [kind, gen] of Object.entries(generators)) {
    for (let i = 0; i < PER_KIND; i++) {
      const { path, text } = gen(i);
      const file = join(corpus, kind, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const md = []; // the Markdown summary (`npm run bench -- --readme` writes it into README.md)
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const totalBytes = generate();
console.log(`corpus: ${Object.keys(generators).length * PER_KIND} files, ${fmt(totalBytes / 1e6, 1)} MB in bench-corpus/ (${availableParallelism()} cores)\n`);

console.log('throughput per kind, one thread (second run, parsers warm):');
const rows = [];
for (const kind of Object.keys(generators)) {
  const opts = { paths: [kind], root: corpus, workers: 1 };
  await scan(opts); // warm-up: loads the parser and rules once
  const t0 = process.hrtime.bigint();
  const r = await scan(opts);
  const t = ms(t0);
  const checked = r.stats.byKind[kind] ?? 0;
  if (!checked) {
    console.log(`  ${kind.padEnd(15)} not checked yet (${JSON.stringify(r.stats.skipped)})`);
    continue;
  }
  rows.push({ kind, t, checked, bytes: r.stats.bytes, findings: r.findings.length });
  md.push(`| ${kind} | ${fmt(checked / (t / 1000))} files/s | ${fmt(r.stats.bytes / 1e6 / (t / 1000), 2)} MB/s |`);
  console.log(`  ${kind.padEnd(15)} ${fmt(checked / (t / 1000)).padStart(7)} files/s  ${fmt(r.stats.bytes / 1e6 / (t / 1000), 2).padStart(6)} MB/s  (${checked} files, ${r.findings.length} findings, ${fmt(t)} ms)`);
}

console.log('\nsecret token scan (runs on every file):');
{
  const { findTokens } = await import('../build/src/secrets/index.js');
  const { readFileSync } = await import('node:fs');
  const texts = Object.entries(generators).flatMap(([kind, gen]) => Array.from({ length: 200 }, (_, i) => readFileSync(join(corpus, kind, gen(i).path), 'utf8')));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const t0 = process.hrtime.bigint();
  for (let round = 0; round < 20; round++) for (const t of texts) findTokens(t);
  const t = ms(t0);
  console.log(`  findTokens alone: ${fmt((mb * 20) / (t / 1000), 0)} MB/s`);
  md.tokenScan = `${fmt((mb * 20) / (t / 1000), 0)} MB/s`;
  const all = { paths: ['.'], root: corpus, workers: 1 };
  const withoutScan = { ...all, ruleLevels: { 'generic/known-secret-format': 'off' } };
  await scan(all);
  const timeOf = async (opts) => {
    const t1 = process.hrtime.bigint();
    await scan(opts);
    return ms(t1);
  };
  // Best of 3 each, alternating, so machine noise does not swamp a small difference.
  let on = Infinity;
  let off = Infinity;
  for (let i = 0; i < 3; i++) {
    on = Math.min(on, await timeOf(all));
    off = Math.min(off, await timeOf(withoutScan));
  }
  console.log(`  whole-corpus scan with the token scan: ${fmt(on)} ms, without: ${fmt(off)} ms (it adds ×${fmt(on / off, 3)})`);
  md.tokenRatio = `×${fmt(on / off, 3)}`;
}

console.log('\nwhole corpus, one thread vs worker pool (fresh processes):');
const runCli = (args) => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, [join(root, 'bin/infralint.js'), 'scan', '.', '--format', 'json', '--output', '/dev/null', ...args], { cwd: corpus });
  return ms(t0);
};
const single = runCli(['--workers', '1']);
const pooled = runCli([]);
console.log(`  1 thread: ${fmt(single)} ms; ${availableParallelism()} workers: ${fmt(pooled)} ms; speed-up ×${fmt(single / pooled, 2)}`);
md.pool = `${fmt(single)} ms on 1 thread, ${fmt(pooled)} ms on ${availableParallelism()} workers: ×${fmt(single / pooled, 2)}`;

console.log('\none-file scan from a cold process (median of 7), against `node -e 0`:');
const median = (f) => {
  const times = Array.from({ length: 7 }, f).sort((a, b) => a - b);
  return times[3];
};
const nodeBase = median(() => {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', '0']);
  return ms(t0);
});
console.log(`  node -e 0: ${fmt(nodeBase)} ms`);
md.cold = [];
const samples = {
  dockerfile: join('dockerfile', generators.dockerfile(1).path),
  kubernetes: join('kubernetes', generators.kubernetes(1).path),
  terraform: join('terraform', generators.terraform(1).path),
  'github-actions': join('github-actions', generators['github-actions'](1).path),
};
for (const [kind, file] of Object.entries(samples)) {
  const t = median(() => {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, [join(root, 'bin/infralint.js'), file], { cwd: corpus });
    return ms(t0);
  });
  console.log(`  ${kind.padEnd(15)} ${fmt(t)} ms  (×${fmt(t / nodeBase, 1)} of node -e 0)`);
  md.cold.push(`${kind} ${fmt(t)} ms (×${fmt(t / nodeBase, 1)})`);
}

const summary = [
  `Corpus: ${Object.keys(generators).length * PER_KIND} generated files (${fmt(totalBytes / 1e6, 1)} MB), ${availableParallelism()} cores, Node ${process.version}.`,
  '',
  '| kind | throughput (one thread) | |',
  '|---|---|---|',
  ...md,
  '',
  `- Whole corpus, fresh processes: ${md.pool}.`,
  `- Secret token scan on every file: ${md.tokenScan} on its own; it makes a whole scan ${md.tokenRatio} as long.`,
  `- One-file scan from a cold process (median of 7; \`node -e 0\` = ${fmt(nodeBase)} ms): ${md.cold.join(', ')}.`,
].join('\n');
console.log(`\n${summary}`);
if (process.argv.includes('--readme')) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(readmePath, `${readme.slice(0, i + start.length)}\n${summary}\n${readme.slice(j)}`);
}
