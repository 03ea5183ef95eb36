import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useReadinessScorecard } from '../../hooks/useReadinessScorecard';
import { useReadinessTiers } from '../../hooks/useReadinessTiers';
import {
  hasNoReadinessEvidence,
  isOutOfScope,
  partitionChecks,
} from '../../lib/checks';
import { describeError } from '../../lib/errors';
import { DecisionGate } from '../DecisionGate';
import { EntityInitiatives } from '../EntityInitiatives';
import { decisionNeedsAttention, ReadinessVerdict } from '../ReadinessVerdict';
import { GapList } from '../GapList';
import { GetStarted } from '../GetStarted';
import { HistoryChart } from '../HistoryChart';
import { LoadError } from '../LoadError';
import { OtherChecks } from '../OtherChecks';
import { PeopleCard } from '../PeopleCard';
import { ScoreSummary } from '../ScoreSummary';
import { TierOverview } from '../TierOverview';

/**
 * The Readiness tab of an entity page. Ordered by what the owner does next:
 * the verdict line first (tier, decision, blockers, who acts), the decision
 * gate when it is overdue or missing, the tier path and the blockers to the
 * next tier as a compact list, then score, people and decision, then every
 * other gap, then what needs no action, then history.
 */
export function ReadinessContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useReadinessScorecard(entityRef);
  const {
    tiers,
    loading: tiersLoading,
    error: tiersError,
  } = useReadinessTiers();

  // Waiting for the rubric too avoids tier titles flickering from the
  // defaults to the configured ones.
  if (loading || tiersLoading) {
    return <Progress />;
  }
  if (error) {
    return <LoadError what="the readiness scorecard" error={error} />;
  }
  if (!value) {
    return null;
  }

  const { scorecard, people, stored } = value;
  const { attention } = value;
  if (isOutOfScope(scorecard)) {
    return (
      <EmptyState
        missing="info"
        title="Readiness does not apply to this entity"
        description="No check of the rubric in force applies to this kind or type of entity."
      />
    );
  }

  const parts = partitionChecks(scorecard);
  // An overdue, missing or unreadable decision is the first thing to act on.
  const decisionFirst = decisionNeedsAttention(scorecard.decision, attention);
  const decisionGate = <DecisionGate decision={scorecard.decision} />;
  return (
    <Grid container spacing={3} data-testid="readiness-content">
      {tiersError && (
        <Grid item xs={12}>
          <WarningPanel
            severity="info"
            title={`Could not load the rubric, so tiers show their default names: ${describeError(
              tiersError,
            )}`}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <ReadinessVerdict
          scorecard={scorecard}
          attention={attention}
          tiers={tiers}
          people={people}
        />
      </Grid>
      {/* The verdict leads even here: the guide to a first annotation follows it. */}
      {hasNoReadinessEvidence(scorecard, entity) && (
        <Grid item xs={12}>
          <GetStarted scorecard={scorecard} tiers={tiers} />
        </Grid>
      )}
      {decisionFirst && (
        <Grid item xs={12}>
          {decisionGate}
        </Grid>
      )}
      <Grid item xs={12}>
        <TierOverview
          tiers={tiers}
          tier={scorecard.tier}
          nextTier={scorecard.nextTier}
          tierSince={attention?.timeInTier.since ?? stored.tierSince}
          tierSinceSource={attention?.timeInTier.source}
          tierDays={attention?.timeInTier.days}
          blockers={parts.blockers}
          unknownBlockerIds={parts.unknownBlockerIds}
          people={people}
        />
      </Grid>
      <Grid item xs={12}>
        <EntityInitiatives
          entityRef={entityRef}
          checks={scorecard.checks}
          tiers={tiers}
        />
      </Grid>
      <Grid item xs={12} md={decisionFirst ? 6 : 4}>
        <ScoreSummary
          score={scorecard.score}
          categories={scorecard.categories}
        />
      </Grid>
      <Grid item xs={12} md={decisionFirst ? 6 : 4}>
        <PeopleCard
          people={people}
          declaredOwner={scorecard.owner}
          declaredOperationalOwner={scorecard.operationalOwner}
        />
      </Grid>
      {!decisionFirst && (
        <Grid item xs={12} md={4}>
          {decisionGate}
        </Grid>
      )}
      <Grid item xs={12}>
        <GapList tiers={tiers} gaps={parts.otherGaps} />
      </Grid>
      <Grid item xs={12}>
        <OtherChecks
          tiers={tiers}
          passing={parts.passing}
          waived={parts.waived}
          notApplicable={parts.notApplicable}
        />
      </Grid>
      <Grid item xs={12}>
        <HistoryChart entityRef={entityRef} tiers={tiers} />
      </Grid>
    </Grid>
  );
}
