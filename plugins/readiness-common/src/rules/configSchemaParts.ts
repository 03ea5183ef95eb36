/**
 * zod building blocks shared by the rule types' config schemas and the
 * rubric's (`rubric/configSchema.ts`), so the same mistake gets the same
 * message wherever it is made.
 */
import { z } from 'zod';

/** An object that rejects unknown keys, naming the keys it accepts. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .strict(`expected only the keys ${Object.keys(shape).join(', ')}`);
}

export const nonEmptyString = z.string().min(1, 'expected a non-empty string');

export const stringList = z
  .array(nonEmptyString)
  .min(1, 'expected a non-empty list');

export const days = z.number().positive('expected a number of days > 0');

export const share = z
  .number()
  .min(0, 'expected a share between 0 and 1')
  .max(1, 'expected a share between 0 and 1');

export const wholeNumberAtLeastZero = z
  .number()
  .int('expected a whole number')
  .min(0, 'expected a whole number >= 0');

export const jsonPrimitive = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
]);
