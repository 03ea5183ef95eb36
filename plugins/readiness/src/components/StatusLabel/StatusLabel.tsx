import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import type { CheckStatus } from '@readiness-scorecards/plugin-readiness-common';

const useStyles = makeStyles(theme => ({
  label: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  // Only the icon is coloured: status colours are not guaranteed to reach
  // text contrast on every theme, the text keeps the theme's text colour.
  ok: { color: theme.palette.success.main },
  warning: { color: theme.palette.warning.main },
  error: { color: theme.palette.error.main },
  neutral: { color: theme.palette.text.secondary },
}));

export type StatusTone = 'ok' | 'warning' | 'error' | 'neutral';

const CHECK_STATUS: Record<CheckStatus, { label: string; tone: StatusTone }> = {
  pass: { label: 'Passing', tone: 'ok' },
  fail: { label: 'Failing', tone: 'error' },
  invalid: { label: 'Invalid evidence', tone: 'error' },
  warn: { label: 'Warning', tone: 'warning' },
  waived: { label: 'Waived', tone: 'neutral' },
  'not-applicable': { label: 'Not applicable', tone: 'neutral' },
};

const ICONS = {
  ok: CheckCircleOutline,
  warning: ReportProblemOutlined,
  error: ErrorOutline,
  neutral: RemoveCircleOutline,
};

/** An icon in the status colour and a word, so colour is never the only cue. */
export function StatusLabel(props: { tone: StatusTone; children: string }) {
  const classes = useStyles();
  const Icon = ICONS[props.tone];
  return (
    <Typography component="span" variant="body2" className={classes.label}>
      <Icon fontSize="small" className={classes[props.tone]} aria-hidden />
      {props.children}
    </Typography>
  );
}

/** The status of one check result, e.g. "Invalid evidence". */
export function CheckStatusLabel(props: { status: CheckStatus }) {
  const { label, tone } = CHECK_STATUS[props.status] ?? {
    label: props.status,
    tone: 'neutral',
  };
  return <StatusLabel tone={tone}>{label}</StatusLabel>;
}
