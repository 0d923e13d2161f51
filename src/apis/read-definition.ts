// A definition given by the caller (to execute, or in the client's `apis`) is read once, property
// by property, and checked; the call uses that copy. Loaded when a call is given a definition: a
// call by the name of a hand-written API does not bundle it.
import type * as v from 'valibot';
import type { ApiDefinition, V3Route } from './definition.ts';
import { AlipayError } from '../errors.ts';

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const isSchema = (value: unknown): value is v.GenericSchema => typeof value === 'object' && value !== null && typeof (value as { '~run'?: unknown })['~run'] === 'function';
const isNames = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

/** A v3 route, read once field by field; undefined for anything else. */
function readRoute(value: unknown): V3Route | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { verb, path, query, body, files, data } = value as Record<string, unknown>;
  if (typeof verb !== 'string' || !VERBS.has(verb) || typeof path !== 'string' || !path.startsWith('/') || !isNames(query) || !isNames(files)) return undefined;
  if (body !== 'json' && body !== 'multipart' && body !== 'none') return undefined;
  return { verb: verb as V3Route['verb'], path, query: [...query], body, files: [...files], data: data === true };
}

/**
 * An API definition (one of alipay-edge/apis, or hand-written), read once, property by property:
 * what the call then uses is this copy. `undefined` for anything else.
 */
export function readDefinition(value: unknown): ApiDefinition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const { method, shape, retried, v3 } = value as Record<string, unknown>;
    const route = readRoute(v3);
    if (typeof method !== 'string' || typeof shape !== 'function' || route === undefined) return undefined;
    // A generated definition builds its schemas when they are first read.
    const { request, response, described } = value as Record<string, unknown>;
    if (!isSchema(request) || !isSchema(response)) return undefined;
    if (described !== undefined && typeof described !== 'function') return undefined;
    // The twin is read (and checked) when it is loaded: checkUnknownFields reads it like this.
    const twin = described as (() => Promise<unknown>) | undefined;
    return {
      method,
      request,
      response,
      shape: shape as ApiDefinition['shape'],
      retried: retried === true,
      v3: route,
      ...(twin && {
        described: async () => {
          const read = readDefinition(await twin());
          if (!read) throw new AlipayError('ERR_REQUEST_INVALID', `${method}: its definition's described twin is not a definition.`);
          return read;
        },
      }),
    };
  } catch {
    return undefined;
  }
}

