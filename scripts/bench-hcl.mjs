// Measures the HCL parser: the first loadHclParser() and parse throughput on a generated ~2 MB
// corpus. Run: node --experimental-strip-types scripts/bench-hcl.mjs (Node ≥ 22.6), or after
// `npm run build`: node scripts/bench-hcl.mjs (uses build/).
import { existsSync } from 'node:fs';

const fromBuild = existsSync(new URL('../build/src/parsers/terraform/index.js', import.meta.url));
const base = fromBuild ? '../build/src' : '../src';
const ext = fromBuild ? 'js' : 'ts';
const { SourceFile } = await import(`${base}/core/source.${ext}`);

const importStart = performance.now();
const { loadHclParser, parseHcl } = await import(`${base}/parsers/terraform/index.${ext}`);
const imported = performance.now();
await loadHclParser();
const loaded = performance.now();

function resourceText(i) {
  return `# resource ${i} — café
resource "aws_security_group" "sg_${i}" {
  name        = "sg-${i}-\${var.env}"
  description = "group ${i}"
  count       = var.enabled ? 1 : 0
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
    }
  }
  tags = { Name = "sg-${i}", Team = local.team }
}
resource "aws_ecs_task_definition" "task_${i}" {
  family = "task-${i}"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.${i}", cpu = 256, memory = 512 }])
  policy = <<-EOF
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*"}]}
  EOF
}
`;
}

let corpus = '';
for (let i = 0; corpus.length < 2_000_000; i++) corpus += resourceText(i);
const file = new SourceFile('bench.tf', corpus);
parseHcl(file); // warm up the JIT once, then measure
const runs = 5;
const start = performance.now();
let blocks = 0;
for (let i = 0; i < runs; i++) blocks = parseHcl(new SourceFile('bench.tf', corpus)).view.blocks.length;
const seconds = (performance.now() - start) / 1000 / runs;
const megabytes = Buffer.byteLength(corpus) / 1e6;

console.log(`node ${process.version} (${fromBuild ? 'build' : 'src'})`);
console.log(`import parser module: ${(imported - importStart).toFixed(1)} ms`);
console.log(`first loadHclParser(): ${(loaded - imported).toFixed(1)} ms`);
console.log(`corpus: ${megabytes.toFixed(2)} MB, ${blocks} top-level blocks`);
console.log(`parse + view: ${(seconds * 1000).toFixed(0)} ms per run, ${(megabytes / seconds).toFixed(2)} MB/s`);
