/** A small command-line reader for the bench scripts: `--name value` and `--flag`, nothing else. */
export class Args {
  private readonly values = new Map<string, string>();
  private readonly flags = new Set<string>();

  constructor(argv: readonly string[], private readonly usage: string, flagNames: readonly string[] = []) {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (!arg.startsWith('--')) this.fail(`unexpected argument ${arg}`);
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (flagNames.includes(name)) this.flags.add(name);
      else if (inline !== undefined) this.values.set(name, inline);
      else if (argv[i + 1] !== undefined) this.values.set(name, argv[++i]!);
      else this.fail(`--${name} needs a value`);
    }
  }

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  int(name: string, fallback: number, min = 0): number {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isInteger(value) || value < min) this.fail(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
    return value;
  }

  intList(name: string, fallback: readonly number[]): number[] {
    const raw = this.values.get(name);
    if (raw === undefined) return [...fallback];
    const values = raw.split(',').map((part) => Number(part.trim().replaceAll('_', '').replace(/k$/i, '000').replace(/m$/i, '000000')));
    if (values.some((v) => !Number.isInteger(v) || v < 1)) this.fail(`--${name} must be a comma-separated list of positive integers, got "${raw}"`);
    return values;
  }

  flag(name: string): boolean {
    return this.flags.has(name);
  }

  /** Every option given that is not among `known`. */
  unknown(known: readonly string[]): string[] {
    return [...this.values.keys(), ...this.flags].filter((name) => !known.includes(name));
  }

  fail(message: string): never {
    process.stderr.write(`${message}\n${this.usage}\n`);
    process.exit(2);
  }
}
