// Shell layer figures: first-load time and parse throughput, in a fresh process.
// Run after `npm run build`: node test/parsers/shell-measure.mjs
const t0 = performance.now();
const shell = await import('../../build/src/parsers/shell/index.js');
const { findAutoApply } = await import('../../build/src/checks/auto-apply.js');
const tImported = performance.now();
await shell.loadShellParser();
const tLoaded = performance.now();
const first = shell.parseShell('terraform apply -auto-approve');
const tFirst = performance.now();
const scripts = [
  'terraform init\nterraform plan -out=tfplan\nterraform apply tfplan',
  'cd infra && TF_CLI_ARGS_apply=-auto-approve terraform -chdir=env/prod apply \\\n  -var-file prod.tfvars -lock-timeout 5m',
  'set -euo pipefail\nfor d in $(ls stacks); do (cd "$d" && pulumi up --yes --stack prod | tee "$d.log"); done\nif [ -n "$X" ]; then helm upgrade --install web ./chart -n prod --set image.tag=$TAG; fi',
  'apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
  'echo "deploying ${{ github.sha }}" && kubectl set image deploy/web web=ghcr.io/o/web:${{ github.sha }}',
  'if then fi broken "unterminated',
];
const N = 20000;
const t2 = performance.now();
let commands = 0;
for (let i = 0; i < N; i++) {
  const r = shell.parseShell(shell.maskExpressions(scripts[i % scripts.length]));
  commands += r.commands.length;
  findAutoApply(r.commands);
}
const seconds = (performance.now() - t2) / 1000;
const bytes = scripts.reduce((n, s) => n + s.length, 0) / scripts.length * N;
console.log(JSON.stringify({
  node: process.version,
  importMs: +(tImported - t0).toFixed(1),
  loadShellParserMs: +(tLoaded - tImported).toFixed(1),
  firstParseMs: +(tFirst - tLoaded).toFixed(2),
  scriptsPerSecond: Math.round(N / seconds),
  kbPerSecond: Math.round(bytes / 1024 / seconds),
  commandsSeen: commands,
  firstCommands: first.commands.length,
}));
