import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { parseEntityRef } from '@backstage/catalog-model';
import { attentionOfRow, RowAttention, RowAttentionContext } from '../attention/rowAttention';
import type { RollupRow } from '../store';
import { READINESS_NOTIFICATION_TOPIC } from './readinessNotifications';

/** Entities named per list in a digest; the Readiness page has the rest. */
const SHOWN_PER_LIST = 5;

interface DigestEntry {
  entityRef: string;
  attention: RowAttention;
}

/**
 * Who receives the digest that names a stored result: its direct owner
 * (`spec.owner`), and no one else. Backstage cannot tell whether another
 * user may read an entity, so the digest keeps to the one audience the
 * product assumes may read and act on it, the owner group's members (as the
 * change notifications do). Never a parent department: a permission policy
 * may hide a team's entities from the department's other members, and a
 * department that wants its teams' items reads the Readiness page, which
 * checks the reader's own permissions.
 */
export function digestRecipientOf(row: Pick<RollupRow, 'owner'>): string | undefined {
  return row.owner;
}

/**
 * The attention digest of each owner group: its overdue decisions,
 * services that claim a tier they have not earned and what expires soon,
 * one notification per group with anything to say; a group with nothing
 * gets none. A group's digest names only the entities it owns directly
 * (digestRecipientOf), never its sub-teams'.
 */
export function attentionDigests(
  rows: readonly RollupRow[],
  context: RowAttentionContext,
): NotificationSendOptions[] {
  const byOwner = new Map<string, { overdue: DigestEntry[]; claimed: DigestEntry[]; expiring: DigestEntry[] }>();
  for (const row of rows) {
    const owner = digestRecipientOf(row);
    if (!owner) continue;
    const attention = attentionOfRow(row, context);
    const entry = { entityRef: row.entityRef, attention };
    const lists = byOwner.get(owner) ?? { overdue: [], claimed: [], expiring: [] };
    if (attention.decisionState === 'overdue') lists.overdue.push(entry);
    if (attention.claimAboveTier) lists.claimed.push(entry);
    if (attention.expiring.length > 0) lists.expiring.push(entry);
    byOwner.set(owner, lists);
  }
  const digests: NotificationSendOptions[] = [];
  for (const [owner, lists] of [...byOwner.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const { overdue, claimed, expiring } = lists;
    if (overdue.length + claimed.length + expiring.length === 0) continue;
    overdue.sort((a, b) => (b.attention.daysOverdue ?? 0) - (a.attention.daysOverdue ?? 0));
    expiring.sort((a, b) => a.attention.expiring[0].dropsOn.localeCompare(b.attention.expiring[0].dropsOn));
    const lines: string[] = [];
    if (overdue.length) {
      lines.push(
        `Overdue decisions: ${named(overdue, e => `${nameOf(e.entityRef)} (${e.attention.daysOverdue} days)`)}.`,
      );
    }
    if (claimed.length) {
      lines.push(
        `Running as ${claimed[0].attention.claimedTier} without meeting its criteria: ${named(claimed, e => nameOf(e.entityRef))}.`,
      );
    }
    if (expiring.length) {
      lines.push(
        `Expiring within ${context.withinDays ?? context.settings.expiringWithinDays} days: ${named(
          expiring,
          e => `${nameOf(e.entityRef)} (${e.attention.expiring.map(c => `${c.checkId} on ${c.dropsOn}`).join(', ')})`,
        )}.`,
      );
    }
    const counts = [
      overdue.length && `${overdue.length} overdue ${overdue.length === 1 ? 'decision' : 'decisions'}`,
      claimed.length && `${claimed.length} claiming a tier not earned`,
      expiring.length && `${expiring.length} expiring soon`,
    ].filter(Boolean);
    digests.push({
      recipients: { type: 'entity', entityRef: owner },
      payload: {
        title: `Readiness: ${counts.join(', ')}`,
        description: lines.join(' '),
        link: `/readiness?groupBy=owner&owner=${encodeURIComponent(owner)}`,
        severity: overdue.length ? 'high' : 'normal',
        topic: READINESS_NOTIFICATION_TOPIC,
        // One digest per group: the next replaces it.
        scope: `readiness-digest:${owner}`,
        metadata: {
          overdueDecisions: overdue.map(e => e.entityRef),
          claimedAboveEarned: claimed.map(e => e.entityRef),
          expiring: expiring.map(e => e.entityRef),
        },
      },
    });
  }
  return digests;
}

function named(entries: DigestEntry[], label: (entry: DigestEntry) => string): string {
  const shown = entries.slice(0, SHOWN_PER_LIST).map(label).join(', ');
  const more = entries.length - SHOWN_PER_LIST;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

function nameOf(entityRef: string): string {
  try {
    return parseEntityRef(entityRef).name;
  } catch {
    return entityRef;
  }
}
