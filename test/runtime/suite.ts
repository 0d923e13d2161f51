// The runtime suite: the same cases run in Node (vitest), Deno (deno test) and workerd
// (workerd test). Web APIs only, no test framework: each runner wraps the cases in its own.
import { AlipayClient, AlipayError } from '../../src/index.ts';
import { xml } from '../../src/xml.ts';
import { SAMPLE_CARD, type MockCard } from '../../mocks/data.ts';
import { generateKeyPair } from '../../mocks/keys.ts';

/** The part of a mock gateway the suite needs. */
export interface SuiteGateway {
  appId: string;
  alipayPublicKey: string;
  fetch: typeof fetch;
  /** The mock cashier: pays what pageExecute or sdkExecute returned. */
  pay(carried: string, buyer: { buyer_id: string }): Promise<{ trade: { trade_status: string }; notification?: { body: string } }>;
}

/** Creates a mock gateway for an app public key: MSW-based, or the bare core. */
export type GatewayFactory = (options: { appPublicKey: string; encryptKey?: string; cards?: MockCard[] }) => Promise<SuiteGateway>;

export interface RuntimeCase {
  name: string;
  run: () => Promise<void>;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/** A PKCS#8 RSA key's inner PKCS#1 key, re-armoured: WebCrypto cannot export PKCS#1 itself. */
function toPkcs1Pem(pkcs8Pem: string): string {
  const der = Uint8Array.from(atob(pkcs8Pem.replace(/-----[A-Z ]+-----|\s/g, '')), (c) => c.charCodeAt(0));
  // Walk SEQUENCE { INTEGER 0, SEQUENCE {…}, OCTET STRING { RSAPrivateKey } }.
  const skipHeader = (at: number) => (der[at + 1]! & 0x80 ? at + 2 + (der[at + 1]! & 0x7f) : at + 2);
  const lengthAt = (at: number) => {
    const first = der[at + 1]!;
    if (!(first & 0x80)) return first;
    let length = 0;
    for (let i = 0; i < (first & 0x7f); i++) length = length * 256 + der[at + 2 + i]!;
    return length;
  };
  let at = skipHeader(0); // into the outer SEQUENCE
  at = skipHeader(at) + lengthAt(at); // past INTEGER 0
  at = skipHeader(at) + lengthAt(at); // past the AlgorithmIdentifier
  const inner = der.subarray(skipHeader(at), skipHeader(at) + lengthAt(at));
  const base64 = btoa(String.fromCharCode(...inner));
  return `-----BEGIN RSA PRIVATE KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
}

const CARD = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;

/**
 * The cases: both seed APIs succeed through the mock gateway's fetch, XML equals JSON, a
 * tampered answer is rejected, a PKCS#1 key works, a timeout fires.
 */
export function runtimeCases(createGateway: GatewayFactory): RuntimeCase[] {
  const ENCRYPT_KEY = 'aYA0GP8JEW+D7/UFaskCWA==';
  const setup = (async () => {
    const app = await generateKeyPair();
    const cards = [SAMPLE_CARD, { ...SAMPLE_CARD, biz_card_no: '000002', level: '黄金会员' }];
    const gateway = await createGateway({ appPublicKey: app.publicKey, encryptKey: ENCRYPT_KEY, cards });
    return { app, gateway };
  })();
  const client = async (overrides: Partial<ConstructorParameters<typeof AlipayClient>[0]> = {}) => {
    const { app, gateway } = await setup;
    return new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch, xml, ...overrides });
  };

  return [
    {
      name: 'alipay.marketing.card.query succeeds',
      run: async () => {
        const card = await (await client()).execute('alipay.marketing.card.query', CARD);
        assert(card.card_info.balance === '124.89', `balance ${card.card_info.balance}`);
        assert(card.card_info.mdcode_info?.time_stamp === 1496996459, 'time_stamp is a number');
      },
    },
    {
      name: 'alipay.marketing.card.activateform.query succeeds',
      run: async () => {
        const form = await (await client()).execute(
          'alipay.marketing.card.activateform.query',
          { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
          { authToken: '20130319e9b8d53d09034da8998caefa756c4006' },
        );
        assert(form.fields.OPEN_FORM_FIELD_NAME === 'Tom', `name ${form.fields.OPEN_FORM_FIELD_NAME}`);
      },
    },
    {
      name: 'an XML answer gives the same result as JSON',
      run: async () => {
        const alipay = await client();
        const fromXml = await alipay.execute('alipay.marketing.card.query', CARD, { format: 'xml' });
        const fromJson = await alipay.execute('alipay.marketing.card.query', CARD);
        assert(JSON.stringify(fromXml) === JSON.stringify(fromJson), `XML ${JSON.stringify(fromXml)}`);
        assert(Array.isArray(fromXml.card_info.front_text_list), 'list="true" is an array');
      },
    },
    {
      name: 'GBK and AES: Chinese text signed as GBK bytes, an encrypted call decrypted',
      run: async () => {
        const alipay = await client({ charset: 'GBK', encryptKey: ENCRYPT_KEY });
        const card = await alipay.execute('alipay.marketing.card.query', { ...CARD, target_card_no: '000002', ext_info: '会员卡' }, { needEncrypt: true });
        assert(card.card_info.level === '黄金会员', `level ${card.card_info.level}`);
      },
    },
    {
      name: 'a multipart image upload (the file part unsigned)',
      run: async () => {
        const image = await (await client()).execute('alipay.offline.material.image.upload', { image_type: 'png', image_name: 'logo', image_content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
        assert(image.image_id.length > 0, 'image_id');
      },
    },
    {
      name: 'a tampered answer is rejected',
      run: async () => {
        const { gateway } = await setup;
        const tampering: typeof fetch = async (input, init) => {
          const response = await gateway.fetch(input, init);
          return new Response((await response.text()).replace('124.89', '999.89'), response);
        };
        const err = await rejection((await client({ fetch: tampering })).execute('alipay.marketing.card.query', CARD));
        assert(err instanceof AlipayError && err.code === 'ERR_SIGNATURE_INVALID', `got ${String(err)}`);
      },
    },
    {
      name: 'a PKCS#1 private key works',
      run: async () => {
        const { app } = await setup;
        const pkcs1 = toPkcs1Pem(app.privateKey);
        assert(pkcs1.includes('BEGIN RSA PRIVATE KEY'), 'PKCS#1 armour');
        const card = await (await client({ privateKey: pkcs1 })).execute('alipay.marketing.card.query', CARD);
        assert(card.card_info.biz_card_no === '000001', 'card number');
      },
    },
    {
      name: 'OpenAPI v3: card query (POST) and activation-form query (GET), verified from the answer headers',
      run: async () => {
        const alipay = await client({ protocol: 'v3' });
        const card = await alipay.execute('alipay.marketing.card.query', CARD);
        assert(card.card_info.balance === '124.89', `balance ${card.card_info.balance}`);
        const form = await alipay.execute(
          'alipay.marketing.card.activateform.query',
          { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
          { authToken: '20130319e9b8d53d09034da8998caefa756c4006' },
        );
        assert(form.fields.OPEN_FORM_FIELD_NAME === 'Tom', `name ${form.fields.OPEN_FORM_FIELD_NAME}`);
        const { status, traceId } = await alipay.request('POST', '/v3/alipay/marketing/card/query', { body: CARD });
        assert(status === 200 && traceId.length > 0, `status ${status}`);
      },
    },
    {
      name: 'OpenAPI v3: a tampered answer is rejected',
      run: async () => {
        const { gateway } = await setup;
        const tampering: typeof fetch = async (input, init) => {
          const response = await gateway.fetch(input, init);
          return new Response((await response.text()).replace('124.89', '999.89'), response);
        };
        const err = await rejection((await client({ protocol: 'v3', fetch: tampering })).execute('alipay.marketing.card.query', CARD));
        assert(err instanceof AlipayError && err.code === 'ERR_SIGNATURE_INVALID', `got ${String(err)}`);
      },
    },
    {
      name: 'pageExecute and sdkExecute: the form and the order string are paid at the mock cashier, the notification verifies',
      run: async () => {
        const { gateway } = await setup;
        const alipay = await client();
        const order = { out_trade_no: `RT${Date.now()}`, total_amount: '88.88', subject: '会员卡 "Gold" &amp; <b>', product_code: 'FAST_INSTANT_TRADE_PAY' };
        const form = await alipay.pageExecute('alipay.trade.page.pay', order, { notifyUrl: 'https://shop.example.com/notify' });
        const paid = await gateway.pay(form, { buyer_id: '2088102177846880' });
        assert(paid.trade.trade_status === 'TRADE_SUCCESS', `status ${paid.trade.trade_status}`);
        assert(await alipay.verifyNotify(paid.notification!.body), 'the notification verifies');
        const orderString = await alipay.sdkExecute('alipay.trade.app.pay', { out_trade_no: `${order.out_trade_no}A`, total_amount: '9.00', subject: 'app' });
        assert((await gateway.pay(orderString, { buyer_id: '2088' })).trade.trade_status === 'TRADE_SUCCESS', 'the order string pays');
      },
    },
    {
      name: 'a timeout fires',
      run: async () => {
        const hanging: typeof fetch = () => new Promise<Response>(() => {});
        const started = Date.now();
        const err = await rejection((await client({ fetch: hanging, timeout: 50 })).execute('alipay.marketing.card.query', CARD));
        assert(err instanceof AlipayError && err.code === 'ERR_TIMEOUT', `got ${String(err)}`);
        assert(Date.now() - started < 5_000, 'fired promptly');
      },
    },
  ];
}

/** Runs the cases one by one; resolves to the names that passed and the failures. */
export async function runAll(cases: RuntimeCase[], log: (line: string) => void): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const c of cases) {
    try {
      await c.run();
      passed++;
      log(`PASS ${c.name}`);
    } catch (err) {
      failed++;
      log(`FAIL ${c.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { passed, failed };
}
