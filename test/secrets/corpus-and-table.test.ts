import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTokens, TOKEN_FORMATS } from '../../src/secrets/index.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus-sample');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('token format table', () => {
  it('has unique ids, documented formats and global regexes with indices', () => {
    const ids = TOKEN_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of TOKEN_FORMATS) {
      expect(format.docs, format.id).not.toBe('');
      expect(format.pattern.flags, format.id).toContain('g');
      expect(format.pattern.flags, format.id).toContain('d');
    }
  });
});

// Real infrastructure files from public repositories: none holds a live token, and the
// placeholders they do hold (a "-----BEGIN PRIVATE KEY-----\sdajsdnasd" stub, $(VAR) passwords)
// must not be reported.
describe.skipIf(!existsSync(CORPUS))('findTokens on ../shared/corpus-sample', () => {
  it('reports no known token format', () => {
    const reported = filesUnder(CORPUS).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return findTokens(text).map((match) => `${path}: ${match.detector} ${text.slice(match.start, match.start + 8)}…`);
    });
    expect(reported).toEqual([]);
  });
});
