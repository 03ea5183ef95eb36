/**
 * The bad-input corpus: hand-written and generated malformed entities
 * through the engine with the default rubric, random garbage through the
 * same engine (fast-check), and malformed rubric configs through the
 * loader. Nothing throws, every broken check says which annotation (or
 * field) is wrong and what was expected, and every message stays short and
 * printable whatever the input.
 */
import fc from 'fast-check';
import { InputError } from '@backstage/errors';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import { loadRubricFromConfig } from '../rubric/loadRubricFromConfig';
import type { Scorecard } from '../model/scorecard';
import type { Entity } from '@backstage/catalog-model';
import { relatedFromFullCatalog } from '../__testUtils__/catalog';
import { NOW } from '../__testUtils__/fixtures';
import { looseEntity, garbageEntity } from '../__testUtils__/arbitraries';
import type { MalformedEntityCase } from './corpusTypes';
import { handWrittenEntityCases } from './handWrittenEntities';
import { generatedEntityCases } from './generatedEntities';
import { malformedRubricConfigCases } from './malformedRubricConfigs';
import { corpusEntity, HUGE } from './corpusEntity';

const compiled = compileRubric(defaultRubric);
/** Random entities per run; READINESS_FUZZ_RUNS raises it for a long run. */
const FUZZ_RUNS = Number(process.env.READINESS_FUZZ_RUNS ?? 500);
const entityCases = [...handWrittenEntityCases, ...generatedEntityCases];

/** The longest message any input may produce. */
const MAX_MESSAGE = 2000;
/** Control characters, line separators and bidirectional overrides. */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Every message of a scorecard, with where it came from. */
function messagesOf(card: Scorecard): Array<[string, string]> {
  const messages: Array<[string, string]> = [
    ['decision', card.decision.message],
  ];
  for (const check of card.checks) {
    messages.push([check.checkId, check.message]);
    if (check.waiver) {
      messages.push([`${check.checkId} waiver`, check.waiver.message]);
    }
  }
  for (const waiver of card.unknownWaivers ?? []) {
    messages.push([waiver.annotation.slice(0, 80), waiver.message]);
  }
  return messages;
}

/** Messages are short and printable: no control characters, no lone surrogates. */
function expectShortAndPrintable(card: Scorecard) {
  for (const [where, message] of messagesOf(card)) {
    const problem =
      (message.length > MAX_MESSAGE &&
        `${message.length} characters, at most ${MAX_MESSAGE}`) ||
      (UNPRINTABLE.test(message) && 'a control character') ||
      (!isWellFormed(message) && 'a lone surrogate') ||
      undefined;
    expect({ where, problem, message: message.slice(0, 300) }).toEqual({
      where,
      problem: undefined,
      message: message.slice(0, 300),
    });
  }
}

/** The fragments appear in the text, in this order. */
function expectInOrder(text: string, fragments: readonly string[]) {
  let from = 0;
  for (const fragment of fragments) {
    const at = text.indexOf(fragment, from);
    if (at < 0) {
      expect({ text: text.slice(from), fragment }).toEqual({
        text: expect.stringContaining(fragment),
        fragment,
      });
    }
    from = at + fragment.length;
  }
}

function relatedFor(testCase: MalformedEntityCase) {
  if (testCase.related === 'offline') return undefined;
  return testCase.related ?? relatedFromFullCatalog(testCase.entity as Entity);
}

function score(testCase: MalformedEntityCase): Scorecard {
  return evaluate(compiled, {
    entity: testCase.entity as Entity,
    related: relatedFor(testCase),
    now: NOW,
  });
}

