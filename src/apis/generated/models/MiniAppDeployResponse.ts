// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MiniAppDeployResponse`, a model of Alipay's v3 description (in `alipay.open.mini.appdeploy.byappversion.query`, `alipay.open.mini.appdeploy.bydeployversion.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppDeployResponse = { android_client_max: '…', android_client_min: '…' };
 * ```
 */
export interface MiniAppDeployResponse {
  android_client_max?: string;
  android_client_min?: string;
  app_version?: string;
  bundle_id?: string;
  deploy_version?: string;
  gmt_create?: string;
  gmt_modified?: string;
  ios_client_max?: string;
  ios_client_min?: string;
  mini_app_id?: string;
  package_size?: string;
  status?: string;
}
export const MiniAppDeployResponseShape = (): object => ({ android_client_max: 0, android_client_min: 0, app_version: 0, bundle_id: 0, deploy_version: 0, gmt_create: 0, gmt_modified: 0, ios_client_max: 0, ios_client_min: 0, mini_app_id: 0, package_size: 0, status: 0 });
