import { parseAllDocuments } from 'yaml';

/** One template's share of a rendered stream, with the path Helm named it by. */
export interface RenderedSource {
  path: string;
  text: string;
}

const SOURCE_COMMENT = /^\s*Source:\s*(\S+)\s*$/m;

/**
 * Splits `helm template` output into the files it was rendered from, using the
 * `# Source: chart/templates/x.yaml` comment Helm writes above each document. Consecutive
 * documents of the same source stay together. Returns undefined when the stream has no such
 * comments (e.g. `kustomize build` output): it is then linted as one multi-document file.
 * Positions in the findings are relative to each template's rendered text.
 */
export function splitRenderedStream(text: string): RenderedSource[] | undefined {
  if (!/^#\s*Source:/m.test(text)) return undefined;
  let docs;
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: false });
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length === 0) return undefined;
  const parts: { path: string | undefined; start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    // A document's text runs up to where the next one starts (its `---` line included there).
    const end = i + 1 < docs.length ? docs[i + 1]!.range[0] : text.length;
    const comments = [doc.commentBefore, (doc.contents as { commentBefore?: string } | null)?.commentBefore, doc.comment];
    const source = SOURCE_COMMENT.exec(comments.filter(Boolean).join('\n'))?.[1];
    const last = parts[parts.length - 1];
    if (last && (source === undefined || source === last.path)) last.end = end;
    else parts.push({ path: source, start, end });
    start = end;
  }
  if (!parts.some((p) => p.path)) return undefined;
  return parts.map((p, i) => ({ path: p.path ?? `stdin-${i}.yaml`, text: text.slice(p.start, p.end) }));
}
