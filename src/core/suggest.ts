import { distance } from 'fastest-levenshtein';

/**
 * Known names close to a mistyped one, for "did you mean". Rule ids are compared whole, then by
 * their last segment (a right name under the wrong artifact); only the closest are returned.
 */
export function closeMatches(wanted: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  const tail = (id: string) => id.slice(id.lastIndexOf('/') + 1);
  const scored = known
    .map((name) => ({ name, d: Math.min(distance(wanted, name), distance(tail(wanted), tail(name)) + 2) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  const best = scored[0]?.d;
  return scored.filter((c) => c.d === best).slice(0, max).map((c) => c.name);
}
