import { Progress } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { LoadError } from '../LoadError';
import { EntityTabLink } from './EntityTabLink';
import type { EntityPage, PagedEntities } from './usePagedEntities';

const useStyles = makeStyles({
  // Positioned, so absolutely placed content (screen-reader-only text) scrolls
  // and clips with the table instead of widening the page.
  scroll: { overflowX: 'auto', position: 'relative' },
  // On a narrow screen the table scrolls inside its box rather than
  // squeezing each column to a letter a line.
  table: { minWidth: 640 },
});

/** A column after the first (the entity, linking to its Readiness tab). */
/**
 * Columns other than the entity wrap between words only: the theme's
 * break-word otherwise splits a short owner or tier mid-word on a narrow
 * screen, where the table scrolls in its box instead. Inline, because the
 * theme's cell style comes after a class.
 */
const WHOLE_WORDS = { wordBreak: 'normal', overflowWrap: 'normal' } as const;

export interface EntityColumn<T> {
  header: string;
  align?: 'right';
  cell: (item: T) => ReactNode;
}

export interface PagedEntityTableProps<T extends { entityRef: string; title?: string }> {
  paged: PagedEntities<EntityPage<T>>;
  columns: EntityColumn<T>[];
  /** What failed to load, e.g. "the entities". */
  what: string;
  /** Said when no entity is listed. */
  emptyText: string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  testId?: string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/**
 * A page of entities from usePagedEntities: loading, error and empty states,
 * then the table (scrolling sideways on a narrow screen, not the page) and
 * its pagination.
 */
export function PagedEntityTable<T extends { entityRef: string; title?: string }>(
  props: PagedEntityTableProps<T>,
) {
  const { paged, columns, tabPath } = props;
  const classes = useStyles();
  if (paged.error) return <LoadError what={props.what} error={paged.error} />;
  if (!paged.value) return <Progress />;
  if (paged.value.total === 0) {
    return <Typography variant="body1">{props.emptyText}</Typography>;
  }
  return (
    <>
      {paged.loading && <Progress />}
      <div className={classes.scroll}>
        <Table
          className={classes.table}
          size="small"
          aria-labelledby={props.labelledBy}
          data-testid={props.testId}
        >
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Entity
              </TableCell>
              {columns.map(column => (
                <TableCell
                  key={column.header}
                  component="th"
                  scope="col"
                  align={column.align}
                  style={WHOLE_WORDS}
                >
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {paged.value.items.map(item => (
              <TableRow key={item.entityRef}>
                <TableCell component="th" scope="row">
                  <EntityTabLink
                    entityRef={item.entityRef}
                    title={item.title}
                    tabPath={tabPath}
                  />
                </TableCell>
                {columns.map(column => (
                  <TableCell
                    key={column.header}
                    align={column.align}
                    style={WHOLE_WORDS}
                  >
                    {column.cell(item)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {paged.pagination}
    </>
  );
}
