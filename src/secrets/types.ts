/** How sure a detector is that a literal is a real credential. Packs map it to a finding level. */
export type Confidence = 'high' | 'medium' | 'low';

/** Why a string was judged to be (or to contain) a secret, and where the secret sits in it. */
export interface SecretVerdict {
  confidence: Confidence;
  /** A short phrase for messages: "AWS access key id", "credentials inside a URL", … */
  reason: string;
  /** The detector's id, stable across releases (useful for fingerprints and tests). */
  detector: string;
  /** Offsets of the secret itself inside the scanned string; `end` is exclusive. */
  start: number;
  end: number;
}

/** A known token format found by the file-level scan; offsets are into the scanned text. */
export type TokenMatch = SecretVerdict;
