import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import IconButton from '@material-ui/core/IconButton';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useEffect, useState } from 'react';
import {
  DEFAULT_ROLLUP_SORT,
  naturalRollupOrder,
  tierSort,
} from '@readiness-scorecards/plugin-readiness-common';
import { initiallyExpanded, TreeGroup, treeRows } from './groupTree';
import type {
  RollupGroup,
  RollupResponse,
  RollupSort,
  RollupSortRequest,
  TierSummary,
} from '../../api/types';
import { tierColour } from '../../lib/colours';
import { isEntityRef, shortRefName } from '../../lib/entityRefs';
import { GROUP_BY_LABELS, ROLLUP_NO_VALUE } from '../../lib/rollup';
import { tierTitle } from '../../lib/tiers';
import { formatScore } from '../ScoreSummary';

const useStyles = makeStyles(theme => ({
  // One word on one line, however narrow the column gets.
  action: { whiteSpace: 'nowrap' },
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
  // Positioned, so absolutely placed content (screen-reader-only text) scrolls
  // and clips with the table instead of widening the page.
  scroll: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  header: { whiteSpace: 'normal', minWidth: 64 },
  name: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), minWidth: 160 },
  toggle: { padding: 2 },
  person: { marginLeft: theme.spacing(0.5) },
}));

/**
 * Headers wrap between words, never inside one. Inline: the Backstage theme
 * gives every table cell word-break: break-word in a style sheet injected
 * after this component's, which would win over a class.
 */
const WHOLE_WORDS = {
  wordBreak: 'keep-all',
  overflowWrap: 'normal',
  hyphens: 'none',
} as const;

/** Tier column keys: "none" first, then the tiers lowest first. */
function tierColumns(rollupTiers: string[]): string[] {
  return ['none', ...rollupTiers];
}

export function groupLabel(group: RollupGroup): string {
  if (group.key === ROLLUP_NO_VALUE) {
    return 'No value';
  }
  // A heading reads a name, not a ref: "payments", not "system:default/payments".
  return group.title ?? (isEntityRef(group.key) ? shortRefName(group.key) : group.key);
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
  /** The order the server sorted the groups in (most urgent first by default). */
  sort?: RollupSortRequest;
  /** A column header was clicked: the rollup sorted this way is wanted. */
  onSort: (sort: Required<RollupSortRequest>) => void;
}

/**
 * One row per group: entities per tier as counts and as a stacked bar, mean
 * score, open blockers, entities stuck below the top tier, and a button that
 * lists the group's entities. The server sorts: a header asks it for another
 * order, and the rows keep the order they come in.
 */
export function TierDistribution(props: TierDistributionProps) {
  const { rollup, tiers, selectedKey, onSelect, onSort } = props;
  const classes = useStyles();
  const groups = rollup.groups as TreeGroup[];
  const sortBy = props.sort?.sort ?? DEFAULT_ROLLUP_SORT;
  const order = props.sort?.order ?? naturalRollupOrder(sortBy);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => initiallyExpanded(groups));
  // Other groups (another page, filter or grouping) open their own top
  // level; the same groups in another order keep what is open.
  const groupsKey = groups.map(g => g.key).sort().join('|');
  useEffect(() => setExpanded(initiallyExpanded(groups)), [groupsKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = treeRows(groups, { expanded });
  const toggle = (key: string) =>
    setExpanded(current => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  // The sorted column flips its order; another column starts in its natural one.
  const nextOrder = (by: RollupSort) => {
    if (sortBy !== by) return naturalRollupOrder(by);
    return order === 'asc' ? 'desc' : 'asc';
  };
  const sortHeader = (
    by: RollupSort,
    text: string,
    align?: 'right',
    key?: string,
  ) => (
    <TableCell
      key={key}
      component="th"
      scope="col"
      align={align}
      className={classes.header}
      style={WHOLE_WORDS}
      sortDirection={sortBy === by ? order : false}
    >
      <TableSortLabel
        active={sortBy === by}
        direction={sortBy === by ? order : naturalRollupOrder(by)}
        onClick={() => onSort({ sort: by, order: nextOrder(by) })}
      >
        {text}
      </TableSortLabel>
    </TableCell>
  );
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
              {sortHeader('name', dimension)}
              {sortHeader('entityCount', 'Entities', 'right')}
              {/* Who must act comes first: on a narrow screen the tiers scroll out of view, not these. */}
              {sortHeader('overdueDecisions', 'Overdue decisions', 'right')}
              {sortHeader('claimedAboveEarned', 'Claimed, not earned', 'right')}
              {sortHeader('openBlockers', 'Open blockers', 'right')}
              {sortHeader('stuckBelowTop', `Stuck over ${rollup.stuckAfterDays} days`, 'right')}
              {columns.map(key => sortHeader(tierSort(key), label(key), 'right', key))}
              {sortHeader('distribution', 'Distribution')}
              {sortHeader('meanScore', 'Mean score', 'right')}
              <TableCell component="th" scope="col">
                <span className="MuiTypography-srOnly">Actions</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[
              ...rows,
              { group: { ...rollup.total, key: '__total__' } as TreeGroup, depth: 0, hasChildren: false, expanded: false },
            ].map(
              ({ group, depth, hasChildren, expanded: open }, index) => {
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
                        <span className={classes.name} style={{ paddingLeft: depth * 20 }}>
                          {hasChildren ? (
                            <IconButton
                              size="small"
                              className={classes.toggle}
                              aria-expanded={open}
                              aria-label={`${open ? 'Hide' : 'Show'} the groups of ${name}`}
                              onClick={() => toggle(group.key)}
                            >
                              {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
                            </IconButton>
                          ) : (
                            depth > 0 && <span style={{ width: 24 }} aria-hidden />
                          )}
                          <GroupName group={group} />
                          {group.ownedByPerson && (
                            <Typography variant="caption" color="textSecondary" className={classes.person}>
                              (owned by a person)
                            </Typography>
                          )}
                        </span>
                      )}
                    </TableCell>
                    <TableCell align="right">{group.entityCount}</TableCell>
                    <TableCell align="right">
                      {group.overdueDecisions ? <strong>{group.overdueDecisions}</strong> : group.overdueDecisions ?? '–'}
                    </TableCell>
                    <TableCell align="right">{group.claimedAboveEarned ?? '–'}</TableCell>
                    <TableCell align="right">{group.openBlockers}</TableCell>
                    <TableCell align="right">{group.stuckBelowTop}</TableCell>
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
                    <TableCell>
                      {!isTotal && group.key !== ROLLUP_NO_VALUE && (
                        <Button
                          className={classes.action}
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
