/// <reference types="vite/client" />
// The hand-written definitions stand for 12 operations of Alipay's v3 description (the card
// journey, OAuth, the image upload; the browser and app payments are v2-only and not in it). Each
// is compared with its generated twin, field by field on the wire (request and result, with their
// types) and route by route (v3 verb, path, placement; v2 placement): every difference is listed
// here with why it is right. A difference that appears (Alipay's description changed, or a
// hand-written schema did) or disappears fails the test, so drift is seen.
import { describe, expect, it } from 'vitest';
import type * as v from 'valibot';
import { HAND_WRITTEN } from '../../generator/hand-written.ts';
import * as apis from '../../src/apis.ts';
import type { ApiDefinition } from '../../src/index.ts';

const twins = import.meta.glob('../../src/apis/generated/operations/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const camel = (method: string) => method.split('.').map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');

interface Node {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  options?: Node[];
  value?: Node;
  getter?: () => Node;
  pipe?: Array<{ type: string }>;
}

/** Every field of a schema, by dotted path (`card_info.point`, `list[].id`), with the kind of value it takes. */
function fieldsOf(schema: v.GenericSchema): Map<string, string> {
  const fields = new Map<string, string>();
  const walk = (node: Node, path: string): string => {
    switch (node.type) {
      case 'optional':
      case 'nullish':
      case 'nullable':
      case 'exact_optional':
        return walk(node.wrapped!, path);
      case 'lazy':
        return walk(node.getter!(), path);
      case 'object':
      case 'loose_object':
      case 'strict_object':
        for (const [name, entry] of Object.entries(node.entries!)) {
          const at = path ? `${path}.${name}` : name;
          fields.set(at, walk(entry, at));
        }
        return 'object';
      case 'array':
        return `array of ${walk(node.item!, `${path}[]`)}`;
      case 'variant':
      case 'union':
        for (const option of node.options!) walk(option, path);
        return 'object';
      case 'record':
        return 'record';
      case 'string':
      case 'picklist':
      case 'literal':
        return 'text';
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'unknown':
        // A raw transform (whole numbers, JSON text): the kind it reads is in its pipe.
        return node.pipe?.some((action) => action.type === 'raw_transform') ? 'number' : 'unknown';
      case 'custom':
        return 'custom';
      default:
        return node.type;
    }
  };
  walk(schema as unknown as Node, '');
  return fields;
}

/** The differences between a hand-written definition and its generated twin, as lines. */
function differences(hand: ApiDefinition, twin: ApiDefinition): string[] {
  const lines: string[] = [];
  for (const [side, a, b] of [['request', fieldsOf(hand.request), fieldsOf(twin.request)], ['result', fieldsOf(hand.response), fieldsOf(twin.response)]] as const) {
    for (const [path, kind] of a) {
      if (!b.has(path)) lines.push(`${side} ${path}: hand-written only`);
      else if (b.get(path) !== kind) lines.push(`${side} ${path}: ${kind} (hand-written), ${b.get(path)} (description)`);
    }
    for (const path of b.keys()) if (!a.has(path)) lines.push(`${side} ${path}: description only`);
  }
  const route = (d: ApiDefinition) => ({ verb: d.v3.verb, path: d.v3.path, query: [...d.v3.query].sort().join(','), body: d.v3.body, files: d.v3.files.join(','), data: d.v3.data });
  const [h, t] = [route(hand), route(twin)];
  for (const key of Object.keys(h) as Array<keyof typeof h>) if (h[key] !== t[key]) lines.push(`v3 ${key}: ${JSON.stringify(h[key])} (hand-written), ${JSON.stringify(t[key])} (description)`);
  return lines.sort();
}

/**
 * Why each difference is right: [methods (a pattern), difference (a pattern), reason]. Every
 * difference must match a rule, and every rule must match a difference of each method it names.
 */
