// Compile-time checks of execute's typing, run by `tsc -p test` in `npm test`. Each
// expect-error directive below fails the type check if the line it guards ever compiles.
import * as v from 'valibot';
import { type AlipayClient, type ApiErrorCode, type ResponseNode, untyped } from '../../src/index.ts';
import { alipayMarketingActivityQuery, alipayTradeQuery } from '../../src/apis.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(_: T) => {};

export async function typing(client: AlipayClient): Promise<void> {
  const card = await client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
  assert<Equal<typeof card.card_info.balance, string | undefined>>(true);
  assert<Equal<typeof card.schema_url, string>>(true);
  const timeStamp: number | undefined = card.card_info.mdcode_info?.time_stamp;
  void timeStamp;

  const form = await client.execute(
    'alipay.marketing.card.activateform.query',
    { biz_type: 'MEMBER_CARD', template_id: '1', request_id: '2' },
    { authToken: 't' },
  );
  assert<Equal<typeof form.fields, Record<string, string>>>(true);
  const first: Record<string, string> | undefined = form.infos?.[0];
  void first;

  // @ts-expect-error a known method with a wrong request field does not fall back to the generic overload
  await client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', wrong: 1 });
  // @ts-expect-error an invalid card number type
  await client.execute('alipay.marketing.card.query', { target_card_no_type: 'PHONE', target_card_no: '1' });
  // @ts-expect-error biz_type is MEMBER_CARD only
  await client.execute('alipay.marketing.card.activateform.query', { biz_type: 'X', template_id: '1', request_id: '2' });
  // @ts-expect-error a misspelt request field (card_user_inf) is not an extra field
  await client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1', card_user_inf: { user_uni_id: '1', user_uni_id_type: 'UID' } });
  // @ts-expect-error a misspelt result field (balanse)
  void card.card_info.balanse;
  // @ts-expect-error a misspelt nested result field
  void card.card_info.mdcode_info?.time_stmp;
  // A field Alipay adds later stays reachable, by an explicit index access.
  const added: unknown = (card.card_info as Record<string, unknown>).new_field;
  void added;

  // Every operation of the description is typed by name and by definition.
  const trade = await client.execute('alipay.trade.query', { out_trade_no: '1' });
  assert<Equal<typeof trade.trade_status, string | undefined>>(true);
  const byDefinition = await client.execute(alipayTradeQuery, { out_trade_no: '1' });
  assert<Equal<typeof byDefinition, typeof trade>>(true);
  // @ts-expect-error a misspelt request field of a generated operation
  await client.execute(alipayTradeQuery, { out_trade_noo: '1' });
  // @ts-expect-error a misspelt method name does not compile
  await client.execute('alipay.trade.qurey', { out_trade_no: '1' });
  // A method outside the catalogue takes the explicit untyped form.
  const generic = await client.execute(untyped('alipay.some.new.method'), { out_trade_no: '1' });
  assert<Equal<typeof generic, ResponseNode>>(true);
  const validated = await client.execute(untyped('alipay.some.new.method'), { out_trade_no: '1' }, { schema: v.object({ trade_no: v.string() }) });
  assert<Equal<typeof validated, { trade_no: string }>>(true);
  // @ts-expect-error options are camelCase
  await client.execute('alipay.trade.query', {}, { auth_token: 'x' });
  // Error codes from the operation's error model are literal types.
  const code: ApiErrorCode<'alipay.trade.query'> = 'ACQ.TRADE_NOT_EXIST';
  // @ts-expect-error not one of trade.query's codes
  const wrong: ApiErrorCode<'alipay.trade.query'> = 'ACQ.NO_SUCH_CODE';
  void code;
  void wrong;
  // Path parameters are required.
  // @ts-expect-error activity_id is a path parameter
  await client.execute(alipayMarketingActivityQuery, { merchant_id: '1' });
  await client.execute(alipayMarketingActivityQuery, { activity_id: '1' });
}

export async function journeyTyping(client: AlipayClient): Promise<void> {
  const token = await client.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: 'c' });
  assert<Equal<typeof token.expires_in, number>>(true);
  // @ts-expect-error a refresh needs refresh_token, not code
  await client.execute('alipay.system.oauth.token', { grant_type: 'refresh_token', code: 'c' });
  const link = await client.execute('alipay.marketing.card.activateurl.apply', { template_id: 't' });
  assert<Equal<typeof link.apply_card_url, string>>(true);
  await client.execute('alipay.marketing.card.formtemplate.set', { template_id: 't', fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } });
  // @ts-expect-error reason_code is one of USER_UNBUND, CANCEL, PRESENT
  await client.execute('alipay.marketing.card.delete', { out_serial_no: 's', target_card_no: '1', target_card_no_type: 'BIZ_CARD', reason_code: 'LOST' });
  await client.execute('alipay.offline.material.image.upload', { image_type: 'png', image_name: 'n', image_content: new Uint8Array(1) });
}
