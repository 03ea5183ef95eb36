import { InfoCard } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSummary } from '../../api/types';
import { GapItem } from '../GapItem';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': {
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
}));

export interface GapListProps {
  tiers: TierSummary[];
  /** Gaps that do not block the next tier, most urgent first. */
  gaps: CheckResult[];
}

/** Every gap that is not a blocker of the next tier: later tiers, minor checks, warnings. */
export function GapList(props: GapListProps) {
  const { tiers, gaps } = props;
  const classes = useStyles();
  return (
    <InfoCard
      title={`Other gaps (${gaps.length})`}
      subheader="Failing, invalid or soon-stale checks that do not block the next tier"
      titleTypographyProps={{ component: 'h2' }}
    >
      {gaps.length === 0 ? (
        <Typography variant="body1">No other gaps.</Typography>
      ) : (
        <ul
          className={classes.list}
          aria-label="Other gaps"
          data-testid="readiness-gaps"
        >
          {gaps.map(check => (
            <li key={check.checkId}>
              <GapItem check={check} tiers={tiers} headingComponent="h3" />
            </li>
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
