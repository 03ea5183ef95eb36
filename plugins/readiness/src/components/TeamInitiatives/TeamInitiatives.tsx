import { useApi } from '@backstage/core-plugin-api';
import Link from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { ReadinessApi } from '../../api';
import type { InitiativeSummary } from '../../api/types';
import { isNotFound } from '../../lib/errors';
import { deadlineText, isOpen } from '../../lib/initiatives';
import { useInitiativeLink } from '../../hooks/useInitiativeLink';
import { InitiativeStateLabel } from '../InitiativeStateLabel';
import { LoadError } from '../LoadError';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: theme.spacing(1),
    overflowWrap: 'anywhere',
  },
}));

/** One open initiative and the team's share of it. */
export interface TeamInitiativeWork {
  summary: InitiativeSummary;
  inScope: number;
  remaining: number;
}

/**
 * The team's share of each open initiative (its entities and its
 * sub-teams'), in one request: the counts are over every entity in scope.
 */
export async function loadTeamInitiativeWork(
  api: ReadinessApi,
  groupRef: string,
): Promise<TeamInitiativeWork[]> {
  const { initiatives } = await api.listInitiatives({ owner: [groupRef] });
  return initiatives
    .filter(summary => isOpen(summary.progress.state))
    .map(summary => ({
      summary,
      inScope: summary.team?.inScope ?? 0,
      remaining: summary.team?.remaining ?? 0,
    }))
    .filter(share => share.remaining > 0);
}

/** On the Group card: the team's open initiative work, per initiative. */
export function TeamInitiatives(props: { groupRef: string }) {
  const { groupRef } = props;
  const readinessApi = useApi(readinessApiRef);
  const classes = useStyles();
  const initiativeLink = useInitiativeLink();
  const { value, error } = useAsync(
    () => loadTeamInitiativeWork(readinessApi, groupRef),
    [readinessApi, groupRef],
  );
  // A backend from before initiatives answers 404: nothing to show then.
  if (error && isNotFound(error)) return null;
  if (error) return <LoadError what="the team's initiatives" error={error} />;
  if (!value || value.length === 0) return null;
  return (
    <section
      aria-labelledby="readiness-team-initiatives-heading"
      data-testid="readiness-team-initiatives"
    >
      <Typography
        variant="subtitle1"
        component="h3"
        id="readiness-team-initiatives-heading"
      >
        Open initiative work
      </Typography>
      <ul className={classes.list}>
        {value.map(({ summary, inScope, remaining }) => {
          const { initiative, progress } = summary;
          return (
            <li
              key={initiative.id}
              data-testid={`readiness-team-initiative-${initiative.id}`}
            >
              <div className={classes.line}>
                {initiativeLink ? (
                  <Link
                    underline="always"
                    component={RouterLink}
                    to={initiativeLink({ id: initiative.id })}
                  >
                    {initiative.title}
                  </Link>
                ) : (
                  <span>{initiative.title}</span>
                )}
                <InitiativeStateLabel state={progress.state} />
              </div>
              <Typography variant="body2">
                {`${remaining} of ${inScope} ${
                  inScope === 1 ? 'entity' : 'entities'
                } remaining, by ${deadlineText(
                  initiative.deadline,
                  progress.daysLeft,
                )}`}
              </Typography>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
