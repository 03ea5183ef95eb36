import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import {
  CheckResult,
  combineFixes,
} from '@readiness-scorecards/plugin-readiness-common';
import { useMemo } from 'react';

export interface CopyAllFixesProps {
  checks: CheckResult[];
  nextTierTitle: string;
}

/**
 * Copies one YAML patch with the fix of every blocker (valid YAML, every
 * key once), to merge into catalog-info.yaml in one go.
 */
export function CopyAllFixes(props: CopyAllFixesProps) {
  const alertApi = useApi(alertApiRef);
  const patch = useMemo(() => combineFixes(props.checks), [props.checks]);
  if (!patch.yaml) return null;
  const copy = async () => {
    try {
      await window.navigator.clipboard.writeText(patch.yaml);
      alertApi.post({
        message: `Copied one YAML patch for ${patch.checkIds.length} ${
          patch.checkIds.length === 1 ? 'check' : 'checks'
        }: merge it into catalog-info.yaml`,
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: `Could not copy to the clipboard: ${error}`,
        severity: 'error',
      });
    }
  };
  return (
    <Button
      variant="outlined"
      color="primary"
      size="small"
      startIcon={<FileCopyIcon />}
      onClick={copy}
      data-testid="readiness-copy-all-fixes"
    >
      Copy all fixes to {props.nextTierTitle}
    </Button>
  );
}
