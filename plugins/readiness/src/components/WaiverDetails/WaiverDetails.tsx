import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { WaiverInfo } from '@readiness-scorecards/plugin-readiness-common';
import { daysUntil, formatDate, formatDays } from '../../lib/time';

function expiry(waiver: WaiverInfo, now: Date): string {
  // The API sends `until` only; the engine's daysLeft is used when present.
  const daysLeft = waiver.daysLeft ?? daysUntil(waiver.until, now);
  const until = formatDate(waiver.until);
  if (daysLeft === undefined) {
    return `until ${until}`;
  }
  if (daysLeft < 0) {
    return `until ${until}, which has passed`;
  }
  if (daysLeft === 0) {
    return `until ${until} (last day)`;
  }
  return `until ${until} (${formatDays(daysLeft)} left)`;
}

export interface WaiverDetailsProps {
  waiver: WaiverInfo;
  /** For tests; defaults to the current time. */
  now?: Date;
}

/** Who waived a check, until when and why; what the engine thinks of it. */
export function WaiverDetails(props: WaiverDetailsProps) {
  const { waiver, now = new Date() } = props;
  return (
    <div data-testid="readiness-waiver">
      <Typography variant="body2">
        Waiver {expiry(waiver, now)}, approved by{' '}
        {waiver.approver ? (
          <EntityRefLink entityRef={waiver.approver} defaultKind="user" />
        ) : (
          'nobody named'
        )}
        {waiver.reason ? `: ${waiver.reason}` : ''}
      </Typography>
      {waiver.state !== 'valid' && (
        <Typography variant="body2">{waiver.message}</Typography>
      )}
      {waiver.approverInOwningGroup && (
        <Typography variant="body2">
          The approver belongs to the owning group; the waiver counts, but
          someone outside the team should approve the next one.
        </Typography>
      )}
    </div>
  );
}
