// The README's quick starts, each in its own fresh project, copied verbatim from
// test/runtime/examples/ (which the README quotes: test/runtime/readme-examples.test.ts) and run
// with the README's own command: Node ESM and CommonJS and TypeScript on every Node CI has, Bun, Deno.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { check, examples, expectOutput, packageType, pinned, project, root, run, work } from './kit.ts';

const require = createRequire(import.meta.url);

/** A Node the quick starts run on: its label and binary. */
export interface NodeRuntime {
  label: string;
  node: string;
}

/** The projects, as fresh-projects.ts makes them (side by side). */
export const quickStartProjects = (tarball: string, bun: string) => ({
  node: project('node', tarball),
  // TypeScript: `npm install -D tsx`, as the README says.
  typescript: project('typescript', tarball, { dev: [pinned('tsx')] }),
  // Bun: `bun add alipay-edge`.
  bun: project('bun', tarball, { installer: [bun, 'add'] }),
  // Deno over the npm package: no deno.json (the README asks for none); node_modules is found.
  deno: project('deno', tarball),
});

export async function quickStarts(projects: ReturnType<typeof quickStartProjects>, envFile: string, nodes: NodeRuntime[], bun: string) {
  const node = await projects.node;
  copyFileSync(`${examples}node.mjs`, `${node}index.mjs`);
  copyFileSync(`${examples}node.cjs`, `${node}index.cjs`);
  copyFileSync(envFile, `${node}.env`);
  for (const { label, node: binary } of nodes) {
    await check(`${label}, ESM (node --env-file=.env index.mjs; npm init -y wrote type ${packageType(node)})`, () =>
      expectOutput('node index.mjs', run('node', ['--env-file=.env', 'index.mjs'], node, { node: binary }), '124.89'),
    );
    await check(`${label}, CommonJS (node --env-file=.env index.cjs)`, () => expectOutput('node index.cjs', run('node', ['--env-file=.env', 'index.cjs'], node, { node: binary }), '124.89'));
  }

  await check('Node, alipay-edge/mocks without msw: the gateway works, gateway.handlers says to install msw', () => {
    writeFileSync(
      `${node}mocks.mjs`,
      `import { AlipayClient } from 'alipay-edge';
import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';
const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch });
const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
try { gateway.handlers; console.log('handlers without msw?'); } catch (err) { console.log(card.card_info.balance, err.code, /npm install -D msw/.test(err.message)); }
`,
    );
    return expectOutput('node mocks.mjs', run('node', ['mocks.mjs'], node), '124.89 ERR_CONFIG true');
  });

  // TypeScript, the file named as the README says (index.mts).
  const ts = await projects.typescript;
  copyFileSync(`${examples}node.mts`, `${ts}index.mts`);
  copyFileSync(envFile, `${ts}.env`);
  for (const { label, node: binary } of nodes) {
    await check(`${label}, TypeScript (npx tsx --env-file=.env index.mts; type ${packageType(ts)})`, () =>
      expectOutput('npx tsx index.mts', run('npx', ['tsx', '--env-file=.env', 'index.mts'], ts, { node: binary }), '124.89'),
    );
  }
  await check('TypeScript strict: the quick start and alipay-edge/mocks (without msw) type-check; a field typo does not', () => typeChecks(ts));

  // Bun: the TypeScript quick start as it is; Bun reads .env itself.
  const bunDir = await projects.bun;
  copyFileSync(`${examples}node.mts`, `${bunDir}index.mts`);
  copyFileSync(envFile, `${bunDir}.env`);
  await check('Bun (bun add alipay-edge; bun index.mts)', () => expectOutput('bun index.mts', run(bun, ['index.mts'], bunDir), '124.89'));

  const deno = await projects.deno;
  copyFileSync(`${examples}deno.ts`, `${deno}main.ts`);
  copyFileSync(envFile, `${deno}.env`);
  await check('Deno (deno run --allow-net --allow-env --env-file=.env main.ts)', () =>
    expectOutput('deno run main.ts', run(denoBinary(), ['run', '--allow-net', '--allow-env', '--env-file=.env', 'main.ts'], deno, { env: { DENO_DIR: `${work}deno-cache` } }), '13888888888'),
  );
}

/** The Deno of this repository's devDependencies (its npm package ships the binary). */
export const denoBinary = () => `${root}node_modules/.bin/deno`;

/**
 * The strictest check a TypeScript user runs: `tsc` with strict, skipLibCheck off, over the quick
 * start and over alipay-edge/mocks without msw. Its tsconfig sits in a folder of its own, so tsx
 * above ran the project exactly as the README leaves it (no tsconfig.json).
 */
function typeChecks(dir: string): string {
  writeFileSync(`${dir}typo.mts`, readFileSync(`${dir}index.mts`, 'utf8').replace('card.card_info.balance', 'card.card_info.balanse'));
  writeFileSync(`${dir}mocks.mts`, `import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';\nconst app = await generateKeyPair();\nconst gateway = await createMockGateway({ appPublicKey: app.publicKey });\nexport const fetcher: typeof fetch = gateway.fetch;\n`);
  const folder = `${dir}typecheck/`;
  mkdirSync(folder, { recursive: true });
  // One program (one tsc start): only typo.mts may fail, and only on the typo.
  writeFileSync(
    `${folder}tsconfig.json`,
    JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [`${root}node_modules/@types`] }, files: ['../index.mts', '../mocks.mts', '../typo.mts'] }),
  );
  const tsc = run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', folder, '--pretty', 'false'], dir);
  const errors = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  const typo = errors.filter((line) => /typo\.mts\(\d+,\d+\): error TS(?:2339|2551): Property 'balanse' does not exist/.test(line));
  if (typo.length !== 1 || errors.length !== 1) throw new Error(`expected exactly the typo in typo.mts to fail, tsc said: ${tsc.stdout}${tsc.stderr}`);
  return 'tsc strict passes over index.mts and alipay-edge/mocks (without msw); card_info.balanse fails to compile';
}
