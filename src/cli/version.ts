import { readFileSync } from 'node:fs';

/** The package version; the Action bundle defines INFRALINT_VERSION at build time instead. */
export function toolVersion(): string {
  const defined = (globalThis as { INFRALINT_VERSION?: string }).INFRALINT_VERSION;
  if (defined) return defined;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
