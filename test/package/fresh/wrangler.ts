// The Worker quick start as Workers users build it: Wrangler installed as the README says, its
// wrangler.jsonc and worker.js copied verbatim, then the README's commands: `npx wrangler deploy
// --dry-run` builds the upload (nothing leaves the machine), and `npx wrangler dev` serves it in
// workerd, Node compatibility off, its fetches going to the mock gateway's HTTP server.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { check, examples, project, run, start } from './kit.ts';

/** The Wrangler release checked here (4.x; it needs Node ≥ 22). Its workerd supports the README's compatibility_date. */
export const WRANGLER_VERSION = '4.164.0';

/** The project: Wrangler installed as the README says (`npm install -D wrangler`), at the version checked. */
export const wranglerProject = (tarball: string) => project('worker', tarball, { dev: [`wrangler@${WRANGLER_VERSION}`] });

export async function wranglerWorker(setup: Promise<string>, envFile: string, node: string) {
  const dir = await setup;
  copyFileSync(`${examples}worker.js`, `${dir}worker.js`);
  copyFileSync(`${examples}wrangler.jsonc`, `${dir}wrangler.jsonc`);

  await check(`Wrangler ${WRANGLER_VERSION}: npx wrangler deploy --dry-run --outdir dist`, () => {
    const built = run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist'], dir, { node });
    const log = `${built.stdout}${built.stderr}`;
    if (built.code !== 0 || !existsSync(`${dir}dist/worker.js`)) throw new Error(`exit ${built.code}: ${log.slice(-2000)}`);
    // A date the bundled workerd does not know, or a missing Node built-in, is only a warning there.
    if (/compatibility date|nodejs_compat|\[WARNING\]|✘/i.test(log)) throw new Error(`wrangler warned: ${log.slice(-2000)}`);
    const bundle = readFileSync(`${dir}dist/worker.js`, 'utf8');
    if (/\bfrom\s*["']node:|require\(["']node:/.test(bundle)) throw new Error('the Worker bundle imports a node: module');
    return `${log.match(/Total Upload: [^\n]*/)?.[0] ?? 'built'}, no warnings, no node: import`;
  });

  await check('Wrangler: npx wrangler dev with the mock gateway in .dev.vars; GET /?card=000001 → 200, /?card=999999 → 404', async () => {
    copyFileSync(envFile, `${dir}.dev.vars`);
    const dev = start('npx', ['wrangler', 'dev'], dir, { node });
    try {
      const [, url] = await dev.waitFor(/Ready on (http:\/\/\S+)/, 90_000);
      const ok = await fetch(new URL('/?card=000001', url), { signal: AbortSignal.timeout(30_000) });
      const okBody = await ok.text();
      const missing = await fetch(new URL('/?card=999999', url), { signal: AbortSignal.timeout(30_000) });
      const missingBody = await missing.text();
      const seen = `${ok.status} ${okBody} ${missing.status} ${missingBody}`;
      if (seen !== '200 {"balance":"124.89","level":"VIP1"} 404 {"error":"CARD_NOT_EXIT"}') throw new Error(`${seen}; wrangler said: ${dev.output().slice(-1500)}`);
      if (/compatibility date|nodejs_compat/i.test(dev.output())) throw new Error(`wrangler dev warned: ${dev.output().slice(-1500)}`);
      return `${url}: ${seen}`;
    } finally {
      await dev.stop('SIGINT');
    }
  });
}
