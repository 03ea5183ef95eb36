import { Command, CommanderError, Option } from 'commander';
import { explainCommand } from './commands/explain';
import { initCommand } from './commands/init';
import { lintCommand } from './commands/lint';
import { lintInitiativeCommand } from './commands/lintInitiative';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { FORMATS } from './formats';
import type { CliIo } from './io/CliIo';
// The build inlines package.json, so the version follows changesets' bumps.
import { version as VERSION } from '../package.json';

export type { CliIo, OutputStream } from './io/CliIo';
export { scoreEntity, assess } from './engine/assess';
export { CatalogApiClient } from './catalog/CatalogApiClient';

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('readiness')
    .description(
      'Production-readiness scorecards for Backstage catalog entities, in CI or locally.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: s => io.stdout.write(s),
      writeErr: s => io.stderr.write(s),
    })
    .showHelpAfterError('(run readiness --help for usage)');

  const rubricOption = () =>
    new Option(
      '--rubric <app-config.yaml>',
      'score with the readiness.rubric key of this app-config file (default: the built-in rubric)',
    );
  const nowOption = () =>
    new Option(
      '--now <date>',
      'evaluate as of this date (YYYY-MM-DD) instead of today',
    );

  program
    .command('lint')
    .description(
      'Score catalog entities against the rubric; exit 0 when all reach the target tier, 1 when gaps remain, 2 on errors.',
    )
    .argument('[files...]', 'catalog files or globs', [])
    .addOption(rubricOption())
    .option(
      '--target-tier <tier>',
      'tier every entity must reach (default: the top tier)',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(Object.keys(FORMATS))
        .default('text'),
    )
    .option(
      '--backstage-url <url>',
      'resolve owner group, members and operational owner through this Backstage (token from READINESS_BACKSTAGE_TOKEN or BACKSTAGE_TOKEN)',
    )
    .option(
      '--allow-unverifiable',
      'report checks that cannot be verified offline without counting them as gaps (by default they are gaps: an entity reaches a tier only when every check of it is verified)',
    )
    .option(
      '--trust-waivers',
      'offline, accept waivers without checking the approver against the catalog',
    )
    .option(
      '--initiative <id>',
      'report what each entity in the scope of this initiative must still do for its target (needs --backstage-url; formats text and json)',
    )
    .addOption(nowOption())
    .action(async (files: string[], options) => {
      setCode(
        await (options.initiative
          ? lintInitiativeCommand(files, options, io)
          : lintCommand(files, options, io)),
      );
    });

  program
    .command('explain')
    .description(
      'Show what a check wants, its tier, severity and the YAML fix.',
    )
    .argument('<check-id>', 'id of the check, e.g. runbook')
    .addOption(rubricOption())
    .action(async (checkId: string, options) => {
      setCode(await explainCommand(checkId, options, io));
    });

  program
    .command('init')
    .description(
      "Add the first tier's missing evidence to a catalog-info.yaml, keeping its comments and formatting.",
    )
    .argument('[file]', 'catalog file (default: ./catalog-info.yaml)')
    .addOption(rubricOption())
    .option('--dry-run', 'print the result instead of writing the file')
    .addOption(nowOption())
    .action(async (file: string | undefined, options) => {
      setCode(await initCommand(file, options, io));
    });

  return program;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit
 * code instead of exiting, so tests run it in-process with fake streams.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, c => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exitCode 0; bad usage with 1, which we make 2.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`readiness: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(
      `readiness: unexpected error: ${
        error instanceof Error ? error.stack ?? error.message : String(error)
      }\n`,
    );
    return EXIT_USAGE;
  }
}
