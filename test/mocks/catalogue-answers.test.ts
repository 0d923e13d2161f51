/// <reference types="vite/client" />
// The mock gateway answers every operation of Alipay's v3 description, in each protocol: a request
// built from the description itself goes through the client (signed, routed by the operation's
// generated definition), and the mock's answer is verified and validated by the operation's
// result schema. The stateful handlers (cards, the journey, trades) answer their methods first,
// with the gateway's business errors for requests that name nothing they hold. A request of the
// wrong shape gets the gateway's invalid-parameter answer; the same request, the same answer.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, type ApiDefinition, untyped } from '../../src/index.ts';
import { alipayBossFncInvoiceApply, alipayMarketingActivityQuery, alipayTradeRefund } from '../../src/apis.ts';
import { methodHandlers } from '../../mocks/handlers/index.ts';
import { AES_KEY, type DescribedOperation, certSetup, describedOperations, mockSetup, rejectionOf } from '../support.ts';

const operations = describedOperations();
if (operations.length === 0) console.log("Alipay's v3 description not found (set ALIPAY_V3_DESCRIPTION or place ../shared/alipay-v3/openapi.json): the mock's catalogue walk was skipped");

const modules = import.meta.glob('../../src/apis/generated/operations/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const definitions = new Map<string, ApiDefinition>();
for (const module of Object.values(modules)) for (const value of Object.values(module)) if (typeof value === 'object' && value !== null && 'v3' in value) definitions.set((value as ApiDefinition).method, value as ApiDefinition);

/** What an answer was: a validated result, or a verified business error of a stateful handler. */
type Outcome = 'result' | 'business error';

async function outcome(method: string, call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    expect(typeof result).toBe('object');
    return 'result';
  } catch (err) {
    // Only a stateful handler may answer an error here (a request that names nothing it holds), signed.
    if (err instanceof AlipayApiError && err.verified && Object.hasOwn(methodHandlers, method)) return 'business error';
    throw err;
  }
}

describe.skipIf(operations.length === 0)('the mock gateway answers every operation of the description', () => {
  for (const protocol of ['v2 JSON', 'v2 XML', 'v3'] as const) {
    describe(protocol, async () => {
      const counts: Record<Outcome, number> = { result: 0, 'business error': 0 };
      const { client } = await mockSetup({}, protocol === 'v3' ? { protocol: 'v3' } : protocol === 'v2 XML' ? { format: 'xml' } : {});
      it.each(operations.map((op) => [op.method, op] as const))('%s', async (_method, op: DescribedOperation) => {
        const kind = await outcome(op.method, () => client.execute(definitions.get(op.method)!, op.request as never));
        counts[kind]++;
      });
      it(`every operation answered (${protocol})`, () => {
        console.log(`mock, ${protocol}: ${counts.result} of ${operations.length} operations answered with a verified, validated result; ${counts['business error']} with a verified gateway error of a stateful handler (which answers for its own state)`);
        expect(counts.result + counts['business error']).toBe(operations.length);
        expect(counts.result).toBeGreaterThan(700);
      });
    });
  }
});

