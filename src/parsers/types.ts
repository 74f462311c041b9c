import type { Range } from '../core/source.js';

/** A file that could not be parsed (entirely or in part). Parsers return these, never throw. */
export interface ParseError {
  message: string;
  range: Range;
}
