// The JSON signed-span scanner: structure, forgeries, raw control characters, and the `\/` retry.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { extractJsonSpan, importPrivateKey, importPublicKey, signContent, verifySignedSpan } from '../../src/protocol.ts';
import { CARD_QUERY as METHOD, NODE, alipaySign, testKeys, thrownBy } from '../support.ts';

function malformed(body: string): AlipayError {
  const err = thrownBy(() => extractJsonSpan(body, METHOD));
  expect(err).toBeInstanceOf(AlipayError);
  expect((err as AlipayError).code).toBe('ERR_RESPONSE_MALFORMED');
  return err as AlipayError;
}

describe('extractJsonSpan', () => {
  it('returns the raw node text, sign and cert SN, in any member order and spacing', () => {
    const node = '{ "code" : "10000",\n "msg":"Success", "x":"a\\/b\\u4e2d", "n": [1, {"y": "}"}] }';
    const body = ` {\n "sign" : "c2lnbg==", "alipay_cert_sn":"abc",\n"${NODE}"  :  ${node} \n}\n`;
    expect(extractJsonSpan(body, METHOD)).toEqual({ node: NODE, content: node, kind: 'object', sign: 'c2lnbg==', certSn: 'abc' });
  });

  it('finds error_response when the method node is absent', () => {
    const span = extractJsonSpan('{"error_response":{"code":"40002","sub_code":"isv.invalid-app-id"}}', METHOD);
    expect(span.node).toBe('error_response');
    expect(span.sign).toBeUndefined();
  });

  it('takes a string node (AES) with its quotes', () => {
    const span = extractJsonSpan(`{"${NODE}":"q0aA+/==","sign":"c2lnbg=="}`, METHOD);
    expect(span).toMatchObject({ content: '"q0aA+/=="', kind: 'string' });
  });

  it('is not fooled by the node name inside a string value', () => {
    const body = `{"error_response":{"code":"40004","sub_msg":"\\"${NODE}\\":{\\"code\\":\\"10000\\"}"},"sign":"c2lnbg=="}`;
    const span = extractJsonSpan(body, METHOD);
    expect(span.node).toBe('error_response');
  });

  it('is not fooled by a nested node of the same name', () => {
    const body = `{"other":{"${NODE}":{"code":"10000"}},"sign":"c2lnbg=="}`;
    expect(malformed(body).message).toMatch(/neither/);
  });

  it('is not fooled by a member name that only looks like the node after escaping', () => {
    const escaped = NODE.replace('_', '\\u005f');
    const span = extractJsonSpan(`{"${escaped}":{"code":"10000"},"sign":"c2lnbg=="}`, METHOD);
    expect(span.node).toBe(NODE);
  });

  it.each([
    ['the node twice', `{"${NODE}":{"code":"10000"},"${NODE}":{"code":"10000"},"sign":"x"}`, /twice/],
    ['sign twice', `{"${NODE}":{"code":"10000"},"sign":"x","sign":"y"}`, /twice/],
    ['the node and error_response', `{"${NODE}":{"code":"10000"},"error_response":{"code":"40004"},"sign":"x"}`, /both/],
    ['an empty body', '', /empty/],
    ['whitespace only', ' \n ', /empty/],
    ['an HTML page', '<html><body>502 Bad Gateway</body></html>', /not a JSON object.*html/],
    ['a JSON array', '[1,2]', /not a JSON object/],
    ['a JSON string', '"hello"', /not a JSON object/],
    ['a number', '42', /not a JSON object/],
    ['the wrong node', '{"alipay_trade_query_response":{"code":"10000"},"sign":"x"}', /neither/],
    ['an empty object', '{}', /neither/],
    ['truncated inside the node', `{"${NODE}":{"code":"10000","msg":"Succ`, /not terminated|truncated/],
    ['truncated after the node', `{"${NODE}":{"code":"10000"}`, /truncated/],
    ['truncated inside sign', `{"${NODE}":{"code":"10000"},"sign":"abc`, /not terminated/],
    ['mismatched brackets', `{"${NODE}":{"code":["10000"}},"sign":"x"}`, /brackets/],
    ['text after the object', `{"${NODE}":{"code":"10000"},"sign":"x"} trailing`, /after the top-level/],
    ['a trailing comma', `{"${NODE}":{"code":"10000"},}`, /trailing comma/],
    ['a non-string sign', `{"${NODE}":{"code":"10000"},"sign":42}`, /not a string/],
    ['a node that is a number', `{"${NODE}":10000,"sign":"x"}`, /neither an object/],
    ['a bare word', `{"${NODE}":{"code":"10000"},"sign":nope}`, /unexpected character/],
  ])('refuses %s', (_name, body, reason) => {
    expect(malformed(body).message).toMatch(reason);
  });

  it('keeps error messages short for huge bodies', () => {
    expect(malformed(`<html>${'x'.repeat(100_000)}</html>`).message.length).toBeLessThan(200);
  });

  it('a raw control character in a member name is not JSON', async () => {
    const content = '{"code":"10000"}';
    const sign = await alipaySign(content);
    for (const name of ['a\tb', 'a\nb', 'a\u0000b']) {
      const body = `{"${name}":1,"${NODE}":${content},"sign":"${sign}"}`;
      expect(() => extractJsonSpan(body, METHOD)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    }
  });
});

describe('verifySignedSpan', () => {
  it('verifies the exact text, and retries with \\/ unescaped like the Java SDK', async () => {
    const { alipay } = await testKeys();
    const signer = await importPrivateKey(alipay.privateKey, 'RSA2');
    const verifier = await importPublicKey(alipay.publicKey, 'RSA2');
    const plain = '{"code":"10000","url":"https://a.example/b"}';
    const escaped = plain.replaceAll('/', '\\/');
    // Signed over the escaped text: verifies as is.
    const signEscaped = await signContent(escaped, signer);
    expect(await verifySignedSpan({ content: escaped, sign: signEscaped }, verifier)).toBe(escaped);
    // Signed over the unescaped text but sent escaped: verifies on retry, and the verified text is returned.
    const signPlain = await signContent(plain, signer);
    expect(await verifySignedSpan({ content: escaped, sign: signPlain }, verifier)).toBe(plain);
    // A tampered text fails both ways; no sign fails; a non-base64 sign fails.
    expect(await verifySignedSpan({ content: escaped.replace('10000', '10001'), sign: signPlain }, verifier)).toBeUndefined();
    expect(await verifySignedSpan({ content: plain }, verifier)).toBeUndefined();
    expect(await verifySignedSpan({ content: plain, sign: `A${signPlain}` }, verifier)).toBeUndefined();
    expect(await verifySignedSpan({ content: plain, sign: signPlain.replace(/=+$/, '') }, verifier)).toBeUndefined();
  });
});

describe('the JSON scanner in detail', () => {
  it.each([
    ['a body ending after ":"', `{"${NODE}":`, /the body ends where a value should be \(truncated\?\)/],
    ['a body ending inside an array', `{"x":[1,[2]`, /the body ends inside an object or array \(truncated\?\)/],
    ['an unterminated string in a nested value', `{"x":{"a":"b}}`, /a string is not terminated/],
    ['invalid JSON inside another member', `{"${NODE}":{},"x":[1,,2],"sign":"x"}`, /a value is not valid JSON/],
    ['a member name that is not a string', `{"${NODE}":{}, 2:3}`, /expected a member name at offset 44/],
    ['a lone brace', `{`, /the body is truncated/],
    ['a missing colon', `{"a" 1}`, /expected ":" at offset 5/],
    ['a missing comma', `{"a":1 "b":2}`, /expected "," or "}" at offset 7/],
    ['an unfinished literal', `{"a":tru}`, /unexpected character at offset 5/],
    ['error_response twice', `{"error_response":{},"error_response":{}}`, /"error_response" appears twice/],
    ['alipay_cert_sn twice', `{"${NODE}":{},"alipay_cert_sn":"a","alipay_cert_sn":"b"}`, /"alipay_cert_sn" appears twice/],
    ['a non-string alipay_cert_sn', `{"${NODE}":{},"alipay_cert_sn":1}`, /"alipay_cert_sn" is not a string/],
  ])('refuses %s', (_name, body, reason) => {
    expect(malformed(body).message).toMatch(reason);
  });

  it('accepts numbers, literals and repeated unrelated members', () => {
    const span = extractJsonSpan(`{"x":-1.5e-3,"x":true,"y":null,"z":false,"${NODE}":{"n":2E+5},"sign":"s"}`, METHOD);
    expect(span).toEqual({ node: NODE, content: '{"n":2E+5}', kind: 'object', sign: 's' });
    expect('certSn' in span).toBe(false);
    expect('sign' in extractJsonSpan(`{"${NODE}":{}}`, METHOD)).toBe(false);
  });

  it('reads member names with escapes ("sig\\u006e" is sign)', () => {
    expect(extractJsonSpan(`{"${NODE}":{},"sig\\u006e":"s"}`, METHOD).sign).toBe('s');
  });

  it('error messages quote a short excerpt of the body, whitespace collapsed', () => {
    expect(malformed('<html>\n\n  <body>x</body></html>').message).toContain('"<html> <body>x</body></html>"');
    const long = malformed(`<html>${'y'.repeat(100)}</html>`).message;
    expect(long).toContain(`"<html>${'y'.repeat(54)}…"`);
    expect(malformed('<p>' + 'z'.repeat(57)).message).toContain(`"<p>${'z'.repeat(57)}"`); // exactly 60: no ellipsis
  });
});
