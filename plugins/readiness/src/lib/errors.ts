import { ResponseError } from '@backstage/errors';

/**
 * What went wrong, in one line. For a failed request that is the backend's
 * own message (e.g. "No entity component:default/x found in the catalog")
 * with the status, not only "Request failed with 404 Not Found".
 */
export function describeError(error: Error): string {
  if (error instanceof ResponseError || error.name === 'ResponseError') {
    const { cause, statusCode } = error as ResponseError;
    if (cause?.message) {
      return `${cause.message} (HTTP ${statusCode})`;
    }
  }
  return error.message;
}

/** A 404 from the backend: an unknown or hidden entity, or an endpoint an older backend lacks. */
export function isNotFound(error: Error): boolean {
  return (
    (error instanceof ResponseError || error.name === 'ResponseError') &&
    (error as ResponseError).statusCode === 404
  );
}
