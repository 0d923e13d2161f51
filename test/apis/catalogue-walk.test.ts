/// <reference types="vite/client" />
// Every operation of Alipay's v3 description, called by its generated definition over v3 and over
// v2, with a request built from the description itself (not from the generated code): what is
// sent must be what the description says. v3: the verb, the path with each path parameter as one
// encoded segment, exactly the query parameters, the JSON body's fields, the multipart `data`
// part and file parts. v2: the method, `biz_content` with every field but the gateway's
// top-level ones, those as parameters; an upload's fields as parameters and its files as parts.
// Each answer is a signed empty success, verified and validated by the operation's schema.
import { describe, expect, it } from 'vitest';
import { type ApiDefinition, untyped } from '../../src/index.ts';
import { alipaySign, clientAnswering, describedOperations, signedV3Answer, v3Description } from '../support.ts';

const location = v3Description();
if (!location) console.log("Alipay's v3 description not found (set ALIPAY_V3_DESCRIPTION or place ../shared/alipay-v3/openapi.json): the catalogue walk was skipped");
const operations = describedOperations();

// The generated definitions, the hand-written operations' twins included: each module's definition.
const modules = import.meta.glob('../../src/apis/generated/operations/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const definitions = new Map<string, ApiDefinition>();
for (const module of Object.values(modules)) for (const value of Object.values(module)) if (typeof value === 'object' && value !== null && 'v3' in value) definitions.set((value as ApiDefinition).method, value as ApiDefinition);

const V2_TOP_LEVEL = ['notify_url', 'return_url', 'auth_token', 'app_auth_token'];

describe.skipIf(!location)("the catalogue covers Alipay's v3 description", () => {
  it('has one generated definition per operation', () => {
    expect(operations.length).toBe(747);
    expect([...definitions.keys()].sort()).toEqual(operations.map((op) => op.method));
  });

  describe('over v3: verb, path, query, body and multipart parts as described', async () => {
    const sent: Request[] = [];
    const answer = await signedV3Answer('{}');
    const { client } = await clientAnswering((request) => {
      sent.push(request);
      return answer();
    }, { protocol: 'v3' });

    it.each(operations.map((op) => [op.method, op] as const))('%s', async (_method, op) => {
      sent.length = 0;
      expect(await client.execute(definitions.get(op.method)!, op.request as never)).toEqual({});
      const request = sent[0]!;
      const url = new URL(request.url);
      expect(request.method).toBe(op.verb);
      expect(url.pathname).toBe(op.path);
      expect(Object.fromEntries(url.searchParams)).toEqual(op.query);
      expect([...url.searchParams.keys()].length).toBe(Object.keys(op.query).length);
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (op.multipart) {
        // Parsed as a server would (the platform's multipart parser).
        const parts = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
        expect([...parts.keys()].filter((name) => name !== 'data').sort()).toEqual(op.files);
        for (const name of op.files) expect((parts.get(name) as File).size, name).toBe(3);
        if (op.data) expect(JSON.parse(parts.get('data') as string)).toEqual(op.body);
        else expect(parts.has('data')).toBe(false);
      } else if (op.body !== undefined) {
        expect(request.headers.get('content-type')).toBe('application/json');
        expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(op.body);
      } else expect(bytes.length).toBe(0);
    });
  });

  describe('over v2: biz_content, the top-level parameters, an upload’s fields and files', async () => {
    const sent: Request[] = [];
    const node = '{"code":"10000","msg":"Success"}';
    const sign = await alipaySign(node);
    const { client } = await clientAnswering((request) => {
      sent.push(request);
      const method = new URL(request.url).searchParams.get('method')!;
      return new Response(`{"${method.replaceAll('.', '_')}_response":${node},"sign":"${sign}"}`);
    });

    it.each(operations.map((op) => [op.method, op] as const))('%s', async (_method, op) => {
      sent.length = 0;
      expect(await client.execute(definitions.get(op.method)!, op.request as never)).toEqual({ code: '10000', msg: 'Success' });
      const request = sent[0]!;
      const url = new URL(request.url);
      expect(request.method).toBe('POST');
      expect(url.searchParams.get('method')).toBe(op.method);
      const topLevel = Object.fromEntries(V2_TOP_LEVEL.filter((name) => op.request[name] !== undefined).map((name) => [name, String(op.request[name])]));
      for (const [name, value] of Object.entries(topLevel)) expect(url.searchParams.get(name), name).toBe(value);
      if (op.multipart) {
        const form = await request.formData();
        expect(form.has('biz_content')).toBe(false);
        for (const [name, value] of Object.entries(op.request)) {
          if (V2_TOP_LEVEL.includes(name)) continue;
          if (op.files.includes(name)) expect((form.get(name) as File).size, name).toBe(3);
          else expect(form.get(name), name).toBe(typeof value === 'string' ? value : JSON.stringify(value));
        }
      } else {
        const form = new URLSearchParams(await request.text());
        const biz = Object.fromEntries(Object.entries(op.request).filter(([name]) => !V2_TOP_LEVEL.includes(name)));
        if (Object.keys(biz).length === 0) expect(form.has('biz_content')).toBe(false);
        else expect(JSON.parse(form.get('biz_content')!)).toEqual(biz);
      }
    });
  });

  it('a method outside the catalogue over v3 takes untyped() with its route; by name alone it is refused, naming the import', async () => {
    const answer = await signedV3Answer('{}');
    const sent: Request[] = [];
    const { client } = await clientAnswering((request) => (sent.push(request), answer()), { protocol: 'v3' });
    await expect(client.execute('alipay.trade.query', { out_trade_no: '1' })).rejects.toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringContaining('import alipayTradeQuery from alipay-edge/apis') });
    expect(sent).toHaveLength(0);
    await client.execute(untyped('alipay.some.new.query', { verb: 'GET' }), { id: '1' });
    expect(`${sent[0]!.method} ${new URL(sent[0]!.url).pathname}${new URL(sent[0]!.url).search}`).toBe('GET /v3/alipay/some/new/query?id=1');
  });
});
