// Writing the catalogue from the generator's model: one module per operation (its request, result
// and error-code types, and its definition: route and field shapes), one module per model that
// several operations share, the barrel `alipay-edge/apis` re-exports, `allApis`, and the type-only
// catalogue that maps each method name to its definition's type. The output depends only on the
// description: the same document gives the same bytes.
import type { Description, FieldType, Operation } from './read.ts';
import { camelName, fileName, pascalName, propertyKey, shapeName } from './names.ts';
import { type Member, SHAPE, docComment, exampleObject, members, objectShape, shapeText, typeText } from './texts.ts';
import { HAND_WRITTEN } from './hand-written.ts';
import { v3Route } from '../src/apis/definition.ts';

/** Fields of a v2 answer's envelope: a result model's own field of that name is read over v2 as the envelope's text. */
const ENVELOPE = new Set(['code', 'msg', 'sub_code', 'sub_msg']);

interface Context {
  description: Description;
  /** Models used by more than one operation: each in its own module. */
  shared: Set<string>;
  /** For each model, the operations that use it (directly or through other models). */
  users: Map<string, Set<string>>;
  /** A request or result model folded into its operation's Request/Result interface. */
  folded: Set<string>;
}

const header = (description: Description) =>
  `// Generated from Alipay's OpenAPI v3 description (${description.title}, version ${description.version}) by\n// generator/: do not edit; change the generator and run \`npm run generate\`.\n`;

const quoteList = (names: readonly string[]) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`;

function refsOf(type: FieldType, into: Set<string>): void {
  if (type.kind === 'ref') into.add(type.name);
  else if (type.kind === 'array') refsOf(type.items, into);
  else if (type.kind === 'object') for (const field of type.fields) refsOf(field.type, into);
}

function closure(description: Description, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const refs = new Set<string>();
    for (const field of description.models.get(name) ?? []) refsOf(field.type, refs);
    stack.push(...refs);
  }
  return seen;
}

/** The models an operation names itself: its body's model and its result's. */
function ownModels(op: Operation): string[] {
  const names = [op.result];
  if (op.body?.kind === 'json') names.push(op.body.model);
  if (op.body?.kind === 'multipart' && op.body.data !== undefined) names.push(op.body.data);
  for (const field of [...op.pathParams, ...op.queryParams]) {
    const refs = new Set<string>();
    refsOf(field.type, refs);
    names.push(...refs);
  }
  return names;
}

function context(description: Description): Context {
  const users = new Map<string, Set<string>>();
  const nested = new Set<string>();
  for (const fields of description.models.values()) for (const field of fields) refsOf(field.type, nested);
  for (const op of description.operations) {
    for (const name of closure(description, ownModels(op))) {
      if (!users.has(name)) users.set(name, new Set());
      users.get(name)!.add(op.method);
    }
  }
  const shared = new Set([...users].filter(([, ops]) => ops.size > 1).map(([name]) => name));
  // A request or result model that nothing else uses becomes the operation's own interface.
  const folded = new Set<string>();
  for (const op of description.operations) for (const name of ownModels(op).slice(0, op.body ? 2 : 1)) if (!shared.has(name) && !nested.has(name)) folded.add(name);
  return { description, shared, users, folded };
}

// ---- modules --------------------------------------------------------------------------------

function usersText(ctx: Context, model: string): string {
  const users = [...(ctx.users.get(model) ?? [])].sort();
  const shown = users.slice(0, 3).map((method) => `\`${method}\``);
  return users.length > 3 ? `${shown.join(', ')} and ${users.length - 3} more` : shown.join(', ');
}

/** A model's interface and its shape (exported from a shared model's module, local otherwise). */
function modelDeclarations(ctx: Context, name: string, exportShape: boolean): string[] {
  const fields = ctx.description.models.get(name)!;
  const lines = docComment(`\`${name}\`, a model of Alipay's v3 description (in ${usersText(ctx, name)}).`, `const value: ${name} = ${exampleObject(fields, ctx.description)};`);
  if (fields.length === 0) lines.push(`export type ${name} = Record<string, never>;`);
  else {
    lines.push(`export interface ${name} {`);
    members(lines, fields.map((field) => ({ field })));
    lines.push('}');
  }
  lines.push(`${exportShape ? 'export ' : ''}const ${shapeName(name)} = (): object => (${objectShape(fields.map((field) => ({ field })))});`);
  return lines;
}

