// `npm run bench` (last part): a generated definition's call against a hand-written one's, CPU per
// call, side by side in one process. Both call alipay.marketing.card.query with the same request
// and get the same signed answer bytes (an in-process fetch: no network noise); the one difference
// is the definition: the hand-written one (its own valibot schemas) or its generated twin (schemas
// built from the description's shapes). "control" is the hand-written one measured a second time
// in the same rounds: its ratio is this run's noise. Prints figures; asserts nothing.
import { AlipayClient } from '../../src/index.ts';
import { alipayMarketingCardQuery } from '../../src/apis.ts';
import { alipayMarketingCardQuery as generated } from '../../src/apis/generated/operations/alipay-marketing-card-query.ts';
import { importPrivateKey, signContent } from '../../src/protocol.ts';
import { generateKeyPair } from '../../mocks/index.ts';

const CALLS = Math.round(3_000 * Number(process.env.BENCH_SCALE ?? 1));
const ROUNDS = 7;
const NODE_TEXT = JSON.stringify({
  code: '10000',
  msg: 'Success',
  schema_url: 'https://memberprod.alipay.com/account/openform/activecard.htm?app_id=2014072300007148',
  card_info: { biz_card_no: '000001', external_card_no: 'EXT0001', open_date: '2014-02-20 21:20:46', valid_date: '2020-02-20 21:20:46', level: 'VIP1', point: '88', balance: '124.89', template_id: '2016101100000001', mdcode_info: { code_status: 'SUCCESS', code_value: '1KFCDY0002', expire_time: '2017-06-09 16:25:53', time_stamp: 1496708153 }, front_text_list: [{ label: '专业', value: '金融贸易' }], front_image_id: '9fxnkgt0QFmqKAl5V2BqxQAAACMAAQED' },
});
const BIZ = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;

const app = await generateKeyPair();
const alipay = await generateKeyPair();
const body = new TextEncoder().encode(`{"alipay_marketing_card_query_response":${NODE_TEXT},"sign":"${await signContent(NODE_TEXT, await importPrivateKey(alipay.privateKey))}"}`);
const client = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, maxRetries: 0, fetch: async () => new Response(body, { headers: { 'content-type': 'application/json;charset=utf-8' } }) });

const contenders = {
  'hand-written': () => client.execute(alipayMarketingCardQuery, BIZ),
  generated: () => client.execute(generated, BIZ),
  control: () => client.execute(alipayMarketingCardQuery, BIZ),
};

async function cpuPerCall(run: () => Promise<unknown>, calls: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

// Warm both paths (key imports, schema building, JIT) before measuring.
for (const run of Object.values(contenders)) await cpuPerCall(run, 300);
const samples: Record<string, number[]> = { 'hand-written': [], generated: [], control: [] };
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, and in a rotating order, so that drift hits every contender alike.
  const names = Object.keys(contenders) as Array<keyof typeof contenders>;
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length]!;
    samples[name]!.push(await cpuPerCall(contenders[name], CALLS));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const hand = median(samples['hand-written']!);
console.log(`Catalogue: CPU µs per call, median of ${ROUNDS} rounds × ${CALLS} calls (in-process fetch, the same answer bytes)`);
for (const [name, values] of Object.entries(samples)) console.log(`  ${name.padEnd(13)} ${median(values).toFixed(1)} µs  (${(median(values) / hand).toFixed(3)}× the hand-written one; rounds ${values.map((v) => v.toFixed(0)).join(', ')})`);
console.log(`  generated ÷ hand-written: ${(median(samples.generated!) / hand).toFixed(3)}× (goal ≤ 1.05×); control ÷ hand-written: ${(median(samples.control!) / hand).toFixed(3)}× (this run's noise)`);
