// XML answers: the seeds' XML samples equal their JSON counterparts, forgeries fail, entity
// attacks and DOCTYPEs end fast, the scanner in detail, and the mock gateway answers in XML.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { ACTIVATEFORM, ACTIVATEFORM_SEED, CARD_QUERY, CARD_QUERY_SEED, NODE, alipaySign, cardBiz, clientAnswering, formBiz, mockSetup, rejectionOf, seedSamples, signedJsonSample, signedXmlSample, thrownBy } from '../support.ts';
import { AlipayClient } from '../../src/index.ts';
import { xml } from '../../src/xml.ts';
import { keyConfig } from '../support.ts';

/** A client (XML by default) whose fetch answers `body`. */
const answering = async (body: string, format: 'json' | 'xml' = 'xml') => (await clientAnswering(body, { format })).client;

describe('the seeds\' XML samples give the JSON results', () => {
  it.each([
    [CARD_QUERY, CARD_QUERY_SEED, cardBiz, {}],
    [ACTIVATEFORM, ACTIVATEFORM_SEED, formBiz, { authToken: SAMPLE_AUTH_TOKEN }],
  ] as const)('%s', async (method, seed, biz, options) => {
    const samples = seedSamples(seed);
    const node = `${method.replaceAll('.', '_')}_response`;
    const fromXml = await (await answering(await signedXmlSample(samples.xml, node))).execute(method as typeof CARD_QUERY, biz as never, options);
    const fromJson = await (await answering(await signedJsonSample(samples.json, method), 'json')).execute(method as typeof CARD_QUERY, biz as never, options);
    expect(fromXml).toEqual(fromJson);
    expect(Object.keys(fromXml).length).toBeGreaterThan(2);
  });

  it('a one-item list="true" element is an array; numbers in text become numbers by schema only', async () => {
    const samples = seedSamples(CARD_QUERY_SEED);
    const card = await (await answering(await signedXmlSample(samples.xml, NODE))).execute(CARD_QUERY, cardBiz);
    expect(card.card_info.front_text_list).toEqual([{ label: 'Major', value: 'Finance and trading' }]);
    expect(card.card_info.mdcode_info?.time_stamp).toBe(1496996459);
    expect(card.card_info.biz_card_no).toBe('000001'); // text stays text
    expect(card.card_info.point).toBe('88');
  });
});

describe('extractXmlSpan', () => {
  it('takes the node content and closing tag, up to <sign>, by the Java SDK rule', () => {
    const body = `<?xml version="1.0" encoding="GBK"?>\n<alipay>\n<${NODE}><code>10000</code></${NODE}>\n<sign>c2ln</sign><alipay_cert_sn>sn1</alipay_cert_sn></alipay>`;
    expect(extractXmlSpan(body, CARD_QUERY)).toEqual({
      node: NODE,
      content: `<code>10000</code></${NODE}>\n`,
      kind: 'object',
      sign: 'c2ln',
      certSn: 'sn1',
    });
  });

  it('does not take <sign_type> or <sign_date> inside the node for <sign>', () => {
    const body = `<alipay><${NODE}><sign_type>RSA2</sign_type><sign_date>x</sign_date><code>10000</code></${NODE}><sign>c2ln</sign></alipay>`;
    const span = extractXmlSpan(body, CARD_QUERY);
    expect(span.content).toBe(`<sign_type>RSA2</sign_type><sign_date>x</sign_date><code>10000</code></${NODE}>`);
    expect(span.sign).toBe('c2ln');
  });

  it('reads a bare node (the seeds\' samples) and error_response', () => {
    const bare = extractXmlSpan(`<${NODE}><code>10000</code></${NODE}>`, CARD_QUERY);
    expect(bare).toMatchObject({ node: NODE, content: `<code>10000</code></${NODE}>` });
    expect(bare.sign).toBeUndefined();
    expect(extractXmlSpan('<alipay><error_response><code>40002</code></error_response></alipay>', CARD_QUERY).node).toBe('error_response');
  });

  it('a text-only node is an encrypted (string) node', () => {
    expect(extractXmlSpan(`<alipay><${NODE}>q0aA+/==</${NODE}><sign>c2ln</sign></alipay>`, CARD_QUERY).kind).toBe('string');
  });

  it.each([
    ['the node twice', `<alipay><${NODE}><code>1</code></${NODE}><${NODE}><code>2</code></${NODE}><sign>x</sign></alipay>`, /twice/],
    ['sign twice', `<alipay><${NODE}><code>1</code></${NODE}><sign>x</sign><sign>y</sign></alipay>`, /twice/],
    ['node and error_response', `<alipay><${NODE}><code>1</code></${NODE}><error_response><code>2</code></error_response></alipay>`, /both/],
    ['a nested node of the same name', `<alipay><x><${NODE}><code>1</code></${NODE}></x><sign>x</sign></alipay>`, /neither/],
    ['the node name in text', `<alipay><error>&lt;${NODE}&gt;</error><sign>x</sign></alipay>`, /neither/],
    ['a truncated body', `<alipay><${NODE}><code>1</code>`, /truncated/],
    ['mismatched tags', `<alipay><${NODE}><code>1</msg></${NODE}></alipay>`, /closes an element/],
    ['an empty body', '', /empty/],
    ['JSON', '{"a":1}', /does not start with an element/],
    ['text after the root', `<alipay><${NODE}><code>1</code></${NODE}></alipay>junk`, /text after/],
    ['two roots', `<${NODE}><code>1</code></${NODE}><${NODE}><code>1</code></${NODE}>`, /two root/],
    ['a DOCTYPE', `<!DOCTYPE alipay><alipay><${NODE}><code>1</code></${NODE}></alipay>`, /DOCTYPE/],
    ['deep nesting', `<alipay><${NODE}>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</${NODE}></alipay>`, /nest deeper/],
  ])('refuses %s', (_name, body, reason) => {
    const error = thrownBy(() => extractXmlSpan(body, CARD_QUERY));
    expect(error).toBeInstanceOf(AlipayError);
    expect((error as AlipayError).code).toBe('ERR_RESPONSE_MALFORMED');
    expect((error as AlipayError).message).toMatch(reason);
  });
});