function importsOf(ctx: Context, names: Iterable<string>, from: string): string[] {
  return [...names]
    .filter((name) => ctx.shared.has(name))
    .sort()
    .map((name) => `import { type ${name}, ${shapeName(name)} } from '${from}${name}.ts';`);
}

function modelModule(ctx: Context, name: string): string {
  const refs = new Set<string>();
  for (const field of ctx.description.models.get(name)!) refsOf(field.type, refs);
  refs.delete(name);
  return [header(ctx.description).trimEnd(), ...importsOf(ctx, refs, './'), '', ...modelDeclarations(ctx, name, true), ''].join('\n');
}

/** The request's members: path parameters, query parameters, then the body's fields and files. */
function requestMembers(ctx: Context, op: Operation): { list: Member[]; extendsModel?: string } {
  const list: Member[] = [
    ...op.pathParams.map((field) => ({ field, note: 'A path parameter (v3).' })),
    ...op.queryParams.map((field) => ({ field, note: field.name === 'auth_token' ? "The user's access token: a query parameter (v3), the `auth_token` parameter (v2)." : 'A query parameter (v3).' })),
  ];
  const model = op.body?.kind === 'json' ? op.body.model : op.body?.kind === 'multipart' ? op.body.data : undefined;
  let extendsModel: string | undefined;
  if (model !== undefined) {
    if (ctx.folded.has(model)) list.push(...ctx.description.models.get(model)!.map((field) => ({ field })));
    else extendsModel = model;
  }
  if (op.body?.kind === 'multipart') for (const name of op.body.files) list.push({ field: { name, type: { kind: 'binary' }, required: false, deprecated: false }, note: 'A file part: bytes or a Blob (a File keeps its name).' });
  return { list, ...(extendsModel !== undefined && { extendsModel }) };
}

function resultMembers(ctx: Context, op: Operation): Member[] {
  return ctx.description.models.get(op.result)!.map((field) => {
    if (!ENVELOPE.has(field.name) || field.type.kind === 'string') return { field };
    // Over v2 the answer's node carries the gateway's envelope under the same name, as text.
    return { field, type: `${typeText(field.type)} | string`, shape: String(SHAPE.envelope), note: "Over v2 the gateway's envelope field of this name (text)." };
  });
}

