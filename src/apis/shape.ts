// The generated definitions describe their fields as shapes, plain data that bundles small: a
// number for a scalar, `[item]` for an array, `{ field: shape }` for an object, and a function
// returning a shape for a model (shared between operations, built once). This module turns a
// shape into the valibot schema that validates it, on first use. Alipay's description marks no
// field as required and gives no lengths or enums, so the schemas check the types of what is
// present; objects are loose (Alipay adds fields; a request's unknown fields are refused apart,
// with the nearest known name: unknown-fields.ts).
import * as v from 'valibot';
import { integer } from './shared.ts';

/**
 * A field's shape: `0` text, `1` a whole number, `2` a boolean, `3` a file part (bytes or a Blob),
 * `4` a number, `5` text or a number (a result field that shares its name with the v2 envelope),
 * `[shape]` an array, `{ name: shape }` an object, `() => shape` a model.
 *
 * @example
 * ```ts
 * const shape: Shape = { out_trade_no: 0, query_options: [0] };
 * ```
 */
export type Shape = number | readonly [Shape] | { readonly [field: string]: Shape } | (() => object);

/** Whether the schema reads a request (what the caller passes) or a verified answer (JSON or XML text). */
export type ShapeMode = 'request' | 'result';

// Scalars as custom checks and one raw transform: schema kinds every bundle already holds.
const is = <T>(test: (value: unknown) => boolean, message: string) => v.custom<T>(test, `Expected ${message}`);
const isFile = (value: unknown) => value instanceof Blob || value instanceof Uint8Array;
const isTextOrNumber = (value: unknown) => typeof value === 'string' || typeof value === 'number';
const TEXT = 'text or a number';
/** XML answers carry every value as text: a result's booleans and numbers may arrive as such. */
const fromText = (read: (value: unknown) => unknown, message: string) =>
  v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const value = read(dataset.value);
      if (value === undefined) addIssue({ message: `Expected ${message}` });
      return value === undefined ? NEVER : value;
    }),
  );

const scalars: Record<ShapeMode, readonly v.GenericSchema[]> = {
  request: [v.string(), is(Number.isSafeInteger, 'a whole number'), is((value) => typeof value === 'boolean', 'true or false'), is(isFile, 'bytes or a Blob'), is(Number.isFinite, 'a number'), is(isTextOrNumber, TEXT)],
  result: [
    v.string(),
    integer,
    fromText((value) => (value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined), 'true or false'),
    is(isFile, 'bytes'),
    fromText((value) => (typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined), 'a number'),
    is(isTextOrNumber, TEXT),
  ],
};

const models: Record<ShapeMode, WeakMap<() => object, v.GenericSchema>> = { request: new WeakMap(), result: new WeakMap() };

/**
 * The valibot schema of a shape, for a request or for a result. `required` names the top-level
 * fields that must be present (a v3 operation's path parameters). A model is built once per mode
 * (the generator refuses a description whose models refer to themselves).
 *
 * @example
 * ```ts
 * v.parse(schemaOfShape({ out_trade_no: 0 }, 'request'), { out_trade_no: '20150320010101001' });
 * ```
 */
export function schemaOfShape(shape: Shape, mode: ShapeMode, required: readonly string[] = []): v.GenericSchema {
  if (typeof shape === 'number') return scalars[mode][shape]!;
  if (typeof shape === 'function') {
    let schema = models[mode].get(shape);
    if (schema === undefined) models[mode].set(shape, (schema = schemaOfShape(shape() as Shape, mode)));
    return schema;
  }
  if (Array.isArray(shape)) return v.array(schemaOfShape(shape[0] as Shape, mode));
  const entries: Record<string, v.GenericSchema> = {};
  for (const [name, field] of Object.entries(shape as Record<string, Shape>)) {
    const schema = schemaOfShape(field, mode);
    entries[name] = required.includes(name) ? schema : v.optional(schema);
  }
  return v.looseObject(entries);
}
