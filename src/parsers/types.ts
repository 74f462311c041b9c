import type { Range } from '../core/source.js';

/** A problem that stops (part of) a file from being understood. Becomes `infralint/parse-error`. */
export interface ParseError {
  message: string;
  range: Range;
  /** Engine rule to report it under when it is not a plain syntax error. */
  ruleId?: 'infralint/duplicate-key' | 'infralint/unparsed-script';
}