describe('parseXmlNode', () => {
  it('gives the JSON shape: lists as arrays, attributes dropped, entities decoded, text kept', () => {
    const node = parseXmlNode(
      NODE,
      `\n<code attr="x">10000</code>\n<msg> Success </msg><url>a&amp;b=&#x4e2d;&lt;</url><empty/><l list="true"><s>a</s><s>b</s></l><one list="true"><d><x>1</x></d></one><none list="true"></none></${NODE}>`,
    );
    expect(node).toEqual({ code: '10000', msg: ' Success ', url: 'a&b=中<', empty: '', l: ['a', 'b'], one: [{ x: '1' }], none: [] });
  });

  it('refuses element names that could pollute prototypes, and pollutes nothing', () => {
    for (const name of ['__proto__', 'constructor']) {
      expect(() => parseXmlNode(NODE, `<${name}><polluted>yes</polluted></${name}></${NODE}>`)).toThrow(AlipayError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parseXmlNode refuses DOCTYPE and ENTITY declarations; comments and CDATA are fine', () => {
    expect(() => parseXmlNode(NODE, `<!DOCTYPE a><code>1</code></${NODE}>`)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    expect(() => parseXmlNode(NODE, `<code><!ENTITY a "b"></code></${NODE}>`)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    expect(parseXmlNode(NODE, `<!-- <!DOCTYPE> --><code><![CDATA[<!x>]]></code></${NODE}>`)).toEqual({ code: '<!x>' });
  });
});

describe('XML forgeries are rejected', () => {
  const signedSample = () => signedXmlSample(seedSamples(CARD_QUERY_SEED).xml, NODE);

  it('tampered text', async () => {
    const body = (await signedSample()).replace('<balance>124.89</balance>', '<balance>999.89</balance>');
    expect(await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('an unsigned success', async () => {
    const body = (await signedSample()).replace(/<sign>[^<]*<\/sign>/, '');
    expect(await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_MISSING' });
  });

  it('<sign_type> inside the node: the signature over a prefix does not make a forged tail valid', async () => {
    // An attacker holds a genuine signature over a prefix of a node's content…
    const prefix = '<code>10000</code><msg>Success</msg>';
    const signature = await alipaySign(prefix);
    // …and appends a <sign_type> element and forged data, hoping a naive indexOf("<sign") cuts there.
    const body = `<alipay><${NODE}>${prefix}<sign_type>RSA2</sign_type><card_info><open_date>x</open_date><valid_date>y</valid_date><balance>1000000.00</balance></card_info><schema_url>z</schema_url></${NODE}><sign>${signature}</sign></alipay>`;
    expect(await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('a genuine answer that contains <sign_type> still verifies', async () => {
    const content = `<code>10000</code><msg>Success</msg><sign_type>RSA2</sign_type><card_info><open_date>x</open_date><valid_date>y</valid_date></card_info><schema_url>z</schema_url></${NODE}>`;
    const body = `<alipay><${NODE}>${content}<sign>${await alipaySign(content)}</sign></alipay>`;
    const card = await (await answering(body)).execute(CARD_QUERY, cardBiz);
    expect((card as Record<string, unknown>).sign_type).toBe('RSA2'); // a field the type does not know: kept, read by index
  });

  it('the node twice', async () => {
    const body = (await signedSample()).replace('<alipay>', `<alipay><${NODE}><code>10000</code></${NODE}>`);
    expect(await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });

  it('an unsigned XML error_response is an unverified AlipayApiError', async () => {
    const body = '<?xml version="1.0" encoding="utf-8"?><alipay><error_response><code>40002</code><msg>Invalid Arguments</msg><sub_code>isv.invalid-app-id</sub_code><sub_msg>无效的AppID参数</sub_msg></error_response></alipay>';
    const err = await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-app-id', verified: false });
    // The newcomer's usual cause, said in the message.
    expect((err as Error).message).toMatch(/\nThis gateway does not know the app id: a sandbox app on the production gateway \(or the reverse\)\? Sandbox apps need sandbox: true/);
  });
});

describe('entity attacks end fast', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<alipay><${NODE}><code>10000</code><msg>&lol9;</msg></${NODE}><sign>c2ln</sign></alipay>`;
  const externalEntity = `<?xml version="1.0"?><!DOCTYPE alipay [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><alipay><${NODE}><code>&xxe;</code></${NODE}><sign>c2ln</sign></alipay>`;

  it.each([
    ['billion laughs', billionLaughs],
    ['an external entity', externalEntity],
  ])('%s', async (_name, body) => {
    const started = performance.now();
    const err = await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    expect((err as Error).message).toMatch(/DOCTYPE/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a body over the size bound is refused before parsing', async () => {
    const big = `<alipay><${NODE}><code>10000</code><x>${'a'.repeat(2_000)}</x></${NODE}></alipay>`;
    const stream = () => new Response(new ReadableStream({ start: (c) => { c.enqueue(new TextEncoder().encode(big)); c.close(); } }));
    const { client } = await clientAnswering(stream, { format: 'xml', maxResponseBytes: 1_000 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    const { client: declared } = await clientAnswering(() => new Response(big, { headers: { 'content-length': String(big.length) } }), { maxResponseBytes: 1_000 });
    expect(await rejectionOf(() => declared.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
  });
});

describe('the mock gateway answers in XML when asked', () => {
  it('both APIs, with format xml on the client', async () => {
    const { client, gateway } = await mockSetup({}, { format: 'xml' });
    const card = await client.execute(CARD_QUERY, cardBiz);
    expect(card.card_info.balance).toBe('124.89');
    expect(card.card_info.front_text_list).toEqual([{ label: 'Major', value: 'Finance and trading' }]);
    expect(card.schema_url).toBe('alipays://platformapi/startapp?appId=20000021&b=m&p=111');
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    expect(form.fields.OPEN_FORM_FIELD_NAME).toBe('Tom');
    expect(gateway.requests.map((r) => r.params.format)).toEqual(['XML', 'XML']);
  });

  it('XML and JSON give deep-equal results per call', async () => {
    const { client } = await mockSetup();
    expect(await client.execute(CARD_QUERY, cardBiz, { format: 'xml' })).toEqual(await client.execute(CARD_QUERY, cardBiz));
  });

  it('business errors, RSA, and the invalid-signature diagnosis in XML', async () => {
    const { client } = await mockSetup({}, { format: 'xml', signType: 'RSA' });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, { ...cardBiz, target_card_no: '404' }))).toMatchObject({ code: '40004', subCode: 'CARD_NOT_EXIT', verified: true });
    // The app signs with a key the gateway does not know.
    const wrongKey = (await mockSetup({}, { format: 'xml', privateKey: (await generateKeyPair()).privateKey })).client;
    const err = await rejectionOf(() => wrongKey.execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ subCode: 'isv.invalid-signature', verified: true });
    expect((err as Error).message).toMatch(/private key does not match/);
  });

  it('an unknown app id gets an unsigned XML error_response', async () => {
    const { client } = await mockSetup({}, { format: 'xml', appId: '2021000000000009' });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: '40002', subCode: 'isv.invalid-app-id', verified: false });
  });
});

describe('the XML scanner in detail', () => {
  const span = (body: string) => extractXmlSpan(body, CARD_QUERY);
  const refused = (body: string) => {
    const err = thrownBy(() => span(body));
    expect(err).toBeInstanceOf(AlipayError);
    expect((err as AlipayError).code).toBe('ERR_RESPONSE_MALFORMED');
    return (err as Error).message;
  };

  it('skips comments, processing instructions and CDATA', () => {
    const body = `<?xml version="1.0"?><!-- a <sign>fake</sign> comment --><alipay><?pi x?><${NODE}><code>10000</code><!-- <x> --><msg><![CDATA[<sign>not</sign>]]></msg></${NODE}><sign>c2ln</sign></alipay><!-- after -->`;
    expect(span(body)).toMatchObject({ content: `<code>10000</code><!-- <x> --><msg><![CDATA[<sign>not</sign>]]></msg></${NODE}>`, sign: 'c2ln' });
  });

  it.each([
    ['an unterminated comment', `<alipay><!-- x`, /a comment is not terminated \(truncated\?\)/],
    ['an unterminated processing instruction', `<?xml version="1.0"`, /a processing instruction is not terminated/],
    ['an unterminated CDATA section', `<alipay><${NODE}><![CDATA[x`, /a CDATA section is not terminated/],
    ['CDATA outside the root', `<![CDATA[x]]><alipay></alipay>`, /CDATA outside the root element/],
    ['a closing tag with junk', `<alipay><${NODE}><code>1</code x></${NODE}></alipay>`, /expected ">" at offset 60/],
    ['an unquoted attribute value', `<alipay a=1></alipay>`, /expected a quoted attribute value in <alipay>/],
    ['an attribute without a value', `<alipay a></alipay>`, /expected "=" in the attributes of <alipay>/],
    ['"<" in an attribute value', `<alipay a="x<y"></alipay>`, /an attribute of <alipay> is not terminated/],
    ['an unterminated attribute value', `<alipay a="x`, /an attribute of <alipay> is not terminated/],
    ['a self-closing node', `<alipay><${NODE}/><sign>x</sign></alipay>`, /<alipay_marketing_card_query_response\/> is empty/],
    ['alipay_cert_sn twice', `<alipay><${NODE}><c>1</c></${NODE}><alipay_cert_sn>a</alipay_cert_sn><alipay_cert_sn>b</alipay_cert_sn></alipay>`, /<alipay_cert_sn> appears twice/],
    ['a sign with child elements', `<alipay><${NODE}><c>1</c></${NODE}><sign><b>x</b></sign></alipay>`, /<sign> has child elements/],
    ['a body ending at "<"', `<alipay><`, /the body is truncated/],
    ['a tag name that is no name', `<alipay><1abc></1abc></alipay>`, /expected an element name at offset 9/],
    ['text before the root', `junk <alipay></alipay>`, /it does not start with an element \(it starts with "junk <alipay><\/alipay>"\)/],
    ['a stray closing tag', `<alipay></x></alipay>`, /<\/x> closes an element it did not open/],
    ['whitespace only', ' \n ', /the body is empty/],
    ['a declaration only', '<?xml version="1.0"?>', /it has no element/],
    ['a body ending inside an element', `<alipay><${NODE}><code>1</code>`, /the body ends inside <alipay_marketing_card_query_response> \(truncated\?\)/],
  ])('refuses %s', (_name, body, reason) => {
    expect(refused(body)).toMatch(reason);
  });

  it('reads attributes with either quote, and self-closing elements inside the node', () => {
    const body = `<alipay lang="zh" v='1'><${NODE} a="1"><empty/><l list="true"><i>x</i></l></${NODE}><sign>c2ln</sign></alipay>`;
    expect(span(body)).toMatchObject({ content: `<empty/><l list="true"><i>x</i></l></${NODE}>`, kind: 'object' });
  });

  it('a <sign> before the node: the span ends at the closing tag; sign text is trimmed', () => {
    const body = `<alipay><sign>\n c2ln \n</sign><${NODE}><c>1</c></${NODE}>\n</alipay>`;
    expect(span(body)).toEqual({ node: NODE, content: `<c>1</c></${NODE}>`, kind: 'object', sign: 'c2ln' });
  });

  it('a whitespace-only node is an (empty) object, not an encrypted string', () => {
    expect(span(`<alipay><${NODE}> \n </${NODE}><sign>x</sign></alipay>`).kind).toBe('object');
  });

  it('nesting: 62 levels inside the node are fine, 63 are not', () => {
    const nested = (n: number) => `<alipay><${NODE}>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</${NODE}><sign>x</sign></alipay>`;
    expect(span(nested(62)).sign).toBe('x');
    expect(refused(nested(63))).toMatch(/nest deeper than 64 levels/);
  });

  it('parseXmlNode: mixed content, text-only elements with attributes, encrypted and empty nodes', () => {
    expect(parseXmlNode(NODE, `text<b>1</b></${NODE}>`)).toEqual({ '#text': 'text', b: '1' });
    expect(parseXmlNode(NODE, `<code kind="x">10000</code></${NODE}>`)).toEqual({ code: '10000' });
    expect(parseXmlNode(NODE, `q0aA+/==</${NODE}>`)).toBe('q0aA+/==');
    expect(parseXmlNode(NODE, `</${NODE}>`)).toEqual({});
    expect(parseXmlNode(NODE, `<a><b>1</b><b>2</b></a></${NODE}>`)).toEqual({ a: { b: ['1', '2'] } });
    expect(() => parseXmlNode(NODE, `<c>1</c></${NODE}><${NODE}><c>2</c></${NODE}>`)).toThrow(/it has two root elements/);
    expect(() => parseXmlNode(NODE, `<__proto__>1</__proto__></${NODE}>`)).toThrow(/^The XML gateway answer cannot be parsed/);
  });
});

describe('XML needs the xml option (the parser is in no bundle that does not import alipay-edge/xml)', () => {
  it('format xml without xml: ERR_CONFIG naming the import, in the constructor and per call; nothing sent', async () => {
    const config = await keyConfig();
    const refused = thrownBy(() => new AlipayClient({ ...config, format: 'xml' }));
    expect(refused).toMatchObject({ code: 'ERR_CONFIG' });
    expect((refused as Error).message).toMatch(/pass the xml export of 'alipay-edge\/xml' as the client's xml option/);
    const requests: Request[] = [];
    const client = new AlipayClient({ ...config, fetch: async (input, init) => (requests.push(new Request(input, init)), new Response('{}')) });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { format: 'xml' }))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(requests).toHaveLength(0);
    for (const bad of [{}, { extractXmlSpan: () => undefined }, null, 'xml']) {
      expect(thrownBy(() => new AlipayClient({ ...config, xml: bad as never }))).toMatchObject({ code: 'ERR_CONFIG', message: "xml must be the xml object of 'alipay-edge/xml'." });
    }
  });

  it('with xml, the client asks for XML (format=XML) and reads the answer', async () => {
    const { client, gateway } = await mockSetup({}, { format: 'xml', xml });
    const card = await client.execute(CARD_QUERY, cardBiz);
    expect(card.card_info.balance).toBe('124.89');
    expect(gateway.requests.at(-1)!.params.format).toBe('XML');
  });
});

describe('parseXmlNode: its arguments and what the parser keeps', () => {
  it('the node name is an XML name, whole: nothing before or after it', () => {
    for (const nodeName of ['1abc', 'abc>', 'a b', '<abc', '']) {
      expect(thrownBy(() => parseXmlNode(nodeName, '<code>1</code>'))).toMatchObject({
        code: 'ERR_RESPONSE_MALFORMED',
        message: `The XML gateway answer is not well-formed: ${JSON.stringify(nodeName)} is not an element name.`,
      });
    }
  });

  it('names the argument that is not a string', () => {
    expect(thrownBy(() => parseXmlNode(1 as never, ''))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: 'nodeName must be a string, got a number.' });
    expect(thrownBy(() => parseXmlNode('n', 1 as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: 'verified must be a string, got a number.' });
  });

  it('an element with attributes and no text is an empty string', () => {
    expect(parseXmlNode('n', '<code a="1"/><msg b="2"></msg></n>')).toEqual({ code: '', msg: '' });
  });

  it('an XML declaration and processing instructions are not data', () => {
    expect(parseXmlNode('n', '<?xml version="1.0" encoding="utf-8"?><code>1</code></n>')).toEqual({ code: '1' });
    expect(parseXmlNode('n', '<?pi x?><code>1</code><?pi y?></n>')).toEqual({ code: '1' });
  });
});
