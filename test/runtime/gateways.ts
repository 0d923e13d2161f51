// The suite's two gateway factories. The bare one uses no MSW, so it runs where Node
// compatibility is off (the library-only smoke run).
import { createGatewayCore } from '../../mocks/index.ts';
import type { GatewayFactory } from './suite.ts';

/** The mock gateway's core behind a plain function fetch. */
export const bareGateway: GatewayFactory = async (options) => {
  const core = await createGatewayCore(options);
  return {
    appId: core.appId,
    alipayPublicKey: core.alipayPublicKey,
    fetch: async (input, init) => core.handle(new Request(input, init)),
    pay: (carried, buyer) => core.pay(carried, buyer),
  };
};
