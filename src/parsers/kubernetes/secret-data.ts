/**
 * The text of a Secret's base64 `data` value, or undefined when it is not base64 or does not
 * decode to UTF-8 text (keystores and other binary blobs are not classified).
 */
export function decodeSecretData(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
