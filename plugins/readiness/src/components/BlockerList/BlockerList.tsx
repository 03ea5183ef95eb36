import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSummary } from '../../api/types';
import { tierTitle } from '../../lib/tiers';
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

export interface BlockerListProps {
  tiers: TierSummary[];
  /** The tier the blockers stand in front of; null at the top tier. */
  nextTier: string | null;
  blockers: CheckResult[];
  /** Blocker ids without a check result (a check removed from the rubric). */
  unknownBlockerIds?: string[];
}

/** What stands between the entity and its next tier, most important first. */
export function BlockerList(props: BlockerListProps) {
  const { tiers, nextTier, blockers, unknownBlockerIds = [] } = props;
  const classes = useStyles();

  if (nextTier === null) {
    return (
      <Typography variant="body1" data-testid="readiness-blockers-none">
        Top tier reached: nothing blocks this entity.
      </Typography>
    );
  }

  const next = tierTitle(tiers, nextTier);
  const count = blockers.length + unknownBlockerIds.length;
  return (
    <section aria-labelledby="readiness-blockers-title">
      <Typography
        id="readiness-blockers-title"
        variant="h6"
        component="h3"
        gutterBottom
      >
        {count
          ? `${count} ${count === 1 ? 'blocker' : 'blockers'} to ${next}`
          : `Nothing blocks ${next}`}
      </Typography>
      {count === 0 ? (
        <Typography variant="body1" data-testid="readiness-blockers-none">
          Every check {next} needs passes; the next scheduled recompute moves
          the entity up.
        </Typography>
      ) : (
        <ol
          className={classes.list}
          aria-label={`Blockers to ${next}`}
          data-testid="readiness-blockers"
        >
          {blockers.map(check => (
            <li key={check.checkId}>
              <GapItem check={check} tiers={tiers} headingComponent="h4" />
            </li>
          ))}
          {unknownBlockerIds.map(id => (
            <li key={id}>
              <Typography variant="body1">
                Check <code>{id}</code> blocks {next}, but its result is missing
                from the scorecard.
              </Typography>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
