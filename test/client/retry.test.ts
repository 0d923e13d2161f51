// Retries: which failures, which methods, re-signing, backoff, and the call's overall bounds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayClient, AlipayError, type ResponseEvent, isRetryable, untyped } from '../../src/index.ts';
import { backoffDelay } from '../../src/client/backoff.ts';
import type { MockFault } from '../../mocks/index.ts';
import { CARD_QUERY, cardBiz, keyConfig, mockSetup, rejectionOf } from '../support.ts';

const fast = { retryBackoff: { baseMs: 1, maxMs: 5 } };

afterEach(() => vi.useRealTimers());

describe('retries', () => {
  it('the seed APIs retry by default, each attempt signed anew with a fresh timestamp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-13T09:49:20Z'));
    const { gateway, client: stepping } = await mockSetup({ faults: [{ fault: { kind: 'http-error' }, times: 2 }] }, (gateway) => ({
      ...fast,
      fetch: async (input, init) => {
        vi.setSystemTime(Date.now() + 1_000); // each attempt happens a second later
        return gateway.fetch(input, init);
      },
    }));
    expect((await stepping.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    expect(gateway.requests).toHaveLength(3);
    const timestamps = gateway.requests.map((r) => r.params.timestamp);
    const signs = gateway.requests.map((r) => r.params.sign);
    expect(new Set(timestamps).size).toBe(3);
    expect(new Set(signs).size).toBe(3);
  });

  it.each<[string, MockFault]>([
    ['a network error', { kind: 'drop-connection' }],
    ['HTTP 5xx', { kind: 'http-error', status: 503 }],
    ['20000 isp.unknow-error', { kind: 'system-busy' }],
    ['SYSTEM_ERROR', { kind: 'business-error', subCode: 'SYSTEM_ERROR' }],
  ])('retries %s', async (_name, fault) => {
    const { gateway, client } = await mockSetup({ faults: [{ fault, times: 1 }] }, fast);
    await expect(client.execute(CARD_QUERY, cardBiz)).resolves.toBeDefined();
    expect(gateway.requests).toHaveLength(2);
  });

  it.each<[string, MockFault | undefined, Record<string, unknown>, object]>([
    ['a wrong signature', { kind: 'wrong-signature' }, { code: 'ERR_SIGNATURE_INVALID' }, cardBiz],
    ['a malformed body', { kind: 'malformed-body' }, { code: 'ERR_RESPONSE_MALFORMED' }, cardBiz],
    ['a business error', undefined, { subCode: 'CARD_NOT_EXIT' }, { ...cardBiz, target_card_no: '404' }],
    ['HTTP 4xx', { kind: 'http-error', status: 404 }, { code: 'ERR_HTTP_STATUS', status: 404 }, cardBiz],
  ])('does not retry %s', async (_name, fault, expected, biz) => {
    const { gateway, client } = await mockSetup(fault ? { faults: [{ fault }] } : {}, fast);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, biz as typeof cardBiz))).toMatchObject(expected);
    expect(gateway.requests).toHaveLength(1);
  });

  it('gives up after maxRetries, with the last error', async () => {
    const { gateway, client } = await mockSetup({ faults: [{ fault: { kind: 'system-busy' } }] }, { ...fast, maxRetries: 3 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: '20000', subCode: 'isp.unknow-error' });
    expect(gateway.requests).toHaveLength(4);
  });

  it('reads are retried by default: GET operations and query methods (template.query, a hand-written one, too)', async () => {
    const { gateway, client } = await mockSetup({ faults: [{ method: 'alipay.marketing.card.template.query', fault: { kind: 'http-error' }, times: 1 }] }, fast);
    // The retry reaches the gateway, whose answer (no such template in its state) is final.
    expect(await rejectionOf(() => client.execute('alipay.marketing.card.template.query', { template_id: 'no-such-template' }))).toMatchObject({ subCode: 'TEMPLATE_NOT_EXIT' });
    expect(gateway.requests).toHaveLength(2);
  });

  it('writes do not retry unless the call opts in', async () => {
    const { gateway, client } = await mockSetup({ faults: [{ method: 'alipay.marketing.card.activateurl.apply', fault: { kind: 'http-error' }, times: 1 }] }, fast);
    expect(await rejectionOf(() => client.execute('alipay.marketing.card.activateurl.apply', { template_id: 't' }))).toMatchObject({ code: 'ERR_HTTP_STATUS' });
    expect(gateway.requests).toHaveLength(1);
    gateway.faults.push({ fault: { kind: 'drop-connection' }, times: 1 });
    expect(await rejectionOf(() => client.execute(untyped('alipay.unknown.method'), {}))).toMatchObject({ code: 'ERR_NETWORK' });
    gateway.faults.push({ fault: { kind: 'drop-connection' }, times: 1 });
    expect(await rejectionOf(() => client.execute(untyped('alipay.unknown.method'), {}, { maxRetries: 1 }))).toMatchObject({ subCode: 'isv.invalid-method' });
  });

  it('per call maxRetries: 0 turns retries off', async () => {
    const { gateway, client } = await mockSetup({ faults: [{ fault: { kind: 'http-error' }, times: 1 }] }, fast);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { maxRetries: 0 }))).toMatchObject({ code: 'ERR_HTTP_STATUS' });
    expect(gateway.requests).toHaveLength(1);
  });

  it('the timeout bounds the whole call, retries included', async () => {
    const { client } = await mockSetup({ faults: [{ fault: { kind: 'latency', ms: 60 } }, { fault: { kind: 'http-error' } }] }, { ...fast, maxRetries: 10 });
    const started = Date.now();
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { timeout: 150 }));
    expect(err).toBeInstanceOf(AlipayError);
    expect(['ERR_TIMEOUT', 'ERR_HTTP_STATUS']).toContain((err as AlipayError).code);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('the signal aborts a call waiting between attempts', async () => {
    const { client } = await mockSetup({ faults: [{ fault: { kind: 'http-error' } }] }, { retryBackoff: { baseMs: 5_000, maxMs: 5_000 } });
    const controller = new AbortController();
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.99); // a long wait
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { signal: controller.signal, timeout: 60_000 }))).toMatchObject({ code: 'ERR_ABORTED' });
    expect(Date.now() - started).toBeLessThan(2_000);
    random.mockRestore();
  });

  it('onRequest and onResponse see every attempt', async () => {
    const requests: number[] = [];
    const responses: ResponseEvent[] = [];
    const { client } = await mockSetup({ faults: [{ fault: { kind: 'system-busy' }, times: 1 }] }, { ...fast, onRequest: (e) => requests.push(e.attempt), onResponse: (e) => responses.push(e) });
    await client.execute(CARD_QUERY, cardBiz);
    expect(requests).toEqual([1, 2]);
    expect(responses.map((e) => [e.attempt, e.willRetry, e.error?.code])).toEqual([
      [1, true, '20000'],
      [2, false, undefined],
    ]);
    expect(responses[1]!.traceId).toMatch(/^[0-9a-f]{24}$/);
    expect(responses[1]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('backoff is full jitter over a capped exponential window', () => {
    expect(backoffDelay(1, { baseMs: 100, maxMs: 2_000 }, () => 0)).toBe(0);
    expect(backoffDelay(1, { baseMs: 100, maxMs: 2_000 }, () => 0.999)).toBe(99);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 2_000 }, () => 0.999)).toBe(399);
    expect(backoffDelay(10, { baseMs: 100, maxMs: 2_000 }, () => 0.999)).toBe(1_998);
    expect(isRetryable(new AlipayError('ERR_TIMEOUT', 't'))).toBe(false);
    expect(isRetryable(new Error('other'))).toBe(false);
  });

  it('bad retry options are ERR_CONFIG', async () => {
    const base = await keyConfig();
    expect(() => new AlipayClient({ ...base, maxRetries: -1 })).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
    expect(() => new AlipayClient({ ...base, onRequest: 'log' as never })).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
  });
});
