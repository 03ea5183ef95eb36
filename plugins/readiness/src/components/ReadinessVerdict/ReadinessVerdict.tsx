import { makeStyles } from '@material-ui/core/styles';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import type { EntityAttention } from '../../api/types';
import type { EntitySummary, TierSummary } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { formatDate } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';
import { decisionNeedsAttention, verdictParts } from './describeVerdict';

const useStyles = makeStyles(theme => ({
  root: { padding: theme.spacing(2) },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: theme.spacing(1),
    rowGap: theme.spacing(0.5),
    margin: 0,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  // The darker red keeps the contrast of body text on the card.
  urgent: { color: theme.palette.error.dark },
  notes: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(3) },
}));

export interface ReadinessVerdictProps {
  scorecard: Scorecard;
  attention?: EntityAttention;
  tiers: TierSummary[];
  people: { ownerGroup?: EntitySummary; operationalOwner?: EntitySummary };
}

/**
 * The first line of the tab: tier, decision (with days overdue), blockers to
 * the next tier and who must act; then what needs saying beside it (a
 * production claim not earned, waivers and evidence about to expire,
 * problems with the descriptor).
 */
export function ReadinessVerdict(props: ReadinessVerdictProps) {
  const { scorecard, attention, tiers, people } = props;
  const classes = useStyles();
  const actorRef = attention?.whoActs ?? scorecard.owner;
  const actorTitle = actorRef
    ? titleOf(actorRef, people) ?? shortRefName(actorRef)
    : undefined;
  const parts = verdictParts({ scorecard, attention, tiers, actorTitle });
  const urgent = decisionNeedsAttention(scorecard.decision, attention);
  const notes = notesOf(props);
  return (
    <Paper className={classes.root} data-testid="readiness-verdict" component="section" aria-label="Verdict">
      <Typography variant="h6" component="h2" className={classes.line}>
        {parts.map((part, i) => (
          <span key={part} className={i === 1 && urgent ? classes.urgent : undefined}>
            {part}
            {i < parts.length - 1 ? ' · ' : ''}
          </span>
        ))}
      </Typography>
      {notes.length > 0 && (
        <ul className={classes.notes} data-testid="readiness-verdict-notes">
          {notes.map(note => (
            <li key={note}>
              <Typography variant="body2" component="span">
                {note}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

function titleOf(
  ref: string,
  people: ReadinessVerdictProps['people'],
): string | undefined {
  const known = [people.ownerGroup, people.operationalOwner].find(
    p => p?.entityRef === ref,
  );
  return known?.title;
}

function notesOf(props: ReadinessVerdictProps): string[] {
  const { scorecard, attention, tiers } = props;
  const notes: string[] = [];
  if (attention?.claimAboveTier && attention.claimedTier) {
    const claimed = tierTitle(tiers, attention.claimedTier);
    const earned = scorecard.tier ? tierTitle(tiers, scorecard.tier) : 'no tier';
    notes.push(
      `Its lifecycle claims ${claimed}, it has earned ${earned}: running in ${claimed.toLowerCase()} without meeting ${claimed.toLowerCase()} criteria.`,
    );
  }
  for (const check of attention?.expiring ?? []) {
    const title = scorecard.checks.find(c => c.checkId === check.checkId)?.title ?? check.checkId;
    notes.push(
      check.kind === 'waiver'
        ? `Waiver for "${title}" ends: the check fails from ${formatDate(check.dropsOn)}.`
        : `Evidence for "${title}" goes stale on ${formatDate(check.dropsOn)}.`,
    );
  }
  if (attention?.whoActsNote) notes.push(attention.whoActsNote);
  if (attention?.pilotStart?.state === 'invalid' && attention.pilotStart.message) {
    notes.push(`Ignored: ${attention.pilotStart.message}.`);
  }
  for (const waiver of scorecard.unknownWaivers ?? []) {
    notes.push(waiver.message);
  }
  return notes;
}
