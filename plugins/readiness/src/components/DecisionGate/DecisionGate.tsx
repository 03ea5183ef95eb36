import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { DecisionGate as DecisionGateResult } from '@readiness-scorecards/plugin-readiness-common';
import { formatDate } from '../../lib/time';
import { StatusLabel, StatusTone } from '../StatusLabel';

const STATES: Record<
  DecisionGateResult['state'],
  { label: string; tone: StatusTone }
> = {
  ship: { label: 'Ship', tone: 'ok' },
  extend: { label: 'Extend', tone: 'warning' },
  kill: { label: 'Kill', tone: 'neutral' },
  undecided: { label: 'Undecided', tone: 'warning' },
  // Past the due date with no decision: pilot purgatory.
  overdue: { label: 'Overdue', tone: 'error' },
  invalid: { label: 'Invalid', tone: 'error' },
};

export interface DecisionGateProps {
  decision: DecisionGateResult;
}

/** The ship / kill / extend decision and when it is due. */
export function DecisionGate(props: DecisionGateProps) {
  const { decision } = props;
  const state = STATES[decision.state] ?? {
    label: decision.state,
    tone: 'neutral' as const,
  };
  return (
    <InfoCard
      title="Decision gate"
      subheader="Ship, kill or extend, decided by a date"
      titleTypographyProps={{ component: 'h2' }}
      variant="gridItem"
    >
      <div data-testid="readiness-decision">
        <Typography variant="body1" component="p">
          Decision: <StatusLabel tone={state.tone}>{state.label}</StatusLabel>
        </Typography>
        {decision.due && (
          <Typography variant="body1">
            Due: {formatDate(decision.due)}
          </Typography>
        )}
        <Typography variant="body1">{decision.message}</Typography>
      </div>
    </InfoCard>
  );
}
