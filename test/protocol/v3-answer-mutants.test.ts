// src/protocol/v3/answer.ts at its edges, for mutation testing: the exact errors (code, message,
// status, links, diagnosis, trace id) a v3 body gives under each status, how a checked context is
// read from hostile values, and the boundaries of "2xx". v3-outcome.test.ts checks the same rule
// through the client and the building block; these pin what each branch writes.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { isV3ErrorAnswer, readV3Body, readV3Plaintext, v3ApiError } from '../../src/protocol/v3/answer.ts';
import { thrownBy } from '../support.ts';

const context = { method: 'POST /v3/alipay/x', status: 200, traceId: 'trace-9', verified: true };

describe('an error answer’s AlipayApiError', () => {
  it('carries code, message, method, status, trace id, verified and the node', () => {
    const node = { code: 'CARD_NOT_EXIT', message: '卡不存在' };
    const err = thrownBy(() => readV3Body(JSON.stringify(node), context, false)) as AlipayApiError;
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: 'CARD_NOT_EXIT', msg: '卡不存在', method: 'POST /v3/alipay/x', status: 200, traceId: 'trace-9', verified: true, response: node });
    expect(err.links).toBeUndefined();
    expect(err.message).toBe('POST /v3/alipay/x failed: CARD_NOT_EXIT 卡不存在 (HTTP 200)');
  });

  it('has no trace id when the context has none, and verified false when so told', () => {
    const err = v3ApiError('{"code":"x","message":"y"}', { method: 'm', status: 500, verified: false }) as AlipayApiError;
    expect(err).toBeInstanceOf(AlipayApiError);
    expect('traceId' in err && err.traceId !== undefined).toBe(false);
    expect(err.verified).toBe(false);
    expect(err.status).toBe(500);
  });

  it('gets the fix of a common code as its diagnosis', () => {
    const err = v3ApiError('{"code":"invalid-parameter","message":"参数有误"}', { method: 'm', status: 400, verified: false }) as AlipayApiError;
    expect(err.message).toBe("m failed: invalid-parameter 参数有误 (HTTP 400) (unsigned answer: not verified)\nA parameter is malformed: the gateway's text names it. Check that field against the API document (types, lengths, enums).");
  });

  it.each([
    ['a string', 'https://open.alipay.com/y', 'https://open.alipay.com/y'],
    ['a list of { link, desc }', [{ link: 'https://a', desc: 'A' }], [{ link: 'https://a', desc: 'A' }]],
    ['a list whose items lack or mistype a member', [{ link: 'https://a' }, { desc: 'B' }, { link: 1, desc: null }], [{ link: 'https://a' }, { desc: 'B' }, {}]],
    ['a list with items that are not objects', [null, 'https://c', 3, { link: 'https://d', desc: 'D' }], [{ link: 'https://d', desc: 'D' }]],
    ['an empty list', [], []],
  ])('links as %s', (_, links, expected) => {
    const err = v3ApiError(JSON.stringify({ code: 'x', message: 'y', links }), { method: 'm', status: 400, verified: true }) as AlipayApiError;
    expect(err.links).toEqual(expected);
  });

  it.each([[{ link: 'https://a' }], [7], [null], [true]])('links that are neither a string nor a list (%j) are dropped', (links) => {
    const err = v3ApiError(JSON.stringify({ code: 'x', message: 'y', links }), { method: 'm', status: 400, verified: true }) as AlipayApiError;
    expect(err.links).toBeUndefined();
    expect('links' in err && err.links !== undefined).toBe(false);
  });
});

