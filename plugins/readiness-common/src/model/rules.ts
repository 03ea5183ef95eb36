/**
 * Evidence rules: the declarative part of a check. Plain data (a
 * discriminated union on `type`), so the same shapes work in TypeScript and
 * in app-config YAML under `readiness.rubric.checks.<id>.evidence`.
 */

/** Value formats an annotation (or a key of a key=value list) can be checked against. */
export type SimpleFormat =
  /** an http(s) URL */
  | 'url'
  /** a calendar date YYYY-MM-DD */
  | 'date'
  /** a date YYYY-MM-DD not after tomorrow (something that happened) */
  | 'past-date'
  /** a number, optionally with a comparator and a unit: `0.95`, `>= 95%`, `300ms` */
  | 'number'
  /** a duration: `30d`, `12h`, `2w`, `P1M` */
  | 'duration'
  /** a review cadence: daily, weekly, monthly, quarterly, yearly, or a duration */
  | 'cadence'
  /** an entity ref such as `component:default/payments` */
  | 'entity-ref'
  /** a User entity ref such as `user:default/jane` (kind defaults to user) */
  | 'user-ref'
  /** any non-empty text */
  | 'text';

export type ValueFormat = SimpleFormat | 'enum' | 'key-value';

/** At least one of `keys` is set to a non-empty string. */
export interface AnnotationPresentRule {
  type: 'annotation';
  keys: string[];
}

/** At least one of `keys` is set, and its value has the format. */
export interface AnnotationFormatRule {
  type: 'annotation-format';
  keys: string[];
  format: ValueFormat;
  /** For `enum`: the allowed values (case-insensitive). */
  values?: string[];
  /** For `key-value`: keys that must be present. */
  requiredKeys?: string[];
  /** For `key-value`: the format of some keys' values. */
  keyFormats?: Record<string, SimpleFormat>;
}

/** At least one of `keys` is set, and its value matches a regular expression. */
export interface AnnotationPatternRule {
  type: 'annotation-pattern';
  keys: string[];
  pattern: string;
  flags?: string;
  /** What a person should write, used in messages: `0.004 USD @ 50000/day`. */
  expected?: string;
}

/** `metadata.links` holds a link of one of the types, with an http(s) URL. */
export interface LinkRule {
  type: 'link';
  linkTypes: string[];
}

export type JsonPrimitive = string | number | boolean | null;

/** A field of the entity, by dotted path (`spec.system`, `metadata.description`). */
export interface FieldRule {
  type: 'field';
  path: string;
  /** present: set at all; non-empty (default): not empty string/list/object; equals: one of `value`. */
  condition?: 'present' | 'non-empty' | 'equals';
  value?: JsonPrimitive | JsonPrimitive[];
}

/** `spec.owner` is a Group that exists in the catalog and has members. */
export interface OwnerGroupRule {
  type: 'owner-group';
  /** Default 1. */
  minMembers?: number;
}

/** An annotation holds a User entity ref that resolves in the catalog. */
export interface UserRefRule {
  type: 'user-ref';
  key: string;
}

/** A dated piece of evidence is recent enough. */
export interface FreshnessRule {
  type: 'freshness';
  key: string;
  /** When the annotation is a key=value list, the key holding the date. */
  field?: string;
  /** Window in days; defaults to the check's `freshness.maxAgeDays`. */
  maxAgeDays?: number;
  /**
   * Window read from the evidence itself: the cadence in another key of the
   * same key=value list, times a factor (e.g. last review within 1.5 x cadence).
   */
  windowFrom?: { field: string; factor: number };
  /** Share of the window after which the check warns; default the check's or 0.8. */
  warnAt?: number;
}

export type Comparator = '>' | '>=' | '<' | '<=' | '==' | '!=';

/** A numeric annotation (or key of a key=value list) compared to a threshold. */
export interface NumberThresholdRule {
  type: 'number-threshold';
  key: string;
  field?: string;
  operator: Comparator;
  value: number;
}

/**
 * The decision gate: a decision (ship, kill or extend) or, while undecided, a
 * due date that is not in the past. It also fills `Scorecard.decision`.
 */
export interface DecisionGateRule {
  type: 'decision-gate';
  /** Default `readiness/decision`. */
  decisionKey?: string;
  /** Default `readiness/decision-due`. */
  dueKey?: string;
  /** Warn when the due date is this close; default 14. */
  warnDays?: number;
}

export interface AllRule {
  type: 'all';
  rules: EvidenceRule[];
}

export interface AnyRule {
  type: 'any';
  rules: EvidenceRule[];
}

export interface NotRule {
  type: 'not';
  rule: EvidenceRule;
  /** Message when the inner rule passes (so this one fails). */
  message?: string;
}

/** A check written in TypeScript, supplied to `evaluate` by name. */
export interface CustomRule {
  type: 'custom';
  evaluator: string;
  options?: { [key: string]: unknown };
}

export type EvidenceRule =
  | AnnotationPresentRule
  | AnnotationFormatRule
  | AnnotationPatternRule
  | LinkRule
  | FieldRule
  | OwnerGroupRule
  | UserRefRule
  | FreshnessRule
  | NumberThresholdRule
  | DecisionGateRule
  | AllRule
  | AnyRule
  | NotRule
  | CustomRule;

export type EvidenceRuleType = EvidenceRule['type'];
