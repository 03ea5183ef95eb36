import { InfoCard } from '@backstage/core-components';
import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { CategoryScore } from '@readiness-scorecards/plugin-readiness-common';

const useStyles = makeStyles(theme => ({
  total: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  categories: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
}));

/** One decimal at most, as the engine computes it. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

export interface ScoreSummaryProps {
  /** Weighted score 0..100. */
  score: number;
  categories: CategoryScore[];
}

/** The overall score and, per category, how many applicable checks pass. */
export function ScoreSummary(props: ScoreSummaryProps) {
  const { score, categories } = props;
  const classes = useStyles();
  return (
    <InfoCard
      title="Score"
      subheader="Weighted share of the applicable checks that pass"
      titleTypographyProps={{ component: 'h2' }}
      variant="gridItem"
    >
      <div className={classes.total} data-testid="readiness-score">
        <Typography variant="h3" component="p">
          {formatScore(score)}
        </Typography>
        <Typography variant="body1">out of 100</Typography>
      </div>
      <Typography variant="h6" component="h3" gutterBottom>
        By category
      </Typography>
      <ul className={classes.categories}>
        {categories.map(c =>
          c.applicable === 0 ? (
            // No check of the category applies: "n/a", never a 0 that reads as failing.
            <li key={c.category} data-testid={`readiness-category-${c.category}`}>
              <div className={classes.row}>
                <Typography variant="body1">{c.title}</Typography>
                <Typography variant="body1">
                  n/a{' '}
                  <Typography component="span" variant="body2">
                    (no check applies)
                  </Typography>
                </Typography>
              </div>
            </li>
          ) : (
            <li key={c.category} data-testid={`readiness-category-${c.category}`}>
              <div className={classes.row}>
                <Typography variant="body1">{c.title}</Typography>
                <Typography variant="body1">
                  {formatScore(c.score)}{' '}
                  <Typography component="span" variant="body2">
                    ({c.passed} of {c.applicable} checks pass)
                  </Typography>
                </Typography>
              </div>
              <LinearProgress
                variant="determinate"
                value={Math.max(0, Math.min(100, c.score))}
                aria-label={`${c.title} score`}
                aria-valuetext={`${formatScore(c.score)} out of 100`}
              />
            </li>
          ),
        )}
      </ul>
    </InfoCard>
  );
}
