// The MSW-based mock gateway (its fetch is built on msw's getResponse).
import { createMockGateway } from '../../mocks/index.ts';
import type { GatewayFactory } from './suite.ts';

export const mswGateway: GatewayFactory = (options) => createMockGateway(options);
