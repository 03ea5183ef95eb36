/**
 * The zod schema of `readiness.rubric` in app-config. Objects are strict so
 * a misspelt key stops start-up instead of being silently ignored.
 */
import { z } from 'zod';
import type { AppliesTo } from '../model/rubric';
import { CHECK_ID_RE } from '../engine/validateRubric';
import {
  days,
  jsonPrimitive,
  nonEmptyString,
  share,
  stringList,
  strictObject,
} from '../rules/configSchemaParts';
import type { EvidenceRuleSchema } from '../rules/ruleType';
import { RULE_TYPES } from '../rules/ruleTypes';

const idSchema = z
  .string()
  .regex(CHECK_ID_RE, 'expected lowercase letters, digits and dashes');

export const severitySchema = z.enum(['blocker', 'major', 'minor']);

/** One schema per rule type, picked by `type`; `evidenceRule` is for nesting. */
function ruleTypesUnion(evidenceRule: EvidenceRuleSchema): EvidenceRuleSchema {
  // Each rule type's schema is an object with a literal `type` whose output
  // is that rule (see RuleConfigSchema), so the union's output is an
  // EvidenceRule; zod checks the literals again when it builds the union.
  return z.discriminatedUnion(
    'type',
    RULE_TYPES.map(ruleType =>
      ruleType.configSchema(evidenceRule),
    ) as unknown as [
      z.ZodDiscriminatedUnionOption<'type'>,
      ...z.ZodDiscriminatedUnionOption<'type'>[],
    ],
  ) as unknown as EvidenceRuleSchema;
}

/** Any evidence rule. Built on first use (rule types nest it), then kept. */
export const evidenceRuleSchema: EvidenceRuleSchema = (() => {
  let union: EvidenceRuleSchema | undefined;
  const schema: EvidenceRuleSchema = z.lazy(
    () => (union ??= ruleTypesUnion(schema)),
  );
  return schema;
})();

export const appliesToSchema: z.ZodType<AppliesTo, z.ZodTypeDef, unknown> =
  z.lazy(() =>
    strictObject({
      kind: stringList.optional(),
      type: stringList.optional(),
      lifecycle: stringList.optional(),
      tags: stringList.optional(),
      dependsOnKind: stringList.optional(),
      anyOf: z.array(appliesToSchema).optional(),
    }),
  );

export const fixSchema = strictObject({
  annotations: z.record(z.string(), z.string()).optional(),
  links: z
    .array(
      strictObject({
        url: nonEmptyString,
        title: z.string().optional(),
        type: z.string().optional(),
      }),
    )
    .optional(),
  metadata: z.record(z.string(), jsonPrimitive).optional(),
  spec: z
    .record(z.string(), z.union([jsonPrimitive, z.array(jsonPrimitive)]))
    .optional(),
  note: z.string().optional(),
  docUrl: z.string().optional(),
});

const checkFields = {
  title: nonEmptyString,
  description: z.string(),
  category: nonEmptyString,
  tier: nonEmptyString,
  severity: severitySchema,
  appliesTo: appliesToSchema,
  evidence: evidenceRuleSchema,
  fix: fixSchema,
  freshness: strictObject({
    maxAgeDays: days,
    warnAt: share.optional(),
  }),
  actor: z.enum(['owner', 'operational-owner']),
  enabled: z.boolean(),
};

/** A new check: title, category, tier, severity and evidence are required. */
export const newCheckSchema = strictObject({
  ...checkFields,
  description: checkFields.description.optional(),
  appliesTo: checkFields.appliesTo.optional(),
  fix: checkFields.fix.optional(),
  freshness: checkFields.freshness.optional(),
  actor: checkFields.actor.optional(),
  enabled: checkFields.enabled.optional(),
});

/** Changes to an existing check: every field optional. */
export const checkOverrideSchema = newCheckSchema.partial();

export const rubricConfigSchema = strictObject({
  replaceDefault: z.boolean().optional(),
  docBaseUrl: z.string().optional(),
  appliesTo: appliesToSchema.optional(),
  tiers: z
    .array(
      strictObject({
        id: idSchema,
        title: nonEmptyString,
        description: z.string().optional(),
        /** The id of the tier this one replaces; its checks move here. */
        replaces: z.string().optional(),
      }),
    )
    .min(1, 'expected at least one tier')
    .optional(),
  categories: z
    .array(
      strictObject({
        id: idSchema,
        title: nonEmptyString,
        description: z.string().optional(),
      }),
    )
    .optional(),
  weights: strictObject({
    blocker: z.number().min(0, 'expected a number >= 0').optional(),
    major: z.number().min(0, 'expected a number >= 0').optional(),
    minor: z.number().min(0, 'expected a number >= 0').optional(),
  }).optional(),
  waivers: strictObject({
    maxDays: z
      .number()
      .int('expected a whole number of days')
      .min(1, 'expected a whole number of days >= 1')
      .optional(),
    expiringDays: z
      .number()
      .int('expected a whole number of days')
      .min(0, 'expected a whole number of days >= 0')
      .optional(),
  }).optional(),
  checks: z.record(z.string(), z.unknown()).optional(),
});

export type RubricConfig = z.infer<typeof rubricConfigSchema>;
