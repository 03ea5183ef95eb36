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
export const exampleCatalogConfig = {
  rules: [
    {
      allow: ['Component', 'System', 'API', 'Resource', 'Location', 'Domain', 'Group', 'User'],
    },
  ],
  locations: [
    { type: 'file', target: path.join(examplesDir, 'org.yaml') },
    { type: 'file', target: path.join(examplesDir, 'entities.yaml') },
  ],
  processingInterval: { seconds: 1 },
};
