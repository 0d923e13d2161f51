// Reading an OpenAPI 3.0 description of Alipay's shape into the generator's model: operations
// (method name, verb, path, path and query parameters, JSON or multipart body, result model, error
// codes) and the schemas they use. Anything outside that shape is refused with the place it was
// found, so a new construct in a future description fails the generation instead of being
// generated wrong. Documentation keys (description, summary, example, title, x-…) are ignored.

/** A field's type, as the generated code needs it. */
export type FieldType =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'binary' }
  | { kind: 'array'; items: FieldType }
  | { kind: 'ref'; name: string }
  | { kind: 'object'; fields: Field[] };

export interface Field {
  name: string;
  type: FieldType;
  required: boolean;
  deprecated: boolean;
  /** A parameter's example from the description, as text. */
  example?: string;
}

export interface Operation {
  /** The v2 method name (the operationId). */
  method: string;
  verb: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Field[];
  queryParams: Field[];
  /** The JSON body's model, or a multipart body's `data` model and file parts. */
  body?: { kind: 'json'; model: string } | { kind: 'multipart'; data?: string; files: string[] };
  /** The model of the 200 answer. */
  result: string;
  /** The error model's codes, in the description's order. */
  errorCodes: string[];
}

export interface Description {
  /** `info.version` of the document. */
  version: string;
  title: string;
  operations: Operation[];
  /** Every component schema as an object model. */
  models: Map<string, Field[]>;
  /** The codes of `CommonErrorType`, when the document has one. */
  commonErrorCodes: string[];
}

type Json = Record<string, unknown>;

const DOC_KEYS = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs']);
const isDocKey = (key: string) => DOC_KEYS.has(key) || key.startsWith('x-');
const VERBS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const SCHEMA_REF = '#/components/schemas/';
const PARAMETER_REF = '#/components/parameters/';

class DescriptionError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'DescriptionError';
  }
}

function record(value: unknown, where: string): Json {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  throw new DescriptionError(where, 'expected an object');
}

function text(value: unknown, where: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new DescriptionError(where, 'expected a non-empty string');
}

/** Refuses keys the generator does not understand. */
function onlyKeys(node: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key) && !isDocKey(key)) throw new DescriptionError(where, `unsupported key "${key}"`);
  }
}

/** Reads a schema node (a property, an array's items, a parameter's schema). */
function fieldType(node: Json, where: string, inMultipart = false): FieldType {
  if ('$ref' in node) {
    onlyKeys(node, ['$ref'], where);
    const ref = text(node.$ref, `${where}.$ref`);
    if (!ref.startsWith(SCHEMA_REF)) throw new DescriptionError(where, `unsupported $ref ${ref}`);
    return { kind: 'ref', name: ref.slice(SCHEMA_REF.length) };
  }
  const type = node.type;
  switch (type) {
    case 'string':
      onlyKeys(node, ['type', 'format', 'enum', 'deprecated', 'maxLength', 'minLength', 'pattern'], where);
      // A binary string is a file part; anywhere else a format (date-time…) is still text.
      if (node.format === 'binary') {
        if (!inMultipart) throw new DescriptionError(where, 'a binary string outside a multipart body');
        return { kind: 'binary' };
      }
      return { kind: 'string' };
    case 'integer':
    case 'number':
    case 'boolean':
      onlyKeys(node, ['type', 'format', 'enum', 'deprecated', 'minimum', 'maximum'], where);
      return { kind: type };
    case 'array':
      onlyKeys(node, ['type', 'items', 'deprecated', 'maxItems', 'minItems'], where);
      return { kind: 'array', items: fieldType(record(node.items, `${where}.items`), `${where}.items`) };
    case 'object':
      return { kind: 'object', fields: objectFields(node, where) };
    default:
      throw new DescriptionError(where, `unsupported type ${JSON.stringify(type)}`);
  }
}

function objectFields(node: Json, where: string): Field[] {
  onlyKeys(node, ['type', 'properties', 'required', 'deprecated'], where);
  if (node.type !== 'object') throw new DescriptionError(where, 'expected type "object"');
  const required = new Set(Array.isArray(node.required) ? node.required.map((name, i) => text(name, `${where}.required[${i}]`)) : []);
  const properties = node.properties === undefined ? {} : record(node.properties, `${where}.properties`);
  return Object.entries(properties).map(([name, property]) => {
    const at = `${where}.properties.${name}`;
    const schema = record(property, at);
    return { name, type: fieldType(schema, at), required: required.has(name), deprecated: schema.deprecated === true };
  });
}

function refName(node: Json, where: string): string {
  const type = fieldType(node, where);
  if (type.kind !== 'ref') throw new DescriptionError(where, 'expected a $ref to a component schema');
  return type.name;
}

