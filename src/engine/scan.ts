import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isHelmValuesName } from '../parsers/detect.js';
import { finalizeProject } from './project.js';
import { splitRenderedStream } from './rendered-stream.js';
import { availableParallelism } from 'node:os';
import type { ArtifactKind } from '../core/artifacts.js';
import { compareFindings, type Finding, type Notice } from '../core/finding.js';
import { discover } from './discover.js';
import { lintFile, type FileResult, type LintOptions, type SkipReason } from './lint-file.js';
import { lintInWorkers } from './pool.js';
import { isIgnoredByConfig } from '../config/resolve.js';

export interface ScanOptions extends LintOptions {
  /** Files and folders to scan, relative to `root`. */
  paths: string[];
  /** The folder finding paths are relative to (SARIF %SRCROOT%). */
  root: string;
  /** One file given on standard input instead of paths. */
  stdin?: { text: string; filename: string; kind?: ArtifactKind };
  /** Worker threads; 0 or 1 lints in this thread. Default: one per core for large scans. */
  workers?: number;
}

export interface ScanStats {
  files: number;
  bytes: number;
  byKind: Partial<Record<ArtifactKind, number>>;
  skipped: Partial<Record<SkipReason | 'gitignored' | 'ignored-by-config', number>>;
}

export interface ScanResult {
  root: string;
  findings: Finding[];
  notices: Notice[];
  stats: ScanStats;
  /** Arguments that did not exist (a usage error: exit code 2). */
  missing: string[];
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 200;

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const results: FileResult[] = [];
  let missing: string[] = [];
  let gitignored = 0;
  let configIgnored = 0;

  if (options.stdin) {
    // `helm template` output names each document's template: lint each under that path.
    const rendered = options.stdin.kind === undefined || options.stdin.kind === 'kubernetes' ? splitRenderedStream(options.stdin.text) : undefined;
    const parts = rendered ?? [{ path: options.stdin.filename, text: options.stdin.text }];
    for (const part of parts) {
      const bytes = new TextEncoder().encode(part.text);
      results.push(await lintFile({ path: part.path, bytes, kind: options.stdin.kind }, options));
    }
  } else {
    const found = await discover(options.paths.length > 0 ? options.paths : ['.'], options.root);
    missing = found.missing;
    gitignored = found.ignored;
    const kept = found.files.filter((f) => !isIgnoredByConfig(options.config, f.path));
    configIgnored = found.files.length - kept.length;
    found.files = kept;
    const workers = options.workers ?? (found.files.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
    if (workers > 1 && found.files.length > 1) {
      results.push(...(await lintInWorkers(found.files, options, workers)));
    } else {
      for (const f of found.files) results.push(await lintOnDisk(f, options));
    }
    // Files named explicitly that are not infrastructure get a notice; walked ones are only counted.
    const explicit = new Set(found.files.filter((f) => f.explicit).map((f) => f.path));
    for (const r of results) {
      if (explicit.has(r.path) && r.skipped === 'not-infrastructure') {
        r.notices.push({ level: 'note', path: r.path, message: `skipped ${r.path}: not a recognized infrastructure file` });
      }
    }
  }
  const summary = summarize(options.root, results, missing, gitignored);
  if (configIgnored) summary.stats.skipped['ignored-by-config'] = configIgnored;
  summary.findings.push(...(await finalizeProject(results, options)));
  summary.findings.sort(compareFindings);
  summary.notices.push(...helmChartNotices(results));
  return summary;
}

/**
 * One note per chart whose templates were skipped: Go templates are not YAML, so the way to
 * check a chart is to render it and lint the output.
 */
function helmChartNotices(results: FileResult[]): Notice[] {
  const charts = new Map<string, number>();
  for (const r of results) {
    if (r.skipped !== 'helm-template') continue;
    const i = r.path.lastIndexOf('templates/');
    const chart = i > 0 ? r.path.slice(0, i - 1) : '.';
    charts.set(chart, (charts.get(chart) ?? 0) + 1);
  }
  return [...charts].map(([chart, count]) => ({
    level: 'note' as const,
    path: chart,
    message: `skipped ${count} Helm template${count === 1 ? '' : 's'} in ${chart}/templates (Go templates are not YAML); lint the rendered chart: helm template ${chart} | infralint scan -`,
  }));
}

export async function lintOnDisk(f: { absolute: string; path: string }, options: LintOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    // Synchronous: for the small files infralint reads, one blocking read is several times
    // cheaper than the thread-pool round trips of fs/promises (measured with npm run bench).
    bytes = readFileSync(f.absolute);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = { line: 1, column: 1, offset: 0 };
    return {
      path: f.path,
      findings: [
        {
          ruleId: 'infralint/unreadable-file',
          level: 'error',
          message: `could not read the file: ${reason}`,
          path: f.path,
          range: { start: at, end: at },
          fingerprint: `unreadable:${f.path}`,
        },
      ],
      notices: [],
      bytes: 0,
    };
  }
  // A chart's values files are Helm values, not Kubernetes manifests: they have a Chart.yaml beside them.
  const kind = isHelmValuesName(f.path) && existsSync(join(dirname(f.absolute), 'Chart.yaml')) ? 'helm' : undefined;
  return lintFile({ path: f.path, bytes, kind }, options);
}

function summarize(root: string, results: FileResult[], missing: string[], gitignored: number): ScanResult {
  const stats: ScanStats = { files: 0, bytes: 0, byKind: {}, skipped: {} };
  if (gitignored) stats.skipped.gitignored = gitignored;
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  for (const r of results) {
    findings.push(...r.findings);
    notices.push(...r.notices);
    if (r.skipped) {
      stats.skipped[r.skipped] = (stats.skipped[r.skipped] ?? 0) + 1;
    } else {
      stats.files++;
      stats.bytes += r.bytes;
      if (r.kind) stats.byKind[r.kind] = (stats.byKind[r.kind] ?? 0) + 1;
    }
  }
  findings.sort(compareFindings);
  return { root, findings, notices, stats, missing };
}

export { compareFindings } from '../core/finding.js';
