/**
 * Keys as 53-bit hashes, so that a national roll-up can keep every workbook's workbook-wide keys
 * (a million of them at 10,000 offices) in a few megabytes. A hash is only ever used to find
 * workbooks that may share a key: two equal keys always hash alike, and two different keys that
 * hash alike only make two workbooks be parsed together, which gives the same result.
 */
// @ts-nocheck


/** Two FNV-1a 32-bit hashes (different offsets) folded into one exactly representable number. */
export function keyHash(kind: string, id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
    b ^= b >>> 13;
  };
  for (let i = 0; i < kind.length; i++) mix(kind.charCodeAt(i));
  mix(0);
  for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
