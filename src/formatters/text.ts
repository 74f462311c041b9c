import { styleText } from 'node:util';
import type { Finding } from '../core/finding.js';
import type { Level } from '../core/rule.js';
import type { FormatContext } from './types.js';

const LEVEL_STYLE: Record<Level, 'red' | 'yellow' | 'blue'> = { error: 'red', warning: 'yellow', note: 'blue' };

/** Human output: findings grouped by file as `line:col level message rule`, then a summary. */
export function formatText(ctx: FormatContext): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (ctx.color ? styleText(style, text) : text);
  const lines: string[] = [];
  const shown = ctx.result.findings.filter((f) => ctx.showSuppressed || !f.suppression);
  const byPath = new Map<string, Finding[]>();
  for (const f of shown) {
    if (!byPath.has(f.path)) byPath.set(f.path, []);
    byPath.get(f.path)!.push(f);
  }
  for (const [path, findings] of byPath) {
    lines.push(paint('underline', path));
    for (const f of findings) {
      const where = `${f.path}:${f.range.start.line}:${f.range.start.column}`;
      const level = paint(LEVEL_STYLE[f.level], f.level.padEnd(7));
      const suppressed = f.suppression ? paint('dim', ` (suppressed: ${f.suppression.justification})`) : '';
      lines.push(`  ${where}  ${level} ${f.message}  ${paint('dim', f.ruleId)}${suppressed}`);
    }
    lines.push('');
  }
  for (const n of ctx.result.notices) lines.push(paint('dim', `note: ${n.message}`));
  if (ctx.result.notices.length) lines.push('');
  lines.push(summaryLine(ctx, paint));
  return `${lines.join('\n')}\n`;
}

function summaryLine(ctx: FormatContext, paint: (s: Parameters<typeof styleText>[0], t: string) => string): string {
  const { findings, stats } = ctx.result;
  const active = findings.filter((f) => !f.suppression);
  const count = (level: Level) => active.filter((f) => f.level === level).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = new Set(active.map((f) => f.path)).size;
  const kinds = Object.entries(stats.byKind).map(([k, n]) => `${k}: ${n}`).join(', ');
  const skipped = Object.values(stats.skipped).reduce((a, b) => a + (b ?? 0), 0);
  const skippedDetail = Object.entries(stats.skipped).map(([k, n]) => `${k.replace(/-/g, ' ')}: ${n}`).join(', ');
  const suppressed = findings.length - active.length;
  const head =
    active.length === 0
      ? paint('green', '✔ no problems')
      : paint(count('error') ? 'red' : 'yellow', `✖ ${plural(active.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}) in ${plural(files, 'file')}`);
  return (
    `${head}; ${plural(stats.files, 'file')} checked${kinds ? ` (${kinds})` : ''}` +
    (skipped ? `, ${skipped} skipped (${skippedDetail})` : '') +
    (suppressed ? `, ${suppressed} suppressed` : '')
  );
}
