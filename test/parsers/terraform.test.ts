import { beforeAll, describe, expect, it } from 'vitest';
import { SourceFile, type Range } from '../../src/core/source.js';
import {
  blockAddress,
  jsonValueOf,
  loadHclParser,
  parseHcl,
  toPlain,
  type HclValue,
  type TerraformView,
} from '../../src/parsers/terraform/index.js';

beforeAll(() => loadHclParser());

const parse = (text: string, path = 'main.tf') => parseHcl(new SourceFile(path, text));
const view = (text: string, path?: string): TerraformView => {
  const result = parse(text, path);
  expect(result.errors).toEqual([]);
  return result.view;
};
/** [line, column] of the start and end of a range, 1-based. */
const span = (range: Range) => [range.start.line, range.start.column, range.end.line, range.end.column];
const valueOf = (text: string): HclValue => view(`x = ${text}\n`).attributes[0]!.value;

describe('positions', () => {
  const source = [
    '# a security group',
    'resource "aws_security_group" "web" {',
    '  name = "web"',
    '  ingress {',
    '    cidr_blocks = ["0.0.0.0/0"]',
    '  }',
    '}',
    '',
  ].join('\n');

  it('gives the exact range of a block header, its type and labels', () => {
    const block = view(source).blocks[0]!;
    expect(block.type).toBe('resource');
    expect(span(block.typeRange)).toEqual([2, 1, 2, 9]);
    expect(block.labels.map((label) => label.value)).toEqual(['aws_security_group', 'web']);
    expect(span(block.labels[0]!.range)).toEqual([2, 10, 2, 30]);
    expect(span(block.labels[1]!.range)).toEqual([2, 31, 2, 36]);
    expect(span(block.header)).toEqual([2, 1, 2, 36]);
    expect(span(block.range)).toEqual([2, 1, 7, 2]);
  });

  it('gives the exact range of attribute names and values, nested ones too', () => {
    const block = view(source).blocks[0]!;
    const name = block.body.attribute('name')!;
    expect(span(name.nameRange)).toEqual([3, 3, 3, 7]);
    expect(span(name.value.range)).toEqual([3, 10, 3, 15]);
    const cidrs = block.body.blocksOfType('ingress')[0]!.body.attribute('cidr_blocks')!.value;
    expect(cidrs.kind).toBe('list');
    if (cidrs.kind !== 'list') return;
    expect(span(cidrs.items[0]!.range)).toEqual([5, 20, 5, 31]);
  });

  it('keeps columns right after non-ASCII text (UTF-16 columns, like editors)', () => {
    const text = '# café 😀 — ünïcode\nlocals {\n  note = "ça 😀"  # 🚀\n  port = 22\n}\n';
    const locals = view(text).blocks[0]!;
    const note = locals.body.attribute('note')!;
    expect(span(note.value.range)).toEqual([3, 10, 3, 17]);
    expect(note.value).toMatchObject({ kind: 'string', value: 'ça 😀' });
    expect(span(locals.body.attribute('port')!.nameRange)).toEqual([4, 3, 4, 7]);
    const emojiFirst = view('/* 😀😀 */ a = "é" /* é */ b = 1\n'.replace(' b', '\nb'));
    expect(span(emojiFirst.attributes[0]!.value.range)).toEqual([1, 16, 1, 19]);
    expect(emojiFirst.file.slice(emojiFirst.attributes[1]!.nameRange)).toBe('b');
  });

  it('handles CRLF line ends', () => {
    const block = view('variable "v" {\r\n  default = 1\r\n}\r\n').blocks[0]!;
    expect(span(block.body.attribute('default')!.value.range)).toEqual([2, 13, 2, 14]);
  });
});

