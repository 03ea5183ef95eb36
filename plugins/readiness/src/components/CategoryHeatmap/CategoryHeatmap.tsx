import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { CategorySummary, RollupResponse } from '../../api/types';
import { CELL_TEXT, SCORE_BANDS, scoreColour } from '../../lib/colours';
import { GROUP_BY_LABELS } from '../../lib/rollup';
import { formatScore } from '../ScoreSummary';
import { GroupName } from '../TierDistribution';

const useStyles = makeStyles(theme => ({
  cell: {
    color: CELL_TEXT,
    fontVariantNumeric: 'tabular-nums',
    border: `1px solid ${theme.palette.background.paper}`,
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
  scroll: { overflowX: 'auto', position: 'relative' },
}));

export interface CategoryHeatmapProps {
  rollup: RollupResponse;
  /** The rubric's categories, in its order; categories only the rollup knows follow. */
  categories: CategorySummary[];
}

/** Groups by category: each cell the group's mean category score, coloured by band. */
export function CategoryHeatmap(props: CategoryHeatmapProps) {
  const { rollup, categories } = props;
  const classes = useStyles();
  const known = new Set(categories.map(c => c.id));
  const extra = new Set<string>();
  for (const group of [rollup.total, ...rollup.groups]) {
    for (const id of Object.keys(group.categoryScores)) {
      if (!known.has(id)) extra.add(id);
    }
  }
  const columns = [...categories, ...[...extra].map(id => ({ id, title: id }))];

  return (
    <div data-testid="readiness-heatmap">
      <Typography variant="h6" component="h2" id="readiness-heatmap-heading">
        Mean score by category
      </Typography>
      <ul className={classes.legend} aria-label="Score colours">
        {SCORE_BANDS.map(band => (
          <li key={band.label}>
            <span
              className={classes.swatch}
              style={{ background: band.colour }}
              aria-hidden
            />
            <Typography variant="body2" component="span">
              {band.label}
            </Typography>
          </li>
        ))}
        <li>
          <Typography variant="body2" component="span">
            n/a: no check of the category applies (left out of the means)
          </Typography>
        </li>
      </ul>
      <div className={classes.scroll}>
        <Table size="small" aria-labelledby="readiness-heatmap-heading">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {GROUP_BY_LABELS[rollup.groupBy]}
              </TableCell>
              {columns.map(c => (
                <TableCell key={c.id} component="th" scope="col" align="center">
                  {c.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rollup.groups.map((group, index) => (
              // By position: a new page of groups updates rows in place.
              <TableRow key={index}>
                <TableCell component="th" scope="row">
                  <GroupName group={group} />
                </TableCell>
                {columns.map(c => {
                  const score = group.categoryScores[c.id];
                  return score === undefined ? (
                    // The backend leaves such entities out of the category's
                    // mean; a group where none has one has no mean at all.
                    <TableCell key={c.id} align="center">
                      <span aria-label={`${c.title}: not applicable, no check of it applies`}>
                        n/a
                      </span>
                    </TableCell>
                  ) : (
                    <TableCell
                      key={c.id}
                      align="center"
                      className={classes.cell}
                      style={{ background: scoreColour(score) }}
                    >
                      {formatScore(score)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
