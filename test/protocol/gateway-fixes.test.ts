// The gateway's common error codes carry their fix in the message, over v2 and v3 alike (one
// table), and the table is the one docs/errors.md shows: every code there has its fix, every fix
// its row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlipayApiError, untyped } from '../../src/index.ts';
import { FIXED_CODES, fixFor } from '../../src/protocol/gateway-fixes.ts';
import { toApiError } from '../../src/protocol/to-api-error.ts';
import { v3ApiError } from '../../src/protocol/v3/answer.ts';
import { ACTIVATEFORM, formBiz, mockSetup, rejectionOf } from '../support.ts';

const apiError = (err: unknown) => {
  expect(err).toBeInstanceOf(AlipayApiError);
  return err as AlipayApiError;
};

describe('the fix is in the message', () => {
  it('v2, from the mock gateway: an unknown method and a wrong user token', async () => {
    const { client } = await mockSetup();
    const unknown = apiError(await rejectionOf(() => client.execute(untyped('alipay.marketing.card.nosuch'), { a: '1' })));
    expect(unknown.subCode).toBe('isv.invalid-method');
    expect(unknown.message).toMatch(/isv\.invalid-method: 不存在的方法名\nThe gateway does not know this method: check its spelling against the API document/);
    const token = apiError(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: 'not-the-users-token' })));
    expect(token.subCode).toBe('aop.invalid-auth-token');
    expect(token.message).toMatch(/aop\.invalid-auth-token: 无效的访问令牌\nThe user's auth token \(authToken\) is missing, wrong, or another app's: exchange the user's auth code .*alipay\.system\.oauth\.token/);
  });

  it('v3, from the mock gateway: the same fix under the kebab-case code', async () => {
    const { client } = await mockSetup({}, { protocol: 'v3' });
    const unknown = apiError(await rejectionOf(() => client.request('POST', '/v3/alipay/marketing/card/nosuch', { body: {} })));
    expect(unknown.code).toBe('invalid-method');
    expect(unknown.message.split('\n')[1]).toBe(fixFor('isv.invalid-method'));
    const token = apiError(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: 'not-the-users-token' })));
    expect(token.code).toBe('invalid-auth-token');
    expect(token.message.split('\n')[1]).toBe(fixFor('aop.invalid-auth-token'));
  });

  it('every common code, v2 and v3: the same line after the gateway\'s text; the API\'s own codes get none', () => {
    for (const code of FIXED_CODES) {
      const fix = fixFor(code)!;
      expect(fix).toMatch(/^[A-Za-z].*\.$/);
      for (const prefix of ['isv.', 'aop.', 'isp.']) expect(fixFor(`${prefix}${code}`)).toBe(fix);
      const v2 = toApiError({ code: '40002', msg: 'Invalid Arguments', sub_code: code === 'SYSTEM_ERROR' ? code : `isv.${code}`, sub_msg: '网关的说明' }, { method: 'm', verified: true });
      expect(v2.message.split('\n')).toEqual([expect.stringContaining('网关的说明'), fix]);
      const v3 = v3ApiError(JSON.stringify({ code, message: '网关的说明' }), { method: 'POST /v3/x', status: 400, verified: true });
      expect(v3.message.split('\n')).toEqual([expect.stringContaining('网关的说明'), fix]);
    }
    for (const own of ['CARD_NOT_EXIT', 'ACQ.TRADE_NOT_EXIST', 'isv.card-not-exist', 'constructor', '__proto__', undefined]) expect(fixFor(own)).toBeUndefined();
    expect(toApiError({ code: '40004', msg: 'Business Failed', sub_code: 'CARD_NOT_EXIT', sub_msg: '卡不存在' }, { method: 'm', verified: true }).message).not.toContain('\n');
  });

  it('isv.invalid-signature keeps its own diagnosis when there is one, else the table\'s fix', () => {
    const node = { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature', sub_msg: '验签出错' };
    expect(toApiError(node, { method: 'm', verified: true, diagnosis: 'the two differ at biz_content' }).message.split('\n')[1]).toBe('the two differ at biz_content');
    expect(toApiError(node, { method: 'm', verified: true }).message.split('\n')[1]).toBe(fixFor('invalid-signature'));
  });
});

describe('docs/errors.md shows the same table', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('Common ones'), doc.indexOf('## `isv.invalid-signature`, explained'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `') && !line.startsWith('| `subCode`'));
  const documented = rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

  it('every documented code has its fix, and every fix is documented', () => {
    expect(rows.length).toBeGreaterThan(10);
    const codes = documented.filter((code) => !/^\d+$/.test(code) && code !== 'CARD_NOT_EXIT' && code !== 'ACQ.TRADE_NOT_EXIST');
    for (const code of codes) expect([code, fixFor(code) !== undefined]).toEqual([code, true]);
    const names = new Set(codes.map((code) => code.replace(/^(?:isv|isp|aop)\./, '')));
    for (const code of FIXED_CODES) expect([code, names.has(code)]).toEqual([code, true]);
  });
});
