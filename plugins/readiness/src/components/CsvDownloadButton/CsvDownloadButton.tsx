import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { MouseEvent, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { ScorecardFilters } from '../../api/types';
import { describeError } from '../../lib/errors';

export interface CsvDownloadButtonProps {
  filters: ScorecardFilters;
  /** Name of the saved file. */
  fileName?: string;
}

/**
 * An anchor to GET /export.csv with the page's filters. The export needs the
 * user's credentials, which a plain link does not send, so a click fetches
 * it through fetchApi and saves it from a Blob URL.
 */
export function CsvDownloadButton(props: CsvDownloadButtonProps) {
  const { filters, fileName = 'readiness.csv' } = props;
  const readinessApi = useApi(readinessApiRef);
  const filtersKey = JSON.stringify(filters);
  const { value: href } = useAsync(
    () => readinessApi.getExportUrl(filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readinessApi, filtersKey],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const download = async (event: MouseEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const blob = await readinessApi.exportCsv(filters);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      // Revoking right away can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        color="primary"
        component="a"
        href={href ?? '#'}
        download={fileName}
        onClick={download}
        disabled={busy}
        startIcon={<GetAppIcon />}
        data-testid="readiness-csv-download"
      >
        {busy ? 'Preparing CSV…' : 'Download CSV'}
      </Button>
      {error && (
        <Typography color="error" variant="body2" role="alert">
          Could not download the CSV: {describeError(error)}
        </Typography>
      )}
    </>
  );
}
