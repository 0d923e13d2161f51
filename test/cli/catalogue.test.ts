// The CLI and the catalogue: `apis` lists every operation with its verb and path; `call` takes any
// operation, checks its --biz against the operation's request, and (with no credentials) answers
// from the embedded mock gateway.
import { describe, expect, it } from 'vitest';
import { cliRun } from '../support.ts';

describe('alipay-edge apis', () => {
  it('lists the operations matching a filter, with verb, path and definition', async () => {
    const run = await cliRun(['apis', 'marketing.activity.query']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('alipay.marketing.activity.query');
    expect(run.stdout).toMatch(/GET\s+\/v3\/alipay\/marketing\/activity\/\{activity_id\}\s+\(alipayMarketingActivityQuery, read: retried\)/);
    expect(run.stdout).toMatch(/\d+ of 747 operations matching "marketing.activity.query"\./);
  });

  it('--json gives every operation', async () => {
    const run = await cliRun(['apis', '--json']);
    const rows = JSON.parse(run.stdout) as Array<{ method: string; verb: string; path: string; retried: boolean }>;
    expect(rows).toHaveLength(747);
    expect(rows.find((row) => row.method === 'alipay.trade.refund')).toMatchObject({ verb: 'POST', path: '/v3/alipay/trade/refund', retried: false });
  });

  it('a filter that matches nothing exits 1', async () => {
    expect((await cliRun(['apis', 'no-such-operation'])).code).toBe(1);
  });
});

describe('alipay-edge call, any operation', () => {
  it('with no credentials, the embedded mock answers an operation no stateful handler has', async () => {
    const run = await cliRun(['call', 'alipay.boss.fnc.invoice.apply', '--biz', '{"biz_id":"B1"}']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ code: '10000', msg: 'Success', result_set: expect.any(String) });
  });

  it('its --biz is checked against the operation: a misspelt field is refused before anything is sent', async () => {
    const run = await cliRun(['call', 'alipay.trade.query', '--biz', '{"out_trade_noo":"1"}']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean 'out_trade_no'");
  });
});
