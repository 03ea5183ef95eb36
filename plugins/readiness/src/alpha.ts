/**
 * The readiness plugin for Backstage's new frontend system. Apps with
 * `app.packages: all` pick up the default export on their own.
 *
 * @packageDocumentation
 */
import { readinessPlugin } from './alpha/index';

export {
  readinessApi,
  readinessEntityCard,
  readinessEntityContent,
  readinessGroupCard,
  readinessPage,
} from './alpha/index';

/** @alpha */
export default readinessPlugin;
