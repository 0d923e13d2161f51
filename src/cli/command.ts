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

export function parse(args: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
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
