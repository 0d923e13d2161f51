// The benchmark's gateway: a loopback HTTP server in its own process, so that its cost stays out of
// the client's measurements and is the same for every client. One pre-signed card query answer,
// v2 (signed in the body) and v3 (signed in headers), in three shapes chosen by the path's first
// segment: /length/… (content-length), /chunked/… (transfer-encoding: chunked, two chunks),
// /gzip/… (content-encoding: gzip, with its content-length). Prints its configuration as JSON.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { importPrivateKey, signContent } from '../../src/protocol.ts';
import { SAMPLE_CARD, generateKeyPair } from '../../mocks/index.ts';

const alipay = await generateKeyPair();
const key = await importPrivateKey(alipay.privateKey);
const { user_id: _user, schema_url, pass_id, ...card_info } = SAMPLE_CARD;
const node = JSON.stringify({ code: '10000', msg: 'Success', card_info, schema_url, pass_id });
const v2 = Buffer.from(`{"alipay_marketing_card_query_response":${node},"sign":"${await signContent(node, key)}"}`);
// v3: the node's fields without code and msg, signed with timestamp and nonce. The timestamp is the
// server's start: the bench ends well inside the client's five-minute clock-skew window.
const v3Body = JSON.stringify({ card_info, schema_url, pass_id });
const v3 = Buffer.from(v3Body);
const timestamp = String(Date.now());
const nonce = 'bench-nonce-0001';
const v3Headers = { 'alipay-timestamp': timestamp, 'alipay-nonce': nonce, 'alipay-signature': await signContent(`${timestamp}\n${nonce}\n${v3Body}\n`, key), 'alipay-trace-id': '0b1e' };
const gzipped = { v2: gzipSync(v2), v3: gzipSync(v3) };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const [, shape, rest] = /^\/(length|chunked|gzip)(\/.*)$/.exec(req.url ?? '') ?? [];
    const isV3 = rest?.startsWith('/v3/') ?? false;
    const body = isV3 ? v3 : v2;
    const headers: Record<string, string | number> = { 'content-type': isV3 ? 'application/json;charset=utf-8' : 'text/html;charset=utf-8', ...(isV3 ? v3Headers : { trace_id: '0b1e' }) };
    if (shape === 'length') {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(body);
    } else if (shape === 'chunked') {
      res.writeHead(200, headers);
      res.write(body.subarray(0, body.length >> 1));
      res.end(body.subarray(body.length >> 1));
    } else if (shape === 'gzip') {
      const compressed = isV3 ? gzipped.v3 : gzipped.v2;
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': compressed.length });
      res.end(compressed);
    } else {
      res.writeHead(404).end();
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ origin: `http://127.0.0.1:${port}`, alipayPublicKey: alipay.publicKey, node, bodyBytes: { v2: v2.length, v3: v3.length, gzipV2: gzipped.v2.length } }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
