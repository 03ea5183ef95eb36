import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type {
  ReadinessFilters,
  RollupGroupBy,
  RollupSortRequest,
} from '../../api/types';
import { useReadinessRubric } from '../../hooks/useReadinessRubric';
import { groupScorecardFilters } from '../../lib/rollup';
import { CategoryHeatmap } from '../CategoryHeatmap';
import { CsvDownloadButton } from '../CsvDownloadButton';
import { EntityDrilldown } from '../EntityDrilldown';
import { LoadError } from '../LoadError';
import { RollupTrend } from '../RollupTrend';
import { StaleNotice } from '../StaleNotice';
import { TopGaps } from '../TopGaps';
import { groupLabel, TierDistribution } from '../TierDistribution';
import { InitiativeList } from '../InitiativeList';
import { NeedsAttention } from '../NeedsAttention';
import { RollupFilterBar } from './RollupFilterBar';
import { rollupSummary } from './rollupSummary';
import { readRollupParams, writeRollupParams } from './rollupParams';

/**
 * Rows per page: the group table and the heat map show one page. Grouped by
 * owner a row is a top-level group with every group below it.
 */
export const GROUPS_PER_PAGE = 25;

const useStyles = makeStyles(theme => ({
  panel: { padding: theme.spacing(2) },
  // A grid item is a flex item: without this its minimum width is its
  // content's (a row of tabs, a wide table), which beats max-width: 100%
  // and makes a narrow page scroll sideways instead of the box inside.
  item: { minWidth: 0 },
  // The page's content area is a grid column sized by its content's
  // min-content width; a wide table inside a scrolling box still counts
  // there. Zero width with a minimum of 100% makes the view take the width
  // it is given, so its tables scroll in their boxes, not the page.
  root: { width: 0, minWidth: '100%' },
}));

/**
 * The organisation view: readiness grouped by owner, system, domain,
 * lifecycle or type, with filters, a heat map by category, the most common
 * gaps, the trend, a drill-down to the entities of a group and a CSV export.
 * Groups and the drill-down's entities come one server-side page at a time,
 * so the page stays light with tens of thousands of entities.
 */
export function RollupPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Readiness"
        subtitle="Production readiness across the organisation"
      />
      <Content>
        <RollupView />
      </Content>
    </Page>
  );
}

/**
 * Everything that changes with the URL or the data, below the Page: core
 * components' Page gives its subtree a new theme object each time it renders,
 * and every styled component under it then builds its style sheets again.
 */
function RollupView() {
  const readinessApi = useApi(readinessApiRef);
  const classes = useStyles();
  const [search, setSearch] = useSearchParams();
  const params = readRollupParams(search);
  const { groupBy, filters, page = 0 } = params;
  const sort: RollupSortRequest = { sort: params.sort, order: params.order };
  const filtersKey = JSON.stringify(filters);
  const rubric = useReadinessRubric();
  const {
    value: rollup,
    loading,
    error,
  } = useAsync(
    () =>
      readinessApi.getRollup(
        groupBy,
        filters,
        { offset: page * GROUPS_PER_PAGE, limit: GROUPS_PER_PAGE },
        sort,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readinessApi, groupBy, filtersKey, page, sort.sort, sort.order],
  );

  // The sort stays across pages, filters and groupings; a new sort starts
  // again at the first page.
  const update = (
    nextGroupBy: RollupGroupBy,
    nextFilters: ReadinessFilters,
    group?: string,
    nextPage?: number,
    nextSort: RollupSortRequest = sort,
  ) =>
    setSearch(
      writeRollupParams({
        groupBy: nextGroupBy,
        filters: nextFilters,
        group,
        page: nextPage,
        ...nextSort,
      }),
    );

  // The drill-down only for a group of the current rollup.
  const selected =
    rollup?.groupBy === groupBy
      ? rollup.groups.find(g => g.key === params.group)
      : undefined;
  const drilldownFilters = selected
    ? groupScorecardFilters(groupBy, selected.key, filters)
    : undefined;

  let body;
  if (error) {
    body = <LoadError what="the readiness rollup" error={error} />;
  } else if (!rollup) {
    body = <Progress />;
  } else if (rollup.total.entityCount === 0) {
    body = (
      <Typography variant="body1">
        No scored entity matches these filters, or none you may read.
      </Typography>
    );
  } else {
    body = (
      <Grid container spacing={3}>
        {rollup.recompute.stale && (
          <Grid item className={classes.item} xs={12}>
            <StaleNotice recompute={rollup.recompute} />
          </Grid>
        )}
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <TierDistribution
              rollup={rollup}
              tiers={rubric.tiers}
              selectedKey={selected?.key}
              onSelect={g => update(groupBy, filters, g.key, page)}
              sort={sort}
              onSort={next => update(groupBy, filters, params.group, 0, next)}
            />
            {rollup.rowCount > GROUPS_PER_PAGE && (
              <TablePagination
                component="div"
                data-testid="readiness-rollup-pager"
                count={rollup.rowCount}
                page={page}
                rowsPerPage={GROUPS_PER_PAGE}
                rowsPerPageOptions={[GROUPS_PER_PAGE]}
                onPageChange={(_event, next) =>
                  update(groupBy, filters, undefined, next)
                }
              />
            )}
          </Paper>
        </Grid>
        {selected && drilldownFilters && (
          <Grid item className={classes.item} xs={12}>
            <Paper className={classes.panel}>
              <EntityDrilldown
                title={groupLabel(selected)}
                filters={drilldownFilters}
                tiers={rubric.tiers}
                checkTitle={rubric.checkTitle}
              />
            </Paper>
          </Grid>
        )}
        <Grid item className={classes.item} xs={12} lg={8}>
          <Paper className={classes.panel}>
            <CategoryHeatmap
              rollup={rollup}
              categories={rubric.rubric?.categories ?? []}
            />
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12} lg={4}>
          <Paper className={classes.panel}>
            <TopGaps total={rollup.total} checkTitle={rubric.checkTitle} />
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <RollupTrend
              groupBy={groupBy}
              filters={filters}
              tiers={rubric.tiers}
            />
          </Paper>
        </Grid>
      </Grid>
    );
  }

  return (
    <div data-testid="readiness-rollup-page" className={classes.root}>
      <ContentHeader title="Overview">
        <CsvDownloadButton
          filters={drilldownFilters ?? filters}
          fileName={selected ? 'readiness-group.csv' : 'readiness.csv'}
        />
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item className={classes.item} xs={12}>
          <RollupFilterBar
            groupBy={groupBy}
            filters={filters}
            onChange={(g, f) => update(g, f)}
          />
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <Paper className={classes.panel}>
            <NeedsAttention
              filters={filters}
              tiers={rubric.tiers}
              checkTitle={rubric.checkTitle}
            />
          </Paper>
        </Grid>
        <Grid item className={classes.item} xs={12}>
          <InitiativeList />
        </Grid>
        <Grid item className={classes.item} xs={12}>
          {rollup && !loading && !error && (
            <Typography variant="body1" data-testid="readiness-rollup-summary">
              {rollupSummary(rollup)}
            </Typography>
          )}
        </Grid>
        {/* The last rollup stays on screen while the next loads, so
                the trend is not unmounted and fetched again for every page
                of groups or twice for a new group-by. */}
        <Grid item className={classes.item} xs={12} aria-busy={loading}>
          {loading && rollup && <Progress />}
          {body}
        </Grid>
      </Grid>
    </div>
  );
}
