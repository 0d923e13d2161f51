// The v3 rule for telling an error answer from a success (isV3ErrorAnswer: a string `code` and a
// string `message`) checked against Alipay's own v3 description, read where found
// (ALIPAY_V3_DESCRIPTION, else ../shared/alipay-v3/openapi.json), never copied: no operation's
// success model declares both `code` and `message`, so no real success can be read as an error;
// every error model declares both as required strings, so no real error can be read as data. If
// Alipay's description changes either way, this test says which operation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isV3ErrorAnswer } from '../../src/protocol.ts';
import { v3Description } from '../support.ts';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const file = v3Description();
if (!file) console.warn("Alipay's v3 description not found (set ALIPAY_V3_DESCRIPTION or place ../shared/alipay-v3/openapi.json): the check of the v3 error rule against it was skipped");
const description = file ? (JSON.parse(readFileSync(file, 'utf8')) as Description) : undefined;
const VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options']);

/** The object models a schema stands for: a $ref followed, allOf merged, each anyOf/oneOf alternative on its own. */
function models(schema: Schema | undefined, schemas: Record<string, Schema>, seen = new Set<string>()): Schema[] {
  if (!schema) return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    return models(schemas[name], schemas, new Set([...seen, name]));
  }
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.flatMap((alternative) => models(alternative, schemas, seen));
  if (schema.allOf) {
    const parts = schema.allOf.flatMap((part) => models(part, schemas, seen));
    return [{ type: 'object', properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})), required: parts.flatMap((part) => part.required ?? []) }];
  }
  return [schema];
}

/** A value of a model's shape: every declared property present, of its declared type. */
function sample(model: Schema): Record<string, unknown> {
  const values: Record<string, unknown> = { string: 'x', integer: 1, number: 1, boolean: true, array: [], object: {} };
  return Object.fromEntries(Object.entries(model.properties ?? {}).map(([key, property]) => [key, property.type ? values[property.type] : {}]));
}

const operations = description
  ? Object.values(description.paths).flatMap((item) => Object.entries(item).filter(([verb]) => VERBS.has(verb)).map(([, operation]) => operation))
  : [];
const bodyOf = (operation: Operation, status: string) => operation.responses?.[status]?.content?.['application/json']?.schema;

describe.runIf(description)("the v3 error rule against Alipay's description", () => {
  it('finds the operations, each with a success model and an error model', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((operation) => models(bodyOf(operation, '200'), description!.components.schemas).length === 0).map((o) => o.operationId)).toEqual([]);
    expect(operations.filter((operation) => models(bodyOf(operation, 'default'), description!.components.schemas).length === 0).map((o) => o.operationId)).toEqual([]);
  });

  it('no success model declares both code and message: no real success is read as an error', () => {
    const both: string[] = [];
    for (const operation of operations) {
      for (const model of models(bodyOf(operation, '200'), description!.components.schemas)) {
        const properties = model.properties ?? {};
        if ('code' in properties && 'message' in properties) both.push(operation.operationId ?? '?');
        // The function agrees: the success model, every field present, is not an error answer.
        else if (isV3ErrorAnswer(sample(model))) both.push(`${operation.operationId} (isV3ErrorAnswer)`);
      }
    }
    expect(both).toEqual([]);
  });

  it('every error model has a required string code and a required string message: no real error is read as data', () => {
    const loose: string[] = [];
    for (const operation of operations) {
      for (const model of models(bodyOf(operation, 'default'), description!.components.schemas)) {
        const { properties = {}, required = [] } = model;
        const strict = properties.code?.type === 'string' && properties.message?.type === 'string' && required.includes('code') && required.includes('message');
        if (!strict || !isV3ErrorAnswer(sample(model))) loose.push(operation.operationId ?? '?');
      }
    }
    expect(loose).toEqual([]);
  });
});