describe('static values', () => {
  it('evaluates literals', () => {
    expect(valueOf('"s"')).toMatchObject({ kind: 'string', value: 's' });
    expect(valueOf('3.5')).toMatchObject({ kind: 'number', value: 3.5 });
    expect(valueOf('-1')).toMatchObject({ kind: 'number', value: -1 });
    expect(valueOf('true')).toMatchObject({ kind: 'bool', value: true });
    expect(valueOf('null')).toMatchObject({ kind: 'null' });
    expect(valueOf('("p")')).toMatchObject({ kind: 'string', value: 'p' });
    expect(toPlain(valueOf('[1, "a", { b = false, "c" = [] }]'))).toEqual([1, 'a', { b: false, c: [] }]);
  });

  it('decodes escapes and templates made only of literals', () => {
    expect(valueOf('"a\\"b\\n\\u00e9$${x}%%{y}"')).toMatchObject({ value: 'a"b\né${x}%{y}' });
    expect(valueOf('"v-${"1"}-${2}-${true}"')).toMatchObject({ kind: 'string', value: 'v-1-2-true' });
  });

  it('evaluates heredocs without interpolation, flush heredocs dedented', () => {
    expect(valueOf('<<EOF\n  a\n b\nEOF')).toMatchObject({ kind: 'string', value: '  a\n b\n' });
    expect(valueOf('<<-EOT\n    a\n\n      b\n    EOT')).toMatchObject({ kind: 'string', value: 'a\n\n  b\n' });
  });

  it('keeps structure but marks what needs Terraform as unknown, with its references', () => {
    expect(valueOf('"${var.env}-app"')).toMatchObject({ kind: 'unknown', text: '"${var.env}-app"', references: ['var.env'] });
    expect(valueOf('data.aws_iam_policy_document.p.json')).toMatchObject({
      kind: 'unknown',
      references: ['data.aws_iam_policy_document.p.json'],
    });
    expect(valueOf('var.on ? random_password.p.result : local.list[0].x')).toMatchObject({
      kind: 'unknown',
      references: ['var.on', 'random_password.p.result', 'local.list'],
    });
    expect(valueOf('lookup(var.m, "k", module.x.out)')).toMatchObject({
      kind: 'unknown',
      call: 'lookup',
      references: ['var.m', 'module.x.out'],
    });
    expect(valueOf('{ for k, v in var.m : k => v.id if v.on }')).toMatchObject({ kind: 'unknown', references: ['var.m'] });
    expect(valueOf('<<EOF\nhi ${each.key}\nEOF')).toMatchObject({ kind: 'unknown', references: ['each.key'] });
    expect(valueOf('"%{ if true }a%{ endif }"')).toMatchObject({ kind: 'unknown' });
    const list = valueOf('["a", var.b]');
    expect(list.kind).toBe('list');
    if (list.kind === 'list') expect(list.items.map((item) => item.kind)).toEqual(['string', 'unknown']);
  });
});

describe('JSON inside values', () => {
  const task = [
    'resource "aws_ecs_task_definition" "app" {',
    '  container_definitions = jsonencode([{',
    '    name  = "app"',
    '    image = "nginx:latest"',
    '  }])',
    '}',
    '',
  ].join('\n');

  it('evaluates jsonencode of a literal to the JSON Terraform writes, keeping the literal', () => {
    const value = view(task).blocks[0]!.body.attribute('container_definitions')!.value;
    expect(value).toMatchObject({ kind: 'string', value: '[{"image":"nginx:latest","name":"app"}]' });
    expect(valueOf('jsonencode({ b = "<&>", a = 1 })')).toMatchObject({ value: '{"a":1,"b":"\\u003c\\u0026\\u003e"}' });
  });

  it('points at the image inside jsonencode(...)', () => {
    const parsed = view(task);
    const json = jsonValueOf(parsed.file, parsed.blocks[0]!.body.attribute('container_definitions')!.value)!.value!;
    expect(json.kind).toBe('list');
    if (json.kind !== 'list' || json.items[0]!.kind !== 'object') throw new Error('shape');
    const image = json.items[0]!.entries.find((entry) => entry.key === 'image')!;
    expect(span(image.keyRange)).toEqual([4, 5, 4, 10]);
    expect(span(image.value.range)).toEqual([4, 13, 4, 27]);
  });

  it('keeps the literal of jsonencode when part of it is unknown', () => {
    const value = valueOf('jsonencode([{ image = "redis", cpu = var.cpu }])');
    expect(value).toMatchObject({ kind: 'unknown', call: 'jsonencode', references: ['var.cpu'] });
    const literal = jsonValueOf(new SourceFile('main.tf', ''), value)!.value!;
    expect(literal.kind).toBe('list');
    expect(toPlain(literal)).toEqual([{ image: 'redis', cpu: null }]);
  });

  it('maps heredoc JSON back to file positions', () => {
    const text = [
      'resource "aws_ecs_task_definition" "app" {',
      '  container_definitions = <<-EOF',
      '    [',
      '      {"name": "app", "image": "nginx:latest"}',
      '    ]',
      '  EOF',
      '}',
      '',
    ].join('\n');
    const parsed = view(text);
    const content = jsonValueOf(parsed.file, parsed.blocks[0]!.body.attribute('container_definitions')!.value)!;
    expect(content.errors).toEqual([]);
    const container = content.value!.kind === 'list' ? content.value!.items[0]! : undefined;
    if (container?.kind !== 'object') throw new Error('shape');
    const image = container.entries[1]!;
    expect(image.key).toBe('image');
    expect(span(image.value.range)).toEqual([4, 32, 4, 46]);
    expect(parsed.file.slice(image.value.range)).toBe('"nginx:latest"');
  });

  it('maps JSON inside an escaped quoted string, and reports invalid JSON where it is', () => {
    const parsed = view('p = "{\\"Action\\": \\"*\\"}"\nq = <<EOF\n{"a": [1,}\nEOF\n');
    const policy = jsonValueOf(parsed.file, parsed.attributes[0]!.value)!.value!;
    if (policy.kind !== 'object') throw new Error('shape');
    expect(parsed.file.slice(policy.entries[0]!.value.range)).toBe('\\"*\\"');
    const broken = jsonValueOf(parsed.file, parsed.attributes[1]!.value)!;
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(broken.errors[0]!.range.start.line).toBe(3);
    expect(jsonValueOf(parsed.file, valueOf('"not json"'))).toBeUndefined();
  });
});

