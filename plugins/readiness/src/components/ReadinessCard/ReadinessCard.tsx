import { InfoCard, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useReadinessScorecard } from '../../hooks/useReadinessScorecard';
import { useReadinessTiers } from '../../hooks/useReadinessTiers';
import { isOutOfScope, partitionChecks } from '../../lib/checks';
import { tierTitle } from '../../lib/tiers';
import { titleOfPerson, WhoName } from '../WhoName';
import { LoadError } from '../LoadError';
import { describeDecision } from '../ReadinessVerdict/describeVerdict';
import { formatScore } from '../ScoreSummary';

/** The card is a summary: more than three blockers is what the tab is for. */
const TOP_BLOCKERS = 3;

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'flex',
    gap: theme.spacing(4),
    marginBottom: theme.spacing(2),
    '& dd': { margin: 0 },
  },
  alerts: { marginBottom: theme.spacing(2) },
  // The darker red: the theme's error red on white is under 4.5:1 in places.
  alert: { color: theme.palette.error.dark, fontWeight: 500 },
  blockers: {
    margin: 0,
    paddingLeft: theme.spacing(3),
  },
}));

export interface ReadinessCardProps {
  /**
   * Path of the Readiness tab under the entity page, for the card's link.
   * Defaults to `readiness`, as installed by this plugin.
   */
  tabPath?: string;
}

/** Tier, score and the top blockers, on the entity overview page. */
export function ReadinessCard(props: ReadinessCardProps) {
  const { tabPath = 'readiness' } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const entityLink = useEntityRefLink();
  const { value, loading, error } = useReadinessScorecard(entityRef);
  const { tiers, loading: tiersLoading } = useReadinessTiers();
  const classes = useStyles();

  let content;
  if (loading || tiersLoading) {
    content = <Progress />;
  } else if (error) {
    content = <LoadError what="the readiness scorecard" error={error} />;
  } else if (value && isOutOfScope(value.scorecard)) {
    content = (
      <Typography variant="body1">
        Readiness does not apply to this entity: no check of the rubric in force
        applies to it.
      </Typography>
    );
  } else if (value) {
    const { scorecard, attention } = value;
    const { blockers } = partitionChecks(scorecard);
    const next = scorecard.nextTier
      ? tierTitle(tiers, scorecard.nextTier)
      : undefined;
    const decisionState = attention?.decisionState ?? scorecard.decision.state;
    const claimed =
      attention?.claimAboveTier && attention.claimedTier
        ? tierTitle(tiers, attention.claimedTier)
        : undefined;
    content = (
      <>
        {(decisionState === 'overdue' || claimed) && (
          <div className={classes.alerts} data-testid="readiness-card-alerts">
            {decisionState === 'overdue' && (
              <Typography variant="body1" className={classes.alert}>
                {describeDecision(scorecard.decision, attention)}
                {attention?.whoActs && (
                  <>
                    :{' '}
                    <WhoName
                      entityRef={attention.whoActs}
                      title={titleOfPerson(attention.whoActs, value.people)}
                    />{' '}
                    must decide
                  </>
                )}
              </Typography>
            )}
            {claimed && (
              <Typography variant="body1" className={classes.alert}>
                Declared {claimed.toLocaleLowerCase('en-US')}, earns{' '}
                {scorecard.tier ? tierTitle(tiers, scorecard.tier) : 'no tier'}
              </Typography>
            )}
          </div>
        )}
        <dl className={classes.facts}>
          <div>
            <Typography component="dt" variant="body2">
              Tier
            </Typography>
            <Typography
              component="dd"
              variant="h5"
              data-testid="readiness-card-tier"
            >
              {scorecard.tier ? tierTitle(tiers, scorecard.tier) : 'None yet'}
            </Typography>
          </div>
          <div>
            <Typography component="dt" variant="body2">
              Score
            </Typography>
            <Typography
              component="dd"
              variant="h5"
              data-testid="readiness-card-score"
            >
              {formatScore(scorecard.score)} / 100
            </Typography>
          </div>
        </dl>
        {next && blockers.length > 0 && (
          <>
            <Typography variant="h6" component="h3">
              Top blockers to {next}
            </Typography>
            <ol
              className={classes.blockers}
              aria-label={`Top blockers to ${next}`}
              data-testid="readiness-card-blockers"
            >
              {blockers.slice(0, TOP_BLOCKERS).map(check => (
                <li key={check.checkId}>
                  <Typography variant="body1">{check.title}</Typography>
                </li>
              ))}
            </ol>
            {blockers.length > TOP_BLOCKERS && (
              <Typography variant="body2">
                and {blockers.length - TOP_BLOCKERS} more
              </Typography>
            )}
          </>
        )}
        {next && blockers.length === 0 && (
          <Typography variant="body1">Nothing blocks {next}.</Typography>
        )}
        {!next && <Typography variant="body1">Top tier reached.</Typography>}
      </>
    );
  }

  return (
    <InfoCard
      title="Readiness"
      titleTypographyProps={{ component: 'h2' }}
      deepLink={{
        title: 'View readiness details',
        link: `${entityLink(entityRef)}/${tabPath}`,
      }}
    >
      <div data-testid="readiness-card">{content}</div>
    </InfoCard>
  );
}
