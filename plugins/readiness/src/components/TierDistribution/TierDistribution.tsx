import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { RollupGroup, RollupResponse, TierSummary } from '../../api/types';
import { tierColour } from '../../lib/colours';
import { isEntityRef } from '../../lib/entityRefs';
import { GROUP_BY_LABELS, ROLLUP_NO_VALUE } from '../../lib/rollup';
import { tierTitle } from '../../lib/tiers';
import { formatScore } from '../ScoreSummary';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    height: theme.spacing(1.5),
    minWidth: 120,
    borderRadius: 2,
    overflow: 'hidden',
    background: theme.palette.divider,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: theme.spacing(0, 0, 1),
    padding: 0,
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    marginRight: theme.spacing(0.5),
    verticalAlign: 'middle',
  },
  scroll: { overflowX: 'auto' },
}));

/** Tier column keys: "none" first, then the tiers lowest first. */
function tierColumns(rollupTiers: string[]): string[] {
  return ['none', ...rollupTiers];
}

export function groupLabel(group: RollupGroup): string {
  if (group.key === ROLLUP_NO_VALUE) {
    return 'No value';
  }
  return group.title ?? group.key;
}

/** A group's name; refs (owner, system, domain) link to their catalog page. */
export function GroupName(props: { group: RollupGroup }) {
  const { group } = props;
  if (group.key !== ROLLUP_NO_VALUE && isEntityRef(group.key)) {
    return <EntityRefLink entityRef={group.key} title={group.title} />;
  }
  return <>{groupLabel(group)}</>;
}

export interface TierDistributionProps {
  rollup: RollupResponse;
  tiers: TierSummary[];
  /** The group shown in the drill-down, if any. */
  selectedKey?: string;
  onSelect: (group: RollupGroup) => void;
}

/**
 * One row per group: entities per tier as counts and as a stacked bar, mean
 * score, open blockers, entities stuck below the top tier, and a button that
 * lists the group's entities.
 */
export function TierDistribution(props: TierDistributionProps) {
  const { rollup, tiers, selectedKey, onSelect } = props;
  const classes = useStyles();
  const columns = tierColumns(rollup.tiers);
  const label = (key: string) =>
    key === 'none' ? 'No tier' : tierTitle(tiers, key);
  const dimension = GROUP_BY_LABELS[rollup.groupBy];

  return (
    <div data-testid="readiness-rollup-groups">
      <Typography variant="h6" component="h2" id="readiness-tiers-heading">
        Tiers by {dimension.toLocaleLowerCase('en-US')}
      </Typography>
      <ul className={classes.legend} aria-label="Tier colours">
        {columns.map((key, i) => (
          <li key={key}>
            <span
              className={classes.swatch}
              style={{ background: tierColour(i - 1) }}
              aria-hidden
            />
            <Typography variant="body2" component="span">
              {label(key)}
            </Typography>
          </li>
        ))}
      </ul>
      <div className={classes.scroll}>
        <Table size="small" aria-labelledby="readiness-tiers-heading">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {dimension}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Entities
              </TableCell>
              {columns.map(key => (
                <TableCell key={key} component="th" scope="col" align="right">
                  {label(key)}
                </TableCell>
              ))}
              <TableCell component="th" scope="col">
                Distribution
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Mean score
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Open blockers
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Stuck over {rollup.stuckAfterDays} days
              </TableCell>
              <TableCell component="th" scope="col">
                <span className="MuiTypography-srOnly">Actions</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...rollup.groups, { ...rollup.total, key: '__total__' }].map(
              (group, index) => {
                const isTotal = group.key === '__total__';
                const name = isTotal ? 'All' : groupLabel(group);
                return (
                  <TableRow
                    // By position: the next page of groups updates the rows
                    // in place instead of unmounting and mounting every cell.
                    key={isTotal ? 'total' : index}
                    selected={group.key === selectedKey}
                    data-testid={`readiness-rollup-row-${
                      isTotal ? 'total' : group.key
                    }`}
                  >
                    <TableCell component="th" scope="row">
                      {isTotal ? (
                        <strong>All</strong>
                      ) : (
                        <GroupName group={group} />
                      )}
                    </TableCell>
                    <TableCell align="right">{group.entityCount}</TableCell>
                    {columns.map(key => (
                      <TableCell key={key} align="right">
                        {group.tiers[key] ?? 0}
                      </TableCell>
                    ))}
                    <TableCell>
                      <div className={classes.bar} aria-hidden>
                        {columns.map((key, i) => {
                          const count = group.tiers[key] ?? 0;
                          return count > 0 ? (
                            <span
                              key={key}
                              title={`${label(key)}: ${count}`}
                              style={{
                                width: `${
                                  (100 * count) / Math.max(1, group.entityCount)
                                }%`,
                                background: tierColour(i - 1),
                              }}
                            />
                          ) : null;
                        })}
                      </div>
                    </TableCell>
                    <TableCell align="right">
                      {formatScore(group.meanScore)}
                    </TableCell>
                    <TableCell align="right">{group.openBlockers}</TableCell>
                    <TableCell align="right">{group.stuckBelowTop}</TableCell>
                    <TableCell>
                      {!isTotal && group.key !== ROLLUP_NO_VALUE && (
                        <Button
                          size="small"
                          color="primary"
                          onClick={() => onSelect(group)}
                          aria-pressed={group.key === selectedKey}
                          aria-label={`Show the entities of ${name}`}
                        >
                          Entities
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              },
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