describe('v3ApiError: the context, checked', () => {
  it('a body that is not an error answer is ERR_HTTP_STATUS, its excerpt and the method in the message', () => {
    const err = v3ApiError('<html>busy</html>', { method: 'POST /v3/a', status: 502, verified: false });
    expect(err).not.toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: 'ERR_HTTP_STATUS', status: 502, message: 'POST /v3/a: the gateway answered HTTP 502 with "<html>busy</html>".' });
  });

  it('without a method or a body the message says so plainly', () => {
    expect(v3ApiError('', { method: '', status: 503, verified: false }).message).toBe('The gateway answered HTTP 503.');
  });

  it.each([
    [{ method: 7, status: 404, verified: false }, '7: the gateway answered HTTP 404.', 404],
    [{ method: null, status: 404, verified: false }, 'The gateway answered HTTP 404.', 404],
    [{ method: 'm', status: 404.5, verified: false }, 'm: the gateway answered HTTP 0.', 0],
    [{ method: 'm', status: '404', verified: false }, 'm: the gateway answered HTTP 0.', 0],
  ])('a hostile context %j is read as text and integers only', (ctx, message, status) => {
    const err = v3ApiError('', ctx as never);
    expect(err).toMatchObject({ code: 'ERR_HTTP_STATUS', message, status });
  });

  it('a trace id that is not a string, and verified that is not true, are dropped', () => {
    const err = v3ApiError('{"code":"x","message":"y"}', { method: 'm', status: 400, traceId: 5, verified: 'yes' } as never) as AlipayApiError;
    expect(err.traceId).toBeUndefined();
    expect(err.verified).toBe(false);
    const kept = v3ApiError('{"code":"x","message":"y"}', { method: 'm', status: 400, traceId: 't', verified: true }) as AlipayApiError;
    expect(kept.traceId).toBe('t');
    expect(kept.verified).toBe(true);
  });

  it.each([[null], ['ctx'], [undefined]])('a context that is not an object (%j) is ERR_REQUEST_INVALID', (ctx) => {
    expect(thrownBy(() => v3ApiError('', ctx as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });

  it('a body that is not a string is ERR_REQUEST_INVALID', () => {
    expect(thrownBy(() => v3ApiError(42 as never, { method: 'm', status: 400, verified: false }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });

  it('a repeated key in an error body is refused, named', () => {
    expect(thrownBy(() => v3ApiError('{"code":"x","message":"y","code":"z"}', { method: 'm', status: 400, verified: false }))).toMatchObject({
      code: 'ERR_RESPONSE_MALFORMED',
      message: 'The gateway answer is not well-formed: the body has the key "code" twice at the top level.',
    });
  });

  it('each argument that cannot be read or is of the wrong kind is named', () => {
    expect(thrownBy(() => v3ApiError('', null as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'context', message: 'context must be an object, got null.' });
    expect(thrownBy(() => v3ApiError(5 as never, { method: 'm', status: 1, verified: false }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'body', message: 'body must be a string, got a number.' });
    for (const key of ['method', 'status', 'traceId', 'verified']) {
      const context = Object.defineProperty({ method: 'm', status: 400, verified: false }, key, { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(thrownBy(() => v3ApiError('', context as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: `context.${key}`, message: `context.${key} cannot be read (a getter or proxy threw).` });
    }
    for (const key of ['code', 'message']) {
      const node = Object.defineProperty({ code: 'x', message: 'y' }, key, { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(thrownBy(() => isV3ErrorAnswer(node))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: `value.${key}`, message: `value.${key} cannot be read (a getter or proxy threw).` });
    }
  });
});

describe('readV3Body: what is data', () => {
  it.each([200, 201, 250, 299])('a JSON object under %i is data', (status) => {
    expect(readV3Body('{"a":1}', { ...context, status }, false)).toEqual({ a: 1 });
  });

  it.each([100, 199, 300, 302, 400, 0])('a JSON object under %i is refused with the reason', (status) => {
    const err = thrownBy(() => readV3Body('{"a":1}', { ...context, status }, false));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({
      code: 'ERR_HTTP_STATUS',
      status,
      message: `POST /v3/alipay/x: the gateway answered HTTP ${status} with "{\\"a\\":1}", which is not an error answer ({ code, message }): refused, as a success is never read from an error status.`,
    });
  });

  it('an empty 204 is null; an empty 200 is not JSON', () => {
    expect(readV3Body('', { ...context, status: 204 }, false)).toBeNull();
    expect(thrownBy(() => readV3Body('', context, false))).toMatchObject({
      code: 'ERR_RESPONSE_MALFORMED',
      message: 'The gateway answer is not well-formed: the (empty) body is not JSON (it starts with "").',
    });
  });

  it('a 204 with a body is read as any 2xx', () => {
    expect(readV3Body('[1]', { ...context, status: 204 }, false)).toEqual([1]);
  });

  it('a body that is not JSON names its start', () => {
    expect(thrownBy(() => readV3Body('not json', context, false))).toMatchObject({
      code: 'ERR_RESPONSE_MALFORMED',
      message: 'The gateway answer is not well-formed: the body is not JSON (it starts with "not json").',
    });
  });

  it.each(['"text"', '12', 'true', 'null'])('verified JSON that is not an object or array (%s) is refused', (body) => {
    expect(thrownBy(() => readV3Body(body, context, false))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: 'POST /v3/alipay/x: the verified answer is not a JSON object or array.' });
    expect(thrownBy(() => readV3Body(body, { ...context, method: '' }, false))).toMatchObject({ message: 'The verified answer is not a JSON object or array.' });
  });

  it('an encrypted body is returned as its text, an error answer still thrown', () => {
    expect(readV3Body('c2VjcmV0', context, true)).toBe('c2VjcmV0');
    expect(thrownBy(() => readV3Body('{"code":"x","message":"y"}', context, true))).toBeInstanceOf(AlipayApiError);
    expect(thrownBy(() => readV3Body('c2VjcmV0', { ...context, status: 400 }, true))).toMatchObject({ code: 'ERR_HTTP_STATUS' });
  });

  it('the plaintext of an encrypted answer: data, an error answer, or not JSON', () => {
    expect(readV3Plaintext('{"b":2}', context)).toEqual({ b: 2 });
    expect(thrownBy(() => readV3Plaintext('{"code":"x","message":"y"}', context))).toMatchObject({ code: 'x', msg: 'y', verified: true });
    expect(thrownBy(() => readV3Plaintext('garbled', context))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    expect(thrownBy(() => readV3Plaintext('{"b":1,"b":2}', context))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });
});
