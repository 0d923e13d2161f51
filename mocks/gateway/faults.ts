// Fault injection for the mock gateway: per method, deterministic. Each rule draws from one
// seeded generator in request order, so a test with the same seed sees the same faults.
import { mockError } from '../checks.ts';

/**
 * A failure the mock gateway can inject.
 *
 * @example
 * ```ts
 * gateway.faults.push({ fault: { kind: 'http-error', status: 503 }, times: 1 });
 * ```
 */
export type MockFault =
  /** Answer normally, after `ms` milliseconds. */
  | { kind: 'latency'; ms: number }
  /** An HTTP error status (default 502) with an HTML body, as a load balancer sends. */
  | { kind: 'http-error'; status?: number }
  /** A signed `20000 isp.unknow-error` answer: the gateway is busy. */
  | { kind: 'system-busy' }
  /** A signed business error with this `sub_code` (e.g. `SYSTEM_ERROR`). */
  | { kind: 'business-error'; subCode: string; subMsg?: string }
  /** The answer cut in half: a truncated body. */
  | { kind: 'malformed-body' }
  /** One character of the signed node changed after signing (its `msg`): a forged answer. */
  | { kind: 'tampered-body' }
  /** The answer signed with a key that is not the gateway's. */
  | { kind: 'wrong-signature' }
  /** The connection dropped: no HTTP answer at all (`fetch` rejects). */
  | { kind: 'drop-connection' };

/**
 * When to inject a fault.
 *
 * @example
 * ```ts
 * const rule: FaultRule = { method: 'alipay.marketing.card.query', fault: { kind: 'system-busy' }, probability: 0.3, times: 5 };
 * ```
 */
export interface FaultRule {
  /** Only for this method (default: every method). */
  method?: string;
  fault: MockFault;
  /** Chance per matching request, from the seeded generator (default 1: always). */
  probability?: number;
  /** Inject at most this many times, then the rule is removed (default: no limit). */
  times?: number;
}

/**
 * mulberry32: a small, fast, seedable generator; plenty for deciding test faults.
 *
 * @example
 * ```ts
 * const next = seededRandom(42);
 * next(); // the same sequence for the same seed, in [0, 1)
 * ```
 */
export function seededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw mockError(`seededRandom needs a number, got ${typeof seed}.`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks the faults for one request and consumes `times`. */
export function drawFaults(rules: FaultRule[], method: string | undefined, random: () => number): MockFault[] {
  const faults: MockFault[] = [];
  for (const rule of [...rules]) {
    if (rule.method !== undefined && rule.method !== method) continue;
    if (rule.probability !== undefined && random() >= rule.probability) continue;
    faults.push(rule.fault);
    if (rule.times !== undefined && --rule.times <= 0) rules.splice(rules.indexOf(rule), 1);
  }
  return faults;
}