function parameter(node: Json, parameters: Json, where: string): Field & { in: 'query' | 'path' } {
  if ('$ref' in node) {
    const ref = text(node.$ref, `${where}.$ref`);
    if (!ref.startsWith(PARAMETER_REF)) throw new DescriptionError(where, `unsupported $ref ${ref}`);
    const name = ref.slice(PARAMETER_REF.length);
    return parameter(record(parameters[name], `components.parameters.${name}`), parameters, `components.parameters.${name}`);
  }
  onlyKeys(node, ['name', 'in', 'required', 'schema', 'allowEmptyValue', 'deprecated', 'style', 'explode'], where);
  const place = node.in;
  if (place !== 'query' && place !== 'path') throw new DescriptionError(where, `unsupported parameter location ${JSON.stringify(place)}`);
  const schema = record(node.schema, `${where}.schema`);
  const type = fieldType(schema, `${where}.schema`);
  if (type.kind === 'object' || type.kind === 'ref' || type.kind === 'array') throw new DescriptionError(where, 'a parameter must be a string, a number or a boolean');
  const example = schema.example;
  return {
    in: place,
    name: text(node.name, `${where}.name`),
    type,
    required: node.required === true || place === 'path',
    deprecated: node.deprecated === true,
    ...(example !== undefined && { example: String(example) }),
  };
}

function jsonSchemaOf(content: Json, where: string): Json {
  const json = record(content['application/json'], `${where}["application/json"]`);
  onlyKeys(json, ['schema'], `${where}["application/json"]`);
  return record(json.schema, `${where}["application/json"].schema`);
}

function body(node: Json, models: Map<string, Field[]>, where: string): Operation['body'] {
  onlyKeys(node, ['content', 'required'], where);
  const content = record(node.content, `${where}.content`);
  const types = Object.keys(content);
  if (types.length !== 1) throw new DescriptionError(where, `expected one content type, got ${types.join(', ')}`);
  if (types[0] === 'application/json') return { kind: 'json', model: refName(jsonSchemaOf(content, `${where}.content`), `${where}.content.schema`) };
  if (types[0] !== 'multipart/form-data') throw new DescriptionError(where, `unsupported content type ${types[0]}`);
  const at = `${where}.content["multipart/form-data"]`;
  const multipart = record(content['multipart/form-data'], at);
  onlyKeys(multipart, ['schema', 'encoding'], at);
  const schema = record(multipart.schema, `${at}.schema`);
  onlyKeys(schema, ['type', 'properties', 'required'], `${at}.schema`);
  let data: string | undefined;
  const files: string[] = [];
  for (const [name, part] of Object.entries(record(schema.properties, `${at}.schema.properties`))) {
    const type = fieldType(record(part, `${at}.schema.properties.${name}`), `${at}.schema.properties.${name}`, true);
    if (type.kind === 'binary') files.push(name);
    else if (name === 'data' && type.kind === 'ref') data = type.name;
    else throw new DescriptionError(`${at}.schema.properties.${name}`, 'a multipart part is a file (binary) or the JSON "data" model');
  }
  if (data !== undefined && !models.has(data)) throw new DescriptionError(at, `unknown model ${data}`);
  return { kind: 'multipart', ...(data !== undefined && { data }), files: files.sort() };
}

function errorCodes(node: Json, schemas: Json, where: string): string[] {
  // `anyOf` [CommonErrorType, <Op>ErrorResponseModel]: the operation's own codes are the second's.
  const content = jsonSchemaOf(record(node.content, `${where}.content`), `${where}.content`);
  const choices = Array.isArray(content.anyOf) ? content.anyOf : [content];
  const codes: string[] = [];
  for (const [i, choice] of choices.entries()) {
    const name = refName(record(choice, `${where}.anyOf[${i}]`), `${where}.anyOf[${i}]`);
    if (name === 'CommonErrorType') continue;
    const model = record(schemas[name], `components.schemas.${name}`);
    const code = record(record(model.properties, `components.schemas.${name}.properties`).code, `components.schemas.${name}.properties.code`);
    if (Array.isArray(code.enum)) for (const [j, value] of code.enum.entries()) codes.push(text(value, `components.schemas.${name}.properties.code.enum[${j}]`));
  }
  return codes;
}

function refsOf(type: FieldType, into: string[]): void {
  if (type.kind === 'ref') into.push(type.name);
  else if (type.kind === 'array') refsOf(type.items, into);
  else if (type.kind === 'object') for (const field of type.fields) refsOf(field.type, into);
}

/** A model that contains itself (directly or through others) has no finite shape: refused. */
function refuseCycles(models: Map<string, Field[]>): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') throw new DescriptionError(`components.schemas.${name}`, `the model refers to itself (${[...trail, name].join(' → ')}): not supported`);
    state.set(name, 'open');
    const refs: string[] = [];
    for (const field of models.get(name) ?? []) refsOf(field.type, refs);
    for (const ref of refs) {
      if (!models.has(ref)) throw new DescriptionError(`components.schemas.${name}`, `unknown model ${ref}`);
      visit(ref, [...trail, name]);
    }
    state.set(name, 'done');
  };
  for (const name of models.keys()) visit(name, []);
}

/** Error models are read for their codes only: they are not generated as models. */
const isErrorModel = (name: string) => name === 'CommonErrorType' || name.endsWith('ErrorResponseModel');

