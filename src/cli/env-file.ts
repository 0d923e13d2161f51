// mock-gateway --write-env: the mock's ALIPAY_* lines in an env file (.env, .dev.vars) without
// touching what else it holds. A new file is created (mode 600). In an existing one, the lines a
// previous run wrote (between its two marker comments) are replaced, or the block is added at the
// end; a file that sets one of these variables itself (the user's own app, perhaps real keys) is
// refused, before the mock starts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createNew, replaceFile } from './files.ts';
import { fileProblem } from './io.ts';
import { UsageError } from './usage.ts';

const BEGIN = '# >>> alipay-edge mock-gateway: these lines are replaced on its next run (--write-env)';
const END = '# <<< alipay-edge mock-gateway';
const BLOCK = /^# >>> alipay-edge mock-gateway[^\n]*\n[\s\S]*?^# <<< alipay-edge mock-gateway[^\n]*(?:\n|$)/m;

/** The variables mock-gateway writes. */
export const MOCK_VARIABLES = ['ALIPAY_APP_ID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY', 'ALIPAY_GATEWAY', 'ALIPAY_ENDPOINT', 'ALIPAY_USER_TOKEN'] as const;

function read(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--write-env: ${fileProblem(err, path)}`);
  }
}

/** The variables of MOCK_VARIABLES a file sets outside the mock's block. */
function ownVariables(text: string): string[] {
  const outside = text.replace(BLOCK, '');
  return MOCK_VARIABLES.filter((name) => new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=`, 'm').test(outside));
}

/**
 * Refuses a file the mock's lines cannot go into. Run before the mock starts, and again when
 * writing.
 *
 * @throws UsageError naming the variables the file sets itself.
 */
export function checkEnvFile(path: string): void {
  const text = read(path);
  const own = text === undefined ? [] : ownVariables(text);
  if (own.length > 0) {
    throw new UsageError(
      `--write-env ${path}: the file already sets ${own.join(', ')} (your own values?), and mock-gateway does not overwrite them. Write to another file (--write-env .env.mock), or remove those lines.`,
    );
  }
}

/** Writes the mock's lines into `path`; says what it did. */
export function writeEnvFile(path: string, lines: string[]): string {
  const block = `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
  if (createNew(path, block, 0o600)) return `wrote ${path}`;
  checkEnvFile(path);
  const text = read(path) ?? '';
  const mode = statSync(path).mode & 0o777;
  if (BLOCK.test(text)) {
    replaceFile(path, text.replace(BLOCK, block), mode);
    return `replaced the lines its previous run wrote in ${path}, kept the rest`;
  }
  replaceFile(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${block}`, mode);
  return `added its lines at the end of ${path}, kept the rest`;
}
