import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../api';

/** The live scorecard of one entity, as the signed-in user may see it. */
export function useReadinessScorecard(entityRef: string) {
  const readinessApi = useApi(readinessApiRef);
  return useAsync(
    () => readinessApi.getScorecard(entityRef),
    [readinessApi, entityRef],
  );
}
