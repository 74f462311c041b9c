/**
 * Inline expectations in fixtures. A comment line
 *
 *     # expect: dockerfile/no-latest-image:11
 *
 * says a finding of that rule must start at column 11 of the next line that is not itself an
 * expectation. `rule-id@line:col` names the line explicitly (for line 1, or a file's end).
 * Several expectations may share a comment, separated by spaces or commas.
 */
export interface Expectation {
  ruleId: string;
  line: number;
  column: number;
  /** Line of the comment that declared it, for error messages. */
  declaredAt: number;
}

const EXPECT_LINE = /^\s*(?:#|\/\/)\s*expect:\s*(.+?)\s*$/;

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  let pending: { ruleId: string; column: number; declaredAt: number }[] = [];
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const match = EXPECT_LINE.exec(line);
    if (!match) {
      for (const p of pending) out.push({ ...p, line: lineNo });
      pending = [];
      return;
    }
    for (const item of match[1]!.split(/[\s,]+/).filter(Boolean)) {
      const explicit = /^(.+)@(\d+):(\d+)$/.exec(item);
      if (explicit) {
        out.push({ ruleId: explicit[1]!, line: Number(explicit[2]), column: Number(explicit[3]), declaredAt: lineNo });
        continue;
      }
      const relative = /^(.+):(\d+)$/.exec(item);
      if (!relative) throw new Error(`line ${lineNo}: expectation '${item}' must be <rule-id>:<column> or <rule-id>@<line>:<column>`);
      pending.push({ ruleId: relative[1]!, column: Number(relative[2]), declaredAt: lineNo });
    }
  });
  if (pending.length) throw new Error(`line ${pending[0]!.declaredAt}: expectation has no line after it`);
  return out;
}

export function formatExpectation(e: { ruleId: string; line: number; column: number }): string {
  return `${e.ruleId}@${e.line}:${e.column}`;
}
