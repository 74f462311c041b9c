import type { ScanResult } from '../engine/scan.js';

const ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;
const MAX_ROWS = 200;

/** The job summary: counts by policy and level, then a table of findings linking file:line. */
export function renderSummary(result: ScanResult, options: { annotated: number; sarifFile: string; repositoryUrl?: string; policyOf?: (ruleId: string) => string }): string {
  const active = result.findings.filter((f) => !f.suppression);
  const lines = ['## infralint', ''];
  if (active.length === 0) {
    lines.push(`✅ No findings in ${result.stats.files} checked files.`, '');
  } else {
    const byRule = new Map<string, { error: number; warning: number; note: number }>();
    for (const f of active) {
      const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, note: 0 };
      row[f.level]++;
      byRule.set(f.ruleId, row);
    }
    const total = (level: 'error' | 'warning' | 'note') => active.filter((f) => f.level === level).length;
    lines.push(`**${active.length} findings** (${total('error')} errors, ${total('warning')} warnings, ${total('note')} notes) in ${result.stats.files} checked files.`, '');
    lines.push('| rule | errors | warnings | notes |', '|---|---:|---:|---:|');
    for (const [rule, n] of [...byRule].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning || a[0].localeCompare(b[0]))) {
      lines.push(`| \`${rule}\` | ${n.error} | ${n.warning} | ${n.note} |`);
    }
    lines.push('', '| | location | rule | message |', '|---|---|---|---|');
    for (const f of active.slice(0, MAX_ROWS)) {
      const where = `${f.path}:${f.range.start.line}`;
      const link = options.repositoryUrl ? `[${where}](${options.repositoryUrl}/${encodeURI(f.path)}#L${f.range.start.line})` : `\`${where}\``;
      lines.push(`| ${ICON[f.level]} | ${link} | \`${f.ruleId}\` | ${f.message.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    }
    if (active.length > MAX_ROWS) lines.push('', `…and ${active.length - MAX_ROWS} more: see the SARIF file or code scanning.`);
    if (options.annotated < active.length) {
      lines.push('', `ℹ️ GitHub shows a limited number of annotations per step: the ${options.annotated} most severe findings are annotated, all ${active.length} are in \`${options.sarifFile}\`.`);
    }
  }
  const suppressed = result.findings.length - active.length;
  if (suppressed) lines.push('', `${suppressed} findings suppressed in source (with reasons; see SARIF).`);
  for (const n of result.notices) lines.push('', `> ${n.message}`);
  return `${lines.join('\n')}\n`;
}
