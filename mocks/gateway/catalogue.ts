// Every operation of Alipay's v3 description in the mock gateway, from the library's catalogue
// (alipay-edge/apis/all): a request is found by method (v2) or by verb and path, path parameters
// included (v3); it is checked against the operation's request schema (the types of the fields
// present: like the gateway, unknown fields are ignored); and it is answered with a result built
// from the operation's result shape, deterministically: the same request gives the same answer.
// Fields are the request's own where a result field has the same name, the description's
// parameter examples where there is one, and type-fitting values otherwise. The stateful handlers
// (cards, the journey, trades) answer their methods first.
import * as v from 'valibot';
import { allApis, parameterExamples } from '../../src/apis-all.ts';
import type { ApiDefinition } from '../../src/index.ts';
import { chinaTimestamp } from '../../src/protocol.ts';
import type { MockNode } from '../handlers/types.ts';

const byMethod = new Map(allApis.map((definition) => [definition.method, definition]));

interface Route {
  definition: ApiDefinition;
  pattern: RegExp;
  names: string[];
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const routes: Route[] = allApis.map((definition) => ({
  definition,
  names: [...definition.v3.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
  pattern: new RegExp(`^${definition.v3.path.split(/\{[^}]+\}/).map(escape).join('([^/]+)')}$`),
}));

/**
 * The catalogue's definition of a method, when it has one.
 *
 * @example
 * ```ts
 * catalogueOperation('alipay.trade.refund')?.v3.path; // '/v3/alipay/trade/refund'
 * ```
 */
export const catalogueOperation = (method: string): ApiDefinition | undefined => byMethod.get(method);

/**
 * The operation a v3 request names, by its path (after `/v3/`'s prefix) and verb: the definition
 * and its path parameters; `{ allowed }` when the path is an operation's on other verbs only.
 *
 * @example
 * ```ts
 * v3Operation('GET', '/v3/alipay/marketing/activity/2016'); // { definition, pathParams: { activity_id: '2016' } }
 * ```
 */
export function v3Operation(verb: string, path: string): { definition: ApiDefinition; pathParams: Record<string, string> } | { allowed: string[] } | undefined {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.definition.v3.verb !== verb) {
      allowed.push(route.definition.v3.verb);
      continue;
    }
    const pathParams: Record<string, string> = {};
    route.names.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(match[i + 1]!);
    });
    return { definition: route.definition, pathParams };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}

type Shape = number | readonly unknown[] | Record<string, unknown> | (() => object);
const shapeOf = (shape: unknown): Shape => (typeof shape === 'function' ? (shape as () => Shape)() : (shape as Shape));

/**
 * Fields that arrive as text (v3 query and path parameters, a v2 upload's parameters) read as the
 * operation's request shape types them: digits as a number, `true`/`false` as a boolean, JSON as
 * an object or a list.
 *
 * @example
 * ```ts
 * fromText(alipayMarketingActivityAppBatchquery, { page_num: '1' }); // { page_num: 1 }
 * ```
 */
