import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { readinessApiRef } from '../../api';
import type {
  InitiativeResponse,
  InitiativeScope,
  TierSummary,
} from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { describeError } from '../../lib/errors';
import { deadlineText, listText, targetText } from '../../lib/initiatives';
import { formatDate } from '../../lib/time';
import { InitiativeStateLabel } from '../InitiativeStateLabel';

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  bar: { height: 10, borderRadius: 5, margin: theme.spacing(1, 0) },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(1, 0),
    '& dt': { fontWeight: theme.typography.fontWeightMedium as number },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
}));

const SCOPE_LABELS: Record<keyof InitiativeScope, string> = {
  owner: 'owned by',
  system: 'system',
  domain: 'domain',
  kind: 'kind',
  type: 'type',
  lifecycle: 'lifecycle',
  tag: 'tag',
};

/**
 * "kind Component; tag customer-facing", or "every scored entity"; owners by
 * title where `ownerTitles` has one.
 */
export function scopeText(
  scope: InitiativeScope,
  ownerTitles: Record<string, string> = {},
): string {
  const parts = (Object.keys(SCOPE_LABELS) as Array<keyof InitiativeScope>)
    .filter(key => scope[key]?.length)
    .map(key => {
      const values = scope[key]!.map(v =>
        key === 'owner' ? ownerTitles[v] ?? shortRefName(v) : v,
      );
      return `${SCOPE_LABELS[key]} ${values.join(' or ')}`;
    });
  return parts.length ? parts.join('; ') : 'every scored entity';
}

export interface InitiativeOverviewProps {
  detail: InitiativeResponse;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
}

/** Progress, state, target, scope, dates and the checks that remain. */
export function InitiativeOverview(props: InitiativeOverviewProps) {
  const { detail, tiers, checkTitle } = props;
  const { initiative, progress } = detail;
  const classes = useStyles();
  return (
    <section aria-labelledby="readiness-initiative-progress">
      <div className={classes.heading}>
        <Typography
          variant="h6"
          component="h2"
          id="readiness-initiative-progress"
        >
          {`${progress.done} of ${progress.inScope} done (${progress.percentDone}%)`}
        </Typography>
        <InitiativeStateLabel state={progress.state} />
      </div>
      <LinearProgress
        className={classes.bar}
        variant="determinate"
        value={progress.percentDone}
        aria-label={`${progress.percentDone}% done`}
      />
      {initiative.description && (
        <Typography variant="body1">{initiative.description}</Typography>
      )}
      <dl className={classes.facts}>
        <dt>Target</dt>
        <dd>{targetText(initiative.target, tiers, checkTitle)}</dd>
        <dt>Scope</dt>
        <dd>{scopeText(initiative.scope, detail.scopeOwnerTitles)}</dd>
        <dt>Started</dt>
        <dd>{formatDate(initiative.startDate)}</dd>
        <dt>Deadline</dt>
        <dd>{deadlineText(initiative.deadline, progress.daysLeft)}</dd>
        {initiative.owningGroup && (
          <>
            <dt>Run by</dt>
            <dd>
              {detail.owningGroupTitle ?? shortRefName(initiative.owningGroup)}
            </dd>
          </>
        )}
        <dt>Still missing</dt>
        <dd data-testid="readiness-initiative-remaining-checks">
          {detail.remainingChecks.length
            ? listText(
                detail.remainingChecks.map(
                  c => `${c.title ?? checkTitle(c.checkId)} (${c.entityCount})`,
                ),
              )
            : 'nothing'}
        </dd>
      </dl>
      <InitiativeCsvButton id={initiative.id} />
    </section>
  );
}

/** GET /initiatives/{id}/export.csv, fetched with the user's credentials. */
function InitiativeCsvButton(props: { id: string }) {
  const readinessApi = useApi(readinessApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await readinessApi.exportInitiativeCsv(props.id);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `initiative-${props.id}.csv`;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      // Revoking right away can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        color="primary"
        onClick={download}
        disabled={busy}
        startIcon={<GetAppIcon />}
      >
        {busy ? 'Preparing CSV…' : 'Download CSV'}
      </Button>
      {error && (
        <Typography color="error" variant="body2" role="alert">
          Could not download the CSV: {describeError(error)}
        </Typography>
      )}
    </>
  );
}
