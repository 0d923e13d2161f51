// The floor: the least any client must do for one verified call, with no library code at all:
// WebCrypto sign and verify with keys imported once, the platform's base64 (btoa/atob), one fetch,
// one JSON.parse. It knows the answer's shape in advance, so it finds the signed text with two
// indexOf calls instead of scanning; a real client cannot. Shared by the Node and workerd benches.

const APP_ID = '2014072300007148';
const METHOD = 'alipay.marketing.card.query';
const BIZ = '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}';
const V3_PATH = '/v3/alipay/marketing/card/query';
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const utf8 = new TextEncoder();

export interface FloorKeys {
  signer: CryptoKey;
  verifier: CryptoKey;
}

const der = (pem: string) => Uint8Array.from(atob(pem.replace(/-----[A-Z ]+-----|\s/g, '')), (c) => c.charCodeAt(0));

/** Imports the app's PKCS#8 private key and Alipay's SPKI public key, once. */
export async function floorKeys(privateKeyPem: string, alipayPublicKeyPem: string): Promise<FloorKeys> {
  return {
    signer: await crypto.subtle.importKey('pkcs8', der(privateKeyPem), RSA, false, ['sign']),
    verifier: await crypto.subtle.importKey('spki', der(alipayPublicKeyPem), RSA, false, ['verify']),
  };
}

async function sign(key: CryptoKey, content: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.sign(RSA, key, utf8.encode(content)));
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

async function verify(key: CryptoKey, content: string, signature: string): Promise<void> {
  const bytes = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
  if (!(await crypto.subtle.verify(RSA, key, bytes, utf8.encode(content)))) throw new Error('floor: bad signature');
}

/** China time, `yyyy-MM-dd HH:mm:ss`, the gateway's timestamp. */
const chinaTime = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** One v2 call: sign the sorted parameters, POST them, verify the node's text, parse it. */
export async function floorV2(fetcher: typeof fetch, gateway: string, keys: FloorKeys): Promise<unknown> {
  const timestamp = chinaTime();
  const content = `app_id=${APP_ID}&biz_content=${BIZ}&charset=utf-8&format=JSON&method=${METHOD}&sign_type=RSA2&timestamp=${timestamp}&version=1.0`;
  const body = new URLSearchParams({ app_id: APP_ID, biz_content: BIZ, charset: 'utf-8', format: 'JSON', method: METHOD, sign_type: 'RSA2', timestamp, version: '1.0' });
  body.set('sign', await sign(keys.signer, content));
  const response = await fetcher(gateway, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } });
  const text = await response.text();
  const start = text.indexOf(':') + 1;
  const end = text.lastIndexOf(',"sign":');
  await verify(keys.verifier, text.slice(start, end), text.slice(end + 9, -2));
  return JSON.parse(text.slice(start, end));
}

/** One v3 call: sign the authorization line, POST the JSON body, verify the header signature, parse. */
export async function floorV3(fetcher: typeof fetch, endpoint: string, keys: FloorKeys): Promise<unknown> {
  const url = `${endpoint}${V3_PATH}`;
  const auth = `app_id=${APP_ID},nonce=${crypto.randomUUID()},timestamp=${Date.now()}`;
  const signature = await sign(keys.signer, `${auth}\nPOST\n${new URL(url).pathname}\n${BIZ}\n`);
  const response = await fetcher(url, { method: 'POST', body: BIZ, headers: { 'content-type': 'application/json', authorization: `ALIPAY-SHA256withRSA ${auth},sign=${signature}` } });
  const text = await response.text();
  const headers = response.headers;
  await verify(keys.verifier, `${headers.get('alipay-timestamp')}\n${headers.get('alipay-nonce')}\n${text}\n`, headers.get('alipay-signature') ?? '');
  return JSON.parse(text);
}