function placement(op: Operation): string {
  if (op.body?.kind === 'json') return 'its fields in the JSON body';
  if (op.body?.kind === 'multipart') return `multipart: ${op.body.data ? 'a `data` part and ' : ''}file parts ${op.body.files.map((f) => `\`${f}\``).join(', ')}`;
  return op.queryParams.length > 0 || op.pathParams.length > 0 ? 'its fields as parameters' : 'no fields';
}

function operationModule(ctx: Context, op: Operation): { text: string; types: string[] } {
  const { description } = ctx;
  const pascal = pascalName(op.method);
  const camel = camelName(op.method);
  const request = requestMembers(ctx, op);
  const result = resultMembers(ctx, op);
  const resultFolded = ctx.folded.has(op.result);
  const local = [...closure(description, ownModels(op))].filter((name) => !ctx.shared.has(name) && !ctx.folded.has(name)).sort();
  const referenced = new Set<string>();
  for (const name of [...local, ...ownModels(op)]) for (const field of description.models.get(name) ?? []) refsOf(field.type, referenced);
  for (const field of [...op.pathParams, ...op.queryParams]) refsOf(field.type, referenced);
  for (const name of ownModels(op)) if (!ctx.folded.has(name)) referenced.add(name);
  const lines = [
    header(description).trimEnd(),
    "import { type ApiDefinition, operation } from '../../operation.ts';",
    ...(op.body?.kind === 'multipart' ? ["import { multipartShape } from '../../wire.ts';"] : []),
    ...importsOf(ctx, referenced, '../models/'),
    '',
  ];
  const types = [`${pascal}Request`, `${pascal}Result`, `${pascal}ErrorCode`];

  const requestFields = [...request.list.map((m) => m.field), ...(request.extendsModel ? description.models.get(request.extendsModel)! : [])];
  lines.push(...docComment(`The request of \`${op.method}\` (${op.verb} ${op.path}: ${placement(op)}).`, `const request: ${pascal}Request = ${exampleObject(requestFields, description)};`));
  if (request.list.length === 0 && request.extendsModel !== undefined) lines.push(`export type ${pascal}Request = ${request.extendsModel};`);
  else if (request.list.length === 0) lines.push(`export type ${pascal}Request = Record<string, never>;`);
  else {
    lines.push(`export interface ${pascal}Request${request.extendsModel ? ` extends ${request.extendsModel}` : ''} {`);
    members(lines, request.list);
    lines.push('}');
  }
  lines.push('');
  lines.push(...docComment(`The result of \`${op.method}\`: the verified answer (v3: its body; v2: its response node).`, `function use(result: ${pascal}Result) {\n  return result;\n}`));
  if (!resultFolded) lines.push(`export type ${pascal}Result = ${op.result};`);
  else if (result.length === 0) lines.push(`export type ${pascal}Result = Record<string, never>;`);
  else {
    lines.push(`export interface ${pascal}Result {`);
    members(lines, result);
    lines.push('}');
  }
  lines.push('');
  const codes = op.errorCodes.length > 0 ? op.errorCodes.map((code) => JSON.stringify(code)).join(' | ') : 'never';
  lines.push(
    ...docComment(
      `The error codes of \`${op.method}\` from its error model${op.errorCodes.length === 0 ? ' (it lists none)' : ''}: an AlipayApiError's \`subCode\` over v2, its \`code\` over v3.`,
      op.errorCodes.length > 0 ? `const code: ${pascal}ErrorCode = ${JSON.stringify(op.errorCodes[0])};` : `type Codes = ${pascal}ErrorCode; // never: none listed`,
    ),
  );
  lines.push(`export type ${pascal}ErrorCode = ${codes};`);
  for (const name of local) {
    lines.push('', ...modelDeclarations(ctx, name, false));
    types.push(name);
  }
  lines.push('');
  // Only what differs from the route v3Route derives from the method and verb (see RouteSpec).
  const derived = v3Route(op.method, op.verb);
  const own = [
    op.path !== derived.path && `path: ${JSON.stringify(op.path)}`,
    op.queryParams.length > 0 && `query: ${quoteList(op.queryParams.map((p) => p.name))}`,
    (op.body?.kind ?? 'none') !== derived.body && `body: '${op.body?.kind ?? 'none'}'`,
    op.body?.kind === 'multipart' && op.body.files.length > 0 && `files: ${quoteList(op.body.files)}`,
    op.body?.kind === 'multipart' && op.body.data !== undefined && 'data: true',
  ].filter((part) => part !== false);
  const route = own.length === 0 ? `'${op.verb}'` : `{ ${[`verb: '${op.verb}'`, ...own].join(', ')} }`;
  const requestShape = objectShape(request.list.map((m) => m));
  const requestThunk = request.extendsModel ? (request.list.length === 0 ? shapeName(request.extendsModel) : `() => ({ ...(${shapeName(request.extendsModel)}() as object), ...${requestShape} })`) : `() => (${requestShape})`;
  const resultThunk = resultFolded ? `() => (${objectShape(result)})` : shapeName(op.result);
  lines.push(
    ...docComment(
      `\`${op.method}\`: ${op.verb} ${op.path} over v3 (${placement(op)}); over v2 the gateway's \`biz_content\`${op.body?.kind === 'multipart' ? ' (a multipart upload: fields as parameters, files as parts)' : ''}.`,
      `import { ${camel} } from 'alipay-edge/apis';\n\nconst result = await alipay.execute(${camel}, ${exampleObject(requestFields, description)});`,
    ),
  );
  lines.push(
    `export const ${camel}: ApiDefinition<${JSON.stringify(op.method)}, ${pascal}Request, ${pascal}Result, ${pascal}ErrorCode> = /* @__PURE__ */ operation(`,
    `  ${JSON.stringify(op.method)},`,
    `  ${route},`,
    `  ${requestThunk},`,
    `  ${resultThunk},`,
    ...(op.body?.kind === 'multipart' ? [`  /* @__PURE__ */ multipartShape(${quoteList(op.body.files)}),`] : []),
    ');',
    '',
  );
  return { text: lines.join('\n'), types };
}

