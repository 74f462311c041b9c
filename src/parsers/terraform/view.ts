import type { Located, Range, SourceFile } from '../../core/source.js';
import type { OffsetMap } from './offset-map.js';

/** A parsed .tf / .tfvars file: its blocks and top-level attributes, every node with its range. */
export interface TerraformView {
  kind: 'terraform';
  file: SourceFile;
  blocks: HclBlock[];
  /** Top-level attributes: the content of a .tfvars file (a .tf file has none when valid). */
  attributes: HclAttribute[];
  isTfvars: boolean;
}

export interface HclLabel extends Located {
  value: string;
}

export interface HclBlock extends Located {
  /** `resource`, `variable`, `ingress`, `dynamic`, … */
  type: string;
  typeRange: Range;
  labels: HclLabel[];
  /** The type and labels: where a finding about something missing in the block points. */
  header: Range;
  body: HclBody;
  /** The enclosing block; undefined at top level. */
  parent?: HclBlock;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
  attribute(name: string): HclAttribute | undefined;
  blocksOfType(type: string): HclBlock[];
}

export interface HclAttribute extends Located {
  name: string;
  nameRange: Range;
  value: HclValue;
}

export interface HclObjectEntry {
  key: string;
  keyRange: Range;
  value: HclValue;
}

/**
 * The value of an expression as far as it can be known without running Terraform. Containers stay
 * structured even when some members are `unknown`.
 */
export type HclValue =
  | HclString
  | (Located & { kind: 'number'; value: number })
  | (Located & { kind: 'bool'; value: boolean })
  | (Located & { kind: 'null' })
  | (Located & { kind: 'list'; items: HclValue[] })
  | (Located & { kind: 'object'; entries: HclObjectEntry[] })
  | HclUnknown;

export interface HclString extends Located {
  kind: 'string';
  value: string;
  /** For `jsonencode(<literal>)`: the literal with its positions (the value is the JSON text). */
  json?: HclValue;
  /** Where each character of `value` came from, when it was written out in the file. */
  offsets?: OffsetMap;
}

export interface HclUnknown extends Located {
  kind: 'unknown';
  /** The expression's source text. */
  text: string;
  /** Traversals it reads: `var.x`, `local.y`, `data.a.b.id`, `random_password.p.result`, … */
  references: string[];
  /** The function name when the expression is a call. */
  call?: string;
  /** For `jsonencode(...)` with some unknown parts: its argument, structured. */
  json?: HclValue;
}

export function makeBody(attributes: HclAttribute[], blocks: HclBlock[]): HclBody {
  return {
    attributes,
    blocks,
    attribute: (name) => attributes.find((attribute) => attribute.name === name),
    blocksOfType: (type) => blocks.filter((block) => block.type === type),
  };
}

/**
 * A stable identity for a block that does not move with line numbers: `resource.aws_s3_bucket.b`,
 * `module.vpc`, `terraform`, and for nested blocks `resource.aws_security_group.web/ingress[1]`
 * (the index counts siblings of the same type).
 */
export function blockAddress(block: HclBlock): string {
  const own = [block.type, ...block.labels.map((label) => label.value)].join('.');
  const parent = block.parent;
  if (!parent) return own;
  const siblings = parent.body.blocksOfType(block.type);
  const index = siblings.length > 1 ? `[${siblings.indexOf(block)}]` : '';
  return `${blockAddress(parent)}/${own}${index}`;
}

/** Finds an attribute by path through nested blocks and object values: `['security_context', 'run_as_user']`. */
export function attributeAt(body: HclBody, path: string[]): HclAttribute | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return undefined;
  if (rest.length === 0) return body.attribute(first);
  const nested = body.blocksOfType(first)[0];
  return nested ? attributeAt(nested.body, rest) : undefined;
}
