// AES (needEncrypt) and GBK end to end against the mock gateway: what is sent, signed and read.
import { describe, expect, it } from 'vitest';
import { buildSignContent, encodeForm, importPrivateKey, signContent } from '../../src/protocol.ts';
import { type MockCard, SAMPLE_CARD } from '../../mocks/index.ts';
import { AES_KEY, CARD_QUERY, cardBiz, mockSetup, rejectionOf } from '../support.ts';

describe('AES', () => {
  const encryptKey = AES_KEY;

  it.each(['json', 'xml'] as const)('needEncrypt end to end, %s: ciphertext sent and signed, answer verified then decrypted', async (format) => {
    const { gateway, client } = await mockSetup({ encryptKey }, { encryptKey, format });
    const plain = await client.execute(CARD_QUERY, cardBiz);
    expect(await client.execute(CARD_QUERY, cardBiz, { needEncrypt: true })).toEqual(plain);
    const sent = gateway.requests[1]!.params;
    expect(sent.encrypt_type).toBe('AES');
    expect(sent.biz_content).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(sent.biz_content).not.toContain('BIZ_CARD');
    expect(await rejectionOf(() => client.execute(CARD_QUERY, { ...cardBiz, target_card_no: '404' }, { needEncrypt: true }))).toMatchObject({ subCode: 'CARD_NOT_EXIT', verified: true });
  });

  it('the encrypted answer node is a JSON string, signed with its quotes', async () => {
    let body = '';
    const { client } = await mockSetup({ encryptKey }, (gateway) => ({
      encryptKey,
      fetch: async (input, init) => {
        const response = await gateway.fetch(input, init);
        body = await response.clone().text();
        return response;
      },
    }));
    await client.execute(CARD_QUERY, cardBiz, { needEncrypt: true });
    expect(body).toMatch(/^\{"alipay_marketing_card_query_response":"[A-Za-z0-9+/=]+","sign":"/);
  });

  it('needEncrypt without encryptKey is ERR_CONFIG; a wrong encryptKey is ERR_DECRYPTION_FAILED or a gateway decryption error', async () => {
    const { client: noKey } = await mockSetup({ encryptKey });
    expect(await rejectionOf(() => noKey.execute(CARD_QUERY, cardBiz, { needEncrypt: true }))).toMatchObject({ code: 'ERR_CONFIG' });
    const { client: wrongKey } = await mockSetup({ encryptKey }, { encryptKey: 'AAAAAAAAAAAAAAAAAAAAAA==' });
    expect(await rejectionOf(() => wrongKey.execute(CARD_QUERY, cardBiz, { needEncrypt: true }))).toMatchObject({ code: '40003', subCode: 'isv.decryption-error-unknown' });
  });
});

describe('GBK', () => {
  const chineseCard: MockCard = {
    ...SAMPLE_CARD,
    level: '黄金会员',
    front_text_list: [{ label: '专业', value: '金融与贸易' }],
  };

  it.each(['json', 'xml'] as const)('a round trip with Chinese text, %s: GBK bytes signed, sent and read', async (format) => {
    const bodies: string[] = [];
    let contentType = '';
    const { gateway, client } = await mockSetup({ cards: [chineseCard] }, (gateway) => ({
      charset: 'GBK',
      format,
      fetch: async (input, init) => {
        bodies.push(String(init?.body));
        const response = await gateway.fetch(input, init);
        contentType = response.headers.get('content-type') ?? '';
        return response;
      },
    }));
    const card = await client.execute(CARD_QUERY, { ...cardBiz, ext_info: '会员卡查询' });
    expect(card.card_info.level).toBe('黄金会员');
    expect(card.card_info.front_text_list).toEqual([{ label: '专业', value: '金融与贸易' }]);
    expect(contentType).toContain('GBK');
    // 会员卡查询 in GBK: BB E1 D4 B1 BF A8 B2 E9 D1 AF, percent-encoded in the form body.
    expect(bodies[0]).toContain('%BB%E1%D4%B1%BF%A8%B2%E9%D1%AF');
    const sent = gateway.requests[0]!.params;
    expect(sent.charset).toBe('GBK');
    expect(JSON.parse(sent.biz_content!).ext_info).toBe('会员卡查询');
  });

  it('the GBK signature is over GBK bytes (a UTF-8 signature of the same text does not verify)', async () => {
    const { gateway, keys } = await mockSetup();
    const params: Record<string, string> = { app_id: gateway.appId, method: CARD_QUERY, charset: 'GBK', sign_type: 'RSA2', timestamp: '2024-05-13 17:49:20', version: '1.0', biz_content: JSON.stringify({ ...cardBiz, ext_info: '中文' }) };
    const key = await importPrivateKey(keys.app.privateKey);
    const gbkSign = await signContent(buildSignContent(params), key, 'GBK');
    const utf8Sign = await signContent(buildSignContent(params), key, 'utf-8');
    expect(gbkSign).not.toBe(utf8Sign);
    const call = async (sign: string) => {
      const response = await gateway.handle(new Request(`https://openapi.alipay.com/gateway.do?${encodeForm({ ...params, sign }, 'GBK')}`, { method: 'POST' }));
      return new TextDecoder('gbk').decode(await response.arrayBuffer());
    };
    expect(await call(gbkSign)).toContain('"code":"10000"');
    expect(await call(utf8Sign)).toContain('isv.invalid-signature');
  });

  it('a character GBK cannot encode is ERR_REQUEST_INVALID, nothing sent', async () => {
    const { gateway, client } = await mockSetup({}, { charset: 'GBK' });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, { ...cardBiz, ext_info: '😀' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(gateway.requests).toHaveLength(0);
  });
});
