// What every command shares: its shape, flag parsing, and telling the library's errors apart.
import { parseArgs } from 'node:util';
import type { AlipayApiError, AlipayError, SignType } from '../index.ts';
import { EXIT, type Io, UsageError } from './io.ts';

/** A command: its one-line summary, its help text, and what it runs. */
export interface Command {
  summary: string;
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

export type Options = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
/** Parsed flags, loosely typed: each command reads the ones it declared. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** What to say about a flag some other tool takes, when it reaches a command that has none. */
const ELSEWHERE: Record<string, string> = {
  'env-file':
    'alipay-edge takes no --env-file: load the file into the environment first (set -a; . ./.env; set +a), or give flags. (Node reads --env-file anywhere on its command line, before alipay-edge runs: "node: .env: not found" comes from Node.)',
};

/**
 * Parses a command's flags. A usage mistake is one line that says what to do: an unknown flag
 * names the closest known ones, a flag without its value says so, a one-value flag given twice is
 * refused (the first value would be dropped without a word).
 */
export function parse(args: string[], options: Options, elsewhere: Record<string, string> = {}): { values: Values; positionals: string[] } {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: all, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(parseProblem(err as Error & { code?: string }, all, { ...ELSEWHERE, ...elsewhere }));
  }
  const counts = new Map<string, number>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option' && all[token.name]?.type === 'string' && !all[token.name]?.multiple) counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
  }
  for (const [name, count] of counts) if (count > 1) throw new UsageError(`--${name} was given ${count} times: give it once`);
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

/** A parseArgs refusal as one line that says what to do. */
function parseProblem(err: Error & { code?: string }, options: Options, elsewhere: Record<string, string>): string {
  const flag = /'(-[^' ]*)/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag !== undefined) {
    const name = flag.replace(/^-+/, '').replace(/=.*$/, '');
    if (Object.hasOwn(elsewhere, name)) return elsewhere[name]!;
    const known = Object.keys(options).filter((option) => option !== 'help');
    const near = known.filter((option) => distance(option, name) <= 2 || (name.length >= 3 && (option.includes(name) || name.includes(option))));
    return `unknown flag ${flag}${near.length > 0 ? `: did you mean ${near.map((option) => `--${option}`).join(' or ')}?` : ''} This command takes ${known.map((option) => `--${option}`).join(', ')}.`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag !== undefined) {
    if (/argument missing/.test(err.message)) return `${flag} needs a value: ${flag} VALUE`;
    if (/ambiguous/.test(err.message)) return `the value after ${flag} starts with "-" (a PEM's -----BEGIN line?): write ${flag}=VALUE, or give a file path`;
    if (/does not take an argument/.test(err.message)) return `${flag} takes no value`;
  }
  return err.message;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

export function help(command: Command, io: Io): number {
  io.out(command.help);
  return EXIT.ok;
}

export const signTypeOf = (value: unknown, where = '--sign-type'): SignType => {
  if (value === undefined) return 'RSA2';
  if (value !== 'RSA2' && value !== 'RSA') throw new UsageError(`${where} must be RSA2 or RSA, got ${String(value)}`);
  return value;
};

// By name, not instanceof: the built CLI and the installed library are separate modules.
export const isApiError = (err: unknown): err is AlipayApiError => err instanceof Error && err.name === 'AlipayApiError';
export const isAlipayError = (err: unknown): err is AlipayError => err instanceof Error && (err.name === 'AlipayError' || err.name === 'AlipayApiError');
