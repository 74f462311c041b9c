/**
 * Replaces each GitHub Actions expression `${{ … }}` with a placeholder of the same length, so
 * the script parses as shell and every offset still points into the original text.
 *
 * The placeholder is `$___…`, a variable expansion: it is valid in any shell context (bare, in
 * double quotes, in a heredoc), and words containing it get no literal `value`, which is right
 * since the expression's value is only known when the workflow runs.
 */
export function maskExpressions(script: string): string {
  let masked = '';
  let copiedUpTo = 0;
  let searchFrom = 0;
  for (;;) {
    const open = script.indexOf('${{', searchFrom);
    if (open < 0) break;
    const close = expressionEnd(script, open + 3);
    if (close < 0) break; // unterminated: leave the rest for the shell parser to report
    masked += script.slice(copiedUpTo, open) + '$' + '_'.repeat(close - open - 1);
    copiedUpTo = close;
    searchFrom = close;
  }
  return copiedUpTo === 0 ? script : masked + script.slice(copiedUpTo);
}

/** Offset just past the `}}` that closes an expression, skipping `'…'` string literals in it. */
function expressionEnd(script: string, from: number): number {
  let inString = false;
  for (let i = from; i < script.length; i++) {
    const c = script[i];
    if (c === "'") inString = !inString; // '' inside a literal toggles twice: still correct
    else if (!inString && c === '}' && script[i + 1] === '}') return i + 2;
  }
  return -1;
}
