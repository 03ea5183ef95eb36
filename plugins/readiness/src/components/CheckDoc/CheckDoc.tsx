import { Link, Progress } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import { useState } from 'react';

import { useReadinessRubric } from '../../hooks/useReadinessRubric';
import { YamlFix } from '../YamlFix';

export interface CheckDocButtonProps {
  checkId: string;
  title: string;
  /** The rubric's doc URL for the check; shown as a link only when absolute. */
  docUrl?: string;
}

/**
 * "About this check": the check's documentation inside the portal (why it
 * matters, accepted evidence, example YAML), from the rubric the backend
 * serves. A company's own docs (readiness.rubric docBaseUrl, absolute) are
 * linked too; a relative path is never printed as text.
 */
export function CheckDocButton(props: CheckDocButtonProps) {
  const [open, setOpen] = useState(false);
  const titleId = `readiness-check-doc-${props.checkId}-title`;
  return (
    <>
      <Button
        size="small"
        startIcon={<HelpOutlineIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid={`readiness-check-doc-${props.checkId}`}
      >
        About “{props.title}”
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="md">
        <DialogTitle id={titleId}>{props.title}</DialogTitle>
        <DialogContent dividers>
          {/* Mounted only while open: GET /checks is asked when a person wants it. */}
          {open && <CheckDocContent {...props} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} color="primary">
            Close
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function CheckDocContent(props: CheckDocButtonProps) {
  const { rubric, loading } = useReadinessRubric();
  if (loading) return <Progress />;
  const check = rubric?.checks.find(c => c.id === props.checkId);
  const external = props.docUrl && /^https?:\/\//i.test(props.docUrl) ? props.docUrl : undefined;
  if (!check) {
    return <Typography variant="body1">The rubric in force has no check {props.checkId}.</Typography>;
  }
  const doc = check.doc;
  return (
    <div data-testid="readiness-check-doc">
      <Typography variant="subtitle2" component="h3">
        Why it matters
      </Typography>
      <Typography variant="body1" paragraph>
        {doc?.why ?? check.description}
      </Typography>
      <Typography variant="body2" paragraph>
        Tier {check.tier}, {check.severity}; applies to {doc?.appliesTo ?? check.appliesTo}
        {doc ? `; ${doc.whoActs} acts` : ''}.
      </Typography>
      {doc && (
        <>
          <Typography variant="subtitle2" component="h3">
            Accepted evidence
          </Typography>
          <Typography variant="body1" paragraph>
            {doc.evidence}
          </Typography>
          {doc.exampleYaml && (
            <>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                Example for catalog-info.yaml
              </Typography>
              <YamlFix yaml={doc.exampleYaml} label={`the example of ${check.title}`} />
            </>
          )}
          <Typography variant="body2" paragraph style={{ marginTop: 16 }}>
            To waive it for a while: <code>{doc.waiverAnnotation}</code>.
          </Typography>
        </>
      )}
      {external && (
        <Typography variant="body2">
          <Link to={external}>Your organisation's documentation for “{check.title}”</Link>
        </Typography>
      )}
    </div>
  );
}
