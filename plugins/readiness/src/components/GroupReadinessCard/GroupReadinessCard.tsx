import { InfoCard, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatDays } from '../../lib/time';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { useReadinessTiers } from '../../hooks/useReadinessTiers';
import { tierTitle } from '../../lib/tiers';
import { rootRouteRef } from '../../routes';
import { LoadError } from '../LoadError';
import { formatScore } from '../ScoreSummary';
import { EntityTabLink } from '../PagedEntityTable';
import { TeamInitiatives } from '../TeamInitiatives';
import { writeRollupParams } from '../RollupPage/rollupParams';

// The darker red keeps the contrast of small text on the card (axe AA).
const useStyles = makeStyles(theme => ({
  overdue: { color: theme.palette.error.dark },
}));

/** The card lists the lowest-tier services; the page has the rest. */
const DEFAULT_LIMIT = 10;

export interface GroupReadinessCardProps {
  /** How many services to list, lowest tier first (1..1000). */
  limit?: number;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/** The Readiness page's path, or undefined when the app does not mount it. */
function useReadinessPagePath(): string | undefined {
  try {
    // Always called, so the hook order stays the same; it throws when the
    // page is not mounted (e.g. a legacy app without the route).
    return useRouteRef(rootRouteRef)();
  } catch {
    return undefined;
  }
}

/**
 * On a Group page: the group's services, its sub-teams' included, lowest
 * tier first, with tier and blockers, the team's open initiative work, and
 * a link to the Readiness page filtered on the group.
 */
export function GroupReadinessCard(props: GroupReadinessCardProps) {
  const { limit = DEFAULT_LIMIT, tabPath = 'readiness' } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const readinessApi = useApi(readinessApiRef);
  const { tiers } = useReadinessTiers();
  const pagePath = useReadinessPagePath();
  const { value, loading, error } = useAsync(
    () => readinessApi.listScorecards({ owner: [groupRef], limit }),
    [readinessApi, groupRef, limit],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <LoadError what="the team's readiness" error={error} />;
  } else if (!value || value.total === 0) {
    content = (
      <Typography variant="body1">
        No scored service is owned by this group or its sub-teams.
      </Typography>
    );
  } else {
    content = (
      <>
        <Table
          size="small"
          aria-label="Services by readiness, lowest tier first"
        >
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Service
              </TableCell>
              <TableCell component="th" scope="col">
                Tier
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Score
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Blockers
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(item => (
              <TableRow key={item.entityRef}>
                <TableCell component="th" scope="row">
                  <EntityTabLink
                    entityRef={item.entityRef}
                    title={item.title}
                    tabPath={tabPath}
                  />
                </TableCell>
                <TableCell>
                  {item.tier ? tierTitle(tiers, item.tier) : 'No tier'}
                  {item.daysOverdue !== undefined && (
                    <Typography variant="caption" component="div" className={classes.overdue}>
                      decision overdue {formatDays(item.daysOverdue)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{formatScore(item.score)}</TableCell>
                <TableCell align="right">{item.blockerCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {value.total > value.items.length && (
          <Typography variant="body2">
            Showing the {value.items.length} lowest of {value.total} services.
          </Typography>
        )}
      </>
    );
  }

  const deepLink = pagePath
    ? {
        title: 'View on the Readiness page',
        link: `${pagePath}?${writeRollupParams({
          groupBy: 'owner',
          filters: { owner: [groupRef] },
        })}`,
      }
    : undefined;

  return (
    <InfoCard
      title="Readiness of the team's services"
      titleTypographyProps={{ component: 'h2' }}
      deepLink={deepLink}
    >
      <div data-testid="readiness-group-card">
        {content}
        <TeamInitiatives groupRef={groupRef} />
      </div>
    </InfoCard>
  );
}
