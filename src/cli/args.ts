// A small, strict command-line parser: known options only, clear one-line errors.
import { CliError, EXIT } from './exit-codes.js';

export interface OptionSpec {
  /** long name without dashes, e.g. 'rules' */
  readonly name: string;
  readonly short?: string;
  /** takes a value */
  readonly value?: boolean;
  /** may be given several times (values collected) */
  readonly repeat?: boolean;
  /** counts occurrences (-v, -vv) */
  readonly count?: boolean;
  readonly choices?: readonly string[];
}

export interface Parsed {
  readonly opts: Map<string, string | string[] | number | boolean>;
  readonly positional: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): Parsed {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const opts = new Map<string, string | string[] | number | boolean>();
  const positional: string[] = [];

  const set = (spec: OptionSpec, v: string | undefined): void => {
    if (spec.value) {
      if (v === undefined) throw new CliError(`option --${spec.name} needs a value`, EXIT.USAGE);
      if (spec.choices && !spec.choices.includes(v)) {
        throw new CliError(`option --${spec.name}: '${v}' is not one of ${spec.choices.join(', ')}`, EXIT.USAGE);
      }
      if (spec.repeat) opts.set(spec.name, [...((opts.get(spec.name) as string[] | undefined) ?? []), v]);
      else opts.set(spec.name, v);
    } else if (spec.count) {
      opts.set(spec.name, ((opts.get(spec.name) as number | undefined) ?? 0) + 1);
    } else {
      opts.set(spec.name, true);
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byLong.get(name);
      if (!spec) throw new CliError(`unknown option ${a.slice(0, eq >= 0 ? eq : undefined)}`, EXIT.USAGE);
      if (spec.value) set(spec, eq >= 0 ? a.slice(eq + 1) : argv[++i]);
      else if (eq >= 0) throw new CliError(`option --${name} takes no value`, EXIT.USAGE);
      else set(spec, undefined);
    } else if (a.startsWith('-') && a.length > 1) {
      // bundled short flags: -vv, -jq; a value-taking one consumes the rest or the next argument
      for (let k = 1; k < a.length; k++) {
        const spec = byShort.get(a[k]!);
        if (!spec) throw new CliError(`unknown option -${a[k]}`, EXIT.USAGE);
        if (spec.value) {
          const rest = a.slice(k + 1);
          set(spec, rest.length ? rest : argv[++i]);
          break;
        }
        set(spec, undefined);
      }
    } else {
      positional.push(a);
    }
  }
  return { opts, positional };
}

/** Parses `0x401000` / `4198400`; throws a usage error naming the option otherwise. */
export function parseIntOption(name: string, v: string): number {
  const t = v.trim();
  const n = /^0x[0-9a-f]+$/i.test(t) ? parseInt(t.slice(2), 16) : /^\d+$/.test(t) ? parseInt(t, 10) : NaN;
  if (!Number.isSafeInteger(n)) throw new CliError(`option --${name}: '${v}' is not an address/number`, EXIT.USAGE);
  return n;
}