describe('Terraform constructs', () => {
  it('parses dynamic blocks, count, for_each and comments of every kind', () => {
    const text = [
      '// header',
      'resource "aws_security_group" "web" {',
      '  count = var.enabled ? 1 : 0 # trailing',
      '  /* block',
      '     comment */',
      '  dynamic "ingress" {',
      '    for_each = var.ports',
      '    content {',
      '      from_port   = ingress.value',
      '      cidr_blocks = ["0.0.0.0/0"]',
      '    }',
      '  }',
      '}',
      'module "vpc" {',
      '  source   = "./vpc"',
      '  for_each = toset(["a", "b"])',
      '}',
      '',
    ].join('\n');
    const parsed = view(text);
    const [group, module] = parsed.blocks;
    expect(group!.body.attribute('count')!.value).toMatchObject({ kind: 'unknown', references: ['var.enabled'] });
    const dynamic = group!.body.blocksOfType('dynamic')[0]!;
    expect(dynamic.labels[0]!.value).toBe('ingress');
    const content = dynamic.body.blocksOfType('content')[0]!;
    expect(content.body.attribute('from_port')!.value).toMatchObject({ references: ['ingress.value'] });
    expect(span(content.body.attribute('cidr_blocks')!.nameRange)).toEqual([10, 7, 10, 18]);
    expect(module!.body.attribute('for_each')!.value).toMatchObject({ kind: 'unknown', call: 'toset' });
    expect(blockAddress(group!)).toBe('resource.aws_security_group.web');
    expect(blockAddress(module!)).toBe('module.vpc');
    expect(blockAddress(content)).toBe('resource.aws_security_group.web/dynamic.ingress/content');
  });

  it('numbers repeated nested blocks in their address', () => {
    const parsed = view('resource "a" "b" {\n  rule {}\n  rule {}\n}\nterraform {}\n');
    const rules = parsed.blocks[0]!.body.blocksOfType('rule');
    expect(rules.map(blockAddress)).toEqual(['resource.a.b/rule[0]', 'resource.a.b/rule[1]']);
    expect(blockAddress(parsed.blocks[1]!)).toBe('terraform');
  });

  it('reads .tfvars as top-level attributes', () => {
    const parsed = view('region = "eu-west-1"\ntags = { team = "core" }\n', 'env/prod.tfvars');
    expect(parsed.isTfvars).toBe(true);
    expect(parsed.attributes.map((attribute) => attribute.name)).toEqual(['region', 'tags']);
    expect(toPlain(parsed.attributes[1]!.value)).toEqual({ team: 'core' });
    expect(span(parsed.attributes[1]!.value.range)).toEqual([2, 8, 2, 25]);
    expect(view('a = 1\n').isTfvars).toBe(false);
  });
});

describe('syntax errors', () => {
  it('reports a missing closing brace at the end and keeps what parsed', () => {
    const { view: partial, errors } = parse('resource "a" "b" {\n  x = 1\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('HCL syntax error: missing `}`');
    expect(errors[0]!.range.start.line).toBe(3);
    expect(partial.blocks[0]!.body.attribute('x')!.value).toMatchObject({ kind: 'number', value: 1 });
  });

  it('reports an attribute without a value where it is', () => {
    const { view: partial, errors } = parse('variable "ok" {}\nresource "a" "b" {\n  x = \n}\n');
    expect(errors[0]!.message).toMatch(/HCL syntax error near `x =`/);
    expect(span(errors[0]!.range).slice(0, 2)).toEqual([3, 3]);
    expect(partial.blocks.map((block) => block.labels[0]!.value)).toEqual(['ok', 'a']);
  });

  it('reports an unexpected closing brace', () => {
    const { errors } = parse('a = 1\n}\n');
    expect(errors[0]!.message).toBe('HCL syntax error: unexpected `}`');
    expect(span(errors[0]!.range).slice(0, 2)).toEqual([2, 1]);
  });
});
