import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { FIXTURES, NOW } from './__testUtils__/runCli';

describe('bin/readiness', () => {
  it('runs as a process and exits with the lint result', () => {
    const bin = resolve(__dirname, '../bin/readiness');
    const result = spawnSync(
      process.execPath,
      [
        bin,
        'lint',
        join(FIXTURES, 'pilot/catalog-info.yaml'),
        '--target-tier',
        'beta',
        '--format',
        'json',
        '--now',
        NOW,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).entities[0].entityRef).toBe(
      'component:default/loyalty-points',
    );
  }, 60_000);
});
