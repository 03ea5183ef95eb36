/*
 * `readiness lint` over a directory of real public catalog files (the
 * engine's public corpus): templates that do not parse are skipped, and the
 * run ends with the first-run summary in text and in JSON.
 */
import path from 'node:path';
import { runCli } from '../__testUtils__/runCli';

const CORPUS = path.resolve(
  __dirname,
  '../../../../plugins/readiness-common/src/__corpus__/public',
);

describe('readiness lint over a directory', () => {
  it('skips files that hold no entity and ends with the summary', async () => {
    const { code, stdout, stderr } = await runCli(
      ['lint', CORPUS, '--now', '2026-11-21'],
      { cwd: CORPUS },
    );
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toContain('Skipped 6 files that hold no readable entity:');
    expect(stdout).toMatch(
      /Summary of 74 scored entities:\n {2}tiers: pilot 0, beta 0, production 0, none 74\n {2}most common gaps:\n/,
    );
    expect(stdout).toMatch(
      /declare lifecycle production but do not reach production: 50 \(component:default\/backstage-existing, /,
    );
  });

  it('puts the same summary in JSON', async () => {
    const { stdout } = await runCli(
      ['lint', CORPUS, '--now', '2026-11-21', '--format', 'json'],
      { cwd: CORPUS },
    );
    const report = JSON.parse(stdout);
    expect(report.summary.entities).toBe(74);
    expect(report.summary.byTier.map((t: { tier: string }) => t.tier)).toEqual([
      'pilot',
      'beta',
      'production',
      'none',
    ]);
    expect(report.summary.commonGaps).toHaveLength(5);
    expect(report.summary.declaredProductionBelowTop.entities).toBe(50);
    expect(report.skippedFiles).toHaveLength(6);
  });

  it('prints no summary for a single entity', async () => {
    const { stdout } = await runCli(
      [
        'lint',
        'equinor__radix-web-console__catalog-info.yaml',
        '--now',
        '2026-11-21',
      ],
      { cwd: CORPUS },
    );
    expect(stdout).not.toContain('Summary of');
  });
});
