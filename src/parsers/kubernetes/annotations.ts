import { isScalar, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import { directiveFrom, type Directive } from '../../engine/suppress.js';
import { getIn } from '../yaml/parse.js';

/** The annotation that records an exception on a Kubernetes object, for every finding in it. */
export const IGNORE_ANNOTATION = 'infralint.dev/ignore';

// Where an object or its pod template keeps annotations.
const ANNOTATION_PATHS = [
  ['metadata', 'annotations'],
  ['spec', 'template', 'metadata', 'annotations'],
  ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'annotations'],
];

/**
 * `infralint.dev/ignore: "<rule-id>[,<rule-id>] [until=…] -- <reason>"` on an object or its pod
 * template covers the whole object (all its containers). Several exceptions: one per line.
 */
export function annotationDirectives(file: SourceFile, object: YAMLMap): Directive[] {
  const [start, end] = object.range ?? [0, 0];
  const out: Directive[] = [];
  for (const path of ANNOTATION_PATHS) {
    const value = getIn(object, [...path, IGNORE_ANNOTATION]);
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
    const [from, to] = value.range;
    for (const entry of value.value.split('\n').map((l) => l.trim()).filter(Boolean)) {
      out.push(directiveFrom(entry, { wholeFile: false, line: 0, offset: from, length: to - from, span: { start, end } }));
    }
  }
  return out;
}
