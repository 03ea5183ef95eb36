import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { RollupGroup } from '../../api/types';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(3) },
}));

export interface TopGapsProps {
  total: RollupGroup;
  checkTitle: (checkId: string) => string;
}

/** The checks that fail most often across everything the rollup counts. */
export function TopGaps(props: TopGapsProps) {
  const { total, checkTitle } = props;
  const classes = useStyles();

  return (
    <div data-testid="readiness-top-gaps">
      <Typography variant="h6" component="h2" id="readiness-top-gaps-heading">
        Most common gaps
      </Typography>
      {total.topFailingChecks.length === 0 ? (
        <Typography variant="body1">No check fails anywhere.</Typography>
      ) : (
        <ol
          className={classes.list}
          aria-labelledby="readiness-top-gaps-heading"
        >
          {total.topFailingChecks.map(({ checkId, count }) => (
            <li key={checkId}>
              <Typography variant="body1">
                {checkTitle(checkId)}: fails on {count} of {total.entityCount}{' '}
                {total.entityCount === 1 ? 'entity' : 'entities'}
              </Typography>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
