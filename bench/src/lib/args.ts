/** The value after `--name` on the command line as a number, or the fallback. */
export function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) {
    throw new Error(`--${name} needs a number, got ${process.argv[index + 1]}`);
  }
  return value;
}

/** The value after `--name` on the command line, or the fallback. */
export function stringArgument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : process.argv[index + 1];
}
