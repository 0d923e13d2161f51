// Where an operation's fields travel over OpenAPI v3, from its route (Alipay's description): path
// parameters into the path (each one encoded as one segment), listed query parameters into the
// query, file parts into a multipart body, everything else into the JSON body (or the `data`
// part); an operation without a body sends the rest as query parameters.
import { AlipayError } from '../errors.ts';
import { kind } from '../guard.ts';

/**
 * A file part of an upload: its field name, file name and content (what the v2 and v3 multipart
 * encoders write).
 *
 * @example
 * ```ts
 * const part: FilePart = { field: 'image_content', name: 'logo.png', content: new Blob([bytes]) };
 * ```
 */
export interface FilePart {
  field: string;
  name: string;
  content: Blob;
}

/**
 * An HTTP method of an OpenAPI v3 operation.
 *
 * @example
 * ```ts
 * const verb: HttpVerb = 'GET';
 * ```
 */
export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How an operation is called over OpenAPI v3: its verb and path (`{name}` for each path
 * parameter), the fields sent as query parameters, its body, and its multipart file parts.
 *
 * @example
 * ```ts
 * const route: V3Route = { verb: 'GET', path: '/v3/alipay/marketing/activity/{activity_id}', query: ['merchant_id'], body: 'none', files: [], data: false };
 * ```
 */
export interface V3Route {
  verb: HttpVerb;
  path: string;
  query: readonly string[];
  body: 'json' | 'multipart' | 'none';
  /** Multipart: the file parts, by name. */
  files: readonly string[];
  /** Multipart: whether the request has a `data` part (the JSON of its other fields, which is signed). */
  data: boolean;
}

/**
 * What a v3 request is made of, once its fields are placed.
 *
 * @example
 * ```ts
 * const { path, query, body, files }: V3Placement = placeV3Fields(route, fields, 'alipay.marketing.activity.query');
 * ```
 */
export interface V3Placement {
  path: string;
  query: Record<string, string>;
  /** The JSON body's (or the `data` part's) fields; undefined when the operation has no body. */
  body?: Record<string, unknown>;
  files: FilePart[];
}

/** A field as a query parameter: text as it is, anything else as JSON. */
const queryValue = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * A file part from a field's value: a `Blob` (a `File` keeps its name) or bytes, named after the
 * part otherwise.
 *
 * @example
 * ```ts
 * toFilePart('image_content', new File([bytes], 'logo.png')); // { field: 'image_content', name: 'logo.png', content }
 * ```
 */
export function toFilePart(field: string, value: unknown): FilePart {
  if (value instanceof Blob) return { field, name: typeof (value as File).name === 'string' && (value as File).name !== '' ? (value as File).name : field, content: value };
  if (value instanceof Uint8Array) return { field, name: field, content: new Blob([value as Uint8Array<ArrayBuffer>]) };
  throw new AlipayError('ERR_REQUEST_INVALID', `${field} is a file part: pass bytes (a Uint8Array) or a Blob, got ${kind(value)}.`, { path: field });
}

/** A path parameter's value as one path segment: text or a number, never empty, `.` or `..`. */
function segment(label: string, name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  if (text === undefined || text === '' || text === '.' || text === '..') {
    throw new AlipayError('ERR_REQUEST_INVALID', `${label}: the path parameter ${name} must be non-empty text (not "." or ".."), got ${text === undefined ? kind(value) : JSON.stringify(text)}. Nothing was sent.`, { path: name });
  }
  return encodeURIComponent(text);
}

/**
 * Places a request's fields on its v3 route.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a missing or empty path parameter, or a file part
 * that is not bytes or a Blob.
 * @example
 * ```ts
 * placeV3Fields(route, { activity_id: '2016042700826004508401111111', merchant_id: '2088202967380463' }, 'alipay.marketing.activity.query');
 * // { path: '/v3/alipay/marketing/activity/2016042700826004508401111111', query: { merchant_id: '2088202967380463' }, files: [] }
 * ```
 */
export function placeV3Fields(route: V3Route, fields: Record<string, unknown>, label: string): V3Placement {
  const rest: Record<string, unknown> = { ...fields };
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = segment(label, name, rest[name]);
    delete rest[name];
    return value;
  });
  const files: FilePart[] = [];
  for (const name of route.files) {
    if (rest[name] !== undefined) files.push(toFilePart(name, rest[name]));
    delete rest[name];
  }
  const query: Record<string, string> = {};
  const inQuery = (name: string) => route.body === 'none' || (route.body === 'multipart' && !route.data) || route.query.includes(name);
  for (const [name, value] of Object.entries(rest)) {
    if (!inQuery(name)) continue;
    if (value !== undefined) query[name] = queryValue(value);
    delete rest[name];
  }
  const hasBody = route.body === 'json' || (route.body === 'multipart' && route.data);
  return { path, query, ...(hasBody && { body: rest }), files };
}
