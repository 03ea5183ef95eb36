import { resolve } from 'node:path';
import type { CliIo } from '../io/CliIo';
import { run } from '../run';

export const FIXTURES = resolve(__dirname, '../__fixtures__');

/** The day the fixtures' dates were written against (see examples/README.md). */
export const NOW = '2026-11-21';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  argv: string[],
  overrides: Partial<CliIo> & { isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const { isTTY, ...rest } = overrides;
  const io: CliIo = {
    stdout: {
      isTTY,
      write: (s: string) => {
        stdout += s;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    env: {},
    cwd: FIXTURES,
    ...rest,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
