import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import useMeasure from 'react-use/esm/useMeasure';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TierSummary } from '../../api/types';
import { useReadinessHistory } from '../../hooks/useReadinessHistory';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';
import { formatScore } from '../ScoreSummary';
import { SeriesPoint, toSeries } from './historySeries';

/** Each of the two charts (tier, score). */
const PANEL_HEIGHT = 180;
/** Used until the container is measured (and in jsdom, which has no layout). */
const FALLBACK_WIDTH = 640;

const useStyles = makeStyles(theme => ({
  figure: {
    margin: 0,
  },
  caption: {
    marginTop: theme.spacing(1),
  },
}));

export interface HistoryChartProps {
  entityRef: string;
  tiers: TierSummary[];
  /** For tests; defaults to the current time. */
  now?: Date;
}

/** Tier (a step line) and score over time, apart, from the stored history. */
export function HistoryChart(props: HistoryChartProps) {
  const { entityRef, tiers, now = new Date() } = props;
  const { value, loading, error } = useReadinessHistory(entityRef);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <WarningPanel
        severity="error"
        title={`Could not load the readiness history: ${describeError(error)}`}
      />
    );
  } else if (!value?.points.length) {
    content = (
      <Typography variant="body1">
        No history yet: a point is stored each time the scheduled recompute
        finds the tier or the score changed.
      </Typography>
    );
  } else {
    content = (
      <Chart
        points={toSeries(value.points, tiers, now)}
        recorded={value.points.length}
        tiers={tiers}
      />
    );
  }

  return (
    <InfoCard
      title="Tier and score over time"
      titleTypographyProps={{ component: 'h2' }}
    >
      <div data-testid="readiness-history">{content}</div>
    </InfoCard>
  );
}

function Chart(props: {
  points: SeriesPoint[];
  /** How many changes the backend stored (the series may add one for now). */
  recorded: number;
  tiers: TierSummary[];
}) {
  const { points, recorded, tiers } = props;
  const classes = useStyles();
  const theme = useTheme();
  const [ref, { width }] = useMeasure<HTMLDivElement>();
  const text = theme.palette.text.primary;
  const tierLabel = (level: number) =>
    level === 0 ? 'No tier' : tierTitle(tiers, tiers[level - 1]?.id ?? '');
  const first = points[0];
  const last = points[points.length - 1];
  const formatTime = (t: number) => formatDate(new Date(t).toISOString());
  // Tier and score apart, each with its own axes: on one chart a step of
  // the tier line and a move of the score line read as the same thing.
  const panel = (kind: 'tier' | 'score') => (
    <LineChart
      width={width || FALLBACK_WIDTH}
      height={PANEL_HEIGHT}
      data={points}
      margin={{ top: 8, right: 16, bottom: 20, left: 16 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      {/* From the first record: the series has no zero-filled days before it. */}
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={formatTime}
        stroke={text}
        label={{ value: 'Date', position: 'insideBottom', offset: -12, fill: text }}
      />
      {kind === 'tier' ? (
        <YAxis
          domain={[0, tiers.length]}
          ticks={tiers.map((_, i) => i).concat(tiers.length)}
          tickFormatter={tierLabel}
          allowDecimals={false}
          width={96}
          stroke={text}
          label={{ value: 'Tier', angle: -90, position: 'insideLeft', fill: text }}
        />
      ) : (
        <YAxis
          domain={[0, 100]}
          width={96}
          stroke={text}
          label={{ value: 'Score (0–100)', angle: -90, position: 'insideLeft', fill: text }}
        />
      )}
      {/* recharts colours tooltip text like the series; the theme's text
          colours keep that text readable on any theme. */}
      <Tooltip
        labelFormatter={formatTime}
        formatter={(v: number) => (kind === 'tier' ? tierLabel(v) : formatScore(v))}
        contentStyle={{ backgroundColor: theme.palette.background.paper, color: text }}
        itemStyle={{ color: text }}
      />
      {kind === 'tier' ? (
        <Line
          type="stepAfter"
          dataKey="tierLevel"
          name="Tier"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ) : (
        <Line
          type="monotone"
          dataKey="score"
          name="Score"
          stroke={theme.palette.secondary.main}
          strokeWidth={2}
          isAnimationActive={false}
        />
      )}
    </LineChart>
  );

  return (
    <figure className={classes.figure}>
      <div ref={ref}>
        <div data-testid="readiness-history-tier">{panel('tier')}</div>
        <div data-testid="readiness-history-score">{panel('score')}</div>
      </div>
      <Typography
        component="figcaption"
        variant="body2"
        className={classes.caption}
      >
        {recorded} {recorded === 1 ? 'change' : 'changes'} recorded since{' '}
        {formatTime(first.time)}. Latest:{' '}
        {last.tier ? tierTitle(tiers, last.tier) : 'no tier'}, score{' '}
        {formatScore(last.score)}.
      </Typography>
    </figure>
  );
}
