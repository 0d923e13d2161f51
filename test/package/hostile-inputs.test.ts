// Every exported function and class of every entry, called the way a plain-JavaScript caller can
// call it (wrong types, null, objects whose conversion throws): whatever it throws or rejects with
// is an AlipayError with a literal code, never a TypeError or RangeError from inside.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.ts';
import * as protocol from '../../src/protocol.ts';
import * as xml from '../../src/xml.ts';
import * as cert from '../../src/cert.ts';
import * as tools from '../../src/tools.ts';

const { AlipayError } = main;

const throwingToString = { toString() { throw new Error('boom'); } };
const HOSTILE: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['an empty object', {}],
  ['an array', ['a', 'b']],
  ['a symbol', Symbol('s')],
  ['a function', () => 'x'],
  ['an object with a non-callable toString', { toString: 1, valueOf: 1 }],
  ['an object whose toString throws', throwingToString],
  ['a null-prototype object', Object.create(null) as object],
  ['a bigint', 10n],
  ['an invalid Date', new Date(Number.NaN)],
  ['an empty string', ''],
  ['a non-base64 string', '%%%'],
];

const SKIP = new Set([
  // Error classes: constructing one is not a call that can fail.
  'AlipayError', 'AlipayApiError',
]);

type Entry = [string, Record<string, unknown>];
const entries: Entry[] = [['alipay-edge', main], ['alipay-edge/protocol', protocol], ['alipay-edge/xml', xml], ['alipay-edge/cert', cert], ['alipay-edge/tools', tools]];

/** Calls `fn` and settles: the thrown or rejected value, or undefined. */
async function failureOf(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    if (result && typeof (result as Promise<unknown>).then === 'function') await result;
  } catch (err) {
    return err;
  }
  return undefined;
}

const cases: Array<[string, (...args: unknown[]) => unknown, boolean]> = [];
for (const [entry, module] of entries) {
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function' || SKIP.has(name)) continue;
    const isClass = /^class\b/.test(Function.prototype.toString.call(value));
    cases.push([`${entry} ${name}`, value as (...args: unknown[]) => unknown, isClass]);
  }
}

describe('hostile inputs to every export end in an AlipayError (or a result), nothing else', () => {
  it('finds the exported functions', () => expect(cases.length).toBeGreaterThan(30));

  it.each(cases)('%s', async (_name, fn, isClass) => {
    const invoke = (...args: unknown[]) => (isClass ? Reflect.construct(fn, args) : fn(...args));
    const failures: string[] = [];
    for (const [label, hostile] of HOSTILE) {
      for (const args of [[hostile], [hostile, hostile], ['x', hostile], ['x', 'x', hostile], [hostile, 'x', 'x']]) {
        const err = await failureOf(() => invoke(...args));
        if (err !== undefined && !(err instanceof AlipayError)) {
          failures.push(`${label} as ${JSON.stringify(args.map((a) => (a === hostile ? '<hostile>' : a)))}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
        } else if (err instanceof AlipayError) {
          expect(typeof err.code).toBe('string');
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
