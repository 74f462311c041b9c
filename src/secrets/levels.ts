import type { Level } from '../core/rule.js';
import type { Confidence } from './types.js';

/** How sure the classifier is decides how loud the finding is. */
export const LEVEL_BY_CONFIDENCE: Record<Confidence, Level> = { high: 'error', medium: 'warning', low: 'note' };
