#!/usr/bin/env node
// What the typed catalogue costs, printed by `npm run size` after the JSON-only budget check:
// (b) a Worker that calls card.query, trade.query and trade.refund by definition, against (a) the
//     card-query Worker, counting every output file, code-split and as one file (wrangler's default);
// (c) the same imports from the alipay-edge/apis barrel against each definition's own module
//     (from the sources: the package builds the barrel into one module);
// (d) allApis in Node: its import time and size;
// and the type-checking of a consumer that calls three operations against a card-only one.
// Figures, not assertions: it fails only when (b) passes its budget (2,000 B gzipped over (a)).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { workerBundle } from './bundle-options.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}.tmp/catalogue-cost/`;
mkdirSync(dir, { recursive: true });
const BUDGET = 2_000;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const worker = (imports, calls) => `import { AlipayApiError, AlipayClient, AlipayError } from 'alipay-edge';
${imports}
export default {
  async fetch(request, env) {
    const alipay = new AlipayClient({ appId: env.APP_ID, privateKey: env.PRIVATE_KEY, alipayPublicKey: env.PUBLIC_KEY });
    try {
${calls}
      return Response.json(results);
    } catch (err) {
      if (err instanceof AlipayApiError) return Response.json({ error: err.subCode }, { status: 404 });
      if (err instanceof AlipayError) return Response.json({ error: err.code }, { status: 502 });
      throw err;
    }
  },
};
`;
const card = `      const results = [await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' })];`;
const three = (query, refund, cardQuery) => `      const results = [
        await alipay.execute(${cardQuery}, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' }),
        await alipay.execute(${query}, { out_trade_no: '20150320010101001' }),
        await alipay.execute(${refund}, { out_trade_no: '20150320010101001', refund_amount: '88.88', out_request_no: 'R1' }),
      ];`;
const files = {
  a: worker('', card),
  b: worker("import { alipayMarketingCardQuery, alipayTradeQuery, alipayTradeRefund } from 'alipay-edge/apis';", three('alipayTradeQuery', 'alipayTradeRefund', 'alipayMarketingCardQuery')),
  own: worker(
    "import { alipayTradeQuery } from './src/apis/generated/operations/alipay-trade-query.ts';\nimport { alipayTradeRefund } from './src/apis/generated/operations/alipay-trade-refund.ts';\nimport { alipayMarketingCardQuery } from './src/apis/registry.ts';",
    three('alipayTradeQuery', 'alipayTradeRefund', 'alipayMarketingCardQuery'),
  ),
};
for (const [name, text] of Object.entries(files)) writeFileSync(`${dir}${name}.js`, text.replaceAll('./src/', `${root}src/`));

async function bundle(name, alias, splitting) {
  const result = await esbuild.build(
    workerBundle(root, `${dir}${name}.js`, {
      splitting,
      ...(splitting ? { outdir: `${dir}out-${name}` } : { outfile: `${dir}${name}.out.js` }),
      alias,
    }),
  );
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  return { files: js.length, gzip: js.reduce((total, file) => total + gz(file.contents), 0) };
}

const dist = { 'alipay-edge': './dist/index.js', 'alipay-edge/apis': './dist/apis.js' };
const source = { 'alipay-edge': './src/index.ts', 'alipay-edge/apis': './src/apis.ts' };
let over = false;
console.log('Typed catalogue, bundled from the built package (minified, gzip -9, every output file counted):');
for (const splitting of [true, false]) {
  const a = await bundle('a', dist, splitting);
  const b = await bundle('b', dist, splitting);
  const delta = b.gzip - a.gzip;
  over ||= delta > BUDGET;
  const mode = splitting ? 'code splitting' : 'one file      ';
  console.log(`  ${mode}: (a) card query ${a.gzip} B (${a.files} files); (b) + trade.query, trade.refund by definition ${b.gzip} B (${b.files} files): +${delta} B (budget +${BUDGET})`);
}
console.log('(c) the same definitions from the alipay-edge/apis barrel and from their own modules (sources):');
for (const splitting of [true, false]) {
  const barrel = await bundle('b', source, splitting);
  const own = await bundle('own', source, splitting);
  console.log(`  ${splitting ? 'code splitting' : 'one file      '}: barrel ${barrel.gzip} B (${barrel.files} files), own modules ${own.gzip} B (${own.files} files): ${barrel.gzip - own.gzip >= 0 ? '+' : ''}${barrel.gzip - own.gzip} B`);
}

