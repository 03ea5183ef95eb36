import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { memo } from 'react';
import useAsync from 'react-use/esm/useAsync';
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
import { readinessApiRef } from '../../api';
import type {
  ReadinessFilters,
  RollupGroupBy,
  TierSummary,
} from '../../api/types';
import { tierColour } from '../../lib/colours';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/time';
import { formatScore } from '../ScoreSummary';
import { FirstRunSummary } from '../FirstRunSummary';

const CHART_HEIGHT = 260;
/** About how many dates the time axis labels. */
const DATE_TICKS = 8;
const FALLBACK_WIDTH = 640;

export interface RollupTrendProps {
  groupBy: RollupGroupBy;
  filters: ReadinessFilters;
  tiers: TierSummary[];
}

/** Days between labelled dates (recharts' interval: ticks skipped). */
function tickInterval(points: number): number {
  return Math.max(0, Math.ceil(points / DATE_TICKS) - 1);
}

function isNotFound(error: Error): boolean {
  return (
    (error instanceof ResponseError || error.name === 'ResponseError') &&
    (error as ResponseError).statusCode === 404
  );
}

interface TrendPanelProps extends RollupTrendProps {
  /** Colour of text, axes and the mean-score line. */
  text: string;
  /** Background of the tooltip. */
  paper: string;
}

/**
 * Draws again only when the group-by, filters, tiers or colours change: the
 * chart measures its legend and axes on every render, which made it the
 * costliest part of the page when it re-rendered for each page of groups.
 */
const TrendPanel = memo(TrendPanelContent, sameTrend);

function sameTrend(a: TrendPanelProps, b: TrendPanelProps): boolean {
  return (
    a.groupBy === b.groupBy &&
    a.text === b.text &&
    a.paper === b.paper &&
    JSON.stringify(a.filters) === JSON.stringify(b.filters) &&
    JSON.stringify(a.tiers) === JSON.stringify(b.tiers)
  );
}

function TrendPanelContent(props: TrendPanelProps) {
  const { groupBy, filters, tiers, text, paper } = props;
  const readinessApi = useApi(readinessApiRef);
  const [ref, { width }] = useMeasure<HTMLDivElement>();
  const filtersKey = JSON.stringify(filters);
  const { value, loading, error } = useAsync(
    // The chart shows the totals: no groups needed.
    () =>
      readinessApi.getRollupHistory(groupBy, filters, { offset: 0, limit: 0 }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readinessApi, groupBy, filtersKey],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error && isNotFound(error)) {
    content = (
      <Typography variant="body2" data-testid="readiness-trend-unavailable">
        The trend is not available: this readiness backend does not record
        organisation history yet.
      </Typography>
    );
  } else if (error) {
    content = (
      <WarningPanel
        severity="error"
        title={`Could not load the readiness trend: ${describeError(error)}`}
      />
    );
  } else if (recorded(value?.points ?? []).length < 2) {
    // One day of records is no trend yet: say what the recompute found.
    content = (
      <>
        <Typography variant="body2" paragraph>
          No history yet: the trend starts with a second day of records. What
          the last recompute found:
        </Typography>
        <FirstRunSummary filters={filters} tiers={tiers} />
      </>
    );
  } else {
    // From the first day with a record: days before it are not zeros.
    const points = recorded(value!.points);
    const data = points.map(p => ({
      date: p.date,
      meanScore: p.total.meanScore,
      none: p.total.tiers.none ?? 0,
      ...Object.fromEntries(tiers.map(t => [t.id, p.total.tiers[t.id] ?? 0])),
    }));
    const first = points[0];
    const last = points[points.length - 1];
    content = (
      <figure style={{ margin: 0 }}>
        {/* Measured at the width of its box, never of the chart inside it
            (else the fallback width holds and a narrow page scrolls sideways). */}
        <div ref={ref} style={{ width: '100%', minWidth: 0, overflow: 'hidden' }}>
          <LineChart
            width={width || FALLBACK_WIDTH}
            height={CHART_HEIGHT}
            data={data}
            margin={{ top: 8, right: 16, bottom: 20, left: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => formatDate(d)}
              stroke={text}
              // A fixed interval: recharts' default measures the text of
              // every date (90 or more) on each render to pick the ticks.
              interval={tickInterval(data.length)}
              label={{ value: 'Date', position: 'insideBottom', offset: -12, fill: text }}
            />
            <YAxis
              yAxisId="count"
              allowDecimals={false}
              stroke={text}
              label={{ value: 'Entities per tier', angle: -90, position: 'insideLeft', fill: text }}
            />
            <YAxis
              yAxisId="score"
              orientation="right"
              domain={[0, 100]}
              stroke={text}
              label={{ value: 'Mean score', angle: 90, position: 'insideRight', fill: text }}
            />
            <Tooltip
              labelFormatter={(d: string) => formatDate(d)}
              contentStyle={{
                backgroundColor: paper,
                color: text,
              }}
              itemStyle={{ color: text }}
            />
            <Legend
              formatter={(label: string) => (
                <span style={{ color: text }}>{label}</span>
              )}
            />
            <Line
              yAxisId="score"
              dataKey="meanScore"
              name="Mean score"
              stroke={text}
              strokeWidth={2}
              strokeDasharray="6 3"
              isAnimationActive={false}
              // One dot per day and line is hundreds of SVG nodes.
              dot={false}
            />
            {[{ id: 'none', title: 'No tier' }, ...tiers].map((t, i) => (
              <Line
                key={t.id}
                yAxisId="count"
                dataKey={t.id}
                name={t.title}
                stroke={tierColour(i - 1)}
                strokeWidth={2}
                isAnimationActive={false}
                // One dot per day and line is hundreds of SVG nodes.
                dot={false}
              />
            ))}
          </LineChart>
        </div>
        <Typography component="figcaption" variant="body2">
          From {formatDate(first.date)} to {formatDate(last.date)}: mean score{' '}
          {formatScore(first.total.meanScore)} to{' '}
          {formatScore(last.total.meanScore)}, {first.total.entityCount} to{' '}
          {last.total.entityCount} entities.
        </Typography>
      </figure>
    );
  }

  return (
    <div data-testid="readiness-trend">
      <Typography variant="h6" component="h2">
        Trend
      </Typography>
      {content}
    </div>
  );
}

/**
 * Mean score and entities per tier over time, from GET /rollup/history. A
 * backend without that endpoint (404) gets a one-line note instead.
 */
export function RollupTrend(props: RollupTrendProps) {
  // The page's theme is a new object on every render of the page (core
  // components' Page derives it), so the colours go to the chart as strings.
  const theme = useTheme();
  return (
    <TrendPanel
      {...props}
      text={theme.palette.text.primary}
      paper={theme.palette.background.paper}
    />
  );
}

/** The points from the first day any entity was recorded on. */
function recorded<P extends { total: { entityCount: number } }>(points: P[]): P[] {
  const first = points.findIndex(p => p.total.entityCount > 0);
  return first < 0 ? [] : points.slice(first);
}
