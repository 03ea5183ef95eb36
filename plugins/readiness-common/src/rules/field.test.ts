import { component, runRule } from '../__testUtils__/fixtures';

describe('field rule', () => {
  it('checks non-empty by default', () => {
    const rule = { type: 'field' as const, path: 'spec.system' };
    expect(
      runRule(rule, component({ spec: { system: 'payments' } })).message,
    ).toBe('spec.system is set');
    expect(runRule(rule, component({ spec: { system: ' ' } })).message).toBe(
      'spec.system is empty',
    );
    expect(runRule(rule, component()).message).toBe('spec.system is not set');
  });

  it('treats empty lists and objects as empty', () => {
    const rule = { type: 'field' as const, path: 'spec.dependsOn' };
    expect(runRule(rule, component({ spec: { dependsOn: [] } })).status).toBe(
      'fail',
    );
    expect(
      runRule(rule, component({ spec: { dependsOn: ['resource:db'] } })).status,
    ).toBe('pass');
  });

  it('checks presence only with condition present', () => {
    const rule = {
      type: 'field' as const,
      path: 'spec.dependsOn',
      condition: 'present' as const,
    };
    expect(runRule(rule, component({ spec: { dependsOn: [] } })).status).toBe(
      'pass',
    );
  });

  it('compares with equals (strings case-insensitively)', () => {
    const rule = {
      type: 'field' as const,
      path: 'spec.lifecycle',
      condition: 'equals' as const,
      value: ['production', 'experimental'],
    };
    expect(
      runRule(rule, component({ spec: { lifecycle: 'Production' } })).status,
    ).toBe('pass');
    expect(
      runRule(rule, component({ spec: { lifecycle: 'deprecated' } })).message,
    ).toBe(
      'spec.lifecycle is "deprecated", expected one of "production", "experimental"',
    );
  });

  it('reads metadata fields and nested paths without throwing on garbage', () => {
    expect(
      runRule(
        { type: 'field', path: 'metadata.description' },
        component({ description: 'Pays' }),
      ).status,
    ).toBe('pass');
    const entity = component({ spec: { nested: 'flat' } });
    expect(
      runRule({ type: 'field', path: 'spec.nested.deeper' }, entity).status,
    ).toBe('fail');
  });
});
