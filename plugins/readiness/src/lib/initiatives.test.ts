import { FALLBACK_TIERS } from './tiers';
import { deadlineText, isOpen, listText, targetText } from './initiatives';

describe('initiative texts', () => {
  it('names the target: a tier by its title, checks by theirs', () => {
    const title = (id: string) =>
      ({ runbook: 'Runbook linked', 'on-call': 'On-call routing' }[id] ?? id);
    expect(targetText({ tier: 'beta' }, FALLBACK_TIERS, title)).toBe('Beta');
    expect(
      targetText(
        { checks: ['runbook', 'on-call', 'slo'] },
        FALLBACK_TIERS,
        title,
      ),
    ).toBe('Runbook linked, On-call routing and slo');
  });

  it('lists one, two and more items', () => {
    expect(listText([])).toBe('');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b'])).toBe('a and b');
  });

  it('says the deadline with the days left, today, or the days since', () => {
    expect(deadlineText('2027-03-31', 1)).toBe('31 Mar 2027 (1 day left)');
    expect(deadlineText('2027-03-31', 0)).toBe('31 Mar 2027 (today)');
    expect(deadlineText('2027-03-31', -3)).toBe('31 Mar 2027 (3 days ago)');
  });

  it('counts on-track, at-risk and missed initiatives as open work', () => {
    expect(
      ['not-started', 'on-track', 'at-risk', 'done', 'missed'].filter(s =>
        isOpen(s as any),
      ),
    ).toEqual(['on-track', 'at-risk', 'missed']);
  });
});
