import { Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { ReadinessFilters, TierSummary } from '../../api/types';
import { tierTitle } from '../../lib/tiers';
import { LoadError } from '../LoadError';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(3) },
  section: { marginTop: theme.spacing(1.5) },
  refs: {
    margin: 0,
    paddingLeft: theme.spacing(3),
    overflowWrap: 'anywhere',
  },
}));

export interface FirstRunSummaryProps {
  filters: ReadinessFilters;
  tiers: TierSummary[];
}

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * What the last recompute found, before any history exists: entities per
 * tier, the most common gaps and production declared but not reached (the
 * summary `readiness lint` prints, from GET /summary).
 */
export function FirstRunSummary(props: FirstRunSummaryProps) {
  const { filters, tiers } = props;
  const classes = useStyles();
  const api = useApi(readinessApiRef);
  const filtersKey = JSON.stringify(filters);
  const { value, loading, error } = useAsync(
    () => api.getSummary(filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, filtersKey],
  );
  if (loading) return <Progress />;
  if (error) return <LoadError what="the readiness summary" error={error} />;
  const summary = value!.summary;
  if (summary.entities === 0) {
    return (
      <Typography variant="body1">
        No scored entity matches these filters, or none you may read.
      </Typography>
    );
  }
  const tierName = (id: string) =>
    id === 'none' ? 'below the first tier' : tierTitle(tiers, id);
  const below = summary.declaredProductionBelowTop;
  return (
    <div data-testid="readiness-first-run-summary">
      <Typography variant="body1">
        {plural(summary.entities, 'entity', 'entities')}:{' '}
        {summary.byTier
          .map(t => `${t.entities} ${tierName(t.tier)}`)
          .join(', ')}
        .
      </Typography>
      <div className={classes.section}>
        <Typography variant="subtitle2" component="h3">
          {below.entities === 0
            ? `Every entity declared production reaches ${tierTitle(tiers, below.topTier)}.`
            : `${plural(below.entities, 'entity declares', 'entities declare')} production but ${
                below.entities === 1 ? 'does' : 'do'
              } not reach ${tierTitle(tiers, below.topTier)}`}
        </Typography>
        {below.entityRefs.length > 0 && (
          <ul className={classes.refs}>
            {below.entityRefs.map(ref => (
              <li key={ref}>
                <EntityRefLink entityRef={ref} />
              </li>
            ))}
            {below.entities > below.entityRefs.length && (
              <li>
                and {below.entities - below.entityRefs.length} more (the
                "Production claimed, not earned" list above has them all)
              </li>
            )}
          </ul>
        )}
      </div>
      {summary.commonGaps.length > 0 && (
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h3">
            What holds most entities back
          </Typography>
          <ol className={classes.list}>
            {summary.commonGaps.map(gap => (
              <li key={gap.checkId}>
                <Typography variant="body2">
                  {gap.title} ({tierTitle(tiers, gap.tier)}): not met by{' '}
                  {plural(gap.entities, 'entity', 'entities')}
                </Typography>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
