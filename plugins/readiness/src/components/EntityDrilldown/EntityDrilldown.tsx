import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Link from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { ScorecardFilters, TierSummary } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { formatDate } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';
import { LoadError } from '../LoadError';
import { formatScore } from '../ScoreSummary';

const PAGE_SIZES = [25, 50, 100];
/** Failing checks listed per row; the entity's tab has the rest. */
const SHOWN_CHECKS = 3;

const useStyles = makeStyles({
  // Positioned, so absolutely placed content (screen-reader-only text) scrolls
  // and clips with the table instead of widening the page.
  scroll: { overflowX: 'auto', position: 'relative' },
});

export interface EntityDrilldownProps {
  /** What the listed entities are, e.g. "Payments Team". */
  title: string;
  filters: ScorecardFilters;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/**
 * The entities of one rollup group, one server-side page at a time (GET
 * /scorecards with offset and limit), lowest tier first, each linking to its
 * Readiness tab.
 */
export function EntityDrilldown(props: EntityDrilldownProps) {
  const { title, filters, tiers, checkTitle, tabPath = 'readiness' } = props;
  const readinessApi = useApi(readinessApiRef);
  const entityLink = useEntityRefLink();
  const classes = useStyles();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const filtersKey = JSON.stringify(filters);
  useEffect(() => setPage(0), [filtersKey]);
  const { value, loading, error } = useAsync(
    () =>
      readinessApi.listScorecards({
        ...filters,
        offset: page * pageSize,
        limit: pageSize,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readinessApi, filtersKey, page, pageSize],
  );

  let content;
  if (error) {
    content = <LoadError what="the entities" error={error} />;
  } else if (!value) {
    content = <Progress />;
  } else if (value.total === 0) {
    content = (
      <Typography variant="body1">
        No scored entity matches, or none you may read.
      </Typography>
    );
  } else {
    content = (
      <>
        {loading && <Progress />}
        <div className={classes.scroll}>
          <Table size="small" aria-labelledby="readiness-drilldown-heading">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Entity
                </TableCell>
                <TableCell component="th" scope="col">
                  Kind
                </TableCell>
                <TableCell component="th" scope="col">
                  Tier
                </TableCell>
                <TableCell component="th" scope="col">
                  In tier since
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  Score
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  Blockers
                </TableCell>
                <TableCell component="th" scope="col">
                  Failing checks
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(item => (
                <TableRow key={item.entityRef}>
                  <TableCell component="th" scope="row">
                    <Link
                      component={RouterLink}
                      to={`${entityLink(item.entityRef)}/${tabPath}`}
                    >
                      {shortRefName(item.entityRef)}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {item.kind}
                    {item.type ? ` (${item.type})` : ''}
                  </TableCell>
                  <TableCell>
                    {item.tier ? tierTitle(tiers, item.tier) : 'No tier'}
                  </TableCell>
                  <TableCell>{formatDate(item.tierSince)}</TableCell>
                  <TableCell align="right">{formatScore(item.score)}</TableCell>
                  <TableCell align="right">{item.blockerCount}</TableCell>
                  <TableCell>
                    {item.failingChecks
                      .slice(0, SHOWN_CHECKS)
                      .map(checkTitle)
                      .join(', ')}
                    {item.failingChecks.length > SHOWN_CHECKS &&
                      `, and ${item.failingChecks.length - SHOWN_CHECKS} more`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <TablePagination
          component="div"
          count={value.total}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={e => {
            setPageSize(Number(e.target.value));
            setPage(0);
          }}
        />
      </>
    );
  }

  return (
    <div data-testid="readiness-drilldown">
      <Typography variant="h6" component="h2" id="readiness-drilldown-heading">
        Entities of {title}
        {value ? ` (${value.total})` : ''}
      </Typography>
      {content}
    </div>
  );
}
