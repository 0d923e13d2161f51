// Reading a v3 answer once its signature is settled. The signature covers the timestamp, the nonce
// and the body, not the HTTP status: anyone on the path can turn a signed 400 into a 200. So
// success or failure is read from the signed body, by one rule (isV3ErrorAnswer): an object whose
// `code` and `message` are both strings is an error answer, whatever the status; any other body
// is data only under a 2xx status. The rule cannot misread a success: Alipay's v3 description
// (747 operations) gives every error model a string `code` and `message` (both required), and no
// success model a `message` at all (test/protocol/v3-description.test.ts walks it).
import { AlipayApiError, AlipayError, type ApiErrorLinks } from '../../errors.ts';
import { excerpt, expectRecord, expectString, isRecord, readOnce, textOf } from '../../guard.ts';
import { refuseRepeatedKeys } from '../../encoding/json.ts';
import { fixFor } from '../gateway-fixes.ts';

/**
 * Whether a v3 answer's JSON is an error answer: an object whose `code` is a string and whose
 * `message` is a string (`links` optional). Alipay's error models all have both; no success model
 * of its v3 description has a `message`, so a success is never taken for an error, nor the reverse.
 *
 * @example
 * ```ts
 * isV3ErrorAnswer({ code: 'invalid-parameter', message: '参数有误' }); // true
 * isV3ErrorAnswer({ code: '10000', msg: 'Success', card_info: {} }); // false
 * ```
 */
export function isV3ErrorAnswer(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return typeof readOnce(value, 'code', 'value.code') === 'string' && typeof readOnce(value, 'message', 'value.message') === 'string';
}

/** The JSON of a body, `undefined` when it is not JSON; a repeated key is refused all the same. */
function jsonOf(body: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  refuseRepeatedKeys(body, value, 'the body');
  return value;
}

/** `links` as Alipay sends it: a list of `{ link, desc }` or a string; anything else is dropped. */
function linksOf(value: unknown): ApiErrorLinks | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({ ...(typeof item.link === 'string' && { link: item.link }), ...(typeof item.desc === 'string' && { desc: item.desc }) }));
}

/** Where an answer came from, for its error. */
interface AnswerContext {
  method: string;
  status: number;
  traceId?: string;
  verified: boolean;
}

/** The AlipayApiError of a parsed error answer. */
function apiError(node: Record<string, unknown>, context: AnswerContext): AlipayApiError {
  const links = linksOf(node.links);
  const fix = fixFor(node.code as string);
  return new AlipayApiError({
    code: node.code as string,
    msg: node.message as string,
    method: context.method,
    ...(context.traceId !== undefined && { traceId: context.traceId }),
    verified: context.verified,
    response: node,
    status: context.status,
    ...(links !== undefined && { links }),
    ...(fix !== undefined && { diagnosis: fix }),
  });
}

function statusError(context: AnswerContext, body: string, what: string): AlipayError {
  return new AlipayError('ERR_HTTP_STATUS', `${context.method ? `${context.method}: the` : 'The'} gateway answered HTTP ${context.status}${body ? ` with ${excerpt(body)}` : ''}${what}.`, { status: context.status });
}

/** The context, checked: a method label, an HTTP status, the trace id, whether it was verified. */
function contextOf(value: unknown): AnswerContext {
  const context = expectRecord(value, 'context');
  const method = textOf(readOnce(context, 'method', 'context.method')) ?? '';
  const status = readOnce(context, 'status', 'context.status');
  const traceId = readOnce(context, 'traceId', 'context.traceId');
  return {
    method,
    status: typeof status === 'number' && Number.isInteger(status) ? status : 0,
    ...(typeof traceId === 'string' && { traceId }),
    verified: readOnce(context, 'verified', 'context.verified') === true,
  };
}

/**
 * The error a v3 answer is: its AlipayApiError when the body is an error answer
 * ({@link isV3ErrorAnswer}), whatever the status; otherwise `ERR_HTTP_STATUS` (an HTML page from a
 * proxy, say). For an unsigned answer with a status of 400 or more (`verified: false`), or a signed
 * one that failed.
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` for an error body with a repeated key.
 * @example
 * ```ts
 * if (answer.status >= 400 && !answer.headers.has('alipay-signature')) {
 *   throw v3ApiError(answer.body, { method: 'POST /v3/…', status: answer.status, verified: false });
 * }
 * ```
 */
export function v3ApiError(body: string, context: { method: string; status: number; traceId?: string; verified: boolean }): AlipayError {
  expectString(body, 'body');
  const checked = contextOf(context);
  const node = jsonOf(body);
  if (isV3ErrorAnswer(node)) return apiError(node as Record<string, unknown>, checked);
  return statusError(checked, body, '');
}

/**
 * What a verified v3 body says, by the one rule: an error answer throws its AlipayApiError
 * (`verified: true`) whatever the status; any other body under a status outside 2xx is refused
 * (`ERR_HTTP_STATUS`): a success is never read from an error status. Otherwise the body is data:
 * `null` for an empty 204, the JSON object or array it holds, or (`encrypted`) the ciphertext text
 * to decrypt and read with {@link readV3Plaintext}.
 */
export function readV3Body(body: string, context: AnswerContext, encrypted: boolean): unknown {
  const value = jsonOf(body);
  if (isV3ErrorAnswer(value)) throw apiError(value as Record<string, unknown>, context);
  if (context.status < 200 || context.status > 299) throw statusError(context, body, ', which is not an error answer ({ code, message }): refused, as a success is never read from an error status');
  if (body === '' && context.status === 204) return null;
  if (encrypted) return body;
  return dataOf(body, value, context);
}

/** An answer's decrypted text, read by the same rule as a plain body. */
export function readV3Plaintext(plaintext: string, context: AnswerContext): unknown {
  const value = jsonOf(plaintext);
  if (isV3ErrorAnswer(value)) throw apiError(value as Record<string, unknown>, context);
  return dataOf(plaintext, value, context);
}

function dataOf(text: string, value: unknown, context: AnswerContext): unknown {
  if (value === undefined) {
    throw new AlipayError('ERR_RESPONSE_MALFORMED', `The gateway answer is not well-formed: ${text === '' ? 'the (empty) body' : 'the body'} is not JSON (it starts with ${excerpt(text)}).`);
  }
  if (typeof value !== 'object' || value === null) throw new AlipayError('ERR_RESPONSE_MALFORMED', `${context.method ? `${context.method}: the` : 'The'} verified answer is not a JSON object or array.`);
  return value;
}
