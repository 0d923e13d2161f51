// A failed exchange says where it was: connecting, connected and waiting for the answer's
// headers, or reading the body after them. Real loopback servers that misbehave in each phase, the
// global fetch, the client's own timeout; only the phase text is asserted (no timing).
import { type Server as HttpServer, createServer as createHttpServer } from 'node:http';
import { type Server, type Socket, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { AlipayClient } from '../../src/index.ts';
import { CARD_QUERY, cardBiz, keyConfig, rejectionOf } from '../support.ts';

const sockets = new Set<Socket>();
const servers: Array<Server | HttpServer> = [];
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen<T extends Server | HttpServer>(server: T): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway.do`;
}

async function failure(gateway: string, timeout = 300) {
  const client = new AlipayClient({ ...(await keyConfig()), gateway, timeout, maxRetries: 0 });
  return (await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))) as { code: string; message: string };
}

describe('the phase a failed exchange was in', () => {
  it('accepted the connection, never answered: a timeout before the headers, not "while connecting"', async () => {
    const gateway = await listen(createServer(() => {})); // holds every connection open, silent
    const err = await failure(gateway);
    expect(err.code).toBe('ERR_TIMEOUT');
    expect(err.message).toMatch(/\(before the answer's headers arrived: connecting, or connected and waiting for the answer\)\.$/);
    expect(err.message).not.toMatch(/\(while connecting\)/);
  });

  it('sent its headers, then stalled the body: a timeout while reading the body, after HTTP 200', async () => {
    const gateway = await listen(
      createHttpServer((req, res) => {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"alipay_marketing_card_query_response":');
      }),
    );
    const err = await failure(gateway);
    expect(err.code).toBe('ERR_TIMEOUT');
    expect(err.message).toMatch(/\(while reading the answer's body, after its headers \(HTTP 200\)\)\.$/);
  });

  it('closed the connection before answering: a network error while waiting for the headers, connected', async () => {
    const gateway = await listen(createServer((socket) => socket.once('data', () => socket.destroy())));
    const err = await failure(gateway, 10_000);
    expect(err.code).toBe('ERR_NETWORK');
    expect(err.message).toMatch(/^The request to 127\.0\.0\.1:\d+ failed \(while waiting for the answer's headers, connected\): /);
  });

  it('closed the connection in the middle of the body: a network error while reading it', async () => {
    const gateway = await listen(
      createHttpServer((req, res) => {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"alipay_marketing_card_query_response":', () => res.destroy());
      }),
    );
    const err = await failure(gateway, 10_000);
    expect(err.code).toBe('ERR_NETWORK');
    expect(err.message).toMatch(/ failed \(while reading the answer's body, after its headers \(HTTP 200\)\): /);
  });

  it('nothing listens: a network error while connecting', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const err = await failure(`http://127.0.0.1:${port}/gateway.do`, 10_000);
    expect(err.code).toBe('ERR_NETWORK');
    expect(err.message).toMatch(/ failed \(while connecting\): connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });
});
