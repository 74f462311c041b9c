import type { Confidence } from './types.js';

/** Shannon entropy in bits per character: ~2 for words like "admin", 4+ for random tokens. */
export function entropyPerChar(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of lower case, upper case, digits and symbols the value uses (0–4). */
export function characterClassCount(value: string): number {
  return (
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/[0-9]/.test(value)) +
    Number(/[^A-Za-z0-9]/.test(value))
  );
}

/**
 * How likely a literal under a secret-named key is a real credential rather than a weak
 * development password. Weak literals are still credentials, so they get "low", not nothing.
 */
export function literalConfidence(value: string): Confidence {
  // lower-case words joined by - or _ (`diaglogs_region1`, `prom-operator`) read as names or defaults.
  if (/^[a-z]+(?:[_-][a-z0-9]+)*$/.test(value)) return 'low';
  const length = value.length;
  const entropy = entropyPerChar(value);
  const classes = characterClassCount(value);
  if ((length >= 20 && classes >= 3 && entropy >= 3.8) || (length >= 32 && entropy >= 4.2)) return 'high';
  if ((length >= 12 && classes >= 2 && entropy >= 3.0) || (length >= 16 && entropy >= 3.5)) return 'medium';
  return 'low';
}
