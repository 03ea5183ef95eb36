import TablePagination from '@material-ui/core/TablePagination';
import { ReactNode, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';

const PAGE_SIZES = [25, 50, 100];

/** One server-side page of entities and how many there are in all. */
export interface EntityPage<T> {
  items: T[];
  total: number;
}

export interface PagedEntities<V> {
  value?: V;
  loading: boolean;
  error?: Error;
  /** The page and page-size controls, for under the table. */
  pagination: ReactNode;
}

/**
 * Loads one server-side page at a time through `load(offset, limit)`; back
 * to the first page whenever `queryKey` (what is listed) changes.
 */
export function usePagedEntities<V extends EntityPage<unknown>>(
  load: (page: { offset: number; limit: number }) => Promise<V>,
  queryKey: string,
): PagedEntities<V> {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  useEffect(() => setPage(0), [queryKey]);
  const { value, loading, error } = useAsync(
    () => load({ offset: page * pageSize, limit: pageSize }),
    // `load` is a new function on every render; queryKey says what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryKey, page, pageSize],
  );
  const pagination = value ? (
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
  ) : null;
  return { value, loading, error, pagination };
}
