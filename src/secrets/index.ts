/**
 * The shared secret classifier. Packs call `classifySecret` on key/value pairs they find in
 * their structures and `findTokens` on whole files; both return offsets of the secret itself.
 */
export { classifySecret } from './classify.js';
export { findTokens } from './find-tokens.js';
export { isSecretName, secretNameKind, type SecretNameKind } from './secret-names.js';
export { isReferenceOrPlaceholder } from './placeholders.js';
export { TOKEN_FORMATS, type TokenFormat } from './token-formats.js';
export type { Confidence, SecretVerdict, TokenMatch } from './types.js';
export { LEVEL_BY_CONFIDENCE } from './levels.js';