export function fromText(definition: ApiDefinition, fields: Record<string, string>): Record<string, unknown> {
  const shape = definition.shapes ? (shapeOf(definition.shapes.request()) as Record<string, unknown>) : {};
  const read: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(fields)) {
    const kind = Object.hasOwn(shape, name) ? shape[name] : 0;
    if (kind === 1 || kind === 4) read[name] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    else if (kind === 2) read[name] = text === 'true' ? true : text === 'false' ? false : text;
    else if (kind !== 0 && kind !== 3 && kind !== 5 && /^[[{]/.test(text)) {
      try {
        read[name] = JSON.parse(text);
      } catch {
        read[name] = text;
      }
    } else read[name] = text;
  }
  return read;
}

/**
 * The issue of a request the operation's schema refuses (a field of the wrong type, a path
 * parameter missing), as the gateway's message; `undefined` for a request of the right shape.
 *
 * @example
 * ```ts
 * requestIssue(alipayTradeQuery, { out_trade_no: 5 }); // 'out_trade_no: Invalid type: …'
 * ```
 */
export function requestIssue(definition: ApiDefinition, request: Record<string, unknown>): string | undefined {
  const result = v.safeParse(definition.request, request);
  if (result.success) return undefined;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/** A 32-bit FNV-1a hash of a text: the seed of an answer. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A request as text, keys sorted at every depth (files by their size), so the same request seeds the same answer. */
function canonical(value: unknown): string {
  if (value instanceof Blob) return `<file ${value.size}>`;
  if (value instanceof Uint8Array) return `<bytes ${value.length}>`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface Filling {
  next(): number;
  request: Record<string, unknown>;
  now: Date;
}

/** A text value for a result field named `name`. */
function text(name: string, filling: Filling): string {
  const own = filling.request[name];
  if (typeof own === 'string') return own;
  if (Object.hasOwn(parameterExamples, name)) return parameterExamples[name]!;
  const n = filling.next();
  if (/amount|price|fee|balance|money/.test(name)) return `${(n % 10_000) + 1}.${String(n % 100).padStart(2, '0')}`;
  if (/(^|_)(time|date)$|^gmt_/.test(name)) return chinaTimestamp(filling.now);
  if (/(^|_)url$/.test(name)) return `https://mock.alipay.example/${name}/${n.toString(36)}`;
  if (/(^|_)(no|id)$/.test(name)) return `2088${String(n).padStart(12, '0')}`;
  if (/status$/.test(name)) return 'SUCCESS';
  return `${name}_${n.toString(36)}`;
}

function fill(shape: unknown, name: string, filling: Filling, protocol: 'v2' | 'v3', depth: number): unknown {
  const resolved = shapeOf(shape);
  if (typeof resolved === 'number') {
    switch (resolved) {
      case 0:
        return text(name, filling);
      case 1:
        return typeof filling.request[name] === 'number' ? filling.request[name] : filling.next() % 100;
      case 2:
        return filling.next() % 2 === 0;
      case 4:
        return (filling.next() % 10_000) / 100;
      case 5:
        return filling.next() % 1000;
      default:
        return text(name, filling);
    }
  }
  // The description has no model that contains itself; the bound only keeps a hostile shape finite.
  if (Array.isArray(resolved)) return depth > 24 ? [] : [fill(resolved[0], name, filling, protocol, depth + 1)];
  const node: MockNode = {};
  if (depth > 24) return node;
  for (const [field, inner] of Object.entries(resolved as Record<string, unknown>)) node[field] = fill(inner, field, filling, protocol, depth + 1);
  return node;
}

/** Fields of a v2 node's envelope: a result field of the same name is the envelope's over v2. */
const ENVELOPE = ['code', 'msg', 'sub_code', 'sub_msg'];

/**
 * The result of a catalogue operation for a request: for v2 the response node (with its
 * envelope), for v3 the body; the same request gives the same result.
 *
 * @example
 * ```ts
 * catalogueAnswer(alipayTradeRefund, { out_trade_no: 'T1' }, 'v2', new Date()); // { code: '10000', msg: 'Success', out_trade_no: 'T1', … }
 * ```
 */
export function catalogueAnswer(definition: ApiDefinition, request: Record<string, unknown>, protocol: 'v2' | 'v3', now: Date): MockNode {
  let seed = hash(`${definition.method}\n${canonical(request)}`) || 1;
  const filling: Filling = {
    next() {
      // xorshift32: a sequence that depends on the request only
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % 1_000_000_007;
    },
    request,
    now,
  };
  const shape = definition.shapes ? (shapeOf(definition.shapes.result()) as Record<string, unknown>) : {};
  const body: MockNode = {};
  for (const [field, inner] of Object.entries(shape)) {
    if (protocol === 'v2' && ENVELOPE.includes(field)) continue;
    body[field] = fill(inner, field, filling, protocol, 1);
  }
  return protocol === 'v2' ? { code: '10000', msg: 'Success', ...body } : body;
}

/** The common parameters of a v2 request (not the operation's own fields). */
const COMMON = new Set(['app_id', 'method', 'format', 'charset', 'sign_type', 'sign', 'timestamp', 'version', 'biz_content', 'app_cert_sn', 'alipay_root_cert_sn', 'encrypt_type', 'alipay_sdk', 'prod_code']);

/**
 * A v2 request as the operation's fields: `biz_content`'s, the top-level ones the gateway takes
 * as parameters (`notify_url`, `auth_token`…), and, for an upload, its parameters and files.
 *
 * @example
 * ```ts
 * v2Request(alipayTradeQuery, params, { out_trade_no: 'T1' }, new Map());
 * ```
 */
export function v2Request(definition: ApiDefinition, params: Record<string, string>, biz: Record<string, unknown>, files: Map<string, File>): Record<string, unknown> {
  const own: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (!COMMON.has(name)) own[name] = value;
  return { ...fromText(definition, own), ...biz, ...Object.fromEntries(files) };
}

/**
 * A v3 request as the operation's fields: path parameters, query parameters (read as the shape
 * types them), the JSON body's (or the `data` part's) fields, and the file parts.
 *
 * @example
 * ```ts
 * v3Request(alipayMarketingActivityQuery, { activity_id: '1' }, { merchant_id: 'm' }, {}, new Map());
 * ```
 */
export function v3Request(definition: ApiDefinition, pathParams: Record<string, string>, query: Record<string, string>, body: Record<string, unknown>, files: Map<string, File>): Record<string, unknown> {
  return { ...fromText(definition, { ...query, ...pathParams }), ...body, ...Object.fromEntries(files) };
}

/** The v2 gateway's answer to a request of the wrong shape. */
export const invalidParameter = (issue: string): MockNode => ({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-parameter', sub_msg: `参数无效：${issue}` });
