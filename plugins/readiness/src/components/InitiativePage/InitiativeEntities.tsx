import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { readinessApiRef } from '../../api';
import type { InitiativeEntity, TierSummary } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { listText } from '../../lib/initiatives';
import { tierTitle } from '../../lib/tiers';
import {
  EntityColumn,
  PagedEntityTable,
  usePagedEntities,
} from '../PagedEntityTable';

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
}));

export interface InitiativeEntitiesProps {
  initiativeId: string;
  /** A team (with its sub-teams), or every entity. */
  owner?: string;
  ownerTitle?: string;
  onShowAll: () => void;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/**
 * The initiative's entities, remaining work first, one server-side page at
 * a time, each with the target checks it still fails and a link to its
 * Readiness tab (where the fixes are).
 */
export function InitiativeEntities(props: InitiativeEntitiesProps) {
  const { initiativeId, owner, tiers, checkTitle, tabPath } = props;
  const readinessApi = useApi(readinessApiRef);
  const classes = useStyles();
  const paged = usePagedEntities(
    page =>
      readinessApi.listInitiativeEntities(initiativeId, {
        ...(owner ? { owner: [owner] } : {}),
        ...page,
      }),
    `${initiativeId} ${owner ?? ''}`,
  );
  const { value } = paged;
  const whose = owner ? ` of ${props.ownerTitle ?? shortRefName(owner)}` : '';
  const columns: EntityColumn<InitiativeEntity>[] = [
    {
      header: 'Owner',
      cell: item =>
        item.owner ? item.ownerTitle ?? shortRefName(item.owner) : '',
    },
    {
      header: 'Tier',
      cell: item => (item.tier ? tierTitle(tiers, item.tier) : 'No tier'),
    },
    {
      header: 'Still missing',
      cell: item =>
        item.done ? 'Done' : listText(item.remainingChecks.map(checkTitle)),
    },
  ];

  return (
    <section aria-labelledby="readiness-initiative-entities-heading">
      <div className={classes.heading}>
        <Typography
          variant="h6"
          component="h2"
          id="readiness-initiative-entities-heading"
        >
          Entities{whose}
          {value ? ` (${value.remaining} of ${value.total} remaining)` : ''}
        </Typography>
        {owner && (
          <Button size="small" onClick={props.onShowAll}>
            Show every team
          </Button>
        )}
      </div>
      <PagedEntityTable
        paged={paged}
        columns={columns}
        what="the initiative's entities"
        emptyText="No entity you may read is in scope."
        labelledBy="readiness-initiative-entities-heading"
        testId="readiness-initiative-entities"
        tabPath={tabPath}
      />
    </section>
  );
}
