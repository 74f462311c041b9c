import { isReferenceOrPlaceholder } from './placeholders.js';
import { characterClassCount } from './strength.js';
import { TOKEN_FORMATS, type TokenFormat } from './token-formats.js';
import type { TokenMatch } from './types.js';

interface RankedMatch extends TokenMatch {
  /** Index of the format in TOKEN_FORMATS: lower wins when two matches overlap. */
  rank: number;
}

/**
 * Every known token format in `text`, with offsets of the secret part, sorted by offset.
 * Generic high-entropy strings are never reported here: only documented formats.
 */
export function findTokens(text: string): TokenMatch[] {
  const found: RankedMatch[] = [];
  TOKEN_FORMATS.forEach((format, rank) => {
    if (!hasAnchor(format, text)) return;
    for (const match of text.matchAll(format.pattern)) {
      const ranked = toMatch(format, rank, match, text);
      if (ranked) found.push(ranked);
    }
  });
  found.push(...awsSecretKeysNextToKeyIds(text, found));
  return withoutOverlaps(found).map(({ rank: _rank, ...match }) => match);
}

/**
 * True when the value has the shape of a known format even if findTokens rejected it (a
 * documented example such as the jwt.io token): such a value must not be re-reported as a
 * plain literal under a secret-named key.
 */
export function hasKnownTokenShape(value: string): boolean {
  return TOKEN_FORMATS.some(
    (format) => hasAnchor(format, value) && value.search(format.pattern) !== -1,
  );
}

function hasAnchor(format: TokenFormat, text: string): boolean {
  const anchors = format.anchors;
  return anchors instanceof RegExp ? anchors.test(text) : anchors.some((anchor) => text.includes(anchor));
}

function toMatch(format: TokenFormat, rank: number, match: RegExpExecArray, text: string): RankedMatch | undefined {
  const [start, end] = match.indices?.groups?.secret ?? match.indices![0]!;
  const secret = text.slice(start, end);
  if (!format.ownPlaceholderCheck && isReferenceOrPlaceholder(secret)) return undefined;
  if (format.validate && !format.validate(secret, match, text)) return undefined;
  const confidence = typeof format.confidence === 'function' ? format.confidence(secret, match) : format.confidence;
  const reason = typeof format.reason === 'function' ? format.reason(secret) : format.reason;
  return { start, end, reason, detector: format.id, confidence, rank };
}

/** How far from an access key id its secret key is looked for (same block of config). */
const AWS_PAIR_WINDOW = 300;
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/**
 * A bare 40-character base64 string is only an AWS secret key when it sits next to an access
 * key id; alone it could be any hash or blob, so it is looked for only around the ids found.
 */
function awsSecretKeysNextToKeyIds(text: string, found: RankedMatch[]): RankedMatch[] {
  const rank = TOKEN_FORMATS.findIndex((format) => format.id === 'aws-secret-access-key');
  const pairs: RankedMatch[] = [];
  for (const keyId of found.filter((match) => match.detector === 'aws-access-key-id')) {
    const windowStart = Math.max(0, keyId.start - AWS_PAIR_WINDOW);
    const window = text.slice(windowStart, keyId.end + AWS_PAIR_WINDOW);
    for (const candidate of window.matchAll(AWS_SECRET_SHAPE)) {
      const secret = candidate[0];
      // Real secret keys mix cases and digits; hex digests and words do not.
      if (characterClassCount(secret) < 3 || isReferenceOrPlaceholder(secret)) continue;
      const start = windowStart + candidate.index;
      pairs.push({
        start,
        end: start + secret.length,
        reason: 'AWS secret access key',
        detector: 'aws-secret-access-key',
        confidence: 'high',
        rank,
      });
    }
  }
  return pairs;
}

/**
 * Keeps the best-ranked match where matches overlap (a GitHub token inside a URL is one
 * finding). One sweep in offset order: overlaps are rare, so this stays linear after the sort.
 */
function withoutOverlaps(matches: RankedMatch[]): RankedMatch[] {
  const kept: RankedMatch[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start || a.rank - b.rank)) {
    const last = kept.at(-1);
    if (!last || match.start >= last.end) kept.push(match);
    else if (match.rank < last.rank) kept[kept.length - 1] = match;
  }
  return kept;
}
