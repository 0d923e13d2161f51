// The benchmark's gateway: a loopback HTTP server in its own process that answers every POST
// /gateway.do with one pre-signed alipay.marketing.card.query answer, so that its cost stays out
// of the client's measurements and is the same for every client. Prints its config as JSON.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importPrivateKey, signContent } from '../../src/protocol.ts';
import { SAMPLE_CARD, generateKeyPair } from '../../mocks/index.ts';

const alipay = await generateKeyPair();
const { user_id: _user, schema_url, pass_id, ...card_info } = SAMPLE_CARD;
const node = JSON.stringify({ code: '10000', msg: 'Success', card_info, schema_url, pass_id });
const body = `{"alipay_marketing_card_query_response":${node},"sign":"${await signContent(node, await importPrivateKey(alipay.privateKey))}"}`;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': Buffer.byteLength(body), trace_id: '0b1e' });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ gateway: `http://127.0.0.1:${port}/gateway.do`, alipayPublicKey: alipay.publicKey, node }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
