import path from 'node:path';

const examplesDir = path.resolve(__dirname, '../../../../examples');

/**
 * The `catalog` config of test backends: the example organisation and
 * services from examples/, processed every second.
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
