import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import useMeasure from 'react-use/esm/useMeasure';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { InitiativeHistoryResponse } from '../../api/types';
import { formatDate } from '../../lib/time';

const CHART_HEIGHT = 280;
const FALLBACK_WIDTH = 640;
const ACTUAL_COLOUR = '#1976d2';
const NEEDED_COLOUR = '#ef6c00';

/** A day of the chart; `needed` alone on the deadline when it is ahead. */
export interface BurnUpRow {
  time: number;
  inScope?: number;
  done?: number;
  needed?: number;
}

/**
 * The chart's rows on a time axis: each recorded day from the first record
 * (days before it are not zeros), then the needed pace's end on the
 * deadline, so the line shows where the pace must arrive.
 */
export function burnUpRows(history: InitiativeHistoryResponse): BurnUpRow[] {
  const rows: BurnUpRow[] = history.points.map(p => ({
    time: Date.parse(`${p.date}T00:00:00Z`),
    inScope: p.inScope,
    done: p.done,
    needed: p.needed,
  }));
  const end = history.pace?.to;
  const last = rows[rows.length - 1];
  if (end && last) {
    const endTime = Date.parse(`${end.date}T00:00:00Z`);
    if (endTime > last.time) rows.push({ time: endTime, needed: end.done });
  }
  return rows;
}

/**
 * The burn-up: entities in scope and done per day, and the needed pace (the
 * straight line from the first measured day to everything done at the
 * deadline). Below the line is behind.
 */
export function InitiativeBurnUp(props: {
  history: InitiativeHistoryResponse;
}) {
  const { history } = props;
  const theme = useTheme();
  const text = theme.palette.text.primary;
  const [ref, { width }] = useMeasure<HTMLDivElement>();
  const rows = burnUpRows(history);
  const points = history.points;

  let content;
  if (points.length === 0) {
    content = (
      <Typography variant="body2" data-testid="readiness-burnup-empty">
        No progress recorded yet: the burn-up starts with the first recompute on
        or after the start date ({formatDate(history.startDate)}).
      </Typography>
    );
  } else {
    const first = points[0];
    const last = points[points.length - 1];
    content = (
      <figure style={{ margin: 0 }}>
        {/* Measured at the width of its box, so a narrow page never scrolls sideways. */}
        <div
          ref={ref}
          style={{ width: '100%', minWidth: 0, overflow: 'hidden' }}
        >
          <LineChart
            width={width || FALLBACK_WIDTH}
            height={CHART_HEIGHT}
            data={rows}
            margin={{ top: 8, right: 16, bottom: 24, left: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(t: number) =>
                formatDate(new Date(t).toISOString())
              }
              stroke={text}
              minTickGap={24}
              label={{
                value: 'Date',
                position: 'insideBottom',
                offset: -16,
                fill: text,
              }}
            />
            <YAxis
              allowDecimals={false}
              stroke={text}
              label={{
                value: 'Entities',
                angle: -90,
                position: 'insideLeft',
                fill: text,
              }}
            />
            <Tooltip
              labelFormatter={(t: number) =>
                formatDate(new Date(t).toISOString())
              }
              contentStyle={{
                backgroundColor: theme.palette.background.paper,
                color: text,
              }}
              itemStyle={{ color: text }}
            />
            <Legend
              verticalAlign="top"
              formatter={(label: string) => (
                <span style={{ color: text }}>{label}</span>
              )}
            />
            <Line
              dataKey="inScope"
              name="In scope"
              stroke={text}
              strokeDasharray="2 2"
              isAnimationActive={false}
              dot={false}
              connectNulls
            />
            <Line
              dataKey="done"
              name="Done (actual)"
              stroke={ACTUAL_COLOUR}
              strokeWidth={2}
              isAnimationActive={false}
              dot={false}
              connectNulls
            />
            <Line
              dataKey="needed"
              name="Needed pace"
              stroke={NEEDED_COLOUR}
              strokeWidth={2}
              strokeDasharray="6 3"
              isAnimationActive={false}
              dot={false}
              connectNulls
            />
          </LineChart>
        </div>
        <Typography component="figcaption" variant="body2">
          From {formatDate(first.date)} to {formatDate(last.date)}: {first.done}{' '}
          to {last.done} of {last.inScope} done; the needed pace reaches every
          entity in scope on {formatDate(history.deadline)}.
          {history.source === 'replayed' &&
            ' Replayed from the history of the entities you may read.'}
        </Typography>
      </figure>
    );
  }
  return (
    <div data-testid="readiness-burnup">
      <Typography variant="h6" component="h2">
        Burn-up
      </Typography>
      {content}
    </div>
  );
}
