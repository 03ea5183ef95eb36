import { compileAppliesTo, describeAppliesTo } from './appliesTo';
import { component, viewOf } from '../__testUtils__/fixtures';

const applies = (
  filter: Parameters<typeof compileAppliesTo>[0],
  entity = component(),
) => compileAppliesTo(filter)(viewOf(entity));

describe('appliesTo', () => {
  it('matches everything without a filter', () => {
    expect(applies(undefined)).toBe(true);
    expect(applies({})).toBe(true);
  });

  it('matches kind, type, lifecycle and tags case-insensitively', () => {
    expect(applies({ kind: ['component'] })).toBe(true);
    expect(applies({ kind: ['Resource'] })).toBe(false);
    expect(applies({ type: ['SERVICE'], lifecycle: ['production'] })).toBe(
      true,
    );
    expect(applies({ type: ['service'], lifecycle: ['experimental'] })).toBe(
      false,
    );
    expect(
      applies({ tags: ['ml'] }, component({ tags: ['ML', 'python'] })),
    ).toBe(true);
    expect(applies({ tags: ['ml'] })).toBe(false);
  });

  it('matches kinds in spec.dependsOn', () => {
    expect(
      applies(
        { dependsOnKind: ['resource'] },
        component({
          spec: { dependsOn: ['component:x', 'Resource:default/db'] },
        }),
      ),
    ).toBe(true);
    expect(
      applies(
        { dependsOnKind: ['resource'] },
        component({ spec: { dependsOn: 'resource:db' } }),
      ),
    ).toBe(false);
  });

  it('matches any of several filters', () => {
    const ai = { anyOf: [{ type: ['llm', 'model'] }, { tags: ['ai'] }] };
    expect(applies(ai, component({ spec: { type: 'llm' } }))).toBe(true);
    expect(applies(ai, component({ tags: ['ai'] }))).toBe(true);
    expect(applies(ai)).toBe(false);
  });

  it('describes filters in words', () => {
    expect(
      describeAppliesTo({
        kind: ['Component'],
        anyOf: [{ type: ['llm', 'model'] }, { tags: ['ai'] }],
      }),
    ).toBe(
      'kind is Component and (spec.type is one of llm, model, or a tag is ai)',
    );
    expect(describeAppliesTo(undefined)).toBe('every entity');
  });
});
