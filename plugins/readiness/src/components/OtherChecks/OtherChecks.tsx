import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { TierSummary } from '../../api/types';
import { tierTitle } from '../../lib/tiers';
import { CheckDocButton } from '../CheckDoc';
import { CheckStatusLabel } from '../StatusLabel';
import { WaiverDetails } from '../WaiverDetails';

const useStyles = makeStyles(theme => ({
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li': {
      padding: theme.spacing(1, 0),
      // Long messages and evidence (URLs, lists) wrap inside the card.
      overflowWrap: 'anywhere',
    },
    '& > li + li': {
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'center',
  },
}));

function CheckGroup(props: {
  id: string;
  title: string;
  checks: CheckResult[];
  tiers: TierSummary[];
}) {
  const { id, title, checks, tiers } = props;
  const classes = useStyles();
  if (!checks.length) {
    return null;
  }
  return (
    <section aria-labelledby={`readiness-${id}-title`}>
      <Typography id={`readiness-${id}-title`} variant="h6" component="h3">
        {title} ({checks.length})
      </Typography>
      <ul className={classes.list} data-testid={`readiness-${id}`}>
        {checks.map(check => (
          <li
            key={check.checkId}
            data-testid={`readiness-check-${check.checkId}`}
          >
            <div className={classes.line}>
              <Typography variant="body1" component="span">
                <strong>{check.title}</strong>
              </Typography>
              <CheckStatusLabel status={check.status} />
              <Typography variant="body2" component="span">
                Tier: {tierTitle(tiers, check.tier)}
              </Typography>
            </div>
            <Typography variant="body2">{check.message}</Typography>
            {check.waiver && <WaiverDetails waiver={check.waiver} />}
            {/* Passing or not, a check's documentation says why it exists. */}
            <CheckDocButton
              checkId={check.checkId}
              title={check.title}
              docUrl={check.fix?.docUrl}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface OtherChecksProps {
  tiers: TierSummary[];
  passing: CheckResult[];
  waived: CheckResult[];
  notApplicable: CheckResult[];
}

/**
 * Checks that need no action, kept out of the way in a collapsed panel:
 * waivers (with expiry and approver), passes and checks that do not apply.
 */
export function OtherChecks(props: OtherChecksProps) {
  const { tiers, passing, waived, notApplicable } = props;
  const classes = useStyles();
  const total = passing.length + waived.length + notApplicable.length;
  return (
    <Accordion data-testid="readiness-other-checks">
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls="readiness-other-checks-content"
        id="readiness-other-checks-header"
      >
        <Typography variant="h6" component="h2">
          Waived, passing and not applicable checks ({total})
        </Typography>
      </AccordionSummary>
      {/* The Accordion wraps this in a region with the id aria-controls names. */}
      <AccordionDetails className={classes.details}>
        {total === 0 && (
          <Typography variant="body1">No such checks.</Typography>
        )}
        <CheckGroup id="waived" title="Waived" checks={waived} tiers={tiers} />
        <CheckGroup
          id="passing"
          title="Passing"
          checks={passing}
          tiers={tiers}
        />
        <CheckGroup
          id="not-applicable"
          title="Not applicable"
          checks={notApplicable}
          tiers={tiers}
        />
      </AccordionDetails>
    </Accordion>
  );
}
