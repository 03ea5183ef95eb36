import path from 'node:path';
import { writeExamplesForToday } from '@internal/example-org';

// A copy of examples/ with its dates moved to today, as the demo backend
// does, so the intended states of examples/README.md hold on any date.
const examplesDir = writeExamplesForToday(
  path.resolve(__dirname, '../../../../examples'),
);

/**
 * The `catalog` config of test backends: the example organisation and
 * services from examples/ (dates moved to today), processed every second.
 */
export const exampleCatalogConfig = exampleCatalogConfigIn(examplesDir);

/**
 * A fresh copy of examples/ (dates moved to today) for a test that changes
 * the catalog's files, and the `catalog` config that loads it.
 */
export function freshExampleCatalog(
  /** The day the example dates are moved to (default today). */
  asOf?: Date,
): {
  dir: string;
  config: ReturnType<typeof exampleCatalogConfigIn>;
} {
  const dir = writeExamplesForToday(
    path.resolve(__dirname, '../../../../examples'),
    asOf,
  );
  return { dir, config: exampleCatalogConfigIn(dir) };
}

function exampleCatalogConfigIn(dir: string) {
  return {
    rules: [
      {
        allow: [
          'Component',
          'System',
          'API',
          'Resource',
          'Location',
          'Domain',
          'Group',
          'User',
        ],
      },
    ],
    locations: [
      { type: 'file', target: path.join(dir, 'org.yaml') },
      { type: 'file', target: path.join(dir, 'entities.yaml') },
    ],
    processingInterval: { seconds: 1 },
  };
}
