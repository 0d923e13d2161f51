#!/usr/bin/env node
// `npm run size`: bundles a JSON-only consumer of the built package (AlipayClient and one
// execute) with esbuild, minified, and prints its gzip size. Fails above the budget, or if the
// XML parser got into the bundle. Run after `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const BUDGET = 15_000; // bytes, gzipped
const GOAL = 12_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}.tmp/size/`;
mkdirSync(dir, { recursive: true });
writeFileSync(
  `${dir}consumer.js`,
  `import { AlipayClient } from 'alipay-edge';
export default {
  async fetch(request, env) {
    const alipay = new AlipayClient({ appId: env.APP_ID, privateKey: env.PRIVATE_KEY, alipayPublicKey: env.PUBLIC_KEY });
    const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
    return Response.json(card);
  },
};
`,
);

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [`${dir}consumer.js`],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  // The package as users get it: the built ESM entry and its dependencies.
  alias: { 'alipay-edge': './dist/index.js' },
  logLevel: 'warning',
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const inputs = Object.keys(result.metafile.inputs);
const xml = inputs.filter((input) => input.includes('fast-xml-parser') || input.includes('strnum'));
const byPackage = {};
for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
  const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'alipay-edge';
  byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
}
console.log(`JSON-only consumer bundle: ${code.length} bytes minified, ${gzip} bytes gzipped (budget ${BUDGET}, goal ${GOAL})`);
for (const [name, bytes] of Object.entries(byPackage)) console.log(`  ${name}: ${bytes} bytes minified`);
console.log(`  fast-xml-parser in the bundle: ${xml.length > 0 ? `YES (${xml.join(', ')})` : 'no'}`);
if (gzip > BUDGET || xml.length > 0) process.exit(1);
