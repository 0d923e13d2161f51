// The suite's two gateway factories. The bare one is the public createMockGateway and its
// injected fetch, with no MSW: it runs where Node compatibility is off (the library-only smoke run
// in workerd, with no localStorage shim).
import { createMockGateway } from '../../mocks/index.ts';
import type { GatewayFactory } from './suite.ts';

/** createMockGateway's own fetch, as a user injects it. */
export const bareGateway: GatewayFactory = async (options) => {
  const gateway = await createMockGateway(options);
  return {
    appId: gateway.appId,
    alipayPublicKey: gateway.alipayPublicKey,
    fetch: gateway.fetch,
    pay: (carried, buyer) => gateway.pay(carried, buyer),
  };
};
