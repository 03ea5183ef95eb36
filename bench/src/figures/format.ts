/** How figures are written in the READMEs: rounded once, here. */

export const integer = (n: number) => Math.round(n).toLocaleString('en-US');

export const seconds = (s: number) =>
  s < 1 ? `${integer(s * 1000)} ms` : `${s.toFixed(s < 10 ? 2 : 1)} s`;

export const milliseconds = (ms: number) => seconds(ms / 1000);

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export const mibOf = (valueMiB: number) => `${integer(valueMiB)} MiB`;

export const ratio = (r: number) => `${r < 100 ? r.toFixed(1) : integer(r)}x`;

export const percent = (fraction: number) =>
  `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;

export const loadAverage = (l: { load1: number }) => l.load1.toFixed(1);

/** The day of an ISO timestamp: the run's date as the READMEs cite it. */
export const day = (iso: string) => iso.slice(0, 10);

/**
 * A goal's threshold from its key in a result file (`scoringAtLeast20x`,
 * `scorecardP95Under50ms`), so that no README repeats it by hand.
 */
export function goalOf(key: string): string {
  const match = /(AtLeast|Under)(\d+)(x|ms|s|Percent)$/.exec(key);
  if (!match) {
    throw new Error(
      `goal key ${JSON.stringify(
        key,
      )} does not end in AtLeast<n>x or Under<n><unit>`,
    );
  }
  const [, kind, value, unit] = match;
  const units: Record<string, string> = { x: 'x', Percent: '%' };
  const amount = `${integer(Number(value))}${units[unit] ?? ` ${unit}`}`;
  return kind === 'AtLeast' ? `>= ${amount}` : `< ${amount}`;
}
