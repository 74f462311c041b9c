import type { Scalar } from 'yaml';
import type { Level } from '../core/rule.js';
import { Secret } from '../core/secret.js';
import type { Range, SourceFile } from '../core/source.js';
import { scalarText } from '../parsers/yaml/scalar-offsets.js';
import { LEVEL_BY_CONFIDENCE, type SecretVerdict } from '../secrets/index.js';

/**
 * What a YAML pack reports for a secret found in a scalar's value: the exact file range of the
 * secret (through quotes, escapes and block indentation), the value wrapped so it prints
 * masked, and the level the classifier's confidence calls for.
 */
export function secretInScalar(file: SourceFile, node: Scalar, verdict: SecretVerdict): { at: Range; secret: Secret; level: Level } {
  const text = scalarText(file.text, node);
  const [start, end] = text.spanToFile(verdict.start, verdict.end);
  return {
    at: file.range(start, end),
    secret: new Secret(text.value.slice(verdict.start, verdict.end)),
    level: LEVEL_BY_CONFIDENCE[verdict.confidence],
  };
}
