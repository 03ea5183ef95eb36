import { Progress } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { InitiativeResponse } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';

/** Checks named per team; the entities below have every one. */
const SHOWN_CHECKS = 3;

const useStyles = makeStyles({
  // Positioned, so screen-reader-only text clips with the table instead of
  // widening the page.
  scroll: { overflowX: 'auto', position: 'relative' },
  // On a narrow screen the table scrolls inside its box rather than
  // squeezing each column to a letter a line.
  table: { minWidth: 640 },
});

export interface InitiativeTeamsProps {
  detail: InitiativeResponse;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  selectedOwner?: string;
  onSelectOwner: (owner: string) => void;
  checkTitle: (checkId: string) => string;
}

/**
 * The initiative's owner teams, most remaining work first, one server-side
 * page at a time; a team's button narrows the entities to it.
 */
export function InitiativeTeams(props: InitiativeTeamsProps) {
  const { detail, loading, page, pageSize, selectedOwner } = props;
  const classes = useStyles();
  return (
    <section aria-labelledby="readiness-initiative-teams-heading">
      <Typography
        variant="h6"
        component="h2"
        id="readiness-initiative-teams-heading"
      >
        Teams by remaining work ({detail.teamCount})
      </Typography>
      {loading && <Progress />}
      {detail.teamCount === 0 ? (
        <Typography variant="body1">
          No entity you may read is in this initiative's scope.
        </Typography>
      ) : (
        <>
          <div className={classes.scroll}>
            <Table
              className={classes.table}
              size="small"
              aria-labelledby="readiness-initiative-teams-heading"
              data-testid="readiness-initiative-teams"
            >
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    Team
                  </TableCell>
                  <TableCell component="th" scope="col" align="right">
                    Remaining
                  </TableCell>
                  <TableCell component="th" scope="col" align="right">
                    Done
                  </TableCell>
                  <TableCell component="th" scope="col" align="right">
                    In scope
                  </TableCell>
                  <TableCell component="th" scope="col">
                    Still missing
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {detail.teams.map(team => {
                  const name = team.owner
                    ? team.ownerTitle ?? shortRefName(team.owner)
                    : 'No owner';
                  const checks = team.remainingChecks.map(
                    c =>
                      `${c.title ?? props.checkTitle(c.checkId)} (${
                        c.entityCount
                      })`,
                  );
                  return (
                    <TableRow
                      key={team.owner ?? ''}
                      selected={
                        team.owner !== undefined && team.owner === selectedOwner
                      }
                    >
                      <TableCell component="th" scope="row">
                        {team.owner ? (
                          <Button
                            size="small"
                            color="primary"
                            aria-pressed={team.owner === selectedOwner}
                            onClick={() => props.onSelectOwner(team.owner!)}
                            title={`Show the entities of ${name}`}
                          >
                            {name}
                          </Button>
                        ) : (
                          name
                        )}
                      </TableCell>
                      <TableCell align="right">{team.remaining}</TableCell>
                      <TableCell align="right">{team.done}</TableCell>
                      <TableCell align="right">{team.inScope}</TableCell>
                      <TableCell>
                        {checks.slice(0, SHOWN_CHECKS).join(', ')}
                        {checks.length > SHOWN_CHECKS &&
                          `, and ${checks.length - SHOWN_CHECKS} more`}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {detail.teamCount > pageSize && (
            <TablePagination
              component="div"
              data-testid="readiness-initiative-teams-pager"
              count={detail.teamCount}
              page={page}
              rowsPerPage={pageSize}
              rowsPerPageOptions={[pageSize]}
              onPageChange={(_event, next) => props.onPageChange(next)}
            />
          )}
        </>
      )}
    </section>
  );
}
