import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  CompiledTarget,
  EntityProgress,
  Initiative,
  InitiativeRow,
  OwnerWithin,
  parseDay,
  progressOfRows,
  remainingFirst,
} from '@readiness-scorecards/plugin-readiness-common';
import { READINESS_NOTIFICATION_TOPIC } from './readinessNotifications';

/** Entities named per notice; the initiative page has the rest. */
const SHOWN_ENTITIES = 5;
/**
 * Days after the deadline a missed notice may still go out (a recompute
 * that failed on the day after is made up for), and no later: a team that
 * enters the scope months afterwards is not told about an old deadline.
 */
export const MISSED_NOTICE_DAYS = 7;
/** Log entries outlive the last day a notice could go out by this much. */
const FORGET_MARGIN_DAYS = 2;
const DAY_MS = 86_400_000;

export type InitiativeNoticeKind = 'started' | 'reminder' | 'missed';

/** One notification to one owner team about one initiative, sent once. */
export interface InitiativeNotice {
  /** `initiative-<kind>|<id>|<date>|<team>`: the date is the start for `started`, else the deadline, so a re-planned initiative is announced again. */
  key: string;
  /** The team told (the log's entity_ref column). */
  entityRef: string;
  forgetAfter: Date;
  kind: InitiativeNoticeKind;
  notification: NotificationSendOptions;
}

export interface InitiativeNoticeContext {
  today: number;
  reminderDaysBeforeDeadline: number;
  target: CompiledTarget;
  tiers: readonly string[];
  ownerWithin: OwnerWithin;
}

/**
 * The notices due today for one initiative: to each owner team (an
 * entity's spec.owner, never a group above it) with work remaining in
 * scope, when it has started, when the deadline is within the reminder
 * period, and just after a missed deadline. Each names only entities the
 * team owns directly. Whether one was sent already is the log's business.
 */
export function initiativeNotices(
  initiative: Initiative,
  rows: readonly InitiativeRow[],
  context: InitiativeNoticeContext,
): InitiativeNotice[] {
  const startDay = parseDay(initiative.startDate)!;
  const deadlineDay = parseDay(initiative.deadline)!;
  const kinds = dueKinds(startDay, deadlineDay, context);
  if (kinds.length === 0) return [];

  const entities = progressOfRows(rows, initiative, context);
  const byTeam = new Map<string, EntityProgress[]>();
  for (const entity of entities) {
    const team = entity.row.owner;
    if (!team) continue;
    byTeam.set(team, [...(byTeam.get(team) ?? []), entity]);
  }
  const notices: InitiativeNotice[] = [];
  for (const [team, teamEntities] of [...byTeam].sort(([a], [b]) => a.localeCompare(b))) {
    const remaining = remainingFirst(teamEntities).filter(e => !e.done);
    if (remaining.length === 0) continue;
    for (const kind of kinds) {
      const date = kind === 'started' ? initiative.startDate : initiative.deadline;
      const lastDay = kind === 'missed' ? deadlineDay + MISSED_NOTICE_DAYS : deadlineDay;
      notices.push({
        key: `initiative-${kind}|${initiative.id}|${date}|${team}`,
        entityRef: team,
        forgetAfter: new Date((lastDay + FORGET_MARGIN_DAYS) * DAY_MS),
        kind,
        notification: noticeOf(kind, initiative, team, {
          remaining,
          inScope: teamEntities.length,
          daysLeft: deadlineDay - context.today,
        }),
      });
    }
  }
  return notices;
}

function dueKinds(
  startDay: number,
  deadlineDay: number,
  { today, reminderDaysBeforeDeadline }: InitiativeNoticeContext,
): InitiativeNoticeKind[] {
  if (today < startDay) return [];
  if (today > deadlineDay) return today <= deadlineDay + MISSED_NOTICE_DAYS ? ['missed'] : [];
  const kinds: InitiativeNoticeKind[] = ['started'];
  if (deadlineDay - today <= reminderDaysBeforeDeadline) kinds.push('reminder');
  return kinds;
}

function noticeOf(
  kind: InitiativeNoticeKind,
  initiative: Initiative,
  team: string,
  { remaining, inScope, daysLeft }: { remaining: EntityProgress[]; inScope: number; daysLeft: number },
): NotificationSendOptions {
  const goal = targetText(initiative);
  const share = `${remaining.length} of your team's ${inScope} ${inScope === 1 ? 'entity' : 'entities'} in scope`;
  const still = `Still to do: ${named(remaining)}.`;
  const payloads = {
    started: {
      title: `Initiative started: ${initiative.title}`,
      description: `${share} must ${goal} by ${initiative.deadline}. ${still}`,
      severity: 'normal' as const,
    },
    reminder: {
      title: `${initiative.title}: ${daysLeft === 0 ? 'due today' : `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`}`,
      description: `${share} must still ${goal} by ${initiative.deadline}. ${still}`,
      severity: 'normal' as const,
    },
    missed: {
      title: `${initiative.title}: deadline missed`,
      description: `The deadline was ${initiative.deadline}; ${share} did not ${goal}. ${still}`,
      severity: 'high' as const,
    },
  };
  return {
    recipients: { type: 'entity', entityRef: team },
    payload: {
      ...payloads[kind],
      link: `/readiness/initiatives/${encodeURIComponent(initiative.id)}`,
      topic: READINESS_NOTIFICATION_TOPIC,
      scope: `readiness-initiative:${initiative.id}:${kind}:${team}`,
      metadata: {
        initiativeId: initiative.id,
        kind,
        team,
        deadline: initiative.deadline,
        inScope,
        remaining: remaining.length,
        entityRefs: remaining.map(e => e.row.entityRef),
      },
    },
  };
}

function targetText(initiative: Initiative): string {
  const { tier, checks } = initiative.target;
  return tier !== undefined ? `reach ${tier}` : `meet ${checks!.join(', ')}`;
}

/** The first entities by name with their remaining checks, and how many more. */
function named(remaining: EntityProgress[]): string {
  const shown = remaining
    .slice(0, SHOWN_ENTITIES)
    .map(e => `${nameOf(e.row.entityRef)} (${e.remainingChecks.join(', ') || 'below the target tier'})`)
    .join(', ');
  const more = remaining.length - SHOWN_ENTITIES;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

function nameOf(entityRef: string): string {
  try {
    return parseEntityRef(entityRef).name;
  } catch {
    return entityRef;
  }
}
