import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../api';

/** The entity's tier and score over time, oldest first. */
export function useReadinessHistory(entityRef: string) {
  const readinessApi = useApi(readinessApiRef);
  return useAsync(
    () => readinessApi.getHistory(entityRef),
    [readinessApi, entityRef],
  );
}
