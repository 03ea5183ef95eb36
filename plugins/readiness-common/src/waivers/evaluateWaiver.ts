import type { EntityView } from '../model/evaluation';
import type { WaiverSettings } from '../model/rubric';
import type { WaiverInfo } from '../model/scorecard';
import { formatDay } from '../parsing/dates';
import { ownerGroupMemberRefs } from '../rules/ownerGroup';
import { showDays } from '../rules/outcome';
import { clipText } from '../parsing/showText';
import { parseWaiver } from './parseWaiver';

/**
 * Judges one waiver on its own (is it well-formed, current, short enough,
 * approved from outside the team?) independently of the check it waives.
 */
export function evaluateWaiver(
  annotation: string,
  value: unknown,
  view: EntityView,
  settings: WaiverSettings,
): WaiverInfo {
  const parsed = parseWaiver(annotation, value, view.namespace);
  if (!parsed.ok) {
    return {
      until: parsed.until,
      approver: parsed.approver,
      reason: parsed.reason,
      state: 'malformed',
      message: parsed.message,
      annotation,
    };
  }
  const { until, untilDay, approver, reason } = parsed;
  const base = { until, approver, reason, annotation };
  const shownApprover = clipText(approver);
  const shownReason = clipText(reason);
  const daysLeft = untilDay - view.today;
  if (daysLeft < 0) {
    return {
      ...base,
      state: 'expired',
      daysLeft,
      message: `waiver expired on ${until} (${showDays(-daysLeft)} ago)`,
    };
  }
  if (daysLeft > settings.maxDays) {
    return {
      ...base,
      state: 'too-long',
      daysLeft,
      message: `${clipText(annotation)} runs until ${until}, ${showDays(
        daysLeft,
      )} away, longer than the ${
        settings.maxDays
      }-day maximum; expected until on or before ${formatDay(
        view.today + settings.maxDays,
      )}`,
    };
  }
  const expiring = daysLeft <= settings.expiringDays;
  let message = expiring
    ? `waived until ${until}, expiring ${
        daysLeft === 0 ? 'today' : `in ${showDays(daysLeft)}`
      }, by ${shownApprover}: ${shownReason}`
    : `waived until ${until} (${showDays(
        daysLeft,
      )} left) by ${shownApprover}: ${shownReason}`;
  let approverInOwningGroup: boolean | undefined;
  if (view.related) {
    approverInOwningGroup = ownerGroupMemberRefs(view.related).has(approver);
    if (approverInOwningGroup) {
      const group = view.ownerRef ? ` ${clipText(view.ownerRef)}` : '';
      message += `; flagged: the approver is a member of the owning group${group}, expected someone outside the team`;
    }
  }
  return {
    ...base,
    state: expiring ? 'expiring' : 'valid',
    daysLeft,
    message,
    ...(approverInOwningGroup !== undefined ? { approverInOwningGroup } : {}),
  };
}
