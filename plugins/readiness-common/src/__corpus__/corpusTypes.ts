/**
 * The shape of the bad-input corpus: malformed entities with the result the
 * engine should give for the checks they break, and malformed rubric configs
 * with the key path and message the loader should name.
 */
import type { RelatedEntities } from '../model/evaluation';
import type { CheckStatus } from '../model/scorecard';

/** What one check of the default rubric should say about a malformed entity. */
export interface ExpectedCheck {
  check: string;
  status: CheckStatus;
  /** Fragments the message holds, in this order. */
  message: string[];
}

export interface MalformedEntityCase {
  title: string;
  /** Anything at all: the engine types it as an Entity but must survive any JSON (and more). */
  entity: unknown;
  /**
   * The catalog lookups: by default every group and user the entity names
   * exists (one member per group); `offline` is the CLI without a catalog.
   */
  related?: RelatedEntities | 'offline';
  expect: ExpectedCheck[];
  /** Fragments of the scorecard's unknownWaivers messages, one per waiver. */
  unknownWaivers?: string[];
  /** The scorecard's entityRef, when the case is about it. */
  entityRef?: string;
}

export interface MalformedRubricConfigCase {
  title: string;
  /** The value of `readiness.rubric` in app-config. */
  config: unknown;
  /** The key path the error must name (a line of the error starts with it). */
  path: string;
  /** Fragments that line holds after the path, in this order. */
  message: string[];
}
