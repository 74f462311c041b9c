import { DockerfileParser, type Instruction, type Property } from 'dockerfile-ast';
import { validate, ValidationCode } from 'dockerfile-utils';
import type { Range, SourceFile } from '../../core/source.js';
import type { ParseError } from '../types.js';
import type { DockerInstruction, DockerProperty, DockerRunScript, DockerStage, DockerToken, DockerfileView } from './view.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

// Diagnostics that depend on the Docker version (new BuildKit flags) are not syntax errors.
const VERSION_DEPENDENT = new Set<number>([
  ValidationCode.UNKNOWN_ADD_FLAG,
  ValidationCode.UNKNOWN_COPY_FLAG,
  ValidationCode.UNKNOWN_FROM_FLAG,
  ValidationCode.UNKNOWN_HEALTHCHECK_FLAG,
  ValidationCode.FLAG_INVALID_FROM_VALUE,
  ValidationCode.FLAG_INVALID_LINK_VALUE,
  ValidationCode.UNKNOWN_TYPE,
]);

export function parseDockerfile(file: SourceFile): { view: DockerfileView; errors: ParseError[] } {
  // dockerfile-ast ranges are 0-based line/character; ours are 1-based with offsets.
  const toRange = (r: LspRange): Range =>
    file.range(file.offsetAt(r.start.line + 1, r.start.character + 1), file.offsetAt(r.end.line + 1, r.end.character + 1));
  const token = (value: string, r: LspRange): DockerToken => ({ value, range: toRange(r) });

  const errors = syntaxErrors(file, toRange);
  const ast = DockerfileParser.parse(file.text);
  const escape = ast.getEscapeCharacter();

  const view: DockerfileView = { kind: 'dockerfile', file, instructions: [], globalArgs: [], stages: [], runScripts: [] };
  let stage: DockerStage | undefined;
  const stagesByName = new Map<string, DockerStage>(); // FROM <name> refers to an earlier stage

  for (const raw of ast.getInstructions()) {
    const instruction = toInstruction(raw, token, toRange);
    view.instructions.push(instruction);
    if (instruction.keyword === 'FROM') {
      stage = newStage(instruction, view, stagesByName);
      view.stages.push(stage);
      if (stage.name) stagesByName.set(stage.name.value.toLowerCase(), stage);
    } else if (!stage) {
      if (instruction.keyword === 'ARG') view.globalArgs.push(instruction);
      continue;
    } else {
      stage.instructions.push(instruction);
    }
    instruction.stage = stage;
    stage.range = file.range(stage.range.start.offset, instruction.range.end.offset);
    if (instruction.keyword === 'RUN') {
      const script = runScript(instruction, file, escape);
      if (script) view.runScripts.push(script);
    }
  }
  return { view, errors };
}

function syntaxErrors(file: SourceFile, toRange: (r: LspRange) => Range): ParseError[] {
  const errors: ParseError[] = [];
  for (const d of validate(file.text)) {
    if (d.severity !== 1 || VERSION_DEPENDENT.has(Number(d.code))) continue;
    errors.push({ message: typeof d.message === 'string' ? d.message : d.message.value, range: toRange(d.range) });
  }
  return errors;
}

function toInstruction(
  raw: Instruction,
  token: (value: string, r: LspRange) => DockerToken,
  toRange: (r: LspRange) => Range,
): DockerInstruction {
  const withFlags = raw as Instruction & { getFlags?: () => import('dockerfile-ast').Flag[] };
  const flags = (withFlags.getFlags?.() ?? []).map((f) => {
    const valueRange = f.getValueRange();
    const value = f.getValue();
    return {
      name: f.getName(),
      value: value !== null && valueRange ? token(value, valueRange) : undefined,
      range: toRange(f.getRange()),
    };
  });
  const withProperties = raw as Instruction & { getProperties?: () => Property[] };
  const properties: DockerProperty[] = (withProperties.getProperties?.() ?? []).map((p) => {
    const valueRange = p.getValueRange();
    const value = p.getValue();
    return {
      name: token(p.getName(), p.getNameRange()),
      value: value !== null && valueRange ? token(value, valueRange) : undefined,
    };
  });
  return {
    keyword: raw.getKeyword().toUpperCase(),
    keywordRange: toRange(raw.getInstructionRange()),
    range: toRange(raw.getRange()),
    args: raw.getArguments().map((a) => token(a.getValue(), a.getRange())),
    flags,
    properties,
  };
}

function newStage(from: DockerInstruction, view: DockerfileView, stagesByName: Map<string, DockerStage>): DockerStage {
  const image = from.args[0];
  const asIndex = from.args.findIndex((a, i) => i > 0 && a.value.toLowerCase() === 'as');
  const name = asIndex > 0 ? from.args[asIndex + 1] : undefined;
  const stage: DockerStage = {
    index: view.stages.length,
    from,
    image,
    name,
    range: from.range,
    instructions: [],
  };
  if (image) {
    stage.resolvedImage = substituteArgs(image.value, view.globalArgs);
    stage.baseStage = stage.resolvedImage === undefined ? undefined : stagesByName.get(stage.resolvedImage.toLowerCase());
  }
  return stage;
}

/**
 * Replaces `$NAME`, `${NAME}`, `${NAME:-default}` with global ARG defaults, as BuildKit does
 * for FROM. Returns undefined when a variable has no known value.
 */
export function substituteArgs(text: string, globalArgs: DockerInstruction[]): string | undefined {
  const defaults = new Map<string, string | undefined>();
  for (const arg of globalArgs) {
    for (const p of arg.properties) defaults.set(p.name.value, p.value ? unquote(p.value.value) : undefined);
  }
  let unresolved = false;
  const result = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const value = defaults.get(name);
    if (op === '-') return value ? value : (word as string);
    if (op === '+') return value ? (word as string) : '';
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : result;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/s, '$2');
}

function runScript(instruction: DockerInstruction, file: SourceFile, escape: string): DockerRunScript | undefined {
  const first = instruction.args[0];
  if (!first) return undefined;
  // Exec form (JSON array) runs no shell; heredoc bodies are left for later.
  if (first.value.startsWith('[') || first.value.startsWith('<<')) return undefined;
  const start = first.range.start.offset;
  const end = instruction.range.end.offset;
  let text = file.text.slice(start, end);
  // With `# escape=\``, continuations use a backtick; rewrite them to `\` (same length).
  if (escape !== '\\') text = text.replaceAll(`${escape}\n`, '\\\n').replaceAll(`${escape}\r\n`, '\\\r\n');
  return { instruction, text, offset: start };
}
