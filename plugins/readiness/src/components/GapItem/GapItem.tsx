import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSummary } from '../../api/types';
import { tierTitle } from '../../lib/tiers';
import { CheckStatusLabel } from '../StatusLabel';
import { WaiverDetails } from '../WaiverDetails';
import { YamlFix } from '../YamlFix';
import { CheckDocButton } from '../CheckDoc';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(2, 0),
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'center',
  },
  evidence: {
    margin: 0,
    paddingLeft: theme.spacing(3),
    // Long evidence values (URLs, lists) wrap inside the card.
    overflowWrap: 'anywhere',
  },
  source: {
    fontFamily: 'monospace',
  },
}));

const SEVERITY_TITLES: Record<string, string> = {
  blocker: 'Blocker',
  major: 'Major',
  minor: 'Minor',
};

export interface GapItemProps {
  check: CheckResult;
  tiers: TierSummary[];
  /** The heading level that fits where the item is placed. */
  headingComponent?: 'h3' | 'h4';
}

/**
 * One gap in full: what is wrong, what evidence was found, who must act,
 * and the YAML that closes it.
 */
export function GapItem(props: GapItemProps) {
  const { check, tiers, headingComponent = 'h3' } = props;
  const classes = useStyles();
  const headingId = `readiness-gap-${check.checkId}-title`;

  return (
    <article
      className={classes.root}
      aria-labelledby={headingId}
      data-testid={`readiness-gap-${check.checkId}`}
    >
      <Typography id={headingId} variant="h6" component={headingComponent}>
        {check.title}
      </Typography>
      <div className={classes.meta}>
        <CheckStatusLabel status={check.status} />
        <Typography variant="body2">
          Severity: {SEVERITY_TITLES[check.severity] ?? check.severity}
        </Typography>
        <Typography variant="body2">
          Tier: {tierTitle(tiers, check.tier)}
        </Typography>
        {check.actor && (
          <Typography variant="body2">
            Who acts: <EntityRefLink entityRef={check.actor} />
          </Typography>
        )}
        {check.actorNote && (
          <Typography variant="body2" data-testid="readiness-actor-note">
            {check.actorNote}
          </Typography>
        )}
      </div>
      <Typography variant="body1">{check.message}</Typography>
      {check.unverifiable && (
        <Typography variant="body2">
          This result could not be verified against the catalog.
        </Typography>
      )}
      <Evidence check={check} />
      {check.waiver && <WaiverDetails waiver={check.waiver} />}
      {check.fix && (
        <>
          <Typography variant="body2">
            Add to <code>catalog-info.yaml</code>:
          </Typography>
          <YamlFix
            yaml={check.fix.yaml}
            label={check.title}
            data-testid={`readiness-fix-${check.checkId}`}
          />
        </>
      )}
      <div>
        <CheckDocButton checkId={check.checkId} title={check.title} docUrl={check.fix?.docUrl} />
        {check.fix?.docUrl && /^https?:\/\//i.test(check.fix.docUrl) && (
          // A company's own documentation (readiness.rubric docBaseUrl).
          <Typography variant="body2" component="span">
            <Link to={check.fix.docUrl}>How to fix “{check.title}”</Link>
          </Typography>
        )}
      </div>
    </article>
  );
}

function Evidence(props: { check: CheckResult }) {
  const classes = useStyles();
  const { evidence } = props.check;
  if (!evidence.length) {
    return <Typography variant="body2">No evidence found.</Typography>;
  }
  return (
    <div>
      <Typography variant="body2">Evidence found:</Typography>
      <ul className={classes.evidence}>
        {evidence.map(item => (
          <li key={`${item.source}=${item.value}`}>
            <Typography variant="body2" component="span">
              <span className={classes.source}>{item.source}</span>:{' '}
              {item.value}
            </Typography>
          </li>
        ))}
      </ul>
    </div>
  );
}
