// A request field the API does not know is most often a typo (`ponit` for `point`): sent, it is
// ignored by the gateway, which answers success and changes nothing. TypeScript catches it at
// compile time; this catches it at run time, for plain JavaScript, before anything is signed. It
// walks a request beside its valibot schema (hand-written or generated) and names the first field
// no schema entry knows, with the nearest known name.
import type * as v from 'valibot';

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  items?: SchemaNode[];
  options?: SchemaNode[];
  value?: SchemaNode;
  getter?: (input: unknown) => SchemaNode;
}

/** A field the schema does not know: where, and the names it does know there. */
export interface UnknownField {
  path: string;
  key: string;
  known: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob) && !(value instanceof Uint8Array);

const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish', 'undefinedable', 'non_optional', 'non_nullable', 'non_nullish']);
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

/**
 * The first field of `value` that `schema` does not know, at any depth (objects, arrays, unions,
 * lazy and wrapped schemas); `undefined` when every field is known. Values of the wrong type are
 * left to the schema's own validation.
 *
 * @example
 * ```ts
 * unknownField(CardUpdateRequestSchema, { card_info: { ponit: '188' } }); // { path: 'card_info.ponit', key: 'ponit', known: [...] }
 * ```
 */
export function unknownField(schema: v.GenericSchema, value: unknown, path = ''): UnknownField | undefined {
  const node = schema as unknown as SchemaNode;
  if (WRAPPERS.has(node.type)) return value === undefined || value === null ? undefined : unknownField(node.wrapped as never, value, path);
  if (node.type === 'lazy') return unknownField(node.getter!(value) as never, value, path);
  if (OBJECTS.has(node.type)) {
    if (!isRecord(value)) return undefined;
    const entries = node.entries ?? {};
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (entry === undefined) {
        if (node.type === 'object_with_rest') continue;
        return { path: at, key, known: Object.keys(entries) };
      }
      const found = unknownField(entry as never, value[key], at);
      if (found) return found;
    }
    return undefined;
  }
  if (node.type === 'array') {
    if (!Array.isArray(value)) return undefined;
    for (const [i, item] of value.entries()) {
      const found = unknownField(node.item as never, item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (node.type === 'record') {
    if (!isRecord(value)) return undefined;
    for (const [key, item] of Object.entries(value)) {
      const found = unknownField(node.value as never, item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  if (node.type === 'union' || node.type === 'variant') {
    // Known to one of the options is known; unknown to all, the first option's finding is reported.
    let first: UnknownField | undefined;
    for (const option of node.options ?? []) {
      const found = unknownField(option as never, value, path);
      if (!found) return undefined;
      first ??= found;
    }
    return first;
  }
  return undefined;
}

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
