/**
 * A check's documentation as GET /checks serves it (`checks[].doc`, newer
 * backends). Kept apart from types.ts so the generated wire types can
 * replace both.
 */
import type { RubricCheckSummary } from './types';

export interface RubricCheckDoc {
  /** Why the check matters. */
  why: string;
  appliesTo: string;
  whoActs: string;
  /** The evidence that satisfies it, in words. */
  evidence: string;
  waiverAnnotation: string;
  /** Example YAML for catalog-info.yaml. */
  exampleYaml?: string;
}

export type RubricCheckWithDoc = RubricCheckSummary & { doc?: RubricCheckDoc };
