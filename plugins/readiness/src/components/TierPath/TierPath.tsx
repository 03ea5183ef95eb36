import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import ArrowForwardIcon from '@material-ui/icons/ArrowForward';
import type { TierSummary } from '../../api/types';
import { tierIndex } from '../../lib/tiers';

const useStyles = makeStyles(theme => ({
  path: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  step: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 2),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    color: theme.palette.text.primary,
    backgroundColor: theme.palette.background.paper,
  },
  // The current tier is the one thing the eye should find: filled, with the
  // theme's contrast text so it stays readable in light and dark themes.
  current: {
    backgroundColor: theme.palette.primary.main,
    borderColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  next: {
    borderStyle: 'dashed',
    borderColor: theme.palette.text.primary,
  },
  caption: {
    display: 'block',
    fontSize: theme.typography.caption.fontSize,
    color: 'inherit',
  },
  arrow: {
    color: theme.palette.text.secondary,
  },
}));

export interface TierPathProps {
  /** The rubric's tiers, lowest first. */
  tiers: TierSummary[];
  /** The tier reached, or null when not even the first one is. */
  tier: string | null;
  nextTier: string | null;
}

/**
 * pilot -> beta -> production, with the tiers already reached ticked, the
 * current one filled and the next one outlined.
 */
export function TierPath(props: TierPathProps) {
  const { tiers, tier, nextTier } = props;
  const classes = useStyles();
  const currentIndex = tierIndex(tiers, tier);

  return (
    <ol
      className={classes.path}
      aria-label="Tier path"
      data-testid="readiness-tier-path"
    >
      {tiers.map((t, index) => {
        const isCurrent = t.id === tier;
        const isReached = index <= currentIndex;
        const isNext = t.id === nextTier;
        let caption = 'not reached';
        if (isCurrent) {
          caption = 'current tier';
        } else if (isReached) {
          caption = 'reached';
        } else if (isNext) {
          caption = 'next tier';
        }
        const Icon = isReached ? CheckCircleIcon : RadioButtonUncheckedIcon;
        return (
          <li
            key={t.id}
            className={classes.path}
            data-testid={`readiness-tier-${t.id}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            {index > 0 && (
              <ArrowForwardIcon
                className={classes.arrow}
                fontSize="small"
                aria-hidden
              />
            )}
            <span
              className={[
                classes.step,
                isCurrent ? classes.current : '',
                isNext ? classes.next : '',
              ].join(' ')}
            >
              <Icon fontSize="small" aria-hidden />
              <span>
                <Typography component="span" variant="body1" color="inherit">
                  {t.title}
                </Typography>
                <span className={classes.caption}>{caption}</span>
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