/**
 * The generated files: path (under src/apis/generated/) → text.
 *
 * @example
 * ```ts
 * for (const [path, text] of emitCatalogue(readDescription(json))) writeFileSync(path, text);
 * ```
 */
export function emitCatalogue(description: Description): Map<string, string> {
  const ctx = context(description);
  const files = new Map<string, string>();
  const handWritten = new Set(Object.keys(HAND_WRITTEN));
  const exported: string[] = [];
  for (const name of [...ctx.shared].sort()) {
    files.set(`models/${name}.ts`, modelModule(ctx, name));
    exported.push(`export type { ${name} } from './models/${name}.ts';`);
  }
  const values: string[] = [];
  for (const op of description.operations) {
    const { text, types } = operationModule(ctx, op);
    const file = `operations/${fileName(op.method)}.ts`;
    files.set(file, text);
    // A hand-written definition is the one published; its generated twin stays for the drift test.
    if (handWritten.has(op.method)) exported.push(`export type { ${pascalName(op.method)}ErrorCode } from './${file}';`);
    else {
      values.push(`export { ${camelName(op.method)} } from './${file}';`);
      exported.push(`export type { ${types.join(', ')} } from './${file}';`);
    }
  }
  const missing = [...handWritten].filter((method) => !description.operations.some((op) => op.method === method));
  if (missing.length > 0) throw new Error(`hand-written APIs not in the description: ${missing.join(', ')} (update generator/hand-written.ts)`);
  const head = header(description);
  const handWrittenNames = [...handWritten].sort().map(camelName);
  const version = docComment("The version of Alipay's v3 description the catalogue was generated from.", `CATALOGUE_VERSION; // ${JSON.stringify(description.version)}`);
  files.set('index.ts', [head.trimEnd(), `export { ${handWrittenNames.join(', ')} } from '../hand-written.ts';`, ...values, ...exported, '', ...version, `export const CATALOGUE_VERSION = ${JSON.stringify(description.version)};`, ''].join('\n'));
  const all = description.operations.map((op) => `  apis.${camelName(op.method)},`);
  files.set(
    'all.ts',
    [
      head.trimEnd(),
      "import type { ApiDefinition } from '../operation.ts';",
      "import * as apis from './index.ts';",
      '',
      ...docComment(
        `Every operation of Alipay's v3 description (${description.operations.length}), as definitions (the hand-written ones where the library has them): for servers that do not count bytes.`,
        "import { allApis } from 'alipay-edge/apis/all';\n\nconst alipay = new AlipayClient({ ...config, apis: allApis });\nawait alipay.execute('alipay.trade.query', { out_trade_no: '20150320010101001' });",
      ),
      'export const allApis: readonly ApiDefinition[] = [',
      ...all,
      '];',
      '',
    ].join('\n'),
  );
  // The description's parameter examples by name (the mock gateway fills answers with them).
  const examples = new Map<string, string>();
  for (const op of description.operations) for (const field of [...op.pathParams, ...op.queryParams]) if (field.example !== undefined && !examples.has(field.name)) examples.set(field.name, field.example);
  files.set(
    'examples.ts',
    [
      head.trimEnd(),
      '',
      ...docComment(
        "The examples Alipay's description gives its parameters, by parameter name (the first one, in method order): what the mock gateway answers with for a result field of the same name.",
        "parameterExamples.activity_id; // '2016042700826004508401111111'",
      ),
      'export const parameterExamples: Readonly<Record<string, string>> = {',
      ...[...examples].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, example]) => `  ${propertyKey(name)}: ${JSON.stringify(example)},`),
      '};',
      '',
    ].join('\n'),
  );
  files.set(
    'catalogue.ts',
    [
      head.trimEnd(),
      "import type * as apis from './index.ts';",
      '',
      ...docComment(
        "Every operation of Alipay's v3 description by method name: its definition's type, which carries its request, result and error-code types.",
        "type Query = Catalogue['alipay.trade.query']; // typeof alipayTradeQuery",
      ),
      'export interface Catalogue {',
      ...description.operations.map((op) => `  ${JSON.stringify(op.method)}: typeof apis.${camelName(op.method)};`),
      '}',
      '',
    ].join('\n'),
  );
  return files;
}
