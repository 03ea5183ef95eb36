import fc from 'fast-check';
import { entityRefOf, parseRef, refString } from './entityRefs';

describe('parseRef', () => {
  it('reads full and short refs with defaults', () => {
    expect(parseRef('user:default/jane')).toEqual({
      kind: 'user',
      namespace: 'default',
      name: 'jane',
    });
    expect(parseRef('jane', { kind: 'user', namespace: 'fin' })).toEqual({
      kind: 'user',
      namespace: 'fin',
      name: 'jane',
    });
    expect(parseRef('group:payments')).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'payments',
    });
  });

  it('rejects malformed refs and refs without a kind when none is defaulted', () => {
    for (const bad of ['', 'a:b:c', 'a/b/c', 'has space', 'jane', ':x']) {
      expect(parseRef(bad)).toBeUndefined();
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), s => {
        expect(() => parseRef(s, { kind: 'user' })).not.toThrow();
      }),
    );
  });

  it('normalises to lowercase', () => {
    expect(
      refString({ kind: 'User', namespace: 'Default', name: 'Jane' }),
    ).toBe('user:default/jane');
  });
});

describe('entityRefOf', () => {
  it('reads entities and tolerates garbage', () => {
    expect(entityRefOf({ kind: 'Group', metadata: { name: 'Payments' } })).toBe(
      'group:default/payments',
    );
    expect(entityRefOf(undefined)).toBeUndefined();
    expect(entityRefOf({ kind: 'Group', metadata: 'x' })).toBeUndefined();
    expect(entityRefOf({ kind: 3, metadata: { name: 'x' } })).toBeUndefined();
  });
});
