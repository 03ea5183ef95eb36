import { ConfigReader } from '@backstage/config';
import { compileRubric } from '@readiness-scorecards/plugin-readiness-common';
import { smallRubric } from '../__testUtils__/smallRubric';
import { readInitiativesConfig } from './initiativesConfig';

const rubric = compileRubric(smallRubric);
const read = (initiatives: unknown) =>
  readInitiativesConfig(new ConfigReader({ readiness: { initiatives } } as any), rubric);

const VALID = {
  id: 'beta-by-march',
  title: 'Every customer-facing service reaches beta',
  target: { tier: 'beta' },
  startDate: '2027-01-04',
  deadline: '2027-03-31',
};

describe('readInitiativesConfig', () => {
  it('has no initiatives unless configured', () => {
    expect(readInitiativesConfig(new ConfigReader({}), rubric)).toEqual([]);
  });

  it("adds modules' initiatives after the configured ones, checked the same way", () => {
    const config = new ConfigReader({ readiness: { initiatives: [VALID] } } as any);
    const added = { ...VALID, id: 'demo', scope: { owner: 'engineering' } };
    expect(readInitiativesConfig(config, rubric, [added]).map(i => [i.id, i.scope])).toEqual([
      ['beta-by-march', {}],
      ['demo', { owner: ['group:default/engineering'] }],
    ]);
    expect(readInitiativesConfig(new ConfigReader({}), rubric, [added])).toHaveLength(1);
    expect(() => readInitiativesConfig(config, rubric, [VALID])).toThrow(
      'initiatives added by a module[0].id: "beta-by-march" is the id of readiness.initiatives[0] too; ids must be unique',
    );
    expect(() => readInitiativesConfig(config, rubric, [{ ...added, deadline: 'soon' }])).toThrow(
      'initiatives added by a module[0].deadline: expected a date YYYY-MM-DD, got "soon"',
    );
  });

  it('reads an initiative, with scope lists (a single value is a list) and refs in full', () => {
    expect(
      read([
        {
          ...VALID,
          description: '  Beta before the spring launch  ',
          scope: {
            owner: 'engineering',
            system: ['checkout', 'system:default/Storefront'],
            kind: 'Component',
            type: ['service'],
            lifecycle: 'production',
            tag: ['customer-facing'],
          },
          owningGroup: 'platform-team',
        },
        { id: 'on-call', title: 'On-call everywhere', target: { checks: ['on-call', 'runbook'] }, startDate: '2027-01-01', deadline: '2027-01-01' },
      ]),
    ).toEqual([
      {
        ...VALID,
        description: 'Beta before the spring launch',
        scope: {
          owner: ['group:default/engineering'],
          system: ['system:default/checkout', 'system:default/storefront'],
          kind: ['Component'],
          type: ['service'],
          lifecycle: ['production'],
          tag: ['customer-facing'],
        },
        owningGroup: 'group:default/platform-team',
      },
      { id: 'on-call', title: 'On-call everywhere', target: { checks: ['on-call', 'runbook'] }, scope: {}, startDate: '2027-01-01', deadline: '2027-01-01' },
    ]);
  });

  it.each([
    ['not a list', { id: 'x' }, 'readiness.initiatives: expected a list of initiatives, got {"id":"x"}'],
    ['an id that is not a slug', [{ ...VALID, id: 'Beta by March' }], 'readiness.initiatives[0].id: expected lower-case letters, digits and dashes (at most 63, e.g. beta-by-march), got "Beta by March"'],
    ['a missing title', [{ id: VALID.id, target: VALID.target, startDate: VALID.startDate, deadline: VALID.deadline }], 'readiness.initiatives[0].title: expected a non-empty string, got nothing'],
    ['an unknown key', [{ ...VALID, dueDate: '2027-03-31' }], 'readiness.initiatives[0].dueDate: unknown key; expected one of id, title, description, target, scope, startDate, deadline, owningGroup'],
    ['a date that is not one', [{ ...VALID, deadline: '31 March' }], 'readiness.initiatives[0].deadline: expected a date YYYY-MM-DD, got "31 March"'],
    ['a deadline before the start', [{ ...VALID, deadline: '2027-01-03' }], 'readiness.initiatives[0].deadline: 2027-01-03 is before the startDate 2027-01-04'],
    ['a tier the rubric does not have', [VALID, { ...VALID, id: 'gold', target: { tier: 'gold' } }], 'readiness.initiatives[1].target: tier "gold" is not a tier of the rubric; expected one of pilot, beta, production'],
    ['a check the rubric does not have', [{ ...VALID, target: { checks: ['runbok'] } }], 'readiness.initiatives[0].target: check "runbok" is not a check of the rubric'],
    ['both a tier and checks', [{ ...VALID, target: { tier: 'beta', checks: ['slo'] } }], 'readiness.initiatives[0].target: expected exactly one of tier (a tier id) and checks (a list of check ids)'],
    ['a target that is not an object', [{ ...VALID, target: 'beta' }], 'readiness.initiatives[0].target: expected an object, got "beta"'],
    ['an unknown scope list', [{ ...VALID, scope: { team: ['x'] } }], 'readiness.initiatives[0].scope.team: unknown key; expected one of owner, system, domain, kind, type, lifecycle, tag'],
    ['an empty scope value', [{ ...VALID, scope: { tag: ['ok', ''] } }], 'readiness.initiatives[0].scope.tag[1]: expected a non-empty string, got ""'],
    ['a malformed owner ref', [{ ...VALID, scope: { owner: ['group:'] } }], 'readiness.initiatives[0].scope.owner[0]: expected an entity ref such as group:default/name, got "group:"'],
    ['a duplicate id', [VALID, VALID], 'readiness.initiatives[1].id: "beta-by-march" is the id of readiness.initiatives[0] too; ids must be unique'],
  ])('stops start-up naming the key: %s', (_label, initiatives, message) => {
    expect(() => read(initiatives)).toThrow(message);
  });
});
