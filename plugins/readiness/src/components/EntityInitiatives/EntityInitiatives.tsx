import { useApi } from '@backstage/core-plugin-api';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  CheckResult,
  combineFixes,
} from '@readiness-scorecards/plugin-readiness-common';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { InitiativeSummary, TierSummary } from '../../api/types';
import { isNotFound } from '../../lib/errors';
import { listText, targetText } from '../../lib/initiatives';
import { formatDate } from '../../lib/time';
import { useInitiativeLink } from '../../hooks/useInitiativeLink';
import { InitiativeStateLabel } from '../InitiativeStateLabel';
import { LoadError } from '../LoadError';
import { YamlFix } from '../YamlFix';

const useStyles = makeStyles(theme => ({
  panel: { padding: theme.spacing(2) },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': {
      borderTop: `1px solid ${theme.palette.divider}`,
      marginTop: theme.spacing(1.5),
      paddingTop: theme.spacing(1.5),
    },
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: theme.spacing(1),
    overflowWrap: 'anywhere',
  },
  fix: { marginTop: theme.spacing(1) },
}));

export interface EntityInitiativesProps {
  entityRef: string;
  /** The entity's live check results: titles and fixes of what is missing. */
  checks: CheckResult[];
  tiers: TierSummary[];
}

/**
 * On an entity's Readiness tab, each initiative it is in scope of and has
 * not met yet: "part of <initiative>: reach <target> by <date>; still
 * missing: …", with one YAML patch for exactly those checks. Nothing when
 * there is none.
 */
export function EntityInitiatives(props: EntityInitiativesProps) {
  const { entityRef } = props;
  const readinessApi = useApi(readinessApiRef);
  const { value, error } = useAsync(
    () => readinessApi.listInitiatives({ entityRef }),
    [readinessApi, entityRef],
  );
  // A backend from before initiatives answers 404: nothing to show then.
  if (error && isNotFound(error)) return null;
  if (error) return <LoadError what="the entity's initiatives" error={error} />;
  const open = (value?.initiatives ?? []).filter(
    s => s.entity && !s.entity.done,
  );
  if (open.length === 0) return null;
  return <OpenInitiatives {...props} initiatives={open} />;
}

function OpenInitiatives(
  props: EntityInitiativesProps & { initiatives: InitiativeSummary[] },
) {
  const classes = useStyles();
  const initiativeLink = useInitiativeLink();
  const byId = new Map(props.checks.map(c => [c.checkId, c]));
  const checkTitle = (id: string) => byId.get(id)?.title ?? id;
  return (
    <Paper
      component="section"
      className={classes.panel}
      aria-labelledby="readiness-entity-initiatives-heading"
      data-testid="readiness-entity-initiatives"
    >
      <Typography
        variant="h6"
        component="h2"
        id="readiness-entity-initiatives-heading"
        gutterBottom
      >
        Initiatives
      </Typography>
      <ul className={classes.list}>
        {props.initiatives.map(({ initiative, progress, entity }) => {
          const missing = entity!.remainingChecks;
          const fix = combineFixes(
            missing.flatMap(id => (byId.has(id) ? [byId.get(id)!] : [])),
          );
          const title = initiativeLink ? (
            <Link
              underline="always"
              component={RouterLink}
              to={initiativeLink({ id: initiative.id })}
            >
              {initiative.title}
            </Link>
          ) : (
            initiative.title
          );
          return (
            <li
              key={initiative.id}
              data-testid={`readiness-entity-initiative-${initiative.id}`}
            >
              <div className={classes.line}>
                <Typography variant="body1" component="p">
                  Part of {title}: reach{' '}
                  {targetText(initiative.target, props.tiers, checkTitle)} by{' '}
                  {formatDate(initiative.deadline)}; still missing:{' '}
                  {listText(missing.map(checkTitle))}.
                </Typography>
                <InitiativeStateLabel state={progress.state} />
              </div>
              {fix.yaml && (
                <div className={classes.fix}>
                  <YamlFix
                    yaml={fix.yaml}
                    label={initiative.title}
                    data-testid={`readiness-entity-initiative-fix-${initiative.id}`}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Paper>
  );
}
