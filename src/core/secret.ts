/**
 * A value that may be a credential. Rules wrap such values in `Secret` when they put them in
 * message data; the engine renders every Secret masked, so no output can carry it in full.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The raw value, for hashing only. Never print it. */
  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  toString(): string {
    return maskSecret(this.#value);
  }

  toJSON(): string {
    return maskSecret(this.#value);
  }
}

/** At most a 4-character prefix (less for short values) and the length: `AKIA…(20 chars)`. */
export function maskSecret(value: string): string {
  const shown = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, shown)}…(${value.length} chars)`;
}
