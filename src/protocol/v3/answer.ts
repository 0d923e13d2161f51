// Reading a v3 answer once its signature is settled: the data of a success (a JSON object), or the
// AlipayApiError of an error answer (`{ code, message, links }` with an HTTP status of 400 or more).
import { AlipayApiError, AlipayError, type ApiErrorLinks } from '../../errors.ts';
import { excerpt, expectRecord, expectString, textOf } from '../../guard.ts';
import { fixFor } from '../gateway-fixes.ts';

/** The JSON of an answer's body, or ERR_RESPONSE_MALFORMED. */
export function parseV3Json(body: string, what: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new AlipayError('ERR_RESPONSE_MALFORMED', `The gateway answer is not well-formed: ${what} is not JSON (it starts with ${excerpt(body)}).`);
  }
}

/** `links` as Alipay sends it: a list of `{ link, desc }` or a string; anything else is dropped. */
function linksOf(value: unknown): ApiErrorLinks | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({ ...(typeof item.link === 'string' && { link: item.link }), ...(typeof item.desc === 'string' && { desc: item.desc }) }));
}

/**
 * The AlipayApiError of a v3 error answer (status 400 or more). A body that is not a JSON error
 * object (an HTML page from a proxy, say) is `ERR_HTTP_STATUS`.
 *
 * @example
 * ```ts
 * if (answer.status >= 400) throw v3ApiError(answer.body, { method: 'POST /v3/…', status: answer.status, verified: false });
 * ```
 */
export function v3ApiError(body: string, context: { method: string; status: number; traceId?: string; verified: boolean }): AlipayError {
  expectString(body, 'body');
  expectRecord(context, 'context');
  const status = typeof context.status === 'number' && Number.isInteger(context.status) ? context.status : 0;
  context = { method: textOf(context.method) ?? '', status, verified: context.verified === true, ...(typeof context.traceId === 'string' && { traceId: context.traceId }) };
  let node: unknown;
  try {
    node = JSON.parse(body);
  } catch {
    node = undefined;
  }
  const code = typeof node === 'object' && node !== null ? textOf((node as Record<string, unknown>).code) : undefined;
  if (code === undefined || code === '') {
    return new AlipayError('ERR_HTTP_STATUS', `${context.method}: the gateway answered HTTP ${context.status}${body ? ` with ${excerpt(body)}` : ''}.`, { status: context.status });
  }
  const record = node as Record<string, unknown>;
  const links = linksOf(record.links);
  const fix = fixFor(code);
  return new AlipayApiError({
    code,
    msg: textOf(record.message) ?? '',
    method: context.method,
    ...(context.traceId !== undefined && { traceId: context.traceId }),
    verified: context.verified,
    response: record,
    status: context.status,
    ...(links !== undefined && { links }),
    ...(fix !== undefined && { diagnosis: fix }),
  });
}