// (d) allApis in Node, from the built package: a fresh process per measure, three of each.
const timing = `const t = performance.now(); const { allApis } = await import(${JSON.stringify(`${root}dist/apis-all.js`)}); const ms = performance.now() - t; console.log(JSON.stringify({ ms, count: allApis.length }));`;
const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', timing], { encoding: 'utf8' })));
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const distJs = readFileSync(`${root}dist/apis-all.js`, 'utf8');
const chunks = [...distJs.matchAll(/from "\.\/(chunk-[^"]+\.js)"/g)].map((m) => m[1]);
const allBytes = [`${root}dist/apis-all.js`, ...chunks.map((c) => `${root}dist/${c}`)].reduce((total, file) => total + statSync(file).size, 0);
console.log(`(d) allApis in Node: ${runs[0].count} definitions; import ${median(runs.map((r) => r.ms)).toFixed(1)} ms (median of ${runs.map((r) => r.ms.toFixed(1)).join(', ')}; goal 50 ms); ESM files ${allBytes} B, CJS dist/apis-all.cjs ${statSync(`${root}dist/apis-all.cjs`).size} B`);

// Type-checking a consumer of the built package's types: card only, then three operations.
const consumers = {
  card: `import { AlipayClient } from 'alipay-edge';\ndeclare const alipay: AlipayClient;\nexport const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });\nexport const balance: string | undefined = card.card_info.balance;\n`,
  three: `import { AlipayClient } from 'alipay-edge';\nimport { alipayTradeQuery, alipayTradeRefund } from 'alipay-edge/apis';\ndeclare const alipay: AlipayClient;\nexport const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });\nexport const trade = await alipay.execute(alipayTradeQuery, { out_trade_no: '1' });\nexport const refund = await alipay.execute(alipayTradeRefund, { out_trade_no: '1', refund_amount: '1.00' });\nexport const status: string | undefined = trade.trade_status;\n`,
};
function check(name) {
  const file = `${dir}${name}.ts`;
  writeFileSync(file, consumers[name]);
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: false,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    paths: { 'alipay-edge': [`${root}dist/index.d.ts`], 'alipay-edge/apis': [`${root}dist/apis.d.ts`] },
  };
  const start = performance.now();
  const program = ts.createProgram([file], options);
  const errors = ts.getPreEmitDiagnostics(program).length;
  const ms = performance.now() - start;
  const checker = program.getTypeChecker();
  return { ms, errors, instantiations: checker.getInstantiationCount?.() ?? 0 };
}
const measures = { card: [], three: [] };
for (let round = 0; round < 3; round++) for (const name of ['card', 'three']) measures[name].push(check(name));
const cardMs = median(measures.card.map((m) => m.ms));
const threeMs = median(measures.three.map((m) => m.ms));
console.log(
  `Type-checking a consumer (dist types, skipLibCheck off, median of 3 in one process): card only ${cardMs.toFixed(0)} ms, ${measures.card[0].instantiations} instantiations; three operations ${threeMs.toFixed(0)} ms, ${measures.three[0].instantiations} instantiations: ${(threeMs / cardMs).toFixed(2)}× (goal ≤ 1.5×)${measures.card[0].errors + measures.three[0].errors > 0 ? `; ERRORS: ${measures.card[0].errors} / ${measures.three[0].errors}` : ''}`,
);
if (over) process.exit(1);
