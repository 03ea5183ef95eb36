import type { InitiativeState } from '../api';

/** One day of a burn-up: entities in scope and done at the end of it (days: UTC day numbers). */
export interface BurnUpPoint {
  day: number;
  inScope: number;
  done: number;
}

/** The straight line from the first measured day to every entity in scope done at the deadline. */
export interface NeededPace {
  fromDay: number;
  fromDone: number;
  toDay: number;
  toDone: number;
}

export interface InitiativeOutlook {
  state: InitiativeState;
  /** Days until the deadline: 0 on it, negative after. */
  daysLeft: number;
  /** Done at the deadline at the pace since the first measured day; while it runs and a day has passed. */
  projectedDone?: number;
  /** Done by today on the needed pace; while it runs. */
  neededNow?: number;
}

/**
 * The first point on or after the start day with anything in scope: the
 * day the initiative was first measured, where the pace is counted from.
 */
export function baselineOf(
  points: readonly BurnUpPoint[],
  startDay: number,
): BurnUpPoint | undefined {
  return points.find(p => p.day >= startDay && p.inScope > 0);
}

/** The needed pace to reach `inScope` done at the deadline, from the baseline (or today). */
export function neededPaceOf(input: {
  baseline?: BurnUpPoint;
  today: number;
  done: number;
  inScope: number;
  deadlineDay: number;
}): NeededPace {
  const fromDay = input.baseline?.day ?? input.today;
  const fromDone = input.baseline?.done ?? input.done;
  return { fromDay, fromDone, toDay: Math.max(input.deadlineDay, fromDay), toDone: input.inScope };
}

/** Done by `day` on the needed pace: the line, held at its ends. */
export function neededOn(pace: NeededPace, day: number): number {
  if (day <= pace.fromDay) return pace.fromDone;
  if (day >= pace.toDay) return pace.toDone;
  const share = (day - pace.fromDay) / (pace.toDay - pace.fromDay);
  return pace.fromDone + (pace.toDone - pace.fromDone) * share;
}

/**
 * The state of an initiative today, in this order: not-started before the
 * start day; done when nothing remains; missed after the deadline; else
 * the linear projection of done at the pace since the baseline (the first
 * measured day) to the deadline: on-track when it reaches every entity in
 * scope, at-risk when not. The same as "at or above the needed pace line".
 * On the baseline day itself there is no pace yet: on-track unless it is
 * the deadline.
 */
export function initiativeOutlook(input: {
  startDay: number;
  deadlineDay: number;
  today: number;
  inScope: number;
  done: number;
  baseline?: BurnUpPoint;
}): InitiativeOutlook {
  const { startDay, deadlineDay, today, inScope, done } = input;
  const daysLeft = deadlineDay - today;
  if (today < startDay) return { state: 'not-started', daysLeft };
  if (done >= inScope) return { state: 'done', daysLeft };
  if (today > deadlineDay) return { state: 'missed', daysLeft };
  const baseline = input.baseline && input.baseline.day <= today ? input.baseline : undefined;
  const pace = neededPaceOf({ baseline, today, done, inScope, deadlineDay });
  const neededNow = oneDecimal(neededOn(pace, today));
  const elapsed = today - pace.fromDay;
  if (elapsed === 0) {
    return { state: daysLeft > 0 ? 'on-track' : 'at-risk', daysLeft, neededNow };
  }
  const projected = done + ((done - pace.fromDone) / elapsed) * daysLeft;
  return {
    state: projected >= inScope ? 'on-track' : 'at-risk',
    daysLeft,
    projectedDone: oneDecimal(projected),
    neededNow,
  };
}

export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
