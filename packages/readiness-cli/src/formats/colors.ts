/**
 * Plain ANSI (no dependency); every helper is the identity when colour is
 * off, so formats never test the flag themselves.
 */
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) =>
  `\u001b[${open}m${s}\u001b[${close}m`;

export function palette(color: boolean): Palette {
  if (!color) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
  }
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(
  isTTY: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') {
    return false;
  }
  return !!isTTY;
}
