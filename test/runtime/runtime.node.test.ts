// The runtime suite on Node.
import { describe, it } from 'vitest';
import { bareGateway } from './gateways.ts';
import { mswGateway } from './msw-gateway.ts';
import { runtimeCases } from './suite.ts';

describe.each([
  ['MSW mock gateway', mswGateway],
  ['bare mock gateway (library only)', bareGateway],
] as const)('runtime suite on Node, %s', (_name, factory) => {
  for (const c of runtimeCases(factory)) it(c.name, c.run);
});
