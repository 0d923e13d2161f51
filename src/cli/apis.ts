// `alipay-edge apis [filter]`: the operations of the typed catalogue, each with its v3 verb and
// path, what its definition is called in alipay-edge/apis, and whether it is a read (retried).
import { type Command, help, parse } from './command.ts';
import { EXIT } from './io.ts';

const camel = (method: string) => method.split('.').map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');

export const apis: Command = {
  summary: 'list the typed operations (every API of Alipay’s v3 description), with verb and path',
  help: `Usage: alipay-edge apis [filter] [--json]

Lists the operations alipay-edge types, validates and routes: every operation of Alipay's OpenAPI v3
description. Each line shows the method name (what v2 and \`execute\` take), the v3 verb and path,
and the definition's name in alipay-edge/apis. A filter keeps the operations whose method, path or
definition name contains it (case aside), such as \`alipay-edge apis trade\`. --json prints a list
of { method, definition, verb, path, query, body, files, retried }.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    if (values.help) return help(this, io);
    const { allApis } = await import('../apis-all.ts');
    const filter = positionals.join(' ').toLowerCase();
    const rows = allApis
      .map((api) => ({ method: api.method, definition: camel(api.method), verb: api.v3.verb, path: api.v3.path, query: api.v3.query, body: api.v3.body, files: api.v3.files, retried: api.retried }))
      .filter((row) => filter === '' || [row.method, row.path, row.definition].some((text) => text.toLowerCase().includes(filter)));
    if (values.json) io.out(JSON.stringify(rows, null, 2));
    else {
      const width = Math.max(0, ...rows.map((row) => row.method.length));
      for (const row of rows) io.out(`${row.method.padEnd(width)}  ${row.verb.padEnd(6)} ${row.path}  (${row.definition}${row.retried ? ', read: retried' : ''})`);
      io.out(`${rows.length} of ${allApis.length} operations${filter ? ` matching ${JSON.stringify(filter)}` : ''}.`);
    }
    return rows.length > 0 ? EXIT.ok : EXIT.failed;
  },
};
