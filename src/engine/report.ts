import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';
import type { Level, MessageData, ProjectReport, Report } from '../core/rule.js';
import type { Located, Range, SourceFile } from '../core/source.js';

/** Fills `{{name}}` placeholders. Secret values render masked through their toString. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function toRange(at: Located | Range): Range {
  return 'range' in at ? at.range : at;
}

/** A finding before its fingerprint is known (fingerprints need all findings of the file). */
export type DraftFinding = Omit<Finding, 'fingerprint' | 'baselineKey'> & { identity: string; looseIdentity: string };

export function draftFinding(
  meta: { id: string; messages: Record<string, string> },
  report: Report<string>,
  file: SourceFile,
  level: Level,
): DraftFinding {
  const range = toRange(report.at);
  const template = meta.messages[report.messageId] ?? report.messageId;
  // The identity never holds raw text, only a hash of it: the offending text may be a secret.
  const offending = file.text.slice(range.start.offset, range.end.offset);
  const identity = [meta.id, file.path, report.key ?? '', hash(offending), hash(file.lineText(range.start.line).trim())].join('\u0000');
  // Baselines must also survive reformatting: no line text, and the offending text without
  // blanks and quotes.
  const looseIdentity = [meta.id, file.path, report.key ?? '', hash(offending.replace(/[\s'"]/g, ''))].join('\u0000');
  return {
    ruleId: meta.id,
    level,
    message: renderMessage(template, report.data),
    path: file.path,
    range,
    related: report.related?.map((r) => ({ range: toRange(r.at), message: r.message })),
    identity,
    looseIdentity,
  };
}

/** A project-check finding: its identity is rule, file and key (there is no file text at hand). */
export function draftProjectFinding(
  meta: { id: string; messages: Record<string, string> },
  report: ProjectReport<string>,
  level: Level,
): DraftFinding {
  const template = meta.messages[report.messageId] ?? report.messageId;
  return {
    ruleId: meta.id,
    level,
    message: renderMessage(template, report.data),
    path: report.path,
    range: report.range,
    identity: [meta.id, report.path, report.key ?? '', 'project'].join('\u0000'),
    looseIdentity: [meta.id, report.path, report.key ?? '', 'project'].join('\u0000'),
  };
}

/**
 * Gives each finding a fingerprint built from what it is (rule, file, the rule's key, the
 * offending text and the text of its line) and not from where it is, so inserting lines above
 * keeps it; identical findings are told apart by their order.
 */
export function fingerprint(drafts: DraftFinding[]): Finding[] {
  const seen = new Map<string, number>();
  const ordinal = (key: string) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  };
  return drafts.map(({ identity, looseIdentity, ...finding }) => ({
    ...finding,
    fingerprint: hash(`${identity}\u0000${ordinal(identity)}`).slice(0, 32),
    baselineKey: hash(`baseline\u0000${looseIdentity}\u0000${ordinal(`loose\u0000${looseIdentity}`)}`).slice(0, 32),
  }));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
