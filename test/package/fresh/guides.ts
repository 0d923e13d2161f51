// Every example of the README and the guides, run as docs/README.md tells a newcomer to: in a
// folder made with `npm init -y`, with alipay-edge, tsx and msw installed (`npm install -D tsx`,
// and msw for the MSW examples), each TypeScript example saved as `example.mts` and run with
// `npx tsx --env-file=.env example.mts` (the project's tsx bin) against the mock gateway's `.env`; what it prints is
// what its "prints:" block says. Then the same files under Deno, which must exit by itself when a
// program is done (msw installed: importing msw's root entry used to keep Deno alive).
// The in-process checks of the same blocks, against the sources, are test/docs/blocks.test.ts.
import { copyFileSync, writeFileSync } from 'node:fs';
import { collect, type Program, where } from '../../docs/doc-blocks.ts';
import { check, expectOutput, pinned, project, run, type Result, work } from './kit.ts';
import { denoBinary } from './quick-starts.ts';

/** The file a user saves a block as, and the command that runs it, per kind. */
function saved(block: Program): { file: string; command: (file: string) => [string, string[]] } {
  const file = block.directive.file ?? (block.lang.startsWith('t') ? 'example.mts' : block.kind === 'cjs' ? 'example.cjs' : 'example.mjs');
  // `npx tsx …` runs the project's node_modules/.bin/tsx: called straight, without npm's start-up
  // each time (the quick starts run through npx itself).
  if (/\.m?ts$/.test(file)) return { file, command: (f) => ['node_modules/.bin/tsx', ['--env-file=.env', f]] };
  return { file, command: (f) => ['node', ['--env-file=.env', f]] };
}

/** The project: tsx (docs/README.md) and msw (docs/mock-gateway.md, for the MSW examples) installed as the docs say. */
export const guidesProject = (tarball: string) => project('guides', tarball, { dev: [pinned('tsx'), pinned('msw')] });

export async function guides(setup: Promise<string>, envFile: string, { label, node }: { label: string; node: string }) {
  const { programs } = collect();
  // Deno's blocks run in the Deno project; Workers are served (README: Wrangler) or imported by a later block.
  const runnable = programs.filter((block) => !block.directive.typecheckOnly && block.kind !== 'worker' && !/\bDeno\./.test(block.code));
  const dir = await setup;
  copyFileSync(envFile, `${dir}.env`);

  const runAll = async (runtime: string, command: (block: Program, file: string) => [string, string[]], options: { node?: string; env?: Record<string, string> }) => {
    for (const doc of new Set(runnable.map((block) => block.doc))) {
      // The page's named files first (a Worker that a later example imports, say).
      for (const named of programs.filter((block) => block.doc === doc && block.directive.file)) writeFileSync(`${dir}${named.directive.file}`, `${named.code}\n`);
      for (const block of runnable.filter((b) => b.doc === doc)) {
        const { file } = saved(block);
        writeFileSync(`${dir}${file}`, `${block.code}\n`);
        const [cmd, args] = command(block, file);
        await check(`${runtime}: ${where(block)} (${[cmd, ...args].join(' ').replace(/^.*\/bin\//, '')})`, () => {
          // A generous kill-timeout: it tells a program that never exits from one that does.
          const result: Result = run(cmd.startsWith('node_modules/') ? `${dir}${cmd}` : cmd, args, dir, { ...options, timeout: 90_000 });
          if (result.code === null) throw new Error(`did not exit within 90 s (killed): ${result.stdout.slice(-500)}${result.stderr.slice(-500)}`);
          if (block.output !== undefined) return expectOutput(file, result, block.output);
          if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr.slice(-1200)}`);
          return 'exits 0';
        });
      }
    }
  };

  await runAll(`${label} guides`, (block, file) => saved(block).command(file), { node });
  await runAll('Deno guides (msw installed)', (_block, file) => [denoBinary(), ['run', '--allow-all', '--env-file=.env', file]], { env: { DENO_DIR: `${work}deno-cache` } });
}
