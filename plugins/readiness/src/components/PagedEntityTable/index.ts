export { EntityTabLink } from './EntityTabLink';
export { PagedEntityTable } from './PagedEntityTable';
export type { EntityColumn } from './PagedEntityTable';
export { usePagedEntities } from './usePagedEntities';
