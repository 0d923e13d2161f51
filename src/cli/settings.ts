// Where every setting comes from, in one place: a flag on this command line, then the --config
// file it names, then the ALIPAY_* environment variable, then the default. What was typed for
// this command beats what the shell happens to hold. Settings that go together (the gateway and
// --sandbox; Alipay's public key and the certificates) are taken together from the first source
// that sets any of them, so `--sandbox` is never undone by an ALIPAY_GATEWAY left in the shell.
import { type Io, readValue } from './io.ts';

/** A setting's value and where it came from (`--app-id`, `alipay.json`, `ALIPAY_APP_ID`). */
export interface Setting<T = string> {
  value: T;
  from: string;
}

/** One setting's names in each source. With `file`, a flag or variable may name a file (or `-`, stdin, for a flag). */
export interface SettingSpec {
  flag?: string;
  env?: string;
  /** The key in a --config file. */
  key?: string;
  file?: boolean;
}

/** One source: a name for messages and how it holds a setting. */
interface Source {
  name: string;
  get(spec: SettingSpec): unknown;
  /** Whether a text from this source may name a file. */
  files: boolean;
}

/** The sources of a command line, most specific first. */
export class Settings {
  readonly #sources: Source[];

  constructor(
    private readonly io: Io,
    values: Record<string, unknown>,
    config?: { name: string; values: Record<string, unknown> },
  ) {
    // An empty variable (ALIPAY_GATEWAY= in a .env file) is not set; an empty flag was typed.
    const given = (value: unknown) => (typeof value === 'string' || typeof value === 'boolean' ? value : undefined);
    this.#sources = [
      { name: 'flag', get: (spec) => (spec.flag === undefined ? undefined : given(values[spec.flag])), files: true },
      // A file's values go to the client as they are: it names a wrong type (appId: 2014072300007148).
      ...(config ? [{ name: config.name, get: (spec: SettingSpec) => (spec.key === undefined || config.values[spec.key] === null ? undefined : config.values[spec.key]), files: false }] : []),
      { name: 'environment', get: (spec) => (spec.env === undefined || io.env[spec.env] === '' ? undefined : given(io.env[spec.env])), files: true },
    ];
  }

  /** Where a spec's value sits in a source, for messages. */
  static where(source: string, spec: SettingSpec): string {
    return source === 'flag' ? `--${spec.flag}` : source === 'environment' ? spec.env! : `${spec.key} in ${source}`;
  }

  /** A setting from the first source that has it. */
  get(spec: SettingSpec): Setting<unknown> | undefined {
    for (const source of this.#sources) {
      const value = source.get(spec);
      if (value !== undefined) return this.#read(source, spec, value);
    }
    return undefined;
  }

  /** A text setting (a file's content when it names one). */
  text(spec: SettingSpec): Setting | undefined {
    const setting = this.get(spec);
    return setting === undefined ? undefined : { value: String(setting.value), from: setting.from };
  }

  /**
   * Settings that go together, all from the first source that sets any of them; `overridden`
   * names the later sources' values that were left out.
   */
  group(specs: SettingSpec[]): { settings: Map<SettingSpec, Setting<unknown>>; overridden: string[] } {
    const settings = new Map<SettingSpec, Setting<unknown>>();
    const overridden: string[] = [];
    for (const source of this.#sources) {
      const found = specs.map((spec) => [spec, source.get(spec)] as const).filter(([, value]) => value !== undefined);
      if (found.length === 0) continue;
      if (settings.size === 0) for (const [spec, value] of found) settings.set(spec, this.#read(source, spec, value));
      else for (const [spec] of found) overridden.push(Settings.where(source.name, spec));
    }
    return { settings, overridden };
  }

  #read(source: Source, spec: SettingSpec, value: unknown): Setting<unknown> {
    const from = Settings.where(source.name, spec);
    // A variable holding "-" is that text, not stdin.
    if (typeof value !== 'string' || !spec.file || !source.files || (source.name === 'environment' && value === '-')) return { value, from };
    return { value: readValue(this.io, value, from), from };
  }
}
