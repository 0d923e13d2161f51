// The refusal of an unknown request field, worded with the nearest known name: loaded only when a
// request has one (a correct call does not bundle the distance or the wording).
import type { UnknownField } from './unknown-fields.ts';

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name nearest to `key` (case aside), when it is near enough to be what was meant.
 *
 * @example
 * ```ts
 * nearestName('ponit', ['point', 'balance', 'level']); // 'point'
 * ```
 */
export function nearestName(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** The refusal's wording: the field, the nearest known name, and how to send it anyway. */
export function describeUnknownField(method: string, found: UnknownField): string {
  const nearest = nearestName(found.key, found.known);
  const hint = nearest !== undefined ? ` (did you mean '${nearest}'?)` : found.known.length > 0 ? ` (known here: ${found.known.slice(0, 8).join(', ')}${found.known.length > 8 ? ', …' : ''})` : '';
  return `${method}: the request has a field the API does not know: ${found.path}${hint}. Nothing was sent. A field Alipay added after this catalogue can be sent with the call option allowUnknownFields: true.`;
}
