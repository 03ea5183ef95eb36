/**
 * Inputs and outputs of an evaluation, and the contract for checks written
 * in TypeScript (custom evaluators).
 */
import type { Entity } from '@backstage/catalog-model';
import type { CheckStatus, EvidenceItem } from './scorecard';

/**
 * Catalog entities the engine needs besides the entity itself. The caller
 * looks them up (see `getRelatedEntityRefs`); the engine does no I/O.
 */
export interface RelatedEntities {
  /** The Group named by spec.owner, when it exists. */
  ownerGroup?: Entity;
  /** User entities that are members of the owner group. */
  ownerGroupMembers?: Entity[];
  /** The User named by `readiness/operational-owner`, when it exists. */
  operationalOwner?: Entity;
}

export interface EvaluationInput {
  entity: Entity;
  /**
   * `undefined` means no catalog is available (the offline CLI): checks that
   * need the catalog then fail as unverifiable instead of passing.
   */
  related?: RelatedEntities;
  /** The moment of evaluation; the engine never reads the clock. */
  now: Date;
}

/** What a rule (or a custom evaluator) concludes. */
export interface RuleOutcome {
  status: Extract<CheckStatus, 'pass' | 'warn' | 'fail' | 'invalid'>;
  message: string;
  evidence: EvidenceItem[];
  /** Set when the outcome could not be verified (e.g. needs the catalog). */
  unverifiable?: boolean;
  /**
   * For `invalid`: the structured problem, so combinations can merge
   * alternatives on the same source into one message.
   */
  problem?: {
    source: string;
    found: string;
    expected: string;
    detail?: string;
  };
}

/** A read-only, normalised view of the entity, built once per evaluation. */
export interface EntityView {
  entity: Entity;
  /** Lowercase kind, '' when missing. */
  kind: string;
  namespace: string;
  name: string;
  /** Own enumerable string-keyed values of metadata.annotations (values untyped: input may be garbage). */
  annotations: Readonly<Record<string, unknown>>;
  /** metadata.links when it is an array. */
  links: readonly unknown[];
  /** Lowercase string tags. */
  tags: readonly string[];
  metadata: Readonly<Record<string, unknown>>;
  spec: Readonly<Record<string, unknown>>;
  /** Lowercase spec.type / spec.lifecycle, '' when missing. */
  type: string;
  lifecycle: string;
  /** spec.owner when it is a string, as written. */
  owner?: string;
  /** spec.owner normalised (group kind and the entity's namespace by default). */
  ownerRef?: string;
  /** spec.owner parsed, with the same defaults. */
  ownerParts?: { kind: string; namespace: string; name: string };
  related?: RelatedEntities;
  /** Days since 1970-01-01 (UTC) of `now`. */
  today: number;
  now: Date;
  /**
   * Per-evaluation memo of the last key=value list parsed (a format rule and
   * a freshness rule read the same list one after the other). Internal.
   */
  memo?: { value?: string; result?: unknown };
  /** The last user ref parsed (operational owner, read twice). Internal. */
  userRefMemo?: {
    value: string;
    ref?: { kind: string; namespace: string; name: string };
  };
  /** The decision gate, worked out once per evaluation. Internal. */
  decisionMemo?: { settings: unknown; result: unknown };
  /**
   * Annotation values by slot, for the annotation keys a compiled rubric
   * reads (see `slotIndex`), filled in one pass over the annotations. Internal.
   */
  slots?: unknown[];
  /** The key-to-slot index `slots` was filled with. Internal. */
  slotIndex?: ReadonlyMap<string, number>;
  /** Annotation keys starting with `readiness/waiver.`, found in the same pass. Internal. */
  waiverKeys?: string[];
}

/** What a custom evaluator receives. */
export interface RuleContext {
  view: EntityView;
  entity: Entity;
  related?: RelatedEntities;
  now: Date;
  checkId: string;
  /** The `options` of the custom rule. */
  options: { [key: string]: unknown };
}

/** A check written in TypeScript; must be synchronous and pure. */
export type CustomEvaluator = (ctx: RuleContext) => RuleOutcome;

export interface EvaluateOptions {
  /** Custom evaluators by name, for rules `{ type: 'custom', evaluator: name }`. */
  customEvaluators?: Record<string, CustomEvaluator>;
  /**
   * Offline (no `related`), a waiver cannot be verified (the approver's
   * membership of the owning group needs the catalog), so by default a
   * waived check fails as unverifiable. Set to trust waivers offline.
   */
  trustWaiversOffline?: boolean;
}
