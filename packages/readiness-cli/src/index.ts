/**
 * The `readiness` CLI. Running this module runs the CLI on process.argv;
 * the in-process entry point for tests is `run` in ./run.
 *
 * @packageDocumentation
 */
import { processIo } from './io/CliIo';
import { run } from './run';

run(process.argv.slice(2), processIo()).then(
  code => {
    // exitCode, not exit(): lets piped stdout drain before the process ends.
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`readiness: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
