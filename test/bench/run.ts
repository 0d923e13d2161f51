// `npm run bench`: side by side in one run, against a loopback HTTP server in another process:
//  (a) the floor: cached-key WebCrypto sign + verify and one plain fetch per call;
//  (b) AlipayClient.execute;
//  (c) the official alipay-sdk exec with signature checking.
// Calls/s and CPU µs per call (this process only) at 1 and 8 in flight; then the first call's
// cost, a 1 MB answer, and XML vs JSON parsing. Every loop is bounded.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { AlipaySdk } from 'alipay-sdk';
import { AlipayClient } from '../../src/index.ts';
import { buildRequestParams, buildSignContent, encodeRequest, extractJsonSpan, importPrivateKey, importPublicKey, signContent, verifyContent, verifySignedSpan } from '../../src/protocol.ts';
import { parseXmlNode } from '../../src/xml.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { children } from '../../mocks/gateway/xml.ts';

const CALLS = { 1: Number(process.env.BENCH_CALLS_1 ?? 2_000), 8: Number(process.env.BENCH_CALLS_8 ?? 4_000) } as const;
const WARMUP = 200;
const METHOD = 'alipay.marketing.card.query';
const BIZ = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;

const server = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const config = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve))) as { gateway: string; alipayPublicKey: string; node: string };
const app = await generateKeyPair();
const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');

// (a) The floor.
const floorSigner = await importPrivateKey(app.privateKey);
const floorVerifier = await importPublicKey(config.alipayPublicKey);
async function floor(): Promise<void> {
  const params = buildRequestParams({ appId: '2014072300007148', method: METHOD, signType: 'RSA2', bizContent: BIZ });
  params.sign = await signContent(buildSignContent(params), floorSigner);
  const request = encodeRequest(config.gateway, params);
  const text = await (await fetch(request.url, { method: 'POST', body: request.body, headers: request.headers })).text();
  // One verify of the node's text, found the cheapest way (the answer's shape is known here).
  const start = text.indexOf(':') + 1;
  const end = text.lastIndexOf(',"sign":');
  const sign = text.slice(end + 9, -2);
  if (!(await verifyContent(text.slice(start, end), sign, floorVerifier))) throw new Error('floor: bad signature');
  JSON.parse(text.slice(start, end));
}

// (b) Ours.
const client = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: config.alipayPublicKey, gateway: config.gateway, maxRetries: 0 });
const ours = async () => {
  await client.execute(METHOD, BIZ);
};

// (c) The official SDK, signature checking on.
const sdk = new AlipaySdk({ appId: '2014072300007148', privateKey: bare(app.privateKey), keyType: 'PKCS8', alipayPublicKey: bare(config.alipayPublicKey), gateway: config.gateway });
const official = async () => {
  await sdk.exec(METHOD, { bizContent: BIZ }, { validateSign: true });
};

interface Result {
  callsPerSecond: number;
  cpuMicros: number;
}

const ROUNDS = 5;
const clients = [
  ['(a) floor', floor],
  ['(b) alipay-edge execute', ours],
  ['(c) alipay-sdk exec', official],
] as const;

/** Calls `run` `total` times with `inFlight` concurrent callers; wall seconds and CPU µs used. */
async function batch(run: () => Promise<void>, inFlight: number, total: number): Promise<{ seconds: number; cpu: number }> {
  let started = 0;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started < total) {
        started++;
        await run();
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - wall) / 1000, cpu: used.user + used.system };
}

for (const [, run] of clients) for (let i = 0; i < WARMUP; i++) await run();
const rows: Record<string, Record<1 | 8, Result>> = {};
for (const inFlight of [1, 8] as const) {
  // Interleaved rounds, in one run: drift in the machine's state hits the three clients alike.
  const sums = clients.map(() => ({ seconds: 0, cpu: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, run]] of clients.entries()) {
      const result = await batch(run, inFlight, CALLS[inFlight] / ROUNDS);
      sums[i]!.seconds += result.seconds;
      sums[i]!.cpu += result.cpu;
    }
  }
  for (const [i, [name]] of clients.entries()) {
    (rows[name] ??= {} as Record<1 | 8, Result>)[inFlight] = { callsPerSecond: CALLS[inFlight] / sums[i]!.seconds, cpuMicros: sums[i]!.cpu / CALLS[inFlight] };
  }
}

