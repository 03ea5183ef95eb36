/**
 * Everything the CLI touches outside its arguments, injected so that tests run
 * the commands in-process and read what they wrote.
 */
export interface OutputStream {
  write(chunk: string): unknown;
  /** Set by Node on terminals; colour is only used when true. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Files and globs are resolved against it; reports show paths relative to it. */
  cwd: string;
  /** The catalog client uses it; tests may pass a fake. Defaults to global fetch. */
  fetch?: typeof fetch;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    fetch: globalThis.fetch,
  };
}
