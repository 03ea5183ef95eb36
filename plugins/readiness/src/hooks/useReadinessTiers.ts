import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef, TierSummary } from '../api';
import { FALLBACK_TIERS } from '../lib/tiers';

/**
 * The tiers of the rubric in force, lowest first. While the rubric loads, or
 * if it cannot be loaded, the default tiers stand in so the page still reads;
 * `error` says why the rubric is missing.
 */
export function useReadinessTiers(): {
  tiers: TierSummary[];
  loading: boolean;
  error?: Error;
} {
  const readinessApi = useApi(readinessApiRef);
  const { value, loading, error } = useAsync(
    () => readinessApi.getRubric(),
    [readinessApi],
  );
  const tiers = value?.tiers?.length ? value.tiers : FALLBACK_TIERS;
  return { tiers, loading, error };
}
