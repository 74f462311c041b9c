import { distance } from 'fastest-levenshtein';

/** Known names close to a mistyped one, closest first (for "did you mean" messages). */
export function closeMatches(wanted: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  return known
    .map((name) => ({ name, d: Math.min(distance(wanted, name), distance(wanted.split('/').pop()!, name.split('/').pop()!)) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((c) => c.name);
}
