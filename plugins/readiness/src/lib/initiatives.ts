import type {
  InitiativeState,
  InitiativeTarget,
  TierSummary,
} from '../api/types';
import type { StatusTone } from '../components/StatusLabel';
import { formatDate, formatDays } from './time';
import { tierTitle } from './tiers';

const STATES: Record<InitiativeState, { label: string; tone: StatusTone }> = {
  'not-started': { label: 'Not started', tone: 'neutral' },
  'on-track': { label: 'On track', tone: 'ok' },
  'at-risk': { label: 'At risk', tone: 'warning' },
  done: { label: 'Done', tone: 'ok' },
  missed: { label: 'Missed', tone: 'error' },
};

/** "On track", with the tone of its label. */
export function initiativeStateOf(state: InitiativeState): {
  label: string;
  tone: StatusTone;
} {
  return STATES[state] ?? { label: state, tone: 'neutral' };
}

/** What each entity must reach: "Beta", or "On-call rota and Runbook". */
export function targetText(
  target: InitiativeTarget,
  tiers: TierSummary[],
  checkTitle: (checkId: string) => string,
): string {
  if (target.tier) return tierTitle(tiers, target.tier);
  return listText((target.checks ?? []).map(checkTitle));
}

/** "a", "a and b", "a, b and c". */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "31 Mar 2027 (12 days left)", "… (today)", "… (3 days ago)". */
export function deadlineText(deadline: string, daysLeft: number): string {
  let when;
  if (daysLeft > 0) when = `${formatDays(daysLeft)} left`;
  else if (daysLeft === 0) when = 'today';
  else when = `${formatDays(-daysLeft)} ago`;
  return `${formatDate(deadline)} (${when})`;
}

/** States in which teams still have work to do for the initiative. */
export function isOpen(state: InitiativeState): boolean {
  return state === 'on-track' || state === 'at-risk' || state === 'missed';
}
