/**
 * The zod schema of `readiness.rubric` in app-config. Objects are strict so
 * a misspelt key stops start-up instead of being silently ignored.
 */
import { z } from 'zod';
import type { AppliesTo } from '../model/rubric';
import type { EvidenceRule } from '../model/rules';
import { CHECK_ID_RE } from '../engine/validateRubric';

function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .strict(`expected only the keys ${Object.keys(shape).join(', ')}`);
}

const nonEmptyString = z.string().min(1, 'expected a non-empty string');
const stringList = z.array(nonEmptyString).min(1, 'expected a non-empty list');
const idSchema = z
  .string()
  .regex(CHECK_ID_RE, 'expected lowercase letters, digits and dashes');
const days = z.number().positive('expected a number of days > 0');
const share = z
  .number()
  .min(0, 'expected a share between 0 and 1')
  .max(1, 'expected a share between 0 and 1');

export const severitySchema = z.enum(['blocker', 'major', 'minor']);

const simpleFormatSchema = z.enum([
  'url',
  'date',
  'past-date',
  'number',
  'duration',
  'cadence',
  'entity-ref',
  'user-ref',
  'text',
]);
const valueFormatSchema = z.enum([
  ...simpleFormatSchema.options,
  'enum',
  'key-value',
]);
const jsonPrimitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const evidenceRuleSchema: z.ZodType<
  EvidenceRule,
  z.ZodTypeDef,
  unknown
> = z.lazy(() =>
  z.discriminatedUnion('type', [
    strictObject({ type: z.literal('annotation'), keys: stringList }),
    strictObject({
      type: z.literal('annotation-format'),
      keys: stringList,
      format: valueFormatSchema,
      values: stringList.optional(),
      requiredKeys: z.array(nonEmptyString).optional(),
      keyFormats: z.record(z.string(), simpleFormatSchema).optional(),
    }),
    strictObject({
      type: z.literal('annotation-pattern'),
      keys: stringList,
      pattern: nonEmptyString,
      flags: z
        .string()
        .regex(/^[dimsuv]*$/, 'expected regex flags among d, i, m, s, u, v')
        .optional(),
      expected: nonEmptyString.optional(),
    }),
    strictObject({ type: z.literal('link'), linkTypes: stringList }),
    strictObject({
      type: z.literal('field'),
      path: nonEmptyString,
      condition: z.enum(['present', 'non-empty', 'equals']).optional(),
      value: z.union([jsonPrimitive, z.array(jsonPrimitive)]).optional(),
    }),
    strictObject({
      type: z.literal('owner-group'),
      minMembers: z
        .number()
        .int('expected a whole number')
        .min(0, 'expected a whole number >= 0')
        .optional(),
    }),
    strictObject({ type: z.literal('user-ref'), key: nonEmptyString }),
    strictObject({
      type: z.literal('freshness'),
      key: nonEmptyString,
      field: nonEmptyString.optional(),
      maxAgeDays: days.optional(),
      windowFrom: strictObject({
        field: nonEmptyString,
        factor: z.number().positive('expected a factor > 0'),
      }).optional(),
      warnAt: share.optional(),
    }),
    strictObject({
      type: z.literal('number-threshold'),
      key: nonEmptyString,
      field: nonEmptyString.optional(),
      operator: z.enum(['>', '>=', '<', '<=', '==', '!=']),
      value: z.number(),
    }),
    strictObject({
      type: z.literal('decision-gate'),
      decisionKey: nonEmptyString.optional(),
      dueKey: nonEmptyString.optional(),
      warnDays: z
        .number()
        .int('expected a whole number')
        .min(0, 'expected a whole number >= 0')
        .optional(),
    }),
    strictObject({
      type: z.literal('all'),
      rules: z.array(evidenceRuleSchema).min(1, 'expected a non-empty list'),
    }),
    strictObject({
      type: z.literal('any'),
      rules: z.array(evidenceRuleSchema).min(1, 'expected a non-empty list'),
    }),
    strictObject({
      type: z.literal('not'),
      rule: evidenceRuleSchema,
      message: nonEmptyString.optional(),
    }),
    strictObject({
      type: z.literal('custom'),
      evaluator: nonEmptyString,
      options: z.record(z.string(), z.unknown()).optional(),
    }),
  ]),
);

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
