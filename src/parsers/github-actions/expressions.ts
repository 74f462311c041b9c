/**
 * GitHub Actions expressions `${{ … }}` inside a string, and the context paths they read
 * (`github.event.issue.title`, `secrets.TOKEN`). The expression language has no parser in this
 * project; what rules need is which contexts an expression reads, which a small tokenizer that
 * skips string literals gives exactly.
 */
export interface Expression {
  /** Offsets of `${{` and just past `}}` in the scanned string. */
  start: number;
  end: number;
  /** The text between the braces. */
  body: string;
}

export function findExpressions(text: string): Expression[] {
  const found: Expression[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) return found;
    const close = closingBraces(text, open + 3);
    if (close < 0) return found;
    found.push({ start: open, end: close + 2, body: text.slice(open + 3, close) });
    from = close + 2;
  }
}

/** Offset of the `}}` that closes an expression, skipping `'…'` string literals. */
function closingBraces(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'") inString = !inString;
    else if (!inString && c === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

/** A context path read by an expression, normalised: `github.event.commits[0].message` → `github.event.commits.*.message`. */
export interface ContextPath {
  path: string;
  /** Offsets in the expression body. */
  start: number;
  end: number;
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;

/** The dotted context paths of an expression body, outside string literals. */
export function contextPaths(body: string): ContextPath[] {
  const paths: ContextPath[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === "'") {
      const close = body.indexOf("'", i + 1);
      i = close < 0 ? body.length : close + 1;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const head = /[A-Za-z_]/.test(c) && (i === 0 || !/[\w.-]/.test(body[i - 1]!)) ? IDENTIFIER.exec(body) : null;
    if (!head) {
      i++;
      continue;
    }
    const start = i;
    const parts = [head[0]];
    i += head[0].length;
    for (;;) {
      if (body[i] === '.' && body[i + 1] === '*') {
        parts.push('*');
        i += 2;
        continue;
      }
      if (body[i] === '.') {
        IDENTIFIER.lastIndex = i + 1;
        const next = IDENTIFIER.exec(body);
        if (!next) break;
        parts.push(next[0]);
        i += 1 + next[0].length;
        continue;
      }
      if (body[i] === '[') {
        const close = body.indexOf(']', i);
        if (close < 0) break;
        const inside = body.slice(i + 1, close).trim();
        parts.push(/^'[^']*'$/.test(inside) ? inside.slice(1, -1) : '*');
        i = close + 1;
        continue;
      }
      break;
    }
    // A function call (`toJSON(`, `contains(`) is not a context.
    if (parts.length === 1 && body[i] === '(') continue;
    paths.push({ path: parts.join('.'), start, end: i });
  }
  return paths;
}
