// The generator (generator/): the committed catalogue is exactly what Alipay's description gives
// (run when the description is found: ALIPAY_V3_DESCRIPTION or ../shared/alipay-v3/openapi.json;
// CI requires it), and what it refuses in a description, each with the place it was found.
import { describe, expect, it } from 'vitest';
import { committed, differences, findDescription, generate } from '../../generator/generate.ts';
import { SHAPE } from '../../generator/texts.ts';
import { readDescription } from '../../generator/read.ts';
import { schemaOfShape } from '../../src/apis/shape.ts';
import * as v from 'valibot';

const path = findDescription();
if (!path) console.log("Alipay's v3 description not found (set ALIPAY_V3_DESCRIPTION or place ../shared/alipay-v3/openapi.json): the regeneration check was skipped");

describe.skipIf(!path)('the committed catalogue', () => {
  it('is what the generator writes from the description, byte for byte', () => {
    const files = generate(path!);
    expect(files.size).toBeGreaterThan(1000);
    expect(differences(files, committed())).toEqual([]);
  });

  it('generating twice gives the same bytes', () => {
    expect(differences(generate(path!), generate(path!))).toEqual([]);
  });
});

/** A minimal description of Alipay's shape, with one operation. */
function doc(overrides: { op?: Record<string, unknown>; schemas?: Record<string, unknown>; path?: string; verb?: string } = {}) {
  return {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      [overrides.path ?? '/v3/alipay/x/query']: {
        [overrides.verb ?? 'post']: {
          operationId: 'alipay.x.query',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/AlipayXQueryModel' } } } },
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/AlipayXQueryResponseModel' } } } },
            default: { content: { 'application/json': { schema: { anyOf: [{ $ref: '#/components/schemas/CommonErrorType' }, { $ref: '#/components/schemas/AlipayXQueryErrorResponseModel' }] } } } },
          },
          ...overrides.op,
        },
      },
    },
    components: {
      schemas: {
        AlipayXQueryModel: { type: 'object', properties: { a: { type: 'string' } } },
        AlipayXQueryResponseModel: { type: 'object', properties: { n: { type: 'integer' } } },
        AlipayXQueryErrorResponseModel: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: ['X.NOT_FOUND'] }, message: { type: 'string' } } },
        CommonErrorType: { type: 'object', properties: { code: { type: 'string', enum: ['invalid-parameter'] }, message: { type: 'string' } } },
        ...overrides.schemas,
      },
    },
  };
}

describe('reading a description', () => {
  it('reads an operation: method, verb, path, body model, result, error codes', () => {
    const description = readDescription(doc());
    expect(description.operations).toEqual([{ method: 'alipay.x.query', verb: 'POST', path: '/v3/alipay/x/query', pathParams: [], queryParams: [], body: { kind: 'json', model: 'AlipayXQueryModel' }, result: 'AlipayXQueryResponseModel', errorCodes: ['X.NOT_FOUND'] }]);
    expect(description.commonErrorCodes).toEqual(['invalid-parameter']);
    expect(description.models.has('AlipayXQueryErrorResponseModel')).toBe(false);
  });

  it.each([
    ['an unknown schema key', { schemas: { AlipayXQueryModel: { type: 'object', properties: { a: { type: 'string', oneOf: [] } } } } }, /AlipayXQueryModel\.properties\.a: unsupported key "oneOf"/],
    ['an unknown type', { schemas: { AlipayXQueryModel: { type: 'object', properties: { a: { type: 'null' } } } } }, /unsupported type "null"/],
    ['a binary field outside a multipart body', { schemas: { AlipayXQueryModel: { type: 'object', properties: { a: { type: 'string', format: 'binary' } } } } }, /binary string outside a multipart body/],
    ['a $ref outside the schemas', { schemas: { AlipayXQueryModel: { type: 'object', properties: { a: { $ref: '#/definitions/A' } } } } }, /unsupported \$ref/],
    ['a path placeholder without its parameter', { path: '/v3/alipay/x/{id}' }, /path parameters and the path placeholders differ/],
    ['a GET with a body', { verb: 'get' }, /GET operation with a body/],
    ['a request field given twice', { op: { parameters: [{ name: 'a', in: 'query', schema: { type: 'string' } }] } }, /the request field a appears twice/],
    ['a parameter in a header', { op: { parameters: [{ name: 'a', in: 'header', schema: { type: 'string' } }] } }, /unsupported parameter location "header"/],
    ['an operationId that is not a method name', { op: { operationId: 'getTrade' } }, /getTrade is not a gateway method name/],
    ['a model that refers to itself', { schemas: { AlipayXQueryResponseModel: { type: 'object', properties: { child: { $ref: '#/components/schemas/AlipayXQueryResponseModel' } } } } }, /refers to itself/],
  ])('refuses %s, naming the place', (_name, overrides, message) => {
    expect(() => readDescription(doc(overrides as never))).toThrow(message);
  });

  it('ignores documentation keys (description, example, x-…), as Alipay’s own document has them', () => {
    const described = doc({ schemas: { AlipayXQueryModel: { type: 'object', description: 'd', 'x-alipay': 1, properties: { a: { type: 'string', description: 'the a', example: 'x', maxLength: 32 } } } } });
    expect(readDescription(described).models.get('AlipayXQueryModel')).toEqual([{ name: 'a', type: { kind: 'string' }, required: false, deprecated: false }]);
  });
});

describe('the shape codes the generator writes are the ones the library reads', () => {
  it.each([
    ['string', SHAPE.string, 'text', 1],
    ['integer', SHAPE.integer, 7, 1.5],
    ['boolean', SHAPE.boolean, true, 'true'],
    ['binary', SHAPE.binary, new Uint8Array(1), 'bytes'],
    ['number', SHAPE.number, 1.5, '1.5'],
    ['envelope', SHAPE.envelope, 10000, null],
  ] as const)('%s (%i) accepts its type and refuses another in a request', (_name, code, good, bad) => {
    const schema = schemaOfShape({ f: code }, 'request');
    expect(v.safeParse(schema, { f: good }).success).toBe(true);
    expect(v.safeParse(schema, { f: bad }).success).toBe(false);
  });

  it('a result reads the numbers and booleans of an XML answer (text) as numbers and booleans', () => {
    const schema = schemaOfShape({ n: SHAPE.integer, b: SHAPE.boolean, x: SHAPE.number, s: SHAPE.string }, 'result');
    expect(v.parse(schema, { n: '12', b: 'false', x: '1.25', s: '007' })).toEqual({ n: 12, b: false, x: 1.25, s: '007' });
    expect(v.safeParse(schema, { b: 'yes' }).success).toBe(false);
    expect(v.safeParse(schema, { n: '1e3' }).success).toBe(false);
  });
});
