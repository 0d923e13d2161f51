// The checks a client option and a call option go through (a timeout, a format, a retry count, a
// token, a schema), each saying how to fix the value: shared by the configuration (options.ts)
// and each call's options.
import type * as v from 'valibot';
import { AlipayError } from '../errors.ts';
import { readOnce, shown } from '../guard.ts';
import type { ResponseFormat } from './options.ts';

export function configError(message: string): AlipayError {
  return new AlipayError('ERR_CONFIG', message);
}

/** A timeout in milliseconds (positive; Infinity allowed), or undefined. */
export function checkTimeout(timeout: unknown, name: string): number | undefined {
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number' || Number.isNaN(timeout) || timeout <= 0) {
    throw configError(`${name} must be a positive number of milliseconds (or Infinity), got ${shown(timeout)}.`);
  }
  return timeout;
}

export function checkFormat(format: unknown, name: string): ResponseFormat | undefined {
  if (format === undefined || format === 'json' || format === 'xml') return format;
  throw configError(`${name} must be 'json' or 'xml', got ${shown(format)}.`);
}

export function checkRetries(retries: unknown, name: string): number | undefined {
  if (retries === undefined) return undefined;
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw configError(`${name} must be a whole number from 0 to 10, got ${shown(retries)}.`);
  }
  return retries;
}

/** A caller's valibot schema (its `~run` read once to check it), or undefined. */
export function checkSchema(schema: unknown): v.GenericSchema | undefined {
  if (schema === undefined) return undefined;
  if (typeof schema !== 'object' || schema === null || typeof readOnce(schema, '~run', 'options.schema', 'ERR_CONFIG') !== 'function') throw configError('options.schema must be a valibot schema.');
  return schema as v.GenericSchema;
}

/** User and app tokens are opaque, but never contain whitespace and are letters, digits, `_.-`. */
export function checkToken(token: unknown, name: string): void {
  if (token === undefined) return;
  if (typeof token !== 'string' || token === '') throw configError(`${name} must be a non-empty string.`);
  if (/\s/.test(token)) throw configError(`${name} contains whitespace (a newline copied from an environment variable?): trim it.`);
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(token)) {
    throw configError(`${name} does not look like an Alipay token (letters, digits, "_", "." or "-", at most 128): pass the access_token from alipay.system.oauth.token${name === 'appAuthToken' ? ' (app_auth_token from alipay.open.auth.token.app)' : ''}.`);
  }
}