const JUSTIFIED: Array<[RegExp, RegExp, string]> = [
  [/./, /^result (code|msg|sub_code|sub_msg): hand-written only$/, "the v2 answer's envelope (gatewayFields): the description's models are v3 bodies, which have none"],
  [
    /card\.(template\.(create|modify|query)|open|update|query)$|oauth\.token$|activateurl\.apply$/,
    /^result \S+: description only$/,
    "results are loose: every field Alipay sends is kept, only the hand-written type lists its API document's fields (the description's others are read with an index access)",
  ],
  [
    /template\.(create|modify)$|card\.(open|update)$/,
    /^request \S+: description only$/,
    'accepted, and checked against the description (the definition carries its generated twin): the hand-written schema lists its API document’s fields',
  ],
  [/oauth\.token$/, /^result (re_)?expires_in: number \(hand-written\), text \(description\)$/, 'seconds read as a number, from a number or digits as text (the gateway has sent both)'],
  [/template\.query$/, /^result biz_no_suffix_len: custom \(hand-written\), text \(description\)$/, 'text of digits, checked as such (its API document)'],
  [/template\.query$/, /^result write_off_type: hand-written only$/, 'in the API document’s answer, not in the description'],
  [/formtemplate\.set$/, /^request fields\.(required|optional)(\.common_fields)?: .*$/, 'the caller passes { common_fields: […] }; the wire carries its JSON text, as the description types it'],
  [/card\.(open|update)$/, /^request card_(ext_)?info\.mdcode_info\.time_stamp: number \(hand-written\), custom \(description\)$/, 'both whole numbers: the hand-written one also reads digits as text'],
  [/card\.open$/, /^result card_info\.(balance|point): custom \(hand-written\), text \(description\)$/, 'text, checked as a decimal amount (its API document): money stays a string'],
  [/image\.upload$/, /^request file_name: hand-written only$/, 'names the file part (default image_name.image_type); not a wire field'],
];

describe('the hand-written definitions against Alipay’s description', () => {
  const used = new Set<number>();
  it.each(Object.keys(HAND_WRITTEN))('%s: every difference is justified', (method) => {
    const hand = (apis as unknown as Record<string, ApiDefinition>)[camel(method)]!;
    const twin = Object.values(twins[`../../src/apis/generated/operations/${method.replaceAll('.', '-')}.ts`]!).find((value) => typeof value === 'object' && value !== null && 'v3' in value) as ApiDefinition;
    expect(hand.method).toBe(method);
    expect(twin.method).toBe(method);
    const unjustified = differences(hand, twin).filter((line) => {
      const rule = JUSTIFIED.findIndex(([methods, difference]) => methods.test(method) && difference.test(line));
      if (rule >= 0) used.add(rule);
      return rule < 0;
    });
    expect(unjustified).toEqual([]);
  });

  it('every justification still matches a difference (none is stale)', () => {
    const stale = JUSTIFIED.map(([, difference, reason], i) => [i, difference, reason] as const).filter(([i, , reason]) => reason !== '' && !used.has(i));
    expect(stale).toEqual([]);
  });

  it('the hand-written journey definitions carry their twin, and are routed over v3 as the description routes them', async () => {
    for (const method of Object.keys(HAND_WRITTEN)) {
      const hand = (apis as unknown as Record<string, ApiDefinition>)[camel(method)]!;
      const twin = Object.values(twins[`../../src/apis/generated/operations/${method.replaceAll('.', '-')}.ts`]!).find((value) => typeof value === 'object' && value !== null && 'v3' in value) as ApiDefinition;
      expect({ ...hand.v3, query: [...hand.v3.query].sort() }, method).toEqual({ ...twin.v3, query: [...twin.v3.query].sort() });
      if (!/card\.(query|activateform\.query)$/.test(method)) expect(await hand.described!(), method).toBe(twin);
    }
  });
});

/** The differences of one method, printed for the closing note: `npx vitest run test/apis/drift.test.ts` with DRIFT_REPORT=1. */
if (process.env.DRIFT_REPORT) {
  for (const method of Object.keys(HAND_WRITTEN)) {
    const hand = (apis as unknown as Record<string, ApiDefinition>)[camel(method)]!;
    const twin = Object.values(twins[`../../src/apis/generated/operations/${method.replaceAll('.', '-')}.ts`]!).find((value) => typeof value === 'object' && value !== null && 'v3' in value) as ApiDefinition;
    console.log(`${method}:\n  ${differences(hand, twin).join('\n  ')}`);
  }
}
