import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type {
  CheckResult,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import { compareScorecards } from '../recompute/compareScorecards';
import type { ScorecardChange } from '../recompute/ScorecardChange';

/** The notifications' topic, as the notifications page groups them. */
export const READINESS_NOTIFICATION_TOPIC = 'Production readiness';

/**
 * The notification for a changed result, when the entity dropped a tier or
 * gained a blocker; nothing for other changes, new entities or removals, or
 * when there is no owner group to tell.
 */
export function changeNotification(
  change: ScorecardChange,
  tiers: string[],
): NotificationSendOptions | undefined {
  const { previous, current, owner } = change;
  if (change.change !== 'changed' || !previous || !current || !owner) {
    return undefined;
  }
  const { tierDropped, newBlockers } = compareScorecards(
    previous,
    current,
    tiers,
  );
  const name = entityName(change.entityRef);
  const blocking = checkList(current, current.blockers);
  if (tierDropped) {
    return {
      recipients: { type: 'entity', entityRef: owner },
      payload: {
        title: `${name} dropped from ${tierName(previous.tier)} to ${tierName(
          current.tier,
        )}`,
        description: blocking
          ? `Blocking ${current.nextTier} now: ${blocking}. The readiness tab shows the YAML that closes each gap.`
          : `The readiness tab shows what changed.`,
        link: readinessLink(change.entityRef),
        severity: 'high',
        topic: READINESS_NOTIFICATION_TOPIC,
        scope: `readiness:${change.entityRef}`,
        metadata: {
          entityRef: change.entityRef,
          previousTier: previous.tier,
          tier: current.tier,
          blockers: current.blockers,
        },
      },
    };
  }
  if (newBlockers.length > 0) {
    const gained = checkList(current, newBlockers);
    return {
      recipients: { type: 'entity', entityRef: owner },
      payload: {
        title: `${name} has ${
          newBlockers.length === 1
            ? 'a new blocker'
            : `${newBlockers.length} new blockers`
        } for ${current.nextTier}`,
        description: `Now blocking ${current.nextTier}: ${gained}. The readiness tab shows the YAML that closes each gap.`,
        link: readinessLink(change.entityRef),
        severity: 'normal',
        topic: READINESS_NOTIFICATION_TOPIC,
        scope: `readiness:${change.entityRef}`,
        metadata: {
          entityRef: change.entityRef,
          tier: current.tier,
          newBlockers,
        },
      },
    };
  }
  return undefined;
}

/** A waiver that ends within the notice period, with what to send about it. */
export interface ExpiringWaiverNotice {
  /** Once per entity, check and end date. */
  key: string;
  entityRef: string;
  /** The day after the waiver ends: the entry is not needed after that. */
  forgetAfter: Date;
  notification: NotificationSendOptions;
}

/**
 * Waivers in use on this result that end within `daysAhead` days, one notice
 * each for the owner group. Expired, malformed and unused waivers are left
 * out: an expired one shows as a failing check (and a tier drop) instead.
 */
export function expiringWaiverNotices(
  entityRef: string,
  owner: string | undefined,
  scorecard: Scorecard,
  daysAhead: number,
): ExpiringWaiverNotice[] {
  if (!owner) return [];
  const notices: ExpiringWaiverNotice[] = [];
  for (const check of scorecard.checks) {
    const waiver = check.waiver;
    if (
      !waiver?.applied ||
      (waiver.state !== 'valid' && waiver.state !== 'expiring') ||
      waiver.daysLeft === undefined ||
      waiver.daysLeft > daysAhead
    ) {
      continue;
    }
    const name = entityName(entityRef);
    const when =
      waiver.daysLeft === 0
        ? 'today'
        : `in ${waiver.daysLeft} day${waiver.daysLeft === 1 ? '' : 's'}`;
    notices.push({
      key: `waiver-expiring|${entityRef}|${check.checkId}|${waiver.until}`,
      entityRef,
      forgetAfter: new Date(
        Date.parse(`${waiver.until}T00:00:00Z`) + 2 * 86_400_000,
      ),
      notification: {
        recipients: { type: 'entity', entityRef: owner },
        payload: {
          title: `Waiver for ${check.title} on ${name} expires ${when}`,
          description:
            `${
              waiver.annotation ?? `readiness/waiver.${check.checkId}`
            } runs until ${waiver.until} ` +
            `(approved by ${waiver.approver}: ${waiver.reason}). Close the gap or renew the waiver; ` +
            `without it the check counts as failing${
              check.severity === 'minor' ? '' : ` and blocks ${check.tier}`
            }.`,
          link: readinessLink(entityRef),
          severity: 'normal',
          topic: READINESS_NOTIFICATION_TOPIC,
          scope: `readiness:waiver:${entityRef}:${check.checkId}`,
          metadata: {
            entityRef,
            checkId: check.checkId,
            until: waiver.until,
            daysLeft: waiver.daysLeft,
          },
        },
      },
    });
  }
  return notices;
}

/** The entity's readiness tab in the portal. */
export function readinessLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/readiness`;
}

function entityName(entityRef: string): string {
  return parseEntityRef(entityRef).name;
}

function tierName(tier: string | null): string {
  return tier ?? 'no tier';
}

function checkList(scorecard: Scorecard, checkIds: string[]): string {
  const byId = new Map<string, CheckResult>(
    scorecard.checks.map(c => [c.checkId, c]),
  );
  return checkIds
    .map(id => {
      const check = byId.get(id);
      return check ? `${check.title} (${check.message})` : id;
    })
    .join('; ');
}