describe('the catalogue’s answers', () => {
  it('the same request gives the same answer; another request, another answer', async () => {
    const { client, gateway } = await mockSetup();
    // Times in an answer are the gateway's: stopped, so that two calls may land in other seconds.
    gateway.clock.set(Date.now());
    const refund = { out_trade_no: 'no-such-trade', refund_amount: '1.00' };
    // trade.refund is stateful: a catalogue operation without a handler shows the generic answer.
    const first = await client.execute(alipayMarketingActivityQuery, { activity_id: 'A1', merchant_id: 'M1' });
    const again = await client.execute(alipayMarketingActivityQuery, { activity_id: 'A1', merchant_id: 'M1' });
    const other = await client.execute(alipayMarketingActivityQuery, { activity_id: 'A2', merchant_id: 'M1' });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.activity_id).toBe('A1'); // a result field named like a request field echoes it
    expect(await rejectionOf(() => client.execute(alipayTradeRefund, refund))).toMatchObject({ subCode: 'ACQ.TRADE_NOT_EXIST', verified: true });
  });

  it('a request of the wrong shape: v2 40002 isv.invalid-parameter, v3 HTTP 400 invalid-parameter, both signed', async () => {
    const { client } = await mockSetup();
    // Sent unchecked by the client, so that the gateway's own check answers.
    const v2 = (await rejectionOf(() => client.execute(untyped('alipay.marketing.activity.query'), { activity_id: 'A1', merchant_id: 5 }))) as AlipayApiError;
    expect(v2).toMatchObject({ code: '40002', subCode: 'isv.invalid-parameter', verified: true });
    expect(v2.subMsg).toContain('merchant_id');
    const { client: v3 } = await mockSetup({}, { protocol: 'v3' });
    const wrong = (await rejectionOf(() => v3.request('POST', '/v3/alipay/trade/precreate', { body: { out_trade_no: 1 } }))) as AlipayApiError;
    // trade.precreate is stateful (its own checks); a generic one is checked against its schema:
    expect(wrong).toMatchObject({ verified: true });
    const generic = (await rejectionOf(() => v3.request('POST', '/v3/alipay/boss/fnc/invoice/apply', { body: { biz_id: 5 } }))) as AlipayApiError;
    expect(generic).toMatchObject({ code: 'invalid-parameter', status: 400, verified: true });
  });

  it('certificate mode, AES and faults work for a generic operation as for the stateful ones', async () => {
    const biz = { activity_id: 'A1', merchant_id: 'M1' };
    const { client: certified } = await certSetup();
    expect(await certified.execute(alipayMarketingActivityQuery, biz)).toMatchObject({ activity_id: 'A1' });
    for (const protocol of ['v2', 'v3'] as const) {
      const { client: encrypted } = await mockSetup({ encryptKey: AES_KEY }, { encryptKey: AES_KEY, ...(protocol === 'v3' && { protocol }) });
      // Over v3 this operation is a GET (no body to encrypt): an operation with a JSON body instead.
      const answer = protocol === 'v2' ? await encrypted.execute(alipayMarketingActivityQuery, biz, { needEncrypt: true }) : await encrypted.execute(alipayBossFncInvoiceApply, { biz_id: 'B1' }, { needEncrypt: true });
      expect(typeof answer).toBe('object');
    }
    const { gateway, client } = await mockSetup();
    gateway.faults.push({ method: 'alipay.marketing.activity.query', fault: { kind: 'business-error', subCode: 'ACTIVITY_NOT_EXIST' }, times: 1 });
    expect(await rejectionOf(() => client.execute(alipayMarketingActivityQuery, biz))).toMatchObject({ subCode: 'ACTIVITY_NOT_EXIST', verified: true });
    gateway.faults.push({ method: 'alipay.marketing.activity.query', fault: { kind: 'tampered-body' }, times: 1 });
    expect(await rejectionOf(() => client.execute(alipayMarketingActivityQuery, biz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
    expect(await client.execute(alipayMarketingActivityQuery, biz)).toMatchObject({ activity_id: 'A1' });
  });

  it('v3: an operation’s path with another verb is 405 with allow; path parameters are routed', async () => {
    const { client } = await mockSetup({}, { protocol: 'v3' });
    const { data } = await client.request('GET', '/v3/alipay/marketing/activity/A%2F1', { query: { merchant_id: 'M1' } });
    expect((data as Record<string, unknown>).activity_id).toBe('A/1');
    const wrong = (await rejectionOf(() => client.request('POST', '/v3/alipay/marketing/activity/A1', { body: {} }))) as AlipayApiError;
    expect(wrong).toMatchObject({ code: 'invalid-method', status: 405, verified: true });
  });
});
