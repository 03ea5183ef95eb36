import Typography from '@material-ui/core/Typography';
import type { TierSinceSource } from '../../api/types';
import type { TierSummary } from '../../api/types';
import { describeTierAge } from './describeTierAge';

export interface TierAgeProps {
  tiers: TierSummary[];
  tier: string | null;
  tierSince?: string;
  source?: TierSinceSource;
  days?: number;
  /** For tests; defaults to the current time. */
  now?: Date;
}

/** One sentence on how long the entity has been at its tier. */
export function TierAge(props: TierAgeProps) {
  const { now = new Date(), ...rest } = props;
  return (
    <Typography variant="body1" data-testid="readiness-tier-age">
      {describeTierAge({ ...rest, now })}
    </Typography>
  );
}
