// A repeated key in signed JSON is refused (JSON.parse would keep the last value): in a v2 node, a
// v3 body, AES-decrypted text and the unsigned error node, at any depth, inside arrays, compared
// after unescaping; the check is flat (no recursion) and counts members instead of parsing twice.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { aesEncrypt, importAesKey } from '../../src/tools.ts';
import { extractJsonSpan, importPublicKey, verifyV3Answer } from '../../src/protocol.ts';
import { findRepeatedKey, keyCount, memberCount, parseJsonStrict } from '../../src/encoding/json.ts';
import { parseJsonNode } from '../../src/protocol/json-node.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import { AES_KEY, ACTIVATEFORM, CARD_QUERY, NODE, cardBiz, clientAnswering, formBiz, rejectionOf, signedJsonAnswer, signedV3Answer, testKeys, thrownBy } from '../support.ts';

const refused = (text: string) => thrownBy(() => parseJsonStrict(text, 'the node'));

describe('parseJsonStrict', () => {
  it.each([
    ['at the top level', '{"code":"40004","msg":"Business Failed","code":"10000"}', '"code" twice at the top level'],
    ['spelled with an escape', '{"code":"40004","\\u0063ode":"10000"}', '"code" twice at the top level'],
    ['escaped in both', '{"a\\"b":1,"a\\u0022b":2}', '"a\\"b" twice at the top level'],
    ['in a nested object', '{"card_info":{"point":"1","balance":"2","point":"3"}}', '"point" twice in the object at card_info'],
    ['in an object inside an array', '{"list":[{"a":1},{"b":1,"c":{"d":[1,{"e":1,"e":2}]}}]}', '"e" twice in the object at list[1].c.d[1]'],
    ['under an odd key', '{"x y":{"k":1,"k":2}}', '"k" twice in the object at ["x y"]'],
    ['with whitespace around', '{ "a" : 1 ,\n\t"a"\r\n: 2 }', '"a" twice at the top level'],
    ['__proto__', '{"__proto__":{},"__proto__":{"admin":true}}', '"__proto__" twice at the top level'],
    ['at the top of an array', '[{"a":1,"a":1}]', '"a" twice in the object at [0]'],
  ])('refuses a repeated key %s, naming it and where', (_name, text, message) => {
    const err = refused(text);
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    expect((err as Error).message).toContain(`the node has the key ${message}`);
  });

  it.each([
    ['the same key in sibling objects', '[{"a":1},{"a":2}]', [{ a: 1 }, { a: 2 }]],
    ['the same key at two depths', '{"a":{"a":{"a":1}}}', { a: { a: { a: 1 } } }],
    ['keys that differ only after unescaping', '{"a\\\\u0062":1,"ab":2}', { 'a\\u0062': 1, ab: 2 }],
    ['a key text inside a string value', '{"a":"\\"a\\":1","b":"a:b"}', { a: '"a":1', b: 'a:b' }],
    ['colons and quotes in strings', '{"t":"12:00:00","q":"\\\\\\"","u":"https://x"}', { t: '12:00:00', q: '\\"', u: 'https://x' }],
    ['a string', '"x"', 'x'],
    ['a number', '1', 1],
    ['an empty object', '{}', {}],
  ])('accepts %s', (_name, text, value) => expect(parseJsonStrict(text, 'x')).toEqual(value));

  it('text that is not JSON: ERR_RESPONSE_MALFORMED, without quoting it (a node may hold tokens)', () => {
    const err = refused('{"access_token":"secret"');
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: 'The gateway answer is not well-formed: the node is not valid JSON.' });
  });

  it('counts members and keys the same way exactly when no key repeats', () => {
    const text = '{"a":[{"b":"c:d","e":{"f":null}},[],{}],"g":"\\"h\\":"}';
    expect(memberCount(text)).toBe(5);
    expect(keyCount(JSON.parse(text) as object)).toBe(5);
    expect(memberCount('{"a":1,"a":2}')).toBe(2);
    expect(keyCount(JSON.parse('{"a":1,"a":2}') as object)).toBe(1);
    expect(findRepeatedKey('{"a":{"b":1},"b":2}')).toBeUndefined();
  });

  it('a v2 node counted by the span scan: the same verdicts as a fresh count', () => {
    for (const [node, ok] of [['{"t":"12:00:00","u":{"v":"a:b"},"w":[{"x":":"}]}', true], ['{"t":"1:2","u":{"v":1,"v":2}}', false], ['{"a":"x\\":y","a":1}', false]] as const) {
      const span = extractJsonSpan(`{"${NODE}":${node},"sign":"x"}`, CARD_QUERY);
      const verdict = () => parseJsonStrict(span.content, 'the node');
      if (ok) expect(verdict()).toEqual(JSON.parse(node));
      else expect(thrownBy(verdict)).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
      // Counted afresh (the scan's count is used once), the same verdict.
      if (ok) expect(verdict()).toEqual(JSON.parse(node));
      else expect(thrownBy(verdict)).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    }
  });

  it('an enumerable property added to Object.prototype changes nothing', () => {
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      expect(parseJsonStrict('{"a":{"b":1}}', 'x')).toEqual({ a: { b: 1 } });
      expect(refused('{"a":1,"b":2,"a":3}')).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('deep nesting does not overflow the stack, and a long path is shortened in the message', () => {
    const depth = 50_000;
    const deep = `${'{"a":['.repeat(depth)}{"k":1,"k":2}${']}'.repeat(depth)}`;
    const err = refused(deep) as Error;
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    expect(err.message).toContain('"k" twice in the object at a[0].a[0].a[0]');
    expect(err.message).toContain('…');
    expect(err.message.length).toBeLessThan(300);
    expect(parseJsonStrict(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'x')).toBeInstanceOf(Array);
  });

  it('a hundred thousand keys in one object: a repeat at the very end is found', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"key${i}":${i}`).join(',');
    expect((refused(`{${keys},"key99999":0}`) as Error).message).toContain('"key99999" twice at the top level');
  });
});

describe('in the client: a verified node or body with a repeated key is refused', () => {
  const key = async () => importPublicKey((await testKeys()).alipay.publicKey);

  it('v2: a signed node (code 40004 then 10000), and one repeated deeper', async () => {
    for (const node of ['{"code":"40004","msg":"Business Failed","sub_code":"CARD_NOT_EXIT","code":"10000","msg":"Success"}', '{"code":"10000","msg":"Success","card_info":{"balance":"1.00","balance":"999.00"}}']) {
      const { client } = await clientAnswering(await signedJsonAnswer(NODE, node));
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ name: 'AlipayError', code: 'ERR_RESPONSE_MALFORMED', message: expect.stringMatching(/has the key "(code|balance)" twice/) });
    }
  });

  it('v2: an AES node whose decrypted JSON repeats a key', async () => {
    const cipher = await aesEncrypt('{"code":"40004","sub_code":"X","code":"10000"}', await importAesKey(AES_KEY));
    const { client } = await clientAnswering(await signedJsonAnswer(NODE, JSON.stringify(cipher)), { encryptKey: AES_KEY });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { needEncrypt: true }))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringContaining('"code" twice') });
  });

  it('v2: the unsigned error node is not fooled either', async () => {
    const { client } = await clientAnswering(`{"${NODE}":{"code":"40004","sub_code":"isv.x","code":"10000","sub_code":"y"}}`);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ name: 'AlipayError', code: 'ERR_RESPONSE_MALFORMED' });
    expect(thrownBy(() => parseJsonNode('{"alipay_cert_content":"a","alipay_cert_content":"b"}'))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });

  it('v2: the infos JSON of the activation form, inside the verified node', async () => {
    const infos = JSON.stringify('[{"OPEN_FORM_FIELD_MOBILE":"13800000000","OPEN_FORM_FIELD_MOBILE":"13900000000"}]');
    const { client } = await clientAnswering(await signedJsonAnswer('alipay_marketing_card_activateform_query_response', `{"code":"10000","msg":"Success","infos":${infos}}`));
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: 'token' }))).toMatchObject({ code: 'ERR_RESPONSE_INVALID', message: expect.stringContaining('"OPEN_FORM_FIELD_MOBILE" twice') });
  });

  it('v3: a signed body, plain or AES-encrypted; an unsigned error body', async () => {
    const body = '{"card_info":{"balance":"1.00"},"card_info":{"balance":"999.00"}}';
    const { client } = await clientAnswering(await signedV3Answer(body), { protocol: 'v3' });
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringContaining('"card_info" twice') });
    const cipher = await aesEncrypt(body, await importAesKey(AES_KEY));
    const { client: aes } = await clientAnswering(await signedV3Answer(cipher), { protocol: 'v3', encryptKey: AES_KEY });
    expect(await rejectionOf(() => aes.request('POST', '/v3/x', { body: {}, needEncrypt: true }))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    const error = '{"code":"invalid-parameter","message":"x","code":"ok"}';
    const { client: unsigned } = await clientAnswering(() => new Response(error, { status: 400 }), { protocol: 'v3' });
    expect(await rejectionOf(() => unsigned.request('POST', '/v3/x', { body: {} }))).toMatchObject({ name: 'AlipayError', code: 'ERR_RESPONSE_MALFORMED' });
    const signedError = (await signedV3Answer(error, { status: 200 }))();
    const err = await rejectionOf(async () => verifyV3Answer({ status: 200, headers: signedError.headers, body: error }, await key()));
    expect(err).not.toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });
});

describe('XML: a repeated element is a list, a repeated attribute is refused', () => {
  const node = 'alipay_x_query_response';
  it('repeated elements stay a list (a code given twice is no success)', () => {
    expect(parseXmlNode(node, `<code>40004</code><code>10000</code></${node}>`)).toEqual({ code: ['40004', '10000'] });
  });

  it.each([
    ['list="true" then list="false"', '<l list="true" list="false"><i>1</i></l>'],
    ['list="false" then list="true"', '<l list="false" list="true"><i>1</i></l>'],
    ['any attribute', '<code a="1" a="2">10000</code>'],
  ])('%s: refused in the envelope and in the node alone (decrypted text, direct callers)', (_name, inner) => {
    expect(thrownBy(() => parseXmlNode(node, `${inner}</${node}>`))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringMatching(/has the attribute \w+ twice/) });
    expect(thrownBy(() => extractXmlSpan(`<alipay><${node}>${inner}</${node}><sign>s</sign></alipay>`, 'alipay.x.query'))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringMatching(/has the attribute \w+ twice/) });
  });

  it('many attributes on one element are checked in one pass', () => {
    const attributes = Array.from({ length: 50_000 }, (_, i) => `a${i}="1"`).join(' ');
    expect(parseXmlNode(node, `<x ${attributes}>v</x></${node}>`)).toEqual({ x: 'v' });
    expect(thrownBy(() => parseXmlNode(node, `<x ${attributes} a49999="2">v</x></${node}>`))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });
});
