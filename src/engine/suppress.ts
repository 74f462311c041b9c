import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { Comment } from './comments.js';

/**
 * One syntax for every artifact kind that has comments:
 *
 *     # infralint-ignore <rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>
 *     # infralint-ignore-file <rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>
 *
 * On its own line it covers the next line that is not a comment; at the end of a line it
 * covers that line. `-file` covers the whole file.
 */
export interface Directive {
  ruleIds: string[];
  reason?: string;
  until?: string;
  wholeFile: boolean;
  /** The line whose findings it covers (unused for whole-file directives). */
  line: number;
  /** Offsets it covers instead of a line (a Kubernetes object's annotation covers the object). */
  span?: { start: number; end: number };
  /** The comment, for findings about the directive itself. */
  offset: number;
  length: number;
  /** Set when the directive cannot be read. */
  invalid?: string;
  /** Where it came from (inSource for comments and annotations). */
  origin?: string;
}

const DIRECTIVE = /infralint-ignore(-file)?(?:\s+(.*?))?\s*(?:\*\/)?\s*$/;

export function parseDirectives(file: SourceFile, comments: Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const line = c.trailing ? file.positionAt(c.offset).line : nextCodeLine(file, file.positionAt(c.offset).line);
    out.push(directiveFrom(m[2] ?? '', { wholeFile: !!m[1], line, offset: c.offset, length: c.text.length }));
  }
  return out;
}

/** Reads `<rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>` (comments and annotations alike). */
export function directiveFrom(body: string, where: Pick<Directive, 'wholeFile' | 'line' | 'offset' | 'length' | 'span'>): Directive {
  const [head, reason] = splitReason(body);
  const words = head.split(/\s+/).filter(Boolean);
  const until = words.find((w) => w.startsWith('until='))?.slice('until='.length);
  const ids = words.filter((w) => !w.startsWith('until=')).join(',').split(',').map((s) => s.trim()).filter(Boolean);
  const directive: Directive = { ruleIds: ids, reason: reason || undefined, until, ...where };
  if (ids.length === 0) directive.invalid = 'names no rule id (write `infralint-ignore <rule-id> -- <reason>`)';
  else if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) directive.invalid = `until=${until} is not a date (YYYY-MM-DD)`;
  return directive;
}

function splitReason(text: string): [string, string] {
  const i = text.indexOf('--');
  return i < 0 ? [text, ''] : [text.slice(0, i).trim(), text.slice(i + 2).trim()];
}

/** The first line after `line` that is neither blank nor only a comment. */
function nextCodeLine(file: SourceFile, line: number): number {
  for (let l = line + 1; l <= file.lineCount; l++) {
    const t = file.lineText(l).trim();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('//')) return l;
  }
  return line + 1;
}

export interface DirectiveProblem {
  ruleId: 'infralint/unused-suppression' | 'infralint/suppression-without-reason' | 'infralint/expired-suppression' | 'infralint/invalid-suppression';
  message: string;
  directive: Directive;
}

/**
 * Marks findings covered by a directive as suppressed (they are kept, for SARIF
 * `suppressions`) and returns what is wrong with the directives themselves.
 */
export function applyDirectives(findings: Finding[], directives: Directive[], today: string, knownRuleIds: (id: string) => string[] | true): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const d of directives) {
    if (d.invalid) {
      problems.push({ ruleId: 'infralint/invalid-suppression', message: `suppression ${d.invalid}`, directive: d });
      continue;
    }
    if (d.until && d.until < today) {
      problems.push({ ruleId: 'infralint/expired-suppression', message: `suppression of ${d.ruleIds.join(', ')} expired on ${d.until}: fix the findings or renew it with a new date and reason`, directive: d });
      continue;
    }
    if (!d.reason) {
      problems.push({ ruleId: 'infralint/suppression-without-reason', message: `suppression of ${d.ruleIds.join(', ')} gives no reason: add \`-- <why this is acceptable>\``, directive: d });
    }
    for (const id of d.ruleIds) {
      const covers = (f: Finding) =>
        d.wholeFile || (d.span ? f.range.start.offset >= d.span.start && f.range.start.offset < d.span.end : f.range.start.line === d.line);
      const covered = findings.filter((f) => f.ruleId === id && covers(f) && !f.suppression);
      for (const f of covered) {
        f.suppression = { kind: 'inSource', justification: d.reason ?? '(no reason given)' };
        if (d.until) f.suppression.justification += ` (until ${d.until})`;
      }
      if (covered.length === 0) {
        const known = knownRuleIds(id);
        const hint = known === true ? '' : `; unknown rule id${known.length ? `, did you mean ${known.join(', ')}?` : ''}`;
        const where = d.wholeFile ? 'in this file' : d.span ? 'in this object' : `on line ${d.line}`;
        problems.push({ ruleId: 'infralint/unused-suppression', message: `suppression of ${id} matches no finding ${where}${hint}: remove it`, directive: d });
      }
    }
  }
  return problems;
}
