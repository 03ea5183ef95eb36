import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef, RubricResponse, TierSummary } from '../api';
import { FALLBACK_TIERS } from '../lib/tiers';

/**
 * The rubric in force, for titles of tiers, categories and checks. While it
 * loads or when it fails, ids stand in for titles and the default tiers for
 * the tiers.
 */
export function useReadinessRubric(): {
  rubric?: RubricResponse;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  categoryTitle: (categoryId: string) => string;
  loading: boolean;
  error?: Error;
} {
  const readinessApi = useApi(readinessApiRef);
  const { value, loading, error } = useAsync(
    () => readinessApi.getRubric(),
    [readinessApi],
  );
  return {
    rubric: value,
    tiers: value?.tiers?.length ? value.tiers : FALLBACK_TIERS,
    checkTitle: id => value?.checks.find(c => c.id === id)?.title ?? id,
    categoryTitle: id => value?.categories.find(c => c.id === id)?.title ?? id,
    loading,
    error,
  };
}
