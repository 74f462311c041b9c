import type { FormatContext } from './types.js';

// Workflow-command escaping, as @actions/core does it.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands (`::error file=…::message`), one per unsuppressed finding. */
export function formatGithub(ctx: FormatContext): string {
  const command = { error: 'error', warning: 'warning', note: 'notice' } as const;
  const lines = ctx.result.findings
    .filter((f) => !f.suppression)
    .map((f) => {
      const { start, end } = f.range;
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(f.ruleId)}`,
      ];
      return `::${command[f.level]} ${props.join(',')}::${escapeData(f.message)}`;
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
