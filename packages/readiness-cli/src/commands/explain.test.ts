import { runCli } from '../__testUtils__/runCli';

describe('readiness explain', () => {
  it('prints what a check wants and the fix', async () => {
    const { code, stdout } = await runCli(['explain', 'runbook']);
    expect(code).toBe(0);
    expect(stdout).toContain('runbook: Runbook linked');
    expect(stdout).toContain('Tier:      Beta (beta)');
    expect(stdout).toContain('Severity:  blocker');
    expect(stdout).toContain('`readiness/runbook`');
    expect(stdout).toContain(
      'readiness/runbook: https://runbooks.example.com/{{name}}',
    );
    expect(stdout).toContain('Docs: docs/annotations.md#runbook');
  });

  it('explains checks added by an app-config rubric', async () => {
    const { code, stdout } = await runCli([
      'explain',
      'load-test',
      '--rubric',
      'config/app-config.yaml',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('load-test: Load tested');
  });

  it('exits 2 with the list of ids for an unknown check', async () => {
    const { code, stderr } = await runCli(['explain', 'run-book']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown check run-book');
    expect(stderr).toMatch(/runbook\s+Runbook linked/);
    expect(stderr).toMatch(/owner-group\s+Owned by a team/);
  });
});
