import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOW, runCli } from '../__testUtils__/runCli';

const BARE = `# Loyalty points: owned by payments.
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: loyalty-points
  annotations:
    backstage.io/techdocs-ref: dir:. # docs next to the code
spec:
  type: service
  lifecycle: experimental
  owner: group:default/payments-team   # the team, not a person
`;

function tempRepo(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-init-'));
  writeFileSync(join(dir, 'catalog-info.yaml'), content);
  return dir;
}

describe('readiness init', () => {
  it('adds the missing pilot evidence and keeps comments and formatting', async () => {
    const cwd = tempRepo(BARE);
    const { code, stdout } = await runCli(['init', '--now', NOW], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('Component:loyalty-points: added');
    const after = readFileSync(join(cwd, 'catalog-info.yaml'), 'utf8');
    expect(after.startsWith('# Loyalty points: owned by payments.\n')).toBe(
      true,
    );
    expect(after).toContain(
      'backstage.io/techdocs-ref: dir:. # docs next to the code',
    );
    expect(after).toContain(
      'owner: group:default/payments-team # the team, not a person',
    );
    expect(after).toContain('readiness/success-metric:');
    expect(after).toContain('spec:\n  type: service');

    // Now only catalog checks stand between it and pilot.
    const lint = await runCli(
      ['lint', '--target-tier', 'pilot', '--allow-unverifiable', '--now', NOW],
      { cwd },
    );
    expect(lint.code).toBe(0);

    // A second run has nothing left to add.
    const again = await runCli(['init', '--now', NOW], { cwd });
    expect(again.stdout).toContain('nothing to add');
  });

  it('prints instead of writing with --dry-run', async () => {
    const cwd = tempRepo(BARE);
    const { code, stdout } = await runCli(
      ['init', 'catalog-info.yaml', '--dry-run', '--now', NOW],
      { cwd },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('readiness/success-metric:');
    expect(readFileSync(join(cwd, 'catalog-info.yaml'), 'utf8')).toBe(BARE);
  });

  it('exits 2 on a file it cannot parse', async () => {
    const { code, stderr } = await runCli([
      'init',
      'malformed/catalog-info.yaml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /malformed\/catalog-info\.yaml:\d+:\d+: YAML syntax error/,
    );
  });
});
