import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  compileRubric,
  defaultRubric,
  evaluate,
} from '@readiness-scorecards/plugin-readiness-common';
import { parseAllDocuments } from 'yaml';
import { FIXTURES, NOW, runCli } from '../__testUtils__/runCli';

const PROD = 'production-ready/catalog-info.yaml';
const PILOT = 'pilot/catalog-info.yaml';
const MULTI = 'multi-doc/catalog-info.yaml';

describe('readiness lint', () => {
  it('exits 0 for a production-ready entity and says what it could not verify offline', async () => {
    const { code, stdout } = await runCli([
      'lint',
      PROD,
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('component:default/payments-api');
    expect(stdout).toContain('✓ reaches production');
    expect(stdout).toContain('Not verifiable offline');
    expect(stdout).toMatch(/owner-group.*\n.*not verifiable offline/);
    // Offline the verified tier is none: unverifiable checks are never passed.
    expect(stdout).toContain(
      'tier none (production if the unverifiable checks pass)',
    );
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 1 when gaps remain, blockers listed before majors', async () => {
    const { code, stdout } = await runCli(['lint', PILOT, '--now', NOW]);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ does not reach production');
    const blocking = stdout.slice(stdout.indexOf('Blocking production'));
    expect(blocking.indexOf('on-call')).toBeLessThan(
      blocking.indexOf('rollout'),
    );
    expect(stdout).toContain(
      'readiness/on-call: https://oncall.example.com/schedules/loyalty-points',
    );
    expect(stdout).toContain('0 of 1 entity reaches production');
  });

  it('honours --target-tier', async () => {
    expect(
      (
        await runCli([
          'lint',
          PILOT,
          '--target-tier',
          'pilot',
          '--allow-unverifiable',
          '--now',
          NOW,
        ])
      ).code,
    ).toBe(0);
    expect(
      (await runCli(['lint', PILOT, '--target-tier', 'beta', '--now', NOW]))
        .code,
    ).toBe(1);
    const unknown = await runCli(['lint', PILOT, '--target-tier', 'gold']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "unknown tier gold; the rubric's tiers are pilot, beta, production",
    );
  });

  it('counts checks it cannot verify offline as gaps unless told otherwise', async () => {
    const { code, stdout } = await runCli(['lint', PROD, '--now', NOW]);
    expect(code).toBe(1);
    expect(stdout).toContain('not verifiable offline (counted as gaps');
    const relaxed = await runCli([
      'lint',
      PROD,
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain(
      'not counted as gaps: --allow-unverifiable',
    );
  });

  it('exits 2 with file, line and column on a YAML syntax error', async () => {
    const { code, stderr, stdout } = await runCli([
      'lint',
      'malformed/catalog-info.yaml',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /malformed\/catalog-info\.yaml:\d+:\d+: YAML syntax error: Missing closing "quote/,
    );
  });

  it('exits 2 for a missing file, an empty glob and the default file when absent', async () => {
    expect((await runCli(['lint', 'nope.yaml'])).stderr).toContain(
      'nope.yaml: no such file',
    );
    expect((await runCli(['lint', 'nope/**/*.yaml'])).code).toBe(2);
    const dflt = await runCli(['lint']);
    expect(dflt.code).toBe(2);
    expect(dflt.stderr).toContain('catalog-info.yaml: no such file');
  });

  it('reads every document of a multi-document file and skips entities out of scope', async () => {
    const { code, stdout } = await runCli([
      'lint',
      MULTI,
      '--format',
      'json',
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(
      report.entities.map((e: any) => [e.entityRef, e.reachesTarget, e.line]),
    ).toEqual([
      ['component:default/payments-api', true, 10],
      ['component:default/loyalty-points', false, 57],
    ]);
    expect(report.skipped).toEqual([
      { kind: 'System', name: 'checkout', file: MULTI, line: 3 },
    ]);
    expect(report.entities[0].tier).toBeNull();
    expect(report.entities[0].tierIfVerified).toBe('production');
    expect(report.entities[1].unverifiable.map((c: any) => c.checkId)).toEqual([
      'owner-group',
    ]);
  });

  it('expands globs', async () => {
    const { code, stdout } = await runCli([
      'lint',
      'p*/catalog-info.yaml',
      '--format',
      'json',
      '--now',
      NOW,
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).entities.map((e: any) => e.file)).toEqual([
      PILOT,
      PROD,
    ]);
  });

  it('writes SARIF 2.1.0 with rules and located results', async () => {
    const { code, stdout } = await runCli([
      'lint',
      PILOT,
      '--format',
      'sarif',
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: any) => r.id)).toContain('runbook');
    const runbook = run.results.find((r: any) => r.ruleId === 'runbook');
    expect(runbook.level).toBe('error');
    expect(runbook.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: PILOT },
      region: { startLine: 9 }, // the first annotation: where the fix goes
    });
    expect(run.results.find((r: any) => r.ruleId === 'owner-group').level).toBe(
      'note',
    );
  });

  it('writes GitHub Actions workflow commands', async () => {
    const { code, stdout } = await runCli([
      'lint',
      PILOT,
      '--format',
      'github',
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=pilot\/catalog-info\.yaml,line=9,title=readiness runbook \(beta blocker\)::component:default\/loyalty-points: .*%0AFix:%0A/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::notice file=pilot\/catalog-info\.yaml,line=\d+,title=readiness owner-group/,
      ),
    );
    // Multi-line messages are escaped onto one line.
    expect(
      lines.filter(l => l.startsWith('::')).every(l => !l.includes('\n')),
    ).toBe(true);
    expect(lines[lines.length - 1]).toContain(
      '0 of 1 entity reaches production',
    );
  });

  it('colours text only on a TTY without NO_COLOR', async () => {
    const tty = await runCli(['lint', PILOT, '--now', NOW], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31m');
    const noColor = await runCli(['lint', PILOT, '--now', NOW], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('scores with the readiness.rubric key of an app-config file', async () => {
    const { code, stdout } = await runCli([
      'lint',
      PROD,
      '--rubric',
      'config/app-config.yaml',
      '--format',
      'json',
      '--allow-unverifiable',
      '--now',
      NOW,
    ]);
    expect(code).toBe(1);
    const [entity] = JSON.parse(stdout).entities;
    expect(entity.gaps.map((c: any) => c.checkId)).toEqual(['load-test']);
    expect(entity.scorecard.checks.map((c: any) => c.checkId)).not.toContain(
      'cost',
    );
    expect(entity.gaps[0].fix.docUrl).toBe(
      'https://github.com/acme/portal/blob/main/docs/annotations.md#load-test',
    );
  });

  it('exits 2 naming the key path of a wrong rubric', async () => {
    const { code, stderr } = await runCli([
      'lint',
      PROD,
      '--rubric',
      'config/bad-rubric.yaml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'config/bad-rubric.yaml: invalid rubric: readiness.rubric.checks.runbook.severity',
    );
  });

  it('says what an SLO objective must be, in the words of the engine', async () => {
    const file = 'slo-values/catalog-info.yaml';
    const quantity =
      'expected a number with a unit or percent, such as 99.9%, 300ms or p99 < 2s';
    const expected = [
      `readiness/slo has availability="ninety-nine", ${quantity}`,
      `readiness/slo has availability="99.9", ${quantity}`,
    ];
    const text = await runCli(['lint', file, '--now', NOW]);
    expect(text.code).toBe(1);
    for (const message of expected) {
      expect(text.stdout).toContain(
        `✗ slo  An SLO [beta · major]\n        ${message}\n`,
      );
    }

    const json = await runCli(['lint', file, '--format', 'json', '--now', NOW]);
    const slo = JSON.parse(json.stdout).entities.map((e: any) =>
      e.scorecard.checks.find((c: any) => c.checkId === 'slo'),
    );
    expect(slo.map((c: any) => [c.status, c.message])).toEqual(
      expected.map(message => ['invalid', message]),
    );

    // The engine, given the same entities, says the same.
    const compiled = compileRubric(defaultRubric);
    const engine = parseAllDocuments(
      readFileSync(join(FIXTURES, file), 'utf8'),
    ).map(doc => {
      const card = evaluate(compiled, {
        entity: doc.toJS() as Entity,
        now: new Date(NOW),
      });
      return card.checks.find(c => c.checkId === 'slo')!.message;
    });
    expect(engine).toEqual(expected);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['lint', PROD, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['lint', PROD, '--now', 'yesterday'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});
