import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import Tab from '@material-ui/core/Tab';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { AttentionList, AttentionSort } from '../../api/types';
import type { ScorecardFilters, TierSummary } from '../../api/types';
import { LoadError } from '../LoadError';
import { EntityTabLink } from '../PagedEntityTable';
import { LIST_COLUMNS, LIST_LABELS } from './attentionColumns';

/** The lists, in the order of their tabs (most urgent first). */
const ATTENTION_LISTS: readonly AttentionList[] = [
  'overdue-decisions',
  'old-pilots',
  'claimed-above-earned',
  'expiring',
];

/** Rows per page of a list: the section stays short above the tables. */
export const ATTENTION_PAGE_SIZE = 10;

const useStyles = makeStyles(theme => ({
  // The table scrolls inside its box on a narrow screen; the page never does.
  // Positioned, so absolutely placed content (screen-reader-only text) scrolls
  // and clips with the table instead of widening the page.
  scroll: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  tabs: { borderBottom: `1px solid ${theme.palette.divider}` },
  tab: { textTransform: 'none', minWidth: 0 },
  header: { whiteSpace: 'nowrap' },
  count: { fontWeight: theme.typography.fontWeightBold as number },
}));

export interface NeedsAttentionProps {
  filters: ScorecardFilters;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/**
 * What needs a decision or an action, before any table: overdue decisions,
 * old pilots without a decision, services that claim production without
 * having earned it, and what expires soon. Each list is sorted and paged on
 * the server (GET /attention) and follows the page's filters.
 */
export function NeedsAttention(props: NeedsAttentionProps) {
  const { filters, tiers, checkTitle, tabPath = 'readiness' } = props;
  const readinessApi = useApi(readinessApiRef);
  const classes = useStyles();
  const [list, setList] = useState<AttentionList>('overdue-decisions');
  const [sort, setSort] = useState<{ by: AttentionSort; order?: 'asc' | 'desc' }>({ by: 'urgency' });
  const [page, setPage] = useState(0);
  const filtersKey = JSON.stringify(filters);
  useEffect(() => setPage(0), [filtersKey, list, sort.by, sort.order]);
  const { value, loading, error } = useAsync(
    () =>
      readinessApi.listAttention({
        ...filters,
        list,
        sort: sort.by,
        order: sort.order,
        offset: page * ATTENTION_PAGE_SIZE,
        limit: ATTENTION_PAGE_SIZE,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readinessApi, filtersKey, list, sort.by, sort.order, page],
  );

  if (error) {
    return <LoadError what="what needs attention" error={error} />;
  }
  const columns = LIST_COLUMNS[list];
  const selectList = (next: AttentionList) => {
    setList(next);
    setSort({ by: 'urgency' });
  };
  const toggleSort = (by: AttentionSort) =>
    setSort(current =>
      current.by === by
        ? { by, order: value?.order === 'asc' ? 'desc' : 'asc' }
        : { by },
    );

  let content;
  if (!value) {
    content = <Progress />;
  } else if (value.total === 0) {
    content = (
      <Typography variant="body2" data-testid="readiness-attention-empty">
        {LIST_LABELS[list].empty(value)}
      </Typography>
    );
  } else {
    content = (
      <>
        <div className={classes.scroll}>
          <Table size="small" aria-labelledby="readiness-attention-heading">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col" className={classes.header}>
                  <TableSortLabel
                    active={value.sort === 'entity'}
                    direction={value.sort === 'entity' ? value.order : 'asc'}
                    onClick={() => toggleSort('entity')}
                  >
                    Service
                  </TableSortLabel>
                </TableCell>
                {columns.map(column => (
                  <TableCell
                    key={column.id}
                    component="th"
                    scope="col"
                    align={column.align}
                    className={classes.header}
                    sortDirection={
                      column.sort && sortedBy(value.sort, list) === column.sort
                        ? value.order
                        : false
                    }
                  >
                    {column.sort ? (
                      <TableSortLabel
                        active={sortedBy(value.sort, list) === column.sort}
                        direction={
                          sortedBy(value.sort, list) === column.sort ? value.order : 'asc'
                        }
                        onClick={() => toggleSort(column.sort!)}
                      >
                        {column.label}
                      </TableSortLabel>
                    ) : (
                      column.label
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(item => (
                <TableRow key={item.entityRef} data-testid="readiness-attention-row">
                  <TableCell component="th" scope="row">
                    <EntityTabLink
                      entityRef={item.entityRef}
                      title={item.title}
                      tabPath={tabPath}
                    />
                  </TableCell>
                  {columns.map(column => (
                    <TableCell key={column.id} align={column.align}>
                      {column.cell(item, { tiers, checkTitle })}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {value.total > ATTENTION_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={value.total}
            page={page}
            rowsPerPage={ATTENTION_PAGE_SIZE}
            rowsPerPageOptions={[ATTENTION_PAGE_SIZE]}
            onPageChange={(_, p) => setPage(p)}
          />
        )}
      </>
    );
  }

  return (
    <section data-testid="readiness-attention" aria-busy={loading}>
      <Typography variant="h6" component="h2" id="readiness-attention-heading">
        Needs attention
      </Typography>
      <Tabs
        value={list}
        onChange={(_, next) => selectList(next)}
        variant="scrollable"
        scrollButtons="auto"
        className={classes.tabs}
        aria-label="What needs attention"
      >
        {ATTENTION_LISTS.map(id => (
          <Tab
            key={id}
            value={id}
            className={classes.tab}
            data-testid={`readiness-attention-tab-${id}`}
            label={
              <span>
                {LIST_LABELS[id].title}
                {value && (
                  <>
                    {' '}
                    <span className={classes.count}>({value.counts[id]})</span>
                  </>
                )}
              </span>
            }
          />
        ))}
      </Tabs>
      {content}
    </section>
  );
}

/** The column the server sorted by: urgency is the list's own column. */
function sortedBy(sort: AttentionSort, list: AttentionList): AttentionSort {
  if (sort !== 'urgency') return sort;
  switch (list) {
    case 'overdue-decisions':
      return 'daysOverdue';
    case 'old-pilots':
      return 'daysInTier';
    case 'claimed-above-earned':
      return 'blockers';
    default:
      return 'dropsOn';
  }
}
