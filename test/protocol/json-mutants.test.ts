// src/encoding/json.ts at its edges, for mutation testing: the exact messages of a repeated key
// (where it is, how an odd name or a deep path is written), escapes and spacing in keys, the
// member count a span scan hands over (used once, for that text only), and a prototype that
// enumerates. repeated-keys.test.ts checks the same rule through the client.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { findRepeatedKey, keyCount, memberCount, parseJsonStrict, refuseRepeatedKeys, rememberMembers, skipString } from '../../src/encoding/json.ts';

const refusal = (text: string): string => {
  try {
    parseJsonStrict(text, 'the node');
  } catch (err) {
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    return (err as Error).message;
  }
  return 'accepted';
};
const twice = (key: string, at: string) => `The gateway answer is not well-formed: the node has the key ${JSON.stringify(key)} twice ${at}.`;

describe('parseJsonStrict', () => {
  it('text that is not JSON, without an excerpt', () => {
    expect(refusal('{"token":"secret"')).toBe('The gateway answer is not well-formed: the node is not valid JSON.');
  });

  it.each([['1', 1], ['"a"', 'a'], ['null', null], ['[]', []], ['{}', {}], ['["a","a"]', ['a', 'a']], ['{"a":["x","x"],"b":"x"}', { a: ['x', 'x'], b: 'x' }]])('%s is read as JSON.parse reads it', (text, value) => {
    expect(parseJsonStrict(text, 'the node')).toEqual(value);
  });

  it.each([
    ['{"a":1,"a":2}', 'a', 'at the top level'],
    ['{"a":{"b":1,"b":2}}', 'b', 'in the object at a'],
    ['{"a":{"b":{"c":[1,{"d":1,"d":2}]}}}', 'd', 'in the object at a.b.c[1]'],
    ['{"a":[{"x":1},{"y":1,"y":2}]}', 'y', 'in the object at a[1]'],
    ['[[{"a":1}],{"b":{"c":1,"c":2}}]', 'c', 'in the object at [1].b'],
    ['[{"a":1,"a":2}]', 'a', 'in the object at [0]'],
    ['{"a b":{"k":1,"k":2}}', 'k', 'in the object at ["a b"]'],
    ['{"1a":{"k":1,"k":2}}', 'k', 'in the object at ["1a"]'],
    ['{"a-b":{"k":1,"k":2}}', 'k', 'in the object at ["a-b"]'],
    ['{"x.y":{"k":1,"k":2}}', 'k', 'in the object at ["x.y"]'],
    ['{"":{"k":1,"k":2}}', 'k', 'in the object at [""]'],
    ['{"$x_1":{"k":1,"k":2}}', 'k', 'in the object at $x_1'],
    ['{"_":{"Z9":{"k":1,"k":2}}}', 'k', 'in the object at _.Z9'],
  ])('%s: the key and where it is', (text, key, at) => {
    expect(refusal(text)).toBe(twice(key, at));
  });

  it('keys are compared after unescaping, and spacing before the colon changes nothing', () => {
    expect(refusal('{"code":"40004","\\u0063ode":"10000"}')).toBe(twice('code', 'at the top level'));
    expect(refusal('{"a" :1, "a"\n\t\r :2}')).toBe(twice('a', 'at the top level'));
    expect(refusal('{"a\\\\":1,"b":"x\\"y","a\\\\":2}')).toBe(twice('a\\', 'at the top level'));
    expect(refusal('{"a\\"b":1,"a\\"c":2,"a\\\\":3,"a":4}')).toBe('accepted');
    expect(refusal('{"k":"a:b","v":"\\":"}')).toBe('accepted');
  });

  it('the same key in sibling or nested objects is no repetition', () => {
    expect(refusal('{"a":{"a":{"a":1}},"b":{"a":1},"c":[{"a":1},{"a":2}]}')).toBe('accepted');
  });

  it('a deep path is written whole up to 120 characters, then by its ends', () => {
    const nested = (depth: number) => {
      const keys = Array.from({ length: depth }, (_, i) => `key${String(i).padStart(7, '0')}`);
      return { keys, text: `${keys.map((k) => `{"${k}":`).join('')}{"z":1,"z":2}${'}'.repeat(depth)}` };
    };
    const eleven = nested(11);
    const whole = eleven.keys.join('.');
    expect(whole).toHaveLength(120);
    expect(refusal(eleven.text)).toBe(twice('z', `in the object at ${whole}`));
    const twelve = nested(12);
    const path = twelve.keys.join('.');
    expect(path).toHaveLength(131);
    expect(refusal(twelve.text)).toBe(twice('z', `in the object at ${path.slice(0, 60)}…${path.slice(-60)}`));
  });
});

describe('the pieces', () => {
  it('skipString: past the closing quote, escapes honoured; unterminated is refused', () => {
    expect(skipString('"ab"', 0)).toBe(4);
    expect(skipString('x"a\\"b"y', 1)).toBe(7);
    expect(skipString('"a\\\\"b', 0)).toBe(5);
    expect(skipString('""', 0)).toBe(2);
    expect(() => skipString('"a\\"', 0)).toThrow('The gateway answer is not well-formed: a string is not terminated.');
  });

  it('memberCount: strings followed by a colon', () => {
    expect(memberCount('{"a":1,"b":"c:d","e" : [ "f" ],"g"\n:{"h":"i"}}')).toBe(5);
    expect(memberCount('["a","b"]')).toBe(0);
    expect(memberCount('1')).toBe(0);
  });

  it('keyCount: every own key of every object, in arrays too', () => {
    expect(keyCount({ a: { b: 1 }, c: [{ d: 1 }, [{ e: null, f: 'x' }]] })).toBe(6);
    expect(keyCount([])).toBe(0);
  });

  it('findRepeatedKey: text that opens with a string or an array has no object on top yet', () => {
    expect(findRepeatedKey('"a"')).toBeUndefined();
    expect(findRepeatedKey('["a",{"b":1,"b":2}]')).toEqual({ key: 'b', at: 'in the object at [1]' });
  });

  it('findRepeatedKey: undefined when none repeats', () => {
    expect(findRepeatedKey('{"a":1,"b":{"a":2}}')).toBeUndefined();
    expect(findRepeatedKey('{"a":1,"a":2}')).toEqual({ key: 'a', at: 'at the top level' });
  });

  it('refuseRepeatedKeys: nothing to check in a value that is not an object', () => {
    expect(() => refuseRepeatedKeys('{"a":1,"a":2}', 1, 'x')).not.toThrow();
    expect(() => refuseRepeatedKeys('{"a":1,"a":2}', null, 'x')).not.toThrow();
    expect(() => refuseRepeatedKeys('{"a":1,"a":2}', { a: 2 }, 'the body')).toThrow('The gateway answer is not well-formed: the body has the key "a" twice at the top level.');
  });
});

describe('a member count handed over by a span scan', () => {
  it('is used for that text, once', () => {
    const text = '{"a":1,"b":2}';
    rememberMembers(text, 3);
    // The handed-over count (3) disagrees with the tree (2) and no key repeats: refused unnamed.
    expect(() => refuseRepeatedKeys(text, JSON.parse(text), 'the node')).toThrow('The gateway answer is not well-formed: the node has a repeated key.');
    // Used once: the same text is counted again.
    expect(() => refuseRepeatedKeys(text, JSON.parse(text), 'the node')).not.toThrow();
  });

  it('is not used for another text', () => {
    rememberMembers('{"x":1}', 5);
    expect(() => refuseRepeatedKeys('{"a":1}', { a: 1 }, 'the node')).not.toThrow();
    // Still there for its own text.
    expect(() => refuseRepeatedKeys('{"x":1}', { x: 1 }, 'the node')).toThrow('has a repeated key');
  });

  it('a right count passes without a scan of the text', () => {
    rememberMembers('{"a":1,"a":2}', 1);
    // The count the scan gave matches the tree (JSON.parse kept one "a"): this text passes, which
    // shows the text itself was not counted again (its own count is 2).
    expect(() => refuseRepeatedKeys('{"a":1,"a":2}', { a: 2 }, 'the node')).not.toThrow();
  });
});

describe('a prototype that enumerates', () => {
  it('its keys are not counted as the tree’s', () => {
    let parsed: unknown;
    let count = 0;
    let message = '';
    let strings = 0;
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      parsed = parseJsonStrict('{"a":{"b":1}}', 'the node');
      count = keyCount({ a: { b: 1 } });
      message = refusal('{"a":1,"a":2}');
      // Strings are not walked: a string's characters are no keys, also when Object.keys walks.
      strings = keyCount(parseJsonStrict('{"a":"xyz","b":["q",{"c":"rs"}]}', 'the node') as object);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(JSON.stringify(parsed)).toBe('{"a":{"b":1}}');
    expect(count).toBe(2);
    expect(message).toBe(twice('a', 'at the top level'));
    expect(strings).toBe(3);
    expect(keyCount({ a: 1 })).toBe(1);
  });
});
