import type { ArtifactKind } from '../core/artifacts.js';
import type { SourceFile } from '../core/source.js';

export interface Comment {
  text: string;
  offset: number;
  /** True when code precedes the comment on its line (`image: x  # …`). */
  trailing: boolean;
}

const MARKER = 'infralint-ignore';

/**
 * The comments of a file that may hold suppression directives, found with each language's own
 * tokenizer (a `#` inside a YAML string is not a comment). Files without the marker cost one
 * substring search.
 */
export async function directiveComments(file: SourceFile, kind: ArtifactKind): Promise<Comment[]> {
  if (!file.text.includes(MARKER)) return [];
  const raw = await commentsOf(file, kind);
  return raw.filter((c) => c.text.includes(MARKER)).map((c) => ({ ...c, trailing: file.lineText(file.positionAt(c.offset).line).slice(0, file.positionAt(c.offset).column - 1).trim() !== '' }));
}

async function commentsOf(file: SourceFile, kind: ArtifactKind): Promise<Omit<Comment, 'trailing'>[]> {
  switch (kind) {
    case 'terraform':
      return hclComments(file);
    case 'dockerfile':
    case 'generic':
      return lineComments(file);
    default:
      return yamlComments(file, (await import('yaml')).Lexer);
  }
}

function yamlComments(file: SourceFile, Lexer: typeof import('yaml').Lexer): Omit<Comment, 'trailing'>[] {
  const out: Omit<Comment, 'trailing'>[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(file.text)) {
    // Control tokens (document start, flow end, scalar marker) take no source text.
    if (token.length === 1 && (token === '\u0002' || token === '\u0018' || token === '\u001f')) continue;
    if (token.startsWith('#')) out.push({ text: token, offset });
    offset += token.length;
  }
  return out;
}

/** Dockerfile and .env comments are whole lines starting with `#` (a `#` later is part of a value). */
function lineComments(file: SourceFile): Omit<Comment, 'trailing'>[] {
  const out: Omit<Comment, 'trailing'>[] = [];
  for (let line = 1; line <= file.lineCount; line++) {
    const text = file.lineText(line);
    const trimmed = text.trimStart();
    if (trimmed.startsWith('#')) out.push({ text: trimmed, offset: file.offsetAt(line, 1) + (text.length - trimmed.length) });
  }
  return out;
}

async function hclComments(file: SourceFile): Promise<Omit<Comment, 'trailing'>[]> {
  const { loadHclParser, loadedHclParser } = await import('../parsers/terraform/loader.js');
  await loadHclParser();
  const tree = loadedHclParser().parse(file.text);
  if (!tree) return [];
  try {
    return tree.rootNode.descendantsOfType('comment').flatMap((n) => (n ? [{ text: n.text, offset: n.startIndex }] : []));
  } finally {
    tree.delete();
  }
}
