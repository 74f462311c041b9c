import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { findConfig, loadConfig } from '../config/load.js';
import { LEVEL_RANK, type Finding } from '../core/finding.js';
import type { Level } from '../core/rule.js';
import { allRuleMetas, loadCustomRules } from '../engine/rules.js';
import { scan, type ScanResult } from '../engine/scan.js';
import { formatSarif } from '../formatters/sarif.js';
import { toolVersion } from '../cli/version.js';
import { exitCode } from '../cli/main.js';
import { renderSummary } from './summary.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * The GitHub Action: scan, write SARIF for code scanning, annotate the most severe findings,
 * write a job summary, set outputs, and fail the step by `fail-on`. Secrets are masked in every
 * message by the engine, so nothing here prints one.
 */
export async function runAction(): Promise<void> {
  try {
    const workingDirectory = core.getInput('working-directory') || '.';
    process.chdir(resolve(process.env.GITHUB_WORKSPACE ?? '.', workingDirectory));
    const root = process.cwd();
    const paths = core.getInput('paths').split(/[\s,]+/).filter(Boolean);
    const failOn = (core.getInput('fail-on') || 'error') as Level | 'none';
    if (failOn !== 'none' && !(failOn in LEVEL_RANK)) throw new Error(`fail-on must be error, warning, note or none, got '${failOn}'`);
    const sarifFile = core.getInput('sarif-file') || 'infralint.sarif';
    const category = core.getInput('category') || 'infralint';
    // JS policy modules run code from the repository: only when the workflow says so.
    const allowPlugins = booleanInput('allow-plugins', false);

    const configInput = core.getInput('config');
    const configPath = configInput ? resolve(root, configInput) : findConfig(root);
    const config = configPath ? await loadConfig(configPath) : undefined;
    const result = await scan({ paths, root, config, allowPlugins });
    if (result.missing.length) throw new Error(`no such file or directory: ${result.missing.join(', ')}`);

    const rules = [...(await allRuleMetas()), ...(await loadCustomRules(config, allowPlugins)).map((r) => r.meta)];
    writeFileSync(sarifFile, formatSarif({ result, rules, toolVersion: toolVersion(), category, color: false }));

    const active = result.findings.filter((f) => !f.suppression);
    const annotated = booleanInput('annotations', true) ? annotate(active) : 0;
    if (booleanInput('summary', true)) {
      await core.summary.addRaw(renderSummary(result, { annotated, sarifFile, repositoryUrl: repositoryUrl() })).write();
    }

    core.setOutput('sarif-file', sarifFile);
    core.setOutput('findings', active.length);
    core.setOutput('errors', active.filter((f) => f.level === 'error').length);
    core.setOutput('warnings', active.filter((f) => f.level === 'warning').length);

    const code = exitCode(result, failOn);
    if (code !== 0) core.setFailed(failureMessage(result, failOn));
  } catch (error) {
    core.setFailed(`infralint: ${(error as Error).message}`);
  }
}

/** The most severe findings, at most ANNOTATIONS_PER_LEVEL per level. Returns how many. */
function annotate(findings: Finding[]): number {
  let count = 0;
  for (const level of ['error', 'warning', 'note'] as const) {
    for (const f of findings.filter((x) => x.level === level).slice(0, ANNOTATIONS_PER_LEVEL)) {
      const properties: core.AnnotationProperties = {
        title: f.ruleId,
        file: f.path,
        startLine: f.range.start.line,
        endLine: f.range.end.line,
        // GitHub accepts columns only on single-line annotations.
        ...(f.range.start.line === f.range.end.line ? { startColumn: f.range.start.column, endColumn: f.range.end.column } : {}),
      };
      if (level === 'error') core.error(f.message, properties);
      else if (level === 'warning') core.warning(f.message, properties);
      else core.notice(f.message, properties);
      count++;
    }
  }
  return count;
}

function failureMessage(result: ScanResult, failOn: Level | 'none'): string {
  const active = result.findings.filter((f) => !f.suppression);
  if (active.some((f) => f.ruleId === 'infralint/internal-error')) return 'infralint: a rule failed (infralint/internal-error); see the summary';
  const failing = active.filter((f) => failOn !== 'none' && LEVEL_RANK[f.level] >= LEVEL_RANK[failOn]).length;
  return `infralint: ${failing} finding${failing === 1 ? '' : 's'} at or above ${failOn}`;
}

function repositoryUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}` : undefined;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, got '${value}'`);
}
