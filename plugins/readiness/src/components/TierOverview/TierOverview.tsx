import { InfoCard } from '@backstage/core-components';
import Divider from '@material-ui/core/Divider';
import { makeStyles } from '@material-ui/core/styles';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSinceSource } from '../../api/types';
import type { TierSummary } from '../../api/types';
import { BlockerList } from '../BlockerList';
import type { KnownPeople } from '../WhoName';
import { TierAge } from '../TierAge';
import { TierPath } from '../TierPath';

const useStyles = makeStyles(theme => ({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
}));

export interface TierOverviewProps {
  tiers: TierSummary[];
  tier: string | null;
  nextTier: string | null;
  tierSince?: string;
  tierSinceSource?: TierSinceSource;
  /** Days in the tier, as the backend counted them. */
  tierDays?: number;
  blockers: CheckResult[];
  unknownBlockerIds: string[];
  /** Who the scorecard response names, to show who acts by title. */
  people?: KnownPeople;
}

/** Where the entity stands, how long it has stood there, and what blocks the next step. */
export function TierOverview(props: TierOverviewProps) {
  const classes = useStyles();
  return (
    <InfoCard title="Readiness tier" titleTypographyProps={{ component: 'h2' }}>
      <div className={classes.stack}>
        <TierPath
          tiers={props.tiers}
          tier={props.tier}
          nextTier={props.nextTier}
        />
        <TierAge
          tiers={props.tiers}
          tier={props.tier}
          tierSince={props.tierSince}
          source={props.tierSinceSource}
          days={props.tierDays}
        />
        <Divider />
        <BlockerList
          tiers={props.tiers}
          nextTier={props.nextTier}
          blockers={props.blockers}
          unknownBlockerIds={props.unknownBlockerIds}
          people={props.people}
        />
      </div>
    </InfoCard>
  );
}
