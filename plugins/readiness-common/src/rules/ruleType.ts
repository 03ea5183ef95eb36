/**
 * What a rule type is made of. Each rule type lives in one file that
 * exports a `RuleType` (its type, config schema, validation, compilation,
 * the annotation keys it reads and its description), and `ruleTypes.ts`
 * lists them all. See docs/adding-a-rule-type.md.
 */
import type { z } from 'zod';
import type { CheckDefinition } from '../model/rubric';
import type { EvidenceRule } from './ruleTypes';
import type { CompiledRule, RuleCompileContext } from './types';

/** The shape every rule shares: plain data, told apart by `type`. */
export interface RuleShape {
  type: string;
}

/**
 * The zod schema of one rule type in app-config: an object whose `type` is
 * a literal, so the rubric's schema can pick it by `type`, and whose output
 * is the rule's type.
 */
export type RuleConfigSchema<R extends RuleShape> = z.ZodType<
  R,
  z.ZodTypeDef,
  unknown
> & { readonly shape: { readonly type: z.ZodLiteral<R['type']> } };

/** The schema of any evidence rule, for rule types that nest rules. */
export type EvidenceRuleSchema = z.ZodType<EvidenceRule, z.ZodTypeDef, unknown>;

/** What `validate` gets besides the rule. */
export interface RuleValidation {
  /** Key path of the rule, e.g. `readiness.rubric.checks.runbook.evidence`. */
  readonly path: string;
  /** The check the rule belongs to (a freshness rule may use its window). */
  readonly check: CheckDefinition;
  /** Reports a problem at `<path>.<key>`; say what was expected. */
  report(key: string, message: string): void;
  /** Reports "expected a non-empty list" at `<path>.<key>` when the list is empty or missing. */
  requireNonEmptyList(list: readonly unknown[] | undefined, key: string): void;
  /** Validates a nested rule found at `<path>.<key>` (for combinators). */
  validateRule(rule: EvidenceRule, key: string): void;
}

/** What `compile` gets besides the rule. */
export interface RuleCompilation extends RuleCompileContext {
  /** Compiles a nested rule with the same context (for combinators). */
  compileRule(rule: EvidenceRule): CompiledRule;
}

/** What `describe` gets besides the rule. */
export interface RuleDescription {
  /** The check the rule belongs to, when described for one (for its freshness window). */
  readonly check?: Pick<CheckDefinition, 'freshness'>;
  /** Indent of the current list item, for nested markdown lists. */
  readonly indent: string;
  /** Describes a nested rule at an indent (for combinators). */
  describeRule(rule: EvidenceRule, indent: string): string;
}

/** Everything about one kind of evidence rule. */
export interface RuleType<R extends RuleShape> {
  /** The value of `type` in rubrics: `annotation`, `link`, `all`... */
  readonly type: R['type'];
  /**
   * The rule in app-config, built from `configSchemaParts` (objects are
   * strict so a misspelt key stops start-up; messages say what was
   * expected). Combinators nest `evidenceRule`, the schema of any rule.
   */
  configSchema(evidenceRule: EvidenceRuleSchema): RuleConfigSchema<R>;
  /**
   * Checks the schema cannot express (a regex that compiles, a field that
   * needs another). Also runs for rubrics written in TypeScript, which skip
   * the schema: keep the checks the engine relies on here.
   */
  validate?(rule: R, validation: RuleValidation): void;
  /** The rule as a closure: prepare regexes, key lists and messages once here. */
  compile(rule: R, compilation: RuleCompilation): CompiledRule;
  /**
   * The annotation keys the rule reads, in order of appearance. The engine
   * gives them fast slots, and the annotation reference indexes them.
   */
  annotationKeys(rule: R, keysOf: (rule: EvidenceRule) => string[]): string[];
  /** The rule in words (markdown), for docs/annotations.md and the CLI. */
  describe(rule: R, description: RuleDescription): string;
  /** The rules nested in this one (for combinators), so tree walks need no switch. */
  children?(rule: R): readonly EvidenceRule[];
  /**
   * Whether the outcome can change with the evaluation instant alone (ages,
   * deadlines, dates not in the future). Leave it out when it cannot: what
   * drops next is then never looked for in this rule (see findExpiringChecks).
   * Combinators need not say: their children are asked.
   */
  readsClock?(rule: R): boolean;
}
