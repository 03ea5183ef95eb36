import { ResponseErrorPanel } from '@backstage/core-components';
import { describeError } from '../../lib/errors';

/**
 * A failed load, saying what could not be loaded and what the server said,
 * with the full response one click away.
 */
export function LoadError(props: { what: string; error: Error }) {
  const { what, error } = props;
  return (
    <div data-testid="readiness-error">
      <ResponseErrorPanel
        error={error}
        title={`Could not load ${what}: ${describeError(error)}`}
      />
    </div>
  );
}
