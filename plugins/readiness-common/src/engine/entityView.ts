import type { Entity } from '@backstage/catalog-model';
import type { EntityView, RelatedEntities } from '../model/evaluation';
import { dayOf } from '../parsing/dates';
import { isRecord, parseRef, refString } from '../parsing/entityRefs';
import { WAIVER_ANNOTATION_PREFIX } from '../waivers/parseWaiver';

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_ITEMS: readonly unknown[] = Object.freeze([]);
const NAMESPACE_RE = /^[^:/\s]+$/;
const hasOwn = Object.prototype.hasOwnProperty;

function lowerString(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/**
 * The annotation keys a compiled rubric reads, each with a slot, and a
 * packed list of undefined per slot that is copied for each entity (a packed
 * copy is cheaper to fill than a fresh holey array).
 */
export interface AnnotationSlots {
  index: ReadonlyMap<string, number>;
  empty: readonly unknown[];
}

export function createAnnotationSlots(keys: Iterable<string>): AnnotationSlots {
  const index = new Map<string, number>();
  for (const key of keys) {
    if (!index.has(key)) index.set(key, index.size);
  }
  return { index, empty: new Array(index.size).fill(undefined) };
}

/**
 * Normalises an entity once per evaluation. The input is typed as an Entity
 * but may be any JSON shape (the CLI reads hand-written YAML), so every
 * field is checked before use and nothing here throws.
 */
export function createEntityView(
  entity: Entity,
  related: RelatedEntities | undefined,
  now: Date,
  annotationSlots?: AnnotationSlots,
): EntityView {
  const slotIndex = annotationSlots?.index;
  const raw: unknown = entity;
  const root = isRecord(raw) ? raw : EMPTY;
  const metadata = isRecord(root.metadata) ? root.metadata : EMPTY;
  const spec = isRecord(root.spec) ? root.spec : EMPTY;
  // The namespace becomes the default namespace of refs in the entity, so a
  // value that cannot sit in a ref (garbage input) falls back to default.
  const namespace =
    typeof metadata.namespace === 'string' &&
    NAMESPACE_RE.test(metadata.namespace)
      ? metadata.namespace
      : 'default';
  let tags = NO_ITEMS as string[];
  const rawTags = metadata.tags;
  if (Array.isArray(rawTags) && rawTags.length > 0) {
    // The entity's own list when every tag is already a lowercase string (the
    // usual case; the view is read-only), else a lowercased copy.
    let clean = true;
    for (let i = 0; i < rawTags.length && clean; i++) {
      const tag = rawTags[i];
      clean = typeof tag === 'string' && tag.toLowerCase() === tag;
    }
    if (clean) {
      tags = rawTags as string[];
    } else {
      tags = [];
      for (const tag of rawTags) {
        if (typeof tag === 'string') tags.push(tag.toLowerCase());
      }
    }
  }
  const owner = typeof spec.owner === 'string' ? spec.owner : undefined;
  const parsedOwner = owner
    ? parseRef(owner, { kind: 'group', namespace })
    : undefined;
  const annotations = isRecord(metadata.annotations)
    ? metadata.annotations
    : EMPTY;
  let slots: unknown[] | undefined;
  let waiverKeys: string[] | undefined;
  if (slotIndex) {
    // One pass over the annotations fills the slots of the keys the rubric
    // reads and finds the waivers; rules then read slots by index. for-in
    // walks the keys without allocating lists of keys and values (own
    // properties only, as Object.keys would give).
    slots = annotationSlots!.empty.slice();
    for (const key in annotations) {
      if (!hasOwn.call(annotations, key)) {
        continue;
      }
      const slot = slotIndex.get(key);
      if (slot !== undefined) {
        slots[slot] = annotations[key];
      } else if (
        key.charCodeAt(0) === 114 && // 'r', a cheap test before startsWith
        key.startsWith(WAIVER_ANNOTATION_PREFIX)
      ) {
        (waiverKeys ??= []).push(key);
      }
    }
  }
  return {
    entity,
    kind: lowerString(root.kind),
    namespace,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    annotations,
    links: Array.isArray(metadata.links) ? metadata.links : NO_ITEMS,
    tags,
    metadata,
    spec,
    type: lowerString(spec.type),
    lifecycle: lowerString(spec.lifecycle),
    owner,
    ownerRef: parsedOwner ? refString(parsedOwner) : undefined,
    ownerParts: parsedOwner,
    related,
    today: dayOf(now),
    now,
    memo: undefined,
    userRefMemo: undefined,
    decisionMemo: undefined,
    slots,
    slotIndex: slots ? slotIndex : undefined,
    waiverKeys,
  };
}
