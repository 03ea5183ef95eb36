import { z } from 'zod';
import {
  entityMatchesRef,
  parseUserRef,
  refString,
} from '../parsing/entityRefs';
import { clipText } from '../parsing/showText';
import type { CompiledRule, RuleCompileContext } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject } from './configSchemaParts';
import { code } from './describeParts';
import { NOT_VERIFIABLE_OFFLINE } from './ownerGroup';
import {
  annotationSource,
  evidenceValue,
  fail,
  annotationReader,
  invalid,
  pass,
  staticFail,
} from './outcome';

/** An annotation holds a User entity ref that resolves in the catalog. */
export interface UserRefRule {
  type: 'user-ref';
  key: string;
}

export const userRefRuleType: RuleType<UserRefRule> = {
  type: 'user-ref',
  configSchema: () =>
    strictObject({ type: z.literal('user-ref'), key: nonEmptyString }),
  compile: (rule, context) => compileUserRefRule(rule, context),
  annotationKeys: rule => [rule.key],
  describe: rule =>
    `${code(rule.key)} names a User in the catalog, e.g. ${code(
      'user:default/jane',
    )} (needs the catalog)`,
};

/**
 * An annotation holds a User ref that resolves in the catalog. The caller
 * resolves it and passes the User as `related.operationalOwner`.
 */
export function compileUserRefRule(
  rule: UserRefRule,
  context: RuleCompileContext = {},
): CompiledRule {
  const key = rule.key;
  const readAnnotation = annotationReader(key, context.slotIndex);
  const source = annotationSource(key);
  const problem = { expected: 'a user ref such as user:default/jane' };
  const notSet = staticFail(`${key} is not set`);
  return view => {
    const value = readAnnotation(view);
    if (value === undefined) {
      return notSet;
    }
    const evidence = [{ source, value: evidenceValue(value) }];
    const parsed =
      typeof value === 'string'
        ? parseUserRef(value, view.namespace, view)
        : undefined;
    if (!parsed) {
      return invalid(key, value, problem, evidence);
    }
    const ref = clipText(refString(parsed));
    if (!view.related) {
      return {
        status: 'fail',
        message: `${key} names ${ref}: ${NOT_VERIFIABLE_OFFLINE} (needs the catalog to see that the user exists)`,
        evidence,
        unverifiable: true,
      };
    }
    if (!entityMatchesRef(view.related.operationalOwner, parsed)) {
      return fail(
        `${key} names ${ref}, which does not exist in the catalog`,
        evidence,
      );
    }
    return pass(`${key} is ${ref}, a user in the catalog`, evidence);
  };
}
