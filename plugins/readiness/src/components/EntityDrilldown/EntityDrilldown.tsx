import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { readinessApiRef } from '../../api';
import type {
  ScorecardFilters,
  StoredScorecardSummary,
  TierSummary,
} from '../../api/types';
import { formatDate } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';
import {
  EntityColumn,
  PagedEntityTable,
  usePagedEntities,
} from '../PagedEntityTable';
import { formatScore } from '../ScoreSummary';

/** Failing checks listed per row; the entity's tab has the rest. */
const SHOWN_CHECKS = 3;

export interface EntityDrilldownProps {
  /** What the listed entities are, e.g. "Payments Team". */
  title: string;
  filters: ScorecardFilters;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/** The date, honest about what it means: "at least" for a first record. */
export function describeTierSince(
  item: Pick<StoredScorecardSummary, 'tierSince' | 'tierSinceSource'>,
): string {
  const date = formatDate(item.tierSince);
  if (item.tierSinceSource === 'first-record') return `at least ${date} (first record)`;
  if (item.tierSinceSource === 'declared') return `${date} (declared pilot start)`;
  return date;
}

/**
 * The entities of one rollup group, one server-side page at a time (GET
 * /scorecards with offset and limit), lowest tier first, each linking to its
 * Readiness tab.
 */
export function EntityDrilldown(props: EntityDrilldownProps) {
  const { title, filters, tiers, checkTitle, tabPath } = props;
  const readinessApi = useApi(readinessApiRef);
  const paged = usePagedEntities(
    page => readinessApi.listScorecards({ ...filters, ...page }),
    JSON.stringify(filters),
  );
  const columns: EntityColumn<StoredScorecardSummary>[] = [
    {
      header: 'Kind',
      cell: item => `${item.kind}${item.type ? ` (${item.type})` : ''}`,
    },
    {
      header: 'Tier',
      cell: item => (item.tier ? tierTitle(tiers, item.tier) : 'No tier'),
    },
    { header: 'In tier since', cell: describeTierSince },
    { header: 'Score', align: 'right', cell: item => formatScore(item.score) },
    { header: 'Blockers', align: 'right', cell: item => item.blockerCount },
    {
      header: 'Failing checks',
      cell: item =>
        `${item.failingChecks
          .slice(0, SHOWN_CHECKS)
          .map(checkTitle)
          .join(', ')}${
          item.failingChecks.length > SHOWN_CHECKS
            ? `, and ${item.failingChecks.length - SHOWN_CHECKS} more`
            : ''
        }`,
    },
  ];

  return (
    <div data-testid="readiness-drilldown">
      <Typography variant="h6" component="h2" id="readiness-drilldown-heading">
        Entities of {title}
        {paged.value ? ` (${paged.value.total})` : ''}
      </Typography>
      <PagedEntityTable
        paged={paged}
        columns={columns}
        what="the entities"
        emptyText="No scored entity matches, or none you may read."
        labelledBy="readiness-drilldown-heading"
        tabPath={tabPath}
      />
    </div>
  );
}