const f = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`\nThroughput and CPU per call, loopback HTTP server in another process (${CALLS[1]} calls at 1 in flight, ${CALLS[8]} at 8, in ${ROUNDS} interleaved rounds)`);
console.log('| client | calls/s, 1 in flight | CPU µs/call, 1 | calls/s, 8 in flight | CPU µs/call, 8 |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(rows)) console.log(`| ${name} | ${f(r[1].callsPerSecond)} | ${f(r[1].cpuMicros)} | ${f(r[8].callsPerSecond)} | ${f(r[8].cpuMicros)} |`);
const a = rows['(a) floor']!;
const b = rows['(b) alipay-edge execute']!;
const c = rows['(c) alipay-sdk exec']!;
console.log(`\nb/a CPU per call: ${f(b[1].cpuMicros / a[1].cpuMicros, 2)}× at 1 in flight, ${f(b[8].cpuMicros / a[8].cpuMicros, 2)}× at 8 (goal ≤ 1.2×)`);
console.log(`b/c calls/s: ${f(b[1].callsPerSecond / c[1].callsPerSecond, 2)}× at 1 in flight (goal ≥ 1.5×), ${f(b[8].callsPerSecond / c[8].callsPerSecond, 2)}× at 8 (goal ≥ 2.5×)`);
console.log(`a/c calls/s (the floor vs the official SDK): ${f(a[1].callsPerSecond / c[1].callsPerSecond, 2)}× at 1, ${f(a[8].callsPerSecond / c[8].callsPerSecond, 2)}× at 8`);

// First call: the key imports happen once per client.
{
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: config.alipayPublicKey, gateway: config.gateway, maxRetries: 0 });
    let t = performance.now();
    await fresh.execute(METHOD, BIZ);
    const first = performance.now() - t;
    t = performance.now();
    for (let j = 0; j < 20; j++) await fresh.execute(METHOD, BIZ);
    times.push(first - (performance.now() - t) / 20);
  }
  times.sort((x, y) => x - y);
  console.log(`\nFirst call of a new client costs ${f(times[2]!, 2)} ms more than the next ones (key imports; median of 5)`);
}

// A 1 MB answer: extract + verify + parse, against JSON.parse of the body + one verify.
{
  const signer = await importPrivateKey(app.privateKey);
  const verifier = await importPublicKey(app.publicKey);
  const rowsData = Array.from({ length: 10_500 }, (_, i) => ({ out_trade_no: `T${i}`, amount: '124.89', memo: '会员卡消费 member card', at: '2024-05-01 12:00:00' }));
  const node = JSON.stringify({ code: '10000', msg: 'Success', records: rowsData });
  const body = `{"alipay_data_bill_query_response":${node},"sign":"${await signContent(node, signer)}"}`;
  const time = async (fn: () => Promise<unknown> | unknown, n = 30) => {
    await fn();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return (performance.now() - t) / n;
  };
  const full = await time(async () => {
    const span = extractJsonSpan(body, 'alipay.data.bill.query');
    const verified = await verifySignedSpan(span, verifier);
    return JSON.parse(verified!);
  });
  const baseline = await time(async () => {
    const parsed = JSON.parse(body) as { sign: string };
    return verifyContent(node, parsed.sign, verifier);
  });
  console.log(`${f(body.length / 1e6, 2)} MB answer: extract span + verify + parse ${f(full, 2)} ms; JSON.parse + one verify ${f(baseline, 2)} ms (${f(full / baseline, 2)}×)`);
}

// XML vs JSON parsing of the same node (the card query answer).
{
  const node = JSON.parse(config.node) as Record<string, unknown>;
  const xml = `${children(node)}</alipay_marketing_card_query_response>`;
  const n = 20_000;
  let t = performance.now();
  for (let i = 0; i < n; i++) JSON.parse(config.node);
  const json = ((performance.now() - t) * 1000) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) parseXmlNode('alipay_marketing_card_query_response', xml);
  const xmlCost = ((performance.now() - t) * 1000) / n;
  console.log(`Parsing the card query node: JSON ${f(json, 1)} µs, XML ${f(xmlCost, 1)} µs (${f(xmlCost / json, 1)}×)`);
}

server.kill('SIGTERM');
