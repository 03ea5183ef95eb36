import { RELATION_HAS_MEMBER } from '@backstage/catalog-model';
import { z } from 'zod';
import type { EntityView, RelatedEntities } from '../model/evaluation';
import { entityMatchesRef, entityRefOf, isRecord } from '../parsing/entityRefs';
import { clipText } from '../parsing/showText';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import { strictObject, wholeNumberAtLeastZero } from './configSchemaParts';
import { code } from './describeParts';
import {
  evidenceValue,
  fail,
  invalid,
  pass,
  placeholderProblem,
  staticFail,
} from './outcome';

/** `spec.owner` is a Group that exists in the catalog and has members. */
export interface OwnerGroupRule {
  type: 'owner-group';
  /** Default 1. */
  minMembers?: number;
}

export const ownerGroupRuleType: RuleType<OwnerGroupRule> = {
  type: 'owner-group',
  configSchema: () =>
    strictObject({
      type: z.literal('owner-group'),
      minMembers: wholeNumberAtLeastZero.optional(),
    }),
  compile: rule => compileOwnerGroupRule(rule),
  annotationKeys: () => [],
  describe: rule =>
    `${code('spec.owner')} is a Group in the catalog with at least ${
      rule.minMembers ?? 1
    } member${(rule.minMembers ?? 1) === 1 ? '' : 's'} (needs the catalog)`,
};

export const NOT_VERIFIABLE_OFFLINE = 'not verifiable offline';

/** Member refs of the owner group: the given members, or the group's hasMember relations. */
export function ownerGroupMemberRefs(related: RelatedEntities): Set<string> {
  const refs = new Set<string>();
  const members: unknown = related.ownerGroupMembers;
  if (Array.isArray(members)) {
    for (const member of members) {
      const ref = entityRefOf(member);
      if (ref) {
        refs.add(ref);
      }
    }
  }
  if (refs.size === 0 && isRecord(related.ownerGroup)) {
    const relations: unknown = related.ownerGroup.relations;
    if (Array.isArray(relations)) {
      for (const relation of relations) {
        if (
          isRecord(relation) &&
          relation.type === RELATION_HAS_MEMBER &&
          typeof relation.targetRef === 'string'
        ) {
          refs.add(relation.targetRef.toLowerCase());
        }
      }
    }
  }
  return refs;
}

/** How many members the owner group has (cheap: no refs built). */
export function ownerGroupMemberCount(related: RelatedEntities): number {
  let count = 0;
  const members: unknown = related.ownerGroupMembers;
  if (Array.isArray(members)) {
    for (const member of members) {
      if (typeof member === 'object' && member !== null) count++;
    }
  }
  if (count === 0 && isRecord(related.ownerGroup)) {
    const relations: unknown = related.ownerGroup.relations;
    if (Array.isArray(relations)) {
      for (const relation of relations) {
        if (isRecord(relation) && relation.type === RELATION_HAS_MEMBER)
          count++;
      }
    }
  }
  return count;
}

/** spec.owner is a Group that exists in the catalog and has members. */
export function compileOwnerGroupRule(rule: OwnerGroupRule): CompiledRule {
  const minMembers = rule.minMembers ?? 1;
  const problem = { expected: 'a group ref such as group:default/payments' };
  const notSet = staticFail('spec.owner is not set');
  return (view: EntityView) => {
    const raw = view.spec.owner;
    if (raw === undefined || raw === null || raw === '') {
      return notSet;
    }
    const evidence = [{ source: 'spec.owner', value: evidenceValue(raw) }];
    const placeholder =
      typeof raw === 'string'
        ? placeholderProblem(raw, problem.expected)
        : undefined;
    if (placeholder) {
      return invalid('spec.owner', raw, placeholder, evidence);
    }
    if (typeof raw !== 'string' || !view.ownerRef || !view.ownerParts) {
      return invalid('spec.owner', raw, problem, evidence);
    }
    const ownerRef = view.ownerRef;
    const shownOwner = clipText(ownerRef);
    if (!ownerRef.startsWith('group:')) {
      return fail(
        `spec.owner is ${shownOwner}, expected a Group (a team owns it, not a person)`,
        evidence,
      );
    }
    const related = view.related;
    if (!related) {
      return {
        status: 'fail',
        message: `owner ${shownOwner}: ${NOT_VERIFIABLE_OFFLINE} (needs the catalog to see that the group exists and has members)`,
        evidence,
        unverifiable: true,
      };
    }
    if (!entityMatchesRef(related.ownerGroup, view.ownerParts)) {
      return fail(
        `owner ${shownOwner} does not exist in the catalog`,
        evidence,
      );
    }
    const members = ownerGroupMemberCount(related);
    if (members < minMembers) {
      return fail(
        `owner ${shownOwner} has ${members} member${
          members === 1 ? '' : 's'
        }, expected at least ${minMembers}`,
        evidence,
      );
    }
    return pass(
      `owned by ${shownOwner} (${members} member${members === 1 ? '' : 's'})`,
      evidence,
    );
  };
}
