// Comparing bytes: key moduli, certificate names. One place, so every comparison means the same.

/** Whether two byte arrays hold the same bytes (`false` when either is missing). */
export function equalBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
