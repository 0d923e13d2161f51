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

/** Each schema's nodes with its wrappers (optional, lazy…) taken off; unions spread into their options. */
function unwrap(nodes: readonly SchemaNode[], value: unknown): SchemaNode[] {
  const out: SchemaNode[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (WRAPPERS.has(node.type)) stack.push(node.wrapped!);
    else if (node.type === 'lazy') stack.push(node.getter!(value));
    else if (node.type === 'union' || node.type === 'variant') stack.push(...(node.options ?? []));
    else out.push(node);
  }
  return out;
}

/**
 * The fields of `value` that none of `schemas` knows, at any depth (objects, arrays, records,
 * unions, lazy and wrapped schemas): a field is known when one of the schemas has it at that
 * place. Paths are dotted as valibot writes them (`card_info.ponit`, `list.0.id`); the fields of
 * an unknown field are not looked into. Values of the wrong type are left to validation.
 *
 * @example
 * ```ts
 * unknownFields([CardUpdateRequestSchema], { card_info: { ponit: '188' } }); // [{ path: 'card_info.ponit', key: 'ponit', known: [...] }]
 * ```
 */
export function unknownFields(schemas: readonly v.GenericSchema[], value: unknown, path = '', found: UnknownField[] = []): UnknownField[] {
  if (value === undefined || value === null) return found;
  const nodes = unwrap(schemas as unknown as SchemaNode[], value);
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  const objects = nodes.filter((node) => OBJECTS.has(node.type));
  if (objects.length > 0 && isRecord(value)) {
    // A record anywhere here, or an object with a rest, takes any key.
    const open = nodes.some((node) => node.type === 'record' || node.type === 'object_with_rest');
    for (const key of Object.keys(value)) {
      const children = objects.flatMap((node) => (node.entries && Object.hasOwn(node.entries, key) ? [node.entries[key]!] : []));
      if (children.length === 0) {
        if (!open) found.push({ path: at(key), key, known: [...new Set(objects.flatMap((node) => Object.keys(node.entries ?? {})))] });
        continue;
      }
      unknownFields(children as never, value[key], at(key), found);
    }
    return found;
  }
  const arrays = nodes.filter((node) => node.type === 'array');
  if (arrays.length > 0 && Array.isArray(value)) {
    for (const [i, item] of value.entries()) unknownFields(arrays.map((node) => node.item!) as never, item, at(i), found);
    return found;
  }
  const records = nodes.filter((node) => node.type === 'record');
  if (records.length > 0 && isRecord(value)) for (const [key, item] of Object.entries(value)) unknownFields(records.map((node) => node.value!) as never, item, at(key), found);
  return found;
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
