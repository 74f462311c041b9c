import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface Discovery {
  /** Files to lint: absolute path and the path relative to the scan root (forward slashes). */
  files: { absolute: string; path: string; explicit: boolean }[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Files left out by .gitignore rules (counted, so nothing disappears unsaid). */
  ignored: number;
}

const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);

interface Scope {
  base: string;
  rules: Ignore;
}

/**
 * Expands the path arguments into files. Folders are walked honouring every `.gitignore` on
 * the way (as git does, each relative to its own folder); files named explicitly are always
 * linted, because a pre-commit hook or a user asked for them.
 */
export async function discover(paths: string[], root: string): Promise<Discovery> {
  const result: Discovery = { files: [], missing: [], ignored: 0 };
  const seen = new Set<string>();
  for (const arg of paths) {
    const absolute = resolve(root, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      result.missing.push(arg);
    } else if (info.isDirectory()) {
      await walk(absolute, await inheritedScopes(absolute, root), root, result, seen);
    } else if (!seen.has(absolute)) {
      seen.add(absolute);
      result.files.push({ absolute, path: toRelative(root, absolute), explicit: true });
    }
  }
  return result;
}

async function walk(dir: string, scopes: Scope[], root: string, result: Discovery, seen: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  // Only folders that have a .gitignore pay for reading one.
  const local = entries.some((e) => e.name === '.gitignore') ? await loadGitignore(dir) : undefined;
  const active = local ? [...scopes, local] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(active, absolute, true)) continue;
      await walk(absolute, active, root, result, seen);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (isIgnored(active, absolute, false)) {
        result.ignored++;
        continue;
      }
      if (entry.isSymbolicLink()) {
        const info = await stat(absolute).catch(() => undefined);
        if (!info?.isFile()) continue;
      }
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      result.files.push({ absolute, path: toRelative(root, absolute), explicit: false });
    }
  }
}

function isIgnored(scopes: Scope[], absolute: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = relative(scope.base, absolute).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

async function loadGitignore(dir: string): Promise<Scope | undefined> {
  const text = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { base: dir, rules: ignore().add(text) };
}

/** .gitignore files of the folders above a scanned folder, up to the scan root, still apply. */
async function inheritedScopes(dir: string, root: string): Promise<Scope[]> {
  const scopes: Scope[] = [];
  let current = dir;
  const top = resolve(root);
  while (current.startsWith(top) && current !== top) {
    current = resolve(current, '..');
    const scope = await loadGitignore(current);
    if (scope) scopes.unshift(scope);
  }
  return scopes;
}

export function toRelative(root: string, absolute: string): string {
  const rel = relative(root, absolute).split(sep).join('/');
  return rel === '' ? '.' : rel;
}
