// The mock gateway through its MSW handlers: a fetch built on msw's getResponse, so every runtime
// also exercises `gateway.handlers` (the bare factory uses the gateway's own fetch).
import { getResponse } from 'msw';
import { createMockGateway } from '../../mocks/index.ts';
import type { GatewayFactory } from './suite.ts';

export const mswGateway: GatewayFactory = async (options) => {
  const gateway = await createMockGateway(options);
  const handlers = gateway.handlers;
  return {
    appId: gateway.appId,
    alipayPublicKey: gateway.alipayPublicKey,
    pay: (carried, buyer) => gateway.pay(carried, buyer),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await getResponse(handlers, request);
      if (!response || response.type === 'error') throw new TypeError(`fetch failed: no answer for ${request.method} ${request.url}`);
      return response;
    },
  };
};
