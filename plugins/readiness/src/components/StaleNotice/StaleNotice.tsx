import { WarningPanel } from '@backstage/core-components';
import type { RecomputeState } from '../../api/types';

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
}

/**
 * Says when the numbers shown come from an earlier recompute because the
 * last one failed or none succeeded in time; nothing when they are current.
 */
export function StaleNotice(props: { recompute: RecomputeState }) {
  const { recompute } = props;
  if (!recompute.stale) {
    return null;
  }
  const since = recompute.lastSucceededAt
    ? `the last successful recompute, ${formatWhen(recompute.lastSucceededAt)} UTC`
    : 'an earlier recompute';
  const why =
    recompute.staleReason === 'last-run-failed'
      ? 'The latest recompute failed'
      : 'No recompute has succeeded for longer than the schedule allows';
  return (
    <WarningPanel
      severity="warning"
      title="Readiness data may be out of date"
      message={`${why}; these numbers are from ${since}. Each service's own Readiness tab is computed live.`}
    />
  );
}
