import type { FormatContext } from './types.js';

/** Machine output: every finding (suppressed ones marked), notices and counts. */
export function formatJson(ctx: FormatContext): string {
  const { findings, notices, stats } = ctx.result;
  return `${JSON.stringify({ version: ctx.toolVersion, findings, notices, stats }, null, 2)}\n`;
}
