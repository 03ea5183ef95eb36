import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import LinearProgress from '@material-ui/core/LinearProgress';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { InitiativeSummary } from '../../api/types';
import { isNotFound } from '../../lib/errors';
import { deadlineText } from '../../lib/initiatives';
import { useInitiativeLink } from '../../hooks/useInitiativeLink';
import { InitiativeStateLabel } from '../InitiativeStateLabel';
import { LoadError } from '../LoadError';

const useStyles = makeStyles(theme => ({
  panel: { padding: theme.spacing(2) },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: theme.spacing(2),
    // One column on a phone, as many 320 px columns as fit on a desk.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
  },
  item: { minWidth: 0 },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: theme.spacing(1),
  },
  title: { overflowWrap: 'anywhere' },
  bar: { height: 8, borderRadius: 4, margin: theme.spacing(0.5, 0) },
}));

/**
 * The initiatives on the Readiness page: each with its progress bar,
 * deadline and state, linking to its page. Nothing when none is configured.
 */
export function InitiativeList() {
  const readinessApi = useApi(readinessApiRef);
  const classes = useStyles();
  const { value, error } = useAsync(
    () => readinessApi.listInitiatives(),
    [readinessApi],
  );
  // A backend from before initiatives answers 404: nothing to show then.
  if (error && isNotFound(error)) return null;
  if (error) return <LoadError what="the initiatives" error={error} />;
  if (!value) return <Progress />;
  if (value.initiatives.length === 0) return null;
  return (
    <Paper
      component="section"
      className={classes.panel}
      aria-labelledby="readiness-initiatives-heading"
      data-testid="readiness-initiatives"
    >
      <Typography
        variant="h6"
        component="h2"
        id="readiness-initiatives-heading"
        gutterBottom
      >
        Initiatives
      </Typography>
      <InitiativeItems initiatives={value.initiatives} />
    </Paper>
  );
}

function InitiativeItems(props: { initiatives: InitiativeSummary[] }) {
  const classes = useStyles();
  const initiativeLink = useInitiativeLink();
  return (
    <ul className={classes.list}>
      {props.initiatives.map(({ initiative, progress }) => (
        <li
          key={initiative.id}
          className={classes.item}
          data-testid={`readiness-initiative-${initiative.id}`}
        >
          <div className={classes.line}>
            {initiativeLink ? (
              <Link
                underline="always"
                component={RouterLink}
                to={initiativeLink({ id: initiative.id })}
                className={classes.title}
              >
                {initiative.title}
              </Link>
            ) : (
              <span className={classes.title}>{initiative.title}</span>
            )}
            <InitiativeStateLabel state={progress.state} />
          </div>
          <LinearProgress
            className={classes.bar}
            variant="determinate"
            value={progress.percentDone}
            aria-label={`${initiative.title}: ${progress.percentDone}% done`}
          />
          <div className={classes.line}>
            <Typography variant="body2">
              {`${progress.done} of ${progress.inScope} done (${progress.percentDone}%)`}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              by {deadlineText(initiative.deadline, progress.daysLeft)}
            </Typography>
          </div>
        </li>
      ))}
    </ul>
  );
}
