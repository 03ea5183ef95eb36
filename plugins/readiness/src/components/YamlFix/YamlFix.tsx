import { CopyTextButton } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  root: {
    position: 'relative',
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 1, 1, 2),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    backgroundColor: theme.palette.background.default,
  },
  // Plain theme colours rather than a syntax theme: highlighter palettes
  // (comments in light grey) fail the contrast check, and wrapping instead of
  // scrolling keeps the snippet readable without a keyboard-trap scroll area.
  code: {
    flex: 1,
    margin: 0,
    minWidth: 0,
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    color: theme.palette.text.primary,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
}));

export interface YamlFixProps {
  /** The snippet to merge into catalog-info.yaml. */
  yaml: string;
  /** What the snippet fixes, for the copy button's accessible name. */
  label: string;
  'data-testid'?: string;
}

/** A YAML snippet with a button that copies it verbatim. */
export function YamlFix(props: YamlFixProps) {
  const classes = useStyles();
  return (
    <div className={classes.root} data-testid={props['data-testid']}>
      <pre className={classes.code}>
        <code>{props.yaml}</code>
      </pre>
      <CopyTextButton
        text={props.yaml}
        aria-label={`Copy YAML for ${props.label}`}
        tooltipText="YAML copied to clipboard"
      />
    </div>
  );
}
