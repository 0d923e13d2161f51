// A request field the API does not know is most often a typo (`ponit` for `point`): sent, it is
// ignored by the gateway, which answers success and changes nothing. TypeScript catches it at
// compile time; this catches it at run time, for plain JavaScript, before anything is signed. It
// walks a request beside its valibot schema (hand-written or generated) and finds the fields no
// schema entry knows; unknown-field-message.ts words the refusal (loaded only then).
import type * as v from 'valibot';

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
  value?: SchemaNode;
  getter?: (input: unknown) => SchemaNode;
}

/** A field the schemas do not know: where, and the names they do know there. */
export interface UnknownField {
  path: string;
  key: string;
  known: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob) && !(value instanceof Uint8Array);

/**
 * The fields of `value` that none of `schemas` knows, at any depth: a field is known when one of
 * the schemas has it at that place. Schemas are read by their structure (valibot's): `wrapped`
 * (optional, nullable…), `getter` (lazy), `options` (unions, variants), `entries` (objects; one
 * with a `rest` takes any key), `item` (arrays), `value` (records). Paths are dotted as valibot
 * writes them (`card_info.ponit`, `list.0.id`); an unknown field is not looked into. Values of
 * the wrong type are left to validation.
 *
 * @example
 * ```ts
 * unknownFields([CardUpdateRequestSchema], { card_info: { ponit: '188' } }); // [{ path: 'card_info.ponit', key: 'ponit', known: [...] }]
 * ```
 */
export function unknownFields(schemas: readonly v.GenericSchema[], value: unknown, path = '', found: UnknownField[] = []): UnknownField[] {
  if (value == null) return found;
  const nodes: SchemaNode[] = [];
  const stack = [...(schemas as unknown as SchemaNode[])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.wrapped) stack.push(node.wrapped);
    else if (node.getter) stack.push(node.getter(value));
    else if (node.options) stack.push(...node.options);
    else nodes.push(node);
  }
  const at = (key: string | number) => (path ? `${path}.${key}` : `${key}`);
  const next = (pick: (node: SchemaNode) => SchemaNode | undefined): v.GenericSchema[] => nodes.flatMap((node) => pick(node) ?? []) as never;
  if (Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(next((node) => node.item), item, at(i), found));
  } else if (isRecord(value)) {
    const objects = nodes.filter((node) => node.entries);
    // A record, or an object with a rest, takes any key; with neither, a key no object has is unknown.
    const open = objects.length === 0 || nodes.some((node) => node.value || (node as { rest?: unknown }).rest);
    for (const key of Object.keys(value)) {
      const children = next((node) => (node.entries && Object.hasOwn(node.entries, key) ? node.entries[key] : node.value));
      if (children.length === 0 && !open) found.push({ path: at(key), key, known: objects.flatMap((node) => Object.keys(node.entries!)) });
      else unknownFields(children, value[key], at(key), found);
    }
  }
  return found;
}
