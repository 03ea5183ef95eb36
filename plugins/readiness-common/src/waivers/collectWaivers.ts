import type { EntityView } from '../model/evaluation';
import { WAIVER_ANNOTATION_PREFIX } from './parseWaiver';

export interface WaiverAnnotation {
  checkId: string;
  annotation: string;
  value: unknown;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The entity's waiver annotations by check id (one pass over the keys). */
export function collectWaivers(
  view: EntityView,
): Map<string, WaiverAnnotation> | undefined {
  let waivers: Map<string, WaiverAnnotation> | undefined;
  const annotations = view.annotations;
  if (view.slotIndex) {
    // createEntityView already found them.
    for (const annotation of view.waiverKeys ?? []) {
      const checkId = annotation.slice(WAIVER_ANNOTATION_PREFIX.length);
      (waivers ??= new Map()).set(checkId, {
        checkId,
        annotation,
        value: annotations[annotation],
      });
    }
    return waivers;
  }
  // for-in rather than Object.keys: no array per entity on this hot path.
  for (const annotation in annotations) {
    if (
      annotation.startsWith(WAIVER_ANNOTATION_PREFIX) &&
      hasOwn.call(annotations, annotation)
    ) {
      const checkId = annotation.slice(WAIVER_ANNOTATION_PREFIX.length);
      (waivers ??= new Map()).set(checkId, {
        checkId,
        annotation,
        value: annotations[annotation],
      });
    }
  }
  return waivers;
}
