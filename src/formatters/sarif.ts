import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { gzipSync } from 'node:zlib';
import { compareFindings, LEVEL_RANK, type Finding, type Notice } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { Range } from '../core/source.js';
import { helpUri, type FormatContext } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning wants it: one run, rules with help and tags, relative
 * URIs against %SRCROOT%, 1-based regions, infralint's own partialFingerprints, suppressions
 * kept and marked, notices as tool execution notifications.
 */
export function formatSarif(ctx: FormatContext): string {
  const log = buildLog(ctx, ctx.result.findings, []);
  let text = JSON.stringify(log, null, 2);
  if (ctx.result.findings.length <= MAX_RESULTS && gzipSync(text).length <= MAX_GZIP_BYTES) return `${text}\n`;
  // Over GitHub's limits: keep the most severe findings and say so, rather than fail the upload.
  const ranked = [...ctx.result.findings].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b));
  let keep = Math.min(ranked.length, MAX_RESULTS);
  for (;;) {
    const kept = ranked.slice(0, keep).sort(compareFindings);
    const note: Notice = {
      level: 'warning',
      message: `results capped: ${ctx.result.findings.length} findings exceed GitHub code scanning's limits (${MAX_RESULTS} results per run, ${MAX_GZIP_BYTES / 1e6} MB gzipped); the ${keep} most severe are included, run infralint locally or with --format json for all of them`,
    };
    text = JSON.stringify(buildLog(ctx, kept, [note]), null, 2);
    if (gzipSync(text).length <= MAX_GZIP_BYTES || keep === 0) return `${text}\n`;
    keep = Math.floor(keep * 0.8);
  }
}

/** GitHub code scanning rejects runs with more results or bigger (gzipped) files. */
export const MAX_RESULTS = 25_000;
export const MAX_GZIP_BYTES = 10_000_000;

function buildLog(ctx: FormatContext, findings: Finding[], extraNotices: Notice[]): Sarif.Log {
  const rules = ctx.rules;
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'infralint',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: 'https://github.com/infralint/infralint',
            rules: rules.map(ruleDescriptor),
          },
        },
        automationDetails: { id: `${ctx.category}/` },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${ctx.result.root.replace(/\/?$/, '/')}`).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !ctx.result.findings.some((f) => f.ruleId === 'infralint/internal-error'),
            toolExecutionNotifications: [...ctx.result.notices, ...extraNotices].map(notification),
          },
        ],
        results: findings.map((f) => result(f, index.get(f.ruleId))),
      },
    ],
  };
}

function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const name = meta.id.split('/').pop()!;
  const tags = [meta.artifact as string, `policy:${meta.policy}`];
  if (meta.security) tags.push('security');
  const properties: Sarif.PropertyBag = { tags, precision: meta.precision ?? 'high' };
  if (meta.securitySeverity !== undefined) properties['security-severity'] = meta.securitySeverity.toFixed(1);
  return {
    id: meta.id,
    name: name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.docs.summary },
    fullDescription: { text: meta.docs.rationale },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    helpUri: helpUri(meta.id),
    defaultConfiguration: { level: meta.level },
    properties,
  };
}

function helpText(meta: RuleMeta): string {
  return `${meta.docs.summary}.\n\nWhy: ${meta.docs.rationale}\n\nFix: ${meta.docs.remediation}\n\nSuppress with a reason: # infralint-ignore ${meta.id} -- <reason>`;
}

function helpMarkdown(meta: RuleMeta): string {
  const refs = meta.docs.references?.length ? `\n\n**References**: ${meta.docs.references.map((r) => `<${r}>`).join(', ')}` : '';
  return `**${meta.docs.summary}** (policy \`${meta.policy}\`)\n\n**Why**: ${meta.docs.rationale}\n\n**Fix**: ${meta.docs.remediation}${refs}\n\nSuppress with a reason: \`# infralint-ignore ${meta.id} -- <reason>\`. [Rule documentation](${helpUri(meta.id)})`;
}

function region(range: Range): Sarif.Region {
  const { start, end } = range;
  // SARIF regions need a width: an empty range covers the character it starts at.
  const endColumn = end.line === start.line && end.column <= start.column ? start.column + 1 : end.column;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn };
}

function location(path: string, range?: Range, message?: string): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: isRelative(path) ? { uri: encodeURI(path), uriBaseId: SRCROOT } : { uri: pathToFileURL(path).href },
      ...(range ? { region: region(range) } : {}),
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

function isRelative(path: string): boolean {
  return !path.startsWith('/') && !path.startsWith('../') && path !== '..';
}

function result(f: Finding, ruleIndex: number | undefined): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: f.level,
    message: { text: f.message },
    locations: [location(f.path, f.range)],
    partialFingerprints: { 'infralint/v1': f.fingerprint },
  };
  if (f.related?.length) {
    out.relatedLocations = f.related.map((r, id) => ({ id, ...location(f.path, r.range, r.message) }));
  }
  if (f.suppression) out.suppressions = [{ kind: f.suppression.kind, justification: f.suppression.justification }];
  return out;
}

function notification(n: Notice): Sarif.Notification {
  return {
    level: n.level,
    message: { text: n.message },
    ...(n.path ? { locations: [location(n.path)] } : {}),
  };
}
