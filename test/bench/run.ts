// `npm run bench`: side by side in one run, against a loopback HTTP server in another process
// (test/bench/server.ts):
//  - the floor (test/bench/floor.ts): no library code, the bare minimum of a verified call;
//  - AlipayClient.execute, v2 and v3 (protocol: 'v3');
//  - the official alipay-sdk exec with signature checking (v2).
// For each answer shape (content-length, chunked, gzip) at 1 and 8 in flight: calls/s and CPU µs
// per call of this process, in interleaved rounds, and the ratios to the floor. Then a new client's
// first call, a 1 MB answer, and XML against JSON parsing. Every loop is bounded. Writes the tables
// to docs/benchmarks.md (the workerd half, test/bench/workerd.mjs, adds its own).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { AlipaySdk } from 'alipay-sdk';
import { AlipayClient } from '../../src/index.ts';
import { extractJsonSpan, importPrivateKey, importPublicKey, signContent, verifyContent, verifySignedSpan } from '../../src/protocol.ts';
import { parseXmlNode } from '../../src/xml.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { children } from '../../mocks/gateway/xml.ts';
import { floorKeys, floorV2, floorV3 } from './floor.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CALLS = { 1: Math.round(1_500 * SCALE), 8: Math.round(4_000 * SCALE) } as const;
const ROUNDS = 5;
const WARMUP = 150;
const METHOD = 'alipay.marketing.card.query';
const BIZ = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;
const SHAPES = ['length', 'chunked', 'gzip'] as const;
type Shape = (typeof SHAPES)[number];

const server = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const config = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve))) as {
  origin: string;
  alipayPublicKey: string;
  node: string;
  bodyBytes: Record<string, number>;
};
const app = await generateKeyPair();
const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');
const keys = await floorKeys(app.privateKey, config.alipayPublicKey);
const base = { appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: config.alipayPublicKey, maxRetries: 0 };

type Run = () => Promise<unknown>;
interface Contender {
  name: string;
  run: Run;
}

/** The contenders of one protocol and answer shape, the floor first. */
function contenders(protocol: 'v2' | 'v3', shape: Shape): Contender[] {
  const origin = `${config.origin}/${shape}`;
  if (protocol === 'v2') {
    const gateway = `${origin}/gateway.do`;
    const client = new AlipayClient({ ...base, gateway });
    const sdk = new AlipaySdk({ appId: base.appId, privateKey: bare(app.privateKey), keyType: 'PKCS8', alipayPublicKey: bare(config.alipayPublicKey), gateway });
    return [
      { name: 'floor', run: () => floorV2(fetch, gateway, keys) },
      { name: 'execute', run: () => client.execute(METHOD, BIZ) },
      // The floor again, as a control: its ratio to the floor is this run's noise.
      { name: 'floor again', run: () => floorV2(fetch, gateway, keys) },
      { name: 'alipay-sdk exec', run: () => sdk.exec(METHOD, { bizContent: BIZ }, { validateSign: true }) },
    ];
  }
  const client = new AlipayClient({ ...base, protocol: 'v3', endpoint: origin });
  return [
    { name: 'floor', run: () => floorV3(fetch, origin, keys) },
    { name: 'execute', run: () => client.execute(METHOD, BIZ) },
    { name: 'floor again', run: () => floorV3(fetch, origin, keys) },
  ];
}

/** Calls `run` `total` times with `inFlight` concurrent callers; wall seconds and CPU µs used. */
async function batch(run: Run, inFlight: number, total: number): Promise<{ seconds: number; cpu: number }> {
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

interface Cell {
  callsPerSecond: number;
  cpuMicros: number;
}
interface Row {
  protocol: 'v2' | 'v3';
  shape: Shape;
  inFlight: 1 | 8;
  results: Record<string, Cell>;
}

const rows: Row[] = [];
for (const protocol of ['v2', 'v3'] as const) {
  for (const shape of SHAPES) {
    const list = contenders(protocol, shape);
    for (const { run } of list) for (let i = 0; i < WARMUP; i++) await run();
    for (const inFlight of [1, 8] as const) {
      // Interleaved rounds: drift in the machine's state hits every contender alike.
      const sums = list.map(() => ({ seconds: 0, cpu: 0 }));
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, { run }] of list.entries()) {
          const result = await batch(run, inFlight, CALLS[inFlight] / ROUNDS);
          sums[i]!.seconds += result.seconds;
          sums[i]!.cpu += result.cpu;
        }
      }
      const results: Record<string, Cell> = {};
      for (const [i, { name }] of list.entries()) results[name] = { callsPerSecond: CALLS[inFlight] / sums[i]!.seconds, cpuMicros: sums[i]!.cpu / CALLS[inFlight] };
      rows.push({ protocol, shape, inFlight, results });
      process.stderr.write(`  measured ${protocol} ${shape} @${inFlight}\n`);
    }
  }
}