describe('bad-input corpus: malformed entities', () => {
  it('holds at least 200 malformed entities, hand-written and generated', () => {
    expect(handWrittenEntityCases.length).toBeGreaterThanOrEqual(60);
    expect(generatedEntityCases.length).toBeGreaterThanOrEqual(200);
    const titles = entityCases.map(c => c.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(entityCases.map(c => [c.title, c] as const))(
    '%s',
    (_title, testCase) => {
      // 1 MB values included: that every pattern the engine runs is linear
      // is proven statically in patternsLinear.test.ts, not timed here.
      const card = score(testCase);

      expect(card.checks).toHaveLength(compiled.checks.length);
      for (const expected of testCase.expect) {
        const result = card.checks.find(c => c.checkId === expected.check);
        expect({ check: expected.check, status: result?.status }).toEqual({
          check: expected.check,
          status: expected.status,
        });
        expectInOrder(result!.message, expected.message);
      }
      const unknown = card.unknownWaivers ?? [];
      expect(unknown).toHaveLength(testCase.unknownWaivers?.length ?? 0);
      for (const fragment of testCase.unknownWaivers ?? []) {
        expect(
          unknown.some(w => {
            try {
              expectInOrder(w.message, [fragment]);
              return true;
            } catch {
              return false;
            }
          }),
        ).toBe(true);
      }
      expectShortAndPrintable(card);
      expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    },
  );

  it.each(
    entityCases.flatMap(c =>
      c.entityRef ? [[c.title, c.entityRef, c] as const] : [],
    ),
  )('%s: the scorecard is for %s', (_title, entityRef, testCase) => {
    expect(score(testCase).entityRef).toBe(entityRef);
  });

  it('never touches Object.prototype', () => {
    for (const testCase of entityCases) score(testCase);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(
      ({} as Record<string, unknown>)['readiness/runbook'],
    ).toBeUndefined();
  });
});

describe('bad-input corpus: generated garbage (fast-check)', () => {
  const nasty = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '\ud800',
      'x\u0000\u001b[2J',
      '\u202ehttps://x.example.com',
      "'; DROP TABLE readiness_results; --",
      'until=2026-03-20; approver=user:default/cto; reason=\u0007',
    ),
    fc
      .tuple(fc.constantFrom('z', ' ', 'a=1;', '1 USD @ 1'), fc.nat(5000))
      .map(([unit, n]) => unit.repeat(n)),
  );
  const key = fc.oneof(
    fc.constantFrom(
      ...compiled.annotationSlots.index.keys(),
      ...compiled.checks.map(c => `readiness/waiver.${c.id}`),
      'readiness/waiver.nope',
    ),
    fc.string({ unit: 'binary' }).map(s => `readiness/waiver.${s}`),
  );
  const nastyEntity = fc
    .dictionary(key, fc.oneof(nasty, fc.anything()), { maxKeys: 12 })
    .map(annotations => corpusEntity({ annotations }));

  it('gives short, printable messages, and says what is expected when invalid', () => {
    fc.assert(
      fc.property(
        fc.oneof(nastyEntity, looseEntity, garbageEntity),
        fc.boolean(),
        (entity, offline) => {
          const card = evaluate(compiled, {
            entity: entity as Entity,
            related: offline
              ? undefined
              : relatedFromFullCatalog(entity as Entity),
            now: NOW,
          });
          expectShortAndPrintable(card);
          for (const check of card.checks) {
            expect({
              status: check.status,
              saysWhatIsExpected:
                check.status !== 'invalid' ||
                check.message.includes('expected'),
            }).toEqual({ status: check.status, saysWhatIsExpected: true });
            expect(check.message).not.toContain('internal error');
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('survives a huge value in every annotation at once', () => {
    const annotations = Object.fromEntries(
      [...compiled.annotationSlots.index.keys()].map(k => [k, HUGE]),
    );
    const card = evaluate(compiled, {
      entity: corpusEntity({ annotations }) as Entity,
      related: undefined,
      now: NOW,
    });
    expect(
      card.checks.filter(c => c.status === 'invalid').map(c => c.checkId),
    ).toEqual(
      expect.arrayContaining(['runbook', 'slo', 'cost', 'decision', 'review']),
    );
    expectShortAndPrintable(card);
  });
});

describe('bad-input corpus: malformed rubric configs', () => {
  it('holds at least 30 malformed configs', () => {
    expect(malformedRubricConfigCases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(malformedRubricConfigCases.map(c => [c.title, c] as const))(
    '%s',
    (_title, testCase) => {
      let error: unknown;
      try {
        loadRubricFromConfig(testCase.config);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const lines = (error as Error).message.split('\n');
      const line = lines.find(l => l.startsWith(`${testCase.path}: `));
      expect({ path: testCase.path, found: line !== undefined, lines }).toEqual(
        { path: testCase.path, found: true, lines },
      );
      expectInOrder(line!.slice(testCase.path.length + 2), testCase.message);
      expect((error as Error).message.length).toBeLessThan(5000);
    },
  );

  it('never touches Object.prototype', () => {
    for (const testCase of malformedRubricConfigCases) {
      try {
        loadRubricFromConfig(testCase.config);
      } catch {
        // expected
      }
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
