// encodeRequest: where each parameter travels (the common ones in the query, the rest in the body)
// and how the gateway URL's own query and fragment are kept, for one gateway or several in turn.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { buildRequestParams, encodeRequest } from '../../src/protocol.ts';
import { thrownBy } from '../support.ts';

const params = { ...buildRequestParams({ appId: '2014072300007148', method: 'alipay.marketing.card.query', signType: 'RSA2', bizContent: { a: '中 &=' }, now: new Date(Date.UTC(2024, 0, 1)) }), sign: 'c2lnbg==' };
const query = 'app_id=2014072300007148&method=alipay.marketing.card.query&format=JSON&charset=utf-8&sign_type=RSA2&timestamp=2024-01-01+08%3A00%3A00&version=1.0&sign=c2lnbg%3D%3D';

describe('encodeRequest', () => {
  it('puts the common parameters and sign in the query, biz_content in the form body', () => {
    const request = encodeRequest('https://openapi.alipay.com/gateway.do', params);
    expect(request.url).toBe(`https://openapi.alipay.com/gateway.do?${query}`);
    expect(request.body).toBe('biz_content=%7B%22a%22%3A%22%E4%B8%AD+%26%3D%22%7D');
    expect(request.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' });
  });

  it.each([
    ['a query of its own is kept, a parameter it repeats is replaced', 'https://gw.example/gateway.do?tenant=7&app_id=1', `https://gw.example/gateway.do?tenant=7&${query}`],
    ['a bare "?" adds nothing', 'https://gw.example/gateway.do?', `https://gw.example/gateway.do?${query}`],
    ['a fragment stays last', 'http://127.0.0.1:8080/p/gateway.do?x=1#frag', `http://127.0.0.1:8080/p/gateway.do?x=1&${query}#frag`],
    ['a path is normalised as URL does', 'https://GW.example/a/../gateway.do', `https://gw.example/gateway.do?${query}`],
  ])('%s', (_name, gateway, expected) => {
    expect(encodeRequest(gateway, params).url).toBe(expected);
    // The same again after another gateway: nothing of the first is carried over.
    expect(encodeRequest('https://other.example/gateway.do', params).url).toBe(`https://other.example/gateway.do?${query}`);
    expect(encodeRequest(gateway, params).url).toBe(expected);
  });

  it('a multipart request sends the common parameters in the query and the rest as form data with the file', async () => {
    const file = { field: 'image_content', name: 'logo.png', content: new Blob([new Uint8Array([1, 2, 3])]) };
    const request = encodeRequest('https://gw.example/gateway.do?tenant=7#x', { ...params, image_type: 'png' }, 'utf-8', { file });
    expect(request.url).toBe(`https://gw.example/gateway.do?${query}#x`);
    const form = request.body as FormData;
    expect([...form.keys()]).toEqual(['biz_content', 'image_type', 'image_content']);
    expect(request.headers).toEqual({});
  });

  it('a gateway that is not a URL is ERR_CONFIG, every time', () => {
    for (let i = 0; i < 2; i++) {
      const err = thrownBy(() => encodeRequest('not a url', params));
      expect(err).toBeInstanceOf(AlipayError);
      expect(err).toMatchObject({ code: 'ERR_CONFIG', message: 'gateway is not a URL: "not a url".' });
    }
  });
});