/**
 * Reads the description into the generator's model.
 *
 * @throws DescriptionError naming the place of anything the generator does not support.
 */
export function readDescription(document: unknown): Description {
  const doc = record(document, 'document');
  const openapi = text(doc.openapi, 'openapi');
  if (!openapi.startsWith('3.0.')) throw new DescriptionError('openapi', `expected an OpenAPI 3.0 document, got ${openapi}`);
  const info = record(doc.info, 'info');
  const components = record(doc.components, 'components');
  const schemas = record(components.schemas, 'components.schemas');
  const parameters = components.parameters === undefined ? {} : record(components.parameters, 'components.parameters');
  const models = new Map<string, Field[]>();
  for (const name of Object.keys(schemas).sort()) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new DescriptionError(`components.schemas.${name}`, 'a schema name must be an identifier');
    if (isErrorModel(name)) continue;
    models.set(name, objectFields(record(schemas[name], `components.schemas.${name}`), `components.schemas.${name}`));
  }
  refuseCycles(models);
  const common = schemas.CommonErrorType === undefined ? undefined : record(record(record(schemas.CommonErrorType, 'CommonErrorType').properties, 'CommonErrorType.properties').code, 'CommonErrorType.properties.code');
  const operations: Operation[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(record(doc.paths, 'paths'))) {
    if (!path.startsWith('/')) throw new DescriptionError(`paths.${path}`, 'a path starts with /');
    const verbs = record(item, `paths.${path}`);
    onlyKeys(verbs, VERBS, `paths.${path}`);
    for (const verb of VERBS) {
      if (verbs[verb] === undefined) continue;
      const where = `paths.${path}.${verb}`;
      const op = record(verbs[verb], where);
      onlyKeys(op, ['tags', 'operationId', 'responses', 'requestBody', 'parameters', 'deprecated', 'security'], where);
      const method = text(op.operationId, `${where}.operationId`);
      if (!/^[a-z][a-z0-9]*(\.[a-z0-9]+)+$/.test(method)) throw new DescriptionError(`${where}.operationId`, `${method} is not a gateway method name`);
      if (seen.has(method)) throw new DescriptionError(`${where}.operationId`, `${method} appears twice`);
      seen.add(method);
      const params = (Array.isArray(op.parameters) ? op.parameters : []).map((p, i) => parameter(record(p, `${where}.parameters[${i}]`), parameters, `${where}.parameters[${i}]`));
      const pathParams = params.filter((p) => p.in === 'path').map(({ in: _, ...field }) => field);
      const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      if (placeholders.join() !== pathParams.map((p) => p.name).join()) {
        // The order of the path's placeholders is the order the parameters are listed in.
        const listed = new Set(pathParams.map((p) => p.name));
        if (placeholders.length !== listed.size || !placeholders.every((name) => listed.has(name!))) throw new DescriptionError(where, 'the path parameters and the path placeholders differ');
      }
      const responses = record(op.responses, `${where}.responses`);
      const ok = record(responses['200'], `${where}.responses.200`);
      const result = refName(jsonSchemaOf(record(ok.content, `${where}.responses.200.content`), `${where}.responses.200.content`), `${where}.responses.200`);
      if (!models.has(result)) throw new DescriptionError(where, `unknown result model ${result}`);
      const requestBody = op.requestBody === undefined ? undefined : body(record(op.requestBody, `${where}.requestBody`), models, `${where}.requestBody`);
      if (requestBody?.kind === 'json' && !models.has(requestBody.model)) throw new DescriptionError(where, `unknown request model ${requestBody.model}`);
      if (requestBody !== undefined && (verb === 'get' || verb === 'delete')) throw new DescriptionError(where, `a ${verb.toUpperCase()} operation with a body`);
      const fieldNames = [...params.map((p) => p.name), ...(requestBody?.kind === 'json' ? models.get(requestBody.model)!.map((f) => f.name) : []), ...(requestBody?.kind === 'multipart' ? [...(requestBody.data ? models.get(requestBody.data)!.map((f) => f.name) : []), ...requestBody.files] : [])];
      const duplicate = fieldNames.find((name, i) => fieldNames.indexOf(name) !== i);
      if (duplicate !== undefined) throw new DescriptionError(where, `the request field ${duplicate} appears twice (parameters and body)`);
      operations.push({
        method,
        verb: verb.toUpperCase() as Operation['verb'],
        path,
        pathParams,
        queryParams: params.filter((p) => p.in === 'query').map(({ in: _, ...field }) => field),
        ...(requestBody !== undefined && { body: requestBody }),
        result,
        errorCodes: responses.default === undefined ? [] : errorCodes(record(responses.default, `${where}.responses.default`), schemas, `${where}.responses.default`),
      });
    }
  }
  operations.sort((a, b) => (a.method < b.method ? -1 : 1));
  return {
    version: text(info.version, 'info.version'),
    title: text(info.title, 'info.title'),
    operations,
    models,
    commonErrorCodes: Array.isArray(common?.enum) ? common.enum.map((value, i) => text(value, `CommonErrorType.properties.code.enum[${i}]`)) : [],
  };
}
