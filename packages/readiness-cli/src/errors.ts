/** Exit codes: the contract CI scripts rely on. */
export const EXIT_OK = 0;
export const EXIT_GAPS = 1;
export const EXIT_USAGE = 2;

/**
 * A problem with how the CLI was called or with its inputs (unreadable or
 * unparsable file, bad rubric, catalog unreachable): exit code 2, so CI can
 * tell "the service has gaps" (1) from "the check itself did not run" (2).
 */
export class UsageError extends Error {
  readonly name = 'UsageError';
}

/**
 * The diagnosis of a `yaml` parse error: its first line, without the
 * "at line N, column M:" the caller already puts in front as file:line:col.
 */
export function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
