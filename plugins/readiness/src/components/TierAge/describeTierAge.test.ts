import { FALLBACK_TIERS } from '../../lib/tiers';
import { describeTierAge } from './describeTierAge';

const now = new Date('2026-11-21T12:00:00.000Z');
const tiers = FALLBACK_TIERS;

describe('describeTierAge', () => {
  it('says how long an entity below production has been stuck at its tier', () => {
    expect(
      describeTierAge({
        tiers,
        tier: 'pilot',
        tierSince: '2026-07-01T12:00:00.000Z',
        now,
      }),
    ).toBe('Stuck in Pilot for 143 days.');
  });

  it('uses one day, not one days', () => {
    expect(
      describeTierAge({
        tiers,
        tier: 'beta',
        tierSince: '2026-11-20T09:00:00.000Z',
        now,
      }),
    ).toBe('Stuck in Beta for 1 day.');
  });

  it('says when the tier was reached today', () => {
    expect(
      describeTierAge({
        tiers,
        tier: 'beta',
        tierSince: now.toISOString(),
        now,
      }),
    ).toBe('Reached Beta today.');
  });

  it('does not call the top tier stuck', () => {
    expect(
      describeTierAge({
        tiers,
        tier: 'production',
        tierSince: '2026-11-01T00:00:00.000Z',
        now,
      }),
    ).toBe('In Production since 1 Nov 2026 (20 days).');
  });

  it('names the first tier when no tier is reached', () => {
    expect(describeTierAge({ tiers, tier: null, now })).toBe(
      'Not yet reached Pilot.',
    );
    expect(
      describeTierAge({
        tiers,
        tier: null,
        tierSince: '2026-11-11T12:00:00.000Z',
        now,
      }),
    ).toBe('Not yet reached Pilot; below it since 11 Nov 2026 (10 days).');
  });

  it('never counts days below the first tier from a first record, and calls a declared start declared', () => {
    expect(
      describeTierAge({
        tiers,
        tier: null,
        tierSince: now.toISOString(),
        source: 'first-record',
        days: 0,
        now,
      }),
    ).toBe('Not yet reached Pilot; below it since at least 21 Nov 2026 (first record).');
    expect(
      describeTierAge({
        tiers,
        tier: null,
        tierSince: '2026-11-11T12:00:00.000Z',
        source: 'declared',
        days: 10,
        now,
      }),
    ).toBe('Not yet reached Pilot, 10 days after the declared pilot start on 11 Nov 2026.');
    expect(
      describeTierAge({ tiers, tier: null, tierSince: now.toISOString(), source: 'recorded', now }),
    ).toBe('Not yet reached Pilot; below it since today.');
  });

  it('says the age is unknown before the first scheduled recompute', () => {
    expect(describeTierAge({ tiers, tier: 'pilot', now })).toMatch(
      /after the next scheduled recompute/,
    );
  });

  it('uses the rubric titles', () => {
    expect(
      describeTierAge({
        tiers: [
          { id: 'pilot', title: 'Experiment' },
          { id: 'ga', title: 'General availability' },
        ],
        tier: null,
        now,
      }),
    ).toBe('Not yet reached Experiment.');
  });
});

describe('describeTierAge with the backend verdict', () => {

  it('says "since at least <date> (first record)" for a tier first seen at the first recompute, never "today"', () => {
    const text = describeTierAge({ tiers, tier: 'pilot', tierSince: '2026-11-21T08:00:00Z', source: 'first-record', now });
    expect(text).toBe('In Pilot since at least 21 Nov 2026 (first record).');
  });

  it('counts a declared pilot start, with the days the backend counted', () => {
    expect(
      describeTierAge({ tiers, tier: 'pilot', tierSince: '2026-02-02T00:00:00Z', source: 'declared', days: 292, now }),
    ).toBe('In Pilot for 292 days, since the declared pilot start on 2 Feb 2026.');
  });
});
