import type { AttentionFacts } from '@readiness-scorecards/plugin-readiness-common';
import { decodeAttention, encodeAttention } from './attentionColumn';

describe('the attention column', () => {
  const full: AttentionFacts = {
    decision: { state: 'undecided', due: '2026-07-10' },
    operationalOwner: 'user:default/marcus-webb',
    operationalOwnerFound: false,
    pilotStart: '2025-11-03',
    expiring: [
      {
        checkId: 'ai-drift-review',
        severity: 'major',
        checkTier: 'production',
        kind: 'evidence',
        dropsOn: '2026-12-01',
      },
      {
        checkId: 'security-review',
        severity: 'blocker',
        checkTier: 'beta',
        kind: 'waiver',
        dropsOn: '2026-12-20',
      },
    ],
    tierThen: null,
  };

  it.each<[string, AttentionFacts]>([
    ['every field', full],
    ['a decided entity whose owner is in the catalog', {
      decision: { state: 'ship' },
      operationalOwner: 'user:default/kenji-watanabe',
      operationalOwnerFound: true,
      expiring: [],
    }],
    ['nothing but an undecided decision', { decision: { state: 'undecided' }, expiring: [] }],
    ['a tier that drops to a named tier', { ...full, tierThen: 'pilot' }],
  ])('reads back what it wrote: %s', (_label, facts) => {
    expect(decodeAttention(encodeAttention(facts))).toEqual(facts);
  });

  it('keeps a typical row short: no keys spelled out, no defaults', () => {
    const typical = encodeAttention({
      decision: { state: 'undecided' },
      operationalOwner: 'user:default/user-12-3',
      operationalOwnerFound: true,
      expiring: [],
    });
    expect(typical).toBe('{"o":"user:default/user-12-3"}');
  });

  it.each([null, '', 'not json', '[1,2]', 'null', '42'])(
    'reads %p as no facts rather than failing',
    text => {
      expect(decodeAttention(text)).toBeUndefined();
    },
  );
});
