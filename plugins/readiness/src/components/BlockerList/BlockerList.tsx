import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import { useState } from 'react';
import type { TierSummary } from '../../api/types';
import { tierTitle } from '../../lib/tiers';
import { GapItem } from '../GapItem';
import { KnownPeople, titleOfPerson, WhoName } from '../WhoName';
import { CheckStatusLabel } from '../StatusLabel';
import { CopyAllFixes } from './CopyAllFixes';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': {
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  row: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    textTransform: 'none',
    padding: theme.spacing(0.75, 1),
  },
  rowLabel: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    flex: 1,
    minWidth: 0,
  },
  title: { fontWeight: theme.typography.fontWeightMedium as number },
  detail: { padding: theme.spacing(0, 1, 0, 4) },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
}));

const SEVERITY_TITLES: Record<string, string> = {
  blocker: 'Blocker',
  major: 'Major',
  minor: 'Minor',
};

export interface BlockerListProps {
  tiers: TierSummary[];
  /** The tier the blockers stand in front of; null at the top tier. */
  nextTier: string | null;
  blockers: CheckResult[];
  /** Blocker ids without a check result (a check removed from the rubric). */
  unknownBlockerIds?: string[];
  /** Who the scorecard response names, to show who acts by title. */
  people?: KnownPeople;
}

/**
 * What stands between the entity and its next tier, most important first:
 * one row per blocker (check, severity, who acts), each expanding to its
 * evidence, message and fix, and one patch with every fix to copy.
 */
export function BlockerList(props: BlockerListProps) {
  const { tiers, nextTier, blockers, unknownBlockerIds = [] } = props;
  const classes = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  if (nextTier === null) {
    return (
      <Typography variant="body1" data-testid="readiness-blockers-none">
        Top tier reached: nothing blocks this entity.
      </Typography>
    );
  }

  const next = tierTitle(tiers, nextTier);
  const count = blockers.length + unknownBlockerIds.length;
  const toggle = (id: string) =>
    setOpen(current => {
      const copy = new Set(current);
      if (copy.has(id)) copy.delete(id);
      else copy.add(id);
      return copy;
    });
  return (
    <section aria-labelledby="readiness-blockers-title">
      <div className={classes.heading}>
        <Typography id="readiness-blockers-title" variant="h6" component="h3">
          {count
            ? `${count} ${count === 1 ? 'blocker' : 'blockers'} to ${next}`
            : `Nothing blocks ${next}`}
        </Typography>
        {blockers.some(b => b.fix) && (
          <CopyAllFixes checks={blockers} nextTierTitle={next} />
        )}
      </div>
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
          {blockers.map(check => {
            const expanded = open.has(check.checkId);
            const detailId = `readiness-blocker-${check.checkId}-detail`;
            return (
              <li key={check.checkId} data-testid={`readiness-blocker-${check.checkId}`}>
                <Button
                  className={classes.row}
                  aria-expanded={expanded}
                  aria-controls={detailId}
                  onClick={() => toggle(check.checkId)}
                  endIcon={expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                >
                  <span className={classes.rowLabel}>
                    <span className={classes.title}>{check.title}</span>
                    <CheckStatusLabel status={check.status} />
                    <span>{SEVERITY_TITLES[check.severity] ?? check.severity}</span>
                    {check.actor && (
                      <span>
                        <WhoName
                          entityRef={check.actor}
                          title={titleOfPerson(check.actor, props.people)}
                        />{' '}
                        acts
                        {check.actorNote ? ' (named owner not in the catalog)' : ''}
                      </span>
                    )}
                  </span>
                </Button>
                {expanded && (
                  <div id={detailId} className={classes.detail}>
                    <GapItem check={check} tiers={tiers} headingComponent="h4" />
                  </div>
                )}
              </li>
            );
          })}
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
