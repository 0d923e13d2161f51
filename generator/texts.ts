// The pieces of generated text the catalogue's modules are made of: TypeScript types of fields,
// their shapes (the codes of src/apis/shape.ts that the runtime reads), doc comments and the
// examples in them. generator/emit.ts puts them together into modules.
import type { Description, Field, FieldType } from './read.ts';
import { propertyKey, shapeName } from './names.ts';
/** The shape codes of src/apis/shape.ts (kept in step by test/apis/generator.test.ts). */
export const SHAPE = { string: 0, integer: 1, boolean: 2, binary: 3, number: 4, envelope: 5 } as const;

// ---- types ----------------------------------------------------------------------------------

export function typeText(type: FieldType): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'binary':
      return 'Blob | Uint8Array';
    case 'ref':
      return type.name;
    case 'array': {
      const item = typeText(type.items);
      return item.includes('|') ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      return type.fields.length === 0 ? 'Record<string, never>' : `{ ${type.fields.map((field) => `${propertyKey(field.name)}${field.required ? '' : '?'}: ${typeText(field.type)}`).join('; ')} }`;
  }
}

export interface Member {
  field: Field;
  /** What the doc comment says of it (where it travels, a file, the envelope). */
  note?: string;
  /** The type, when it is not the field's own. */
  type?: string;
  shape?: string;
}

export function members(lines: string[], list: readonly Member[]): void {
  for (const { field, note, type } of list) {
    const tags = [note, field.deprecated ? '@deprecated' : undefined].filter((tag) => tag !== undefined);
    if (tags.length > 0) lines.push(`  /** ${tags.join(' ')} */`);
    lines.push(`  ${propertyKey(field.name)}${field.required ? '' : '?'}: ${type ?? typeText(field.type)};`);
  }
}

export function docComment(summary: string, example: string): string[] {
  return ['/**', ...summary.split('\n').map((line) => ` * ${line}`.trimEnd()), ' *', ' * @example', ' * ```ts', ...example.split('\n').map((line) => ` * ${line}`), ' * ```', ' */'];
}

/** An example value of a field's type: the description's example for a parameter, else a placeholder. */
export function exampleValue(field: Field, description: Description): string {
  if (field.example !== undefined) return field.type.kind === 'string' ? JSON.stringify(field.example) : /^-?\d+$/.test(field.example) ? field.example : '1';
  const type = field.type.kind === 'ref' ? undefined : field.type;
  switch (type?.kind) {
    case 'string':
      return "'…'";
    case 'integer':
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    case 'binary':
      return 'new Uint8Array(await file.arrayBuffer())';
    case 'array':
      return '[]';
    default:
      return '{}';
  }
}

/** An object literal for examples: the required fields and the first one or two others. */
export function exampleObject(fields: readonly Field[], description: Description): string {
  const chosen = [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required && f.type.kind !== 'ref' && f.type.kind !== 'array').slice(0, fields.some((f) => f.required) ? 1 : 2)];
  return chosen.length === 0 ? '{}' : `{ ${chosen.map((field) => `${propertyKey(field.name)}: ${exampleValue(field, description)}`).join(', ')} }`;
}

// ---- shapes ---------------------------------------------------------------------------------

export function shapeText(type: FieldType): string {
  switch (type.kind) {
    case 'string':
      return String(SHAPE.string);
    case 'integer':
      return String(SHAPE.integer);
    case 'number':
      return String(SHAPE.number);
    case 'boolean':
      return String(SHAPE.boolean);
    case 'binary':
      return String(SHAPE.binary);
    case 'ref':
      return shapeName(type.name);
    case 'array':
      return `[${shapeText(type.items)}]`;
    case 'object':
      return objectShape(type.fields.map((field) => ({ field })));
  }
}

export const objectShape = (list: readonly Member[]) => (list.length === 0 ? '{}' : `{ ${list.map(({ field, shape }) => `${propertyKey(field.name)}: ${shape ?? shapeText(field.type)}`).join(', ')} }`);
