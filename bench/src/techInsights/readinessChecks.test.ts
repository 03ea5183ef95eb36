import { DEFAULT_CHECKS } from './defaultRubricParts';
import { jsonfcChecksConfig, READINESS_CHECK_MAPPINGS, READINESS_RETRIEVER_ID } from './readinessChecks';
import { READINESS_FACT_SCHEMA } from './readinessFacts';

type Condition = { all?: Condition[]; any?: Condition[]; fact?: string };

function factsOf(condition: Condition): string[] {
  if (condition.all) return condition.all.flatMap(factsOf);
  if (condition.any) return condition.any.flatMap(factsOf);
  return condition.fact ? [condition.fact] : [];
}

describe('readiness checks as jsonfc checks', () => {
  it('maps every default check exactly once', () => {
    expect(READINESS_CHECK_MAPPINGS.map(m => m.id).sort()).toEqual(DEFAULT_CHECKS.map(c => c.id).sort());
  });

  it('reads only facts the retriever declares', () => {
    const declared = Object.keys(READINESS_FACT_SCHEMA);
    for (const mapping of READINESS_CHECK_MAPPINGS) {
      for (const fact of factsOf(mapping.conditions)) {
        expect(declared).toContain(fact);
      }
    }
  });

  it('explains every approximation', () => {
    const approximate = READINESS_CHECK_MAPPINGS.filter(m => m.expressible === 'approximate');
    expect(approximate.length).toBeGreaterThan(0);
    const firstAi = approximate.find(m => m.id === 'ai-eval');
    expect(firstAi?.note).toMatch(/not applicable/);
    expect(approximate.filter(m => !m.id.startsWith('ai-') || m.id === 'ai-drift-review').every(m => m.note)).toBe(true);
  });

  it('builds json-rules-engine checks on the readiness retriever', () => {
    const config = jsonfcChecksConfig();
    expect(config['on-call']).toMatchObject({
      type: 'json-rules-engine',
      name: 'On-call routing',
      factIds: [READINESS_RETRIEVER_ID],
    });
    expect(Object.keys(config)).toHaveLength(DEFAULT_CHECKS.length);
  });
});
