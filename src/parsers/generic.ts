import type { SourceFile } from '../core/source.js';

/**
 * The view of a file as plain text. Every scanned file gets one (for the file-level secret
 * token scan); `.env`-style files get only this one.
 */
export interface GenericView {
  kind: 'generic';
  file: SourceFile;
}

export function parseGeneric(file: SourceFile): { view: GenericView; errors: [] } {
  return { view: { kind: 'generic', file }, errors: [] };
}