const f = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};
say(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; ${new Date().toISOString().slice(0, 10)}.`);
say(`Loopback HTTP server in another process; ${CALLS[1]} calls per contender at 1 in flight, ${CALLS[8]} at 8, in ${ROUNDS} interleaved rounds; CPU is this process's (user + system) per call.`);
say(`Answer: ${config.bodyBytes.v2} bytes (v2), ${config.bodyBytes.v3} bytes (v3); gzip: ${config.bodyBytes.gzipV2} bytes on the wire (v2).`);
say();
say('| protocol | answer | in flight | floor calls/s | floor CPU µs | execute calls/s | execute CPU µs | **CPU ratio** | throughput ratio | control: floor again ÷ floor (CPU) | alipay-sdk calls/s | alipay-sdk CPU µs |');
say('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let worst = 0;
let noise = 0;
for (const { protocol, shape, inFlight, results } of rows) {
  const floor = results.floor!;
  const ours = results.execute!;
  const sdk = results['alipay-sdk exec'];
  const ratio = ours.cpuMicros / floor.cpuMicros;
  const control = results['floor again']!.cpuMicros / floor.cpuMicros;
  worst = Math.max(worst, ratio);
  noise = Math.max(noise, Math.abs(control - 1));
  say(
    `| ${protocol} | ${shape} | ${inFlight} | ${f(floor.callsPerSecond)} | ${f(floor.cpuMicros)} | ${f(ours.callsPerSecond)} | ${f(ours.cpuMicros)} | **${f(ratio, 2)}×** | ${f(ours.callsPerSecond / floor.callsPerSecond, 2)} | ${f(control, 2)}× | ${sdk ? f(sdk.callsPerSecond) : '–'} | ${sdk ? f(sdk.cpuMicros) : '–'} |`,
  );
}
say();
say(`CPU ratio = execute's CPU per call ÷ the floor's (goal ≤ 1.10×); worst cell ${f(worst, 2)}×. Throughput ratio = execute's calls/s ÷ the floor's. The control column measures the floor a second time in the same rounds: its distance from 1.00× (up to ${f(noise * 100, 0)}% in this run) is how far two identical contenders drift apart here, so a CPU ratio within that distance of 1.10× is not a measured difference.`);

// A new client's first call: the key imports happen once per client.
{
  const gateway = `${config.origin}/length/gateway.do`;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const fresh = new AlipayClient({ ...base, gateway });
    let t = performance.now();
    await fresh.execute(METHOD, BIZ);
    const first = performance.now() - t;
    t = performance.now();
    for (let j = 0; j < 20; j++) await fresh.execute(METHOD, BIZ);
    times.push(first - (performance.now() - t) / 20);
  }
  times.sort((x, y) => x - y);
  say();
  say(`A new client's first call costs ${f(times[3]!, 2)} ms more than its next calls (key imports; median of 7; goal ≤ 3 ms).`);
}

// A 1 MB answer: extract + verify + parse, against JSON.parse of the body + one verify.
{
  const signer = await importPrivateKey(app.privateKey);
  const verifier = await importPublicKey(app.publicKey);
  const records = Array.from({ length: 10_500 }, (_, i) => ({ out_trade_no: `T${i}`, amount: '124.89', memo: '会员卡消费 member card', at: '2024-05-01 12:00:00' }));
  const node = JSON.stringify({ code: '10000', msg: 'Success', records });
  const body = `{"alipay_data_bill_query_response":${node},"sign":"${await signContent(node, signer)}"}`;
  const time = async (fn: () => Promise<unknown> | unknown, n = 30) => {
    await fn();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return (performance.now() - t) / n;
  };
  const full = await time(async () => JSON.parse((await verifySignedSpan(extractJsonSpan(body, 'alipay.data.bill.query'), verifier))!));
  const baseline = await time(async () => verifyContent(node, (JSON.parse(body) as { sign: string }).sign, verifier));
  say(`${f(body.length / 1e6, 2)} MB answer: extract span + verify + parse ${f(full, 2)} ms; JSON.parse + one verify ${f(baseline, 2)} ms (${f(full / baseline, 2)}×).`);
}

// XML against JSON parsing of the same node (the card query answer).
{
  const xml = `${children(JSON.parse(config.node) as Record<string, unknown>)}</alipay_marketing_card_query_response>`;
  const n = 20_000;
  let t = performance.now();
  for (let i = 0; i < n; i++) JSON.parse(config.node);
  const json = ((performance.now() - t) * 1000) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) parseXmlNode('alipay_marketing_card_query_response', xml);
  const xmlCost = ((performance.now() - t) * 1000) / n;
  say(`Parsing the card query node: JSON ${f(json, 1)} µs, XML ${f(xmlCost, 1)} µs (${f(xmlCost / json, 1)}×).`);
}

server.kill('SIGTERM');

const results = new URL('../../docs/benchmarks.md', import.meta.url);
writeFileSync(
  results,
  `# Benchmarks

Written by \`npm run bench\` (test/bench/run.ts, then test/bench/workerd.mjs); figures from one run on
one machine. They move by several percent between runs on a busy machine: compare the ratios within
a run, not absolute figures across runs. The floor (test/bench/floor.ts) uses no library code:
WebCrypto sign and verify with keys imported once, the platform's base64, one \`fetch\`, one
\`JSON.parse\`, and it knows where the signed text sits in the answer.

## Node

${lines.join('\n')}

## workerd

<!-- workerd -->
(run \`node test/bench/workerd.mjs\`)
<!-- /workerd -->
`,
);
console.log(`\nwritten to docs/benchmarks.md`);
