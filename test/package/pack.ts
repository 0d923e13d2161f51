// The tarball, as `npm pack` and `npm publish` make it: from a checkout with no dist/, so the
// `prepack` script must build it. Checks that every file package.json points to (exports, main,
// module, types, typesVersions, bin) is in the tarball, that `npm pack --json` stays JSON (the
// build's log goes to stderr), and that `npm publish` would publish package.json unchanged.
// Run as a script (with tsx), it leaves the tarball at .tmp/package/alipay-edge.tgz for attw, the
// smoke test and the fresh projects (ALIPAY_EDGE_TARBALL), so `npm run test:package` builds once.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every path a field of package.json names, `./` removed. */
function pointedTo(packageJson: Record<string, unknown>): string[] {
  const paths = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') paths.add(value.replace(/^\.\//, ''));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const field of ['exports', 'main', 'module', 'types', 'typesVersions', 'bin']) walk(packageJson[field]);
  return [...paths].filter((path) => path !== 'package.json');
}

/** Packs the repository into `destination` from a clean dist/; returns the tarball's path. */
export function packTarball(destination: string): string {
  rmSync(`${root}dist`, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const stdout = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let report: { filename: string; size: number; entryCount: number; files: Array<{ path: string }> };
  try {
    [report] = JSON.parse(stdout) as [typeof report];
  } catch {
    throw new Error(`npm pack --json printed more than JSON (a lifecycle script writing to stdout?): ${stdout.slice(0, 300)}`);
  }
  const files = new Set(report.files.map((file) => file.path));
  const missing = pointedTo(JSON.parse(readFileSync(`${root}package.json`, 'utf8'))).filter((path) => !files.has(path));
  if (missing.length > 0) throw new Error(`the tarball lacks ${missing.join(', ')}: prepack did not build dist/`);
  const tarball = `${destination}${report.filename}`;
  if (!existsSync(tarball)) throw new Error(`npm pack reported ${report.filename}, not found in ${destination}`);
  console.log(`packed ${report.filename} from a checkout without dist/: ${report.entryCount} files, ${Math.round(report.size / 1024)} kB, every exported file present`);
  checkPublish();
  return tarball;
}

/**
 * `npm publish` "auto-corrects" a manifest it dislikes, and only warns: a `./`-prefixed bin is
 * dropped from what it publishes (npm 11), so `npx alipay-edge` would find no command. A dry run
 * over the dist/ just built (--ignore-scripts: no second build) must correct nothing.
 */
function checkPublish(): void {
  const result = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm publish --dry-run failed: ${result.stderr.slice(-1500)}`);
  const corrected = result.stderr.split('\n').filter((line) => /auto-corrected|invalid and removed|No bin file found|errors corrected/i.test(line));
  if (corrected.length > 0) throw new Error(`npm publish would change package.json: ${corrected.join(' | ')}`);
  console.log('npm publish --dry-run: nothing in package.json auto-corrected (the bin stays)');
}

/** The tarball `npm run test:package` packed (ALIPAY_EDGE_TARBALL), else a fresh one in `destination`. */
export function tarballFor(destination: string): string {
  const given = process.env.ALIPAY_EDGE_TARBALL;
  if (given) {
    if (!existsSync(given)) throw new Error(`ALIPAY_EDGE_TARBALL=${given} does not exist`);
    return resolve(given);
  }
  return packTarball(destination);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarball = packTarball(`${root}.tmp/package/`);
  copyFileSync(tarball, `${root}.tmp/package/alipay-edge.tgz`);
}
