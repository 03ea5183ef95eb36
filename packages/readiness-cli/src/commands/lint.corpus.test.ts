/*
 * Bad input through `readiness lint`: malformed annotations, hostile values,
 * huge values, and files that are not catalog entities at all. The CLI never
 * crashes: gaps exit 1 with file:line in the report, unreadable files exit 2
 * with file:line on stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../__testUtils__/runCli';

const FILES: Record<string, string | Buffer> = {
  'bad-annotations.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: corpus-svc
  annotations:
    readiness/runbook: 42
    readiness/last-review: 2026-02-30
    readiness/decision: "ship; rm -rf /"
    readiness/slo: [availability, 99.9]
    readiness/operational-owner: "group:default/x\\x1b[2J"
    readiness/waiver.nope: "until=2026-03-20; approver=user:default/cto; reason=x"
    readiness/waiver.runbook: "whenever \\u202e"
spec:
  type: service
  owner: "payments'; DROP TABLE entities; --"
  lifecycle: production
`,
  'huge.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: huge
  annotations:
    readiness/cost-per-transaction: "1 USD @ 1${' '.repeat(200_000)}/day"
    readiness/slo: "${'z'.repeat(1_000_000)}"
spec:
  owner: payments
`,
  'duplicate-keys.yaml':
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  name: b\nspec: {}\n',
  'a-list.yaml': '- just\n- a list\n',
  'empty.yaml': '',
  'binary.yaml': Buffer.from(
    Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256),
  ),
  'alias-bomb.yaml': [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    '',
  ].join('\n'),
};

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-lint-corpus-'));
  for (const [name, content] of Object.entries(FILES)) {
    fs.writeFileSync(path.join(dir, name), content);
  }
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const lint = (file: string) =>
  runCli(['lint', file, '--now', '2026-03-01'], { cwd: dir });

describe('readiness lint on bad input', () => {
  it('reports malformed and hostile annotations as gaps with file:line, escaped', async () => {
    const { code, stdout, stderr } = await lint('bad-annotations.yaml');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toContain(
      'component:default/corpus-svc  bad-annotations.yaml:1',
    );
    for (const message of [
      `spec.owner is "payments'; DROP TABLE entities; --", expected a group ref`,
      'readiness/operational-owner is "group:default/x\\u001b[2J", expected a user ref',
      'readiness/last-review is "2026-02-30", expected a date YYYY-MM-DD',
      'readiness/decision is "ship; rm -rf /", expected one of ship, kill, extend',
      'readiness/slo is a list, expected key=value pairs',
      'readiness/waiver.runbook is "whenever \\u202e"',
    ]) {
      expect(stdout).toContain(message);
    }
    // Nothing from the file reaches the terminal raw.
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u202e');
  });

  it('warns about waivers for checks that do not exist', async () => {
    const { stdout } = await lint('bad-annotations.yaml');
    expect(stdout).toContain(
      'readiness/waiver.nope names unknown check "nope", expected the id of a check in the rubric (it waives nothing)',
    );
    const github = await runCli(
      ['lint', 'bad-annotations.yaml', '--now', '2026-03-01', '--format', 'github'],
      { cwd: dir },
    );
    expect(github.stdout).toMatch(
      /^::warning file=bad-annotations\.yaml,line=\d+,title=readiness unknown waiver nope::component:default\/corpus-svc: readiness\/waiver\.nope names unknown check/m,
    );
  });

  // That the engine's patterns are linear on such values is proven statically
  // (plugin-readiness-common's patternsLinear.test.ts), not timed here.
  it('reports 1 MB values in short lines', async () => {
    const { code, stdout } = await lint('huge.yaml');
    expect(code).toBe(1);
    expect(stdout).toContain('(longer than 1000 characters)');
    expect(stdout).toContain(`readiness/slo is "${'z'.repeat(80)}..."`);
    expect(Math.max(...stdout.split('\n').map(l => l.length))).toBeLessThan(
      1000,
    );
  });

  it.each([
    [
      'duplicate-keys.yaml',
      /^readiness: duplicate-keys\.yaml:5:3: YAML syntax error: Map keys must be unique$/m,
    ],
    [
      'a-list.yaml',
      /^readiness: a-list\.yaml:1: not a catalog entity \(expected an object with kind and metadata\)$/m,
    ],
    ['binary.yaml', /^readiness: binary\.yaml:\d+(:\d+)?: /m],
    ['empty.yaml', /^readiness: No catalog entities found in empty\.yaml$/m],
  ])('exits 2 naming %s', async (file, message) => {
    const { code, stdout, stderr } = await lint(file);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('unexpected error');
  });

  it('exits 2 naming a YAML alias bomb, without a stack trace', async () => {
    const { code, stderr } = await lint('alias-bomb.yaml');
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^readiness: alias-bomb\.yaml:1: YAML error: Excessive alias count/m,
    );
    expect(stderr).not.toContain('unexpected error');
  });
});
