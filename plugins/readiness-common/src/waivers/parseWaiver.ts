import { formatDay, parseDay } from '../parsing/dates';
import { parseRef, refString } from '../parsing/entityRefs';
import { parseKeyValueList } from '../parsing/keyValue';
import { showValue } from '../rules/outcome';
import { quoteText } from '../parsing/showText';

/** Waivers are annotations `readiness/waiver.<check-id>`. */
export const WAIVER_ANNOTATION_PREFIX = 'readiness/waiver.';

export const WAIVER_FORMAT =
  'until=YYYY-MM-DD; approver=user:default/<name>; reason=<text>';

export type ParsedWaiver =
  | {
      ok: true;
      until: string;
      untilDay: number;
      /** Normalised user ref. */
      approver: string;
      reason: string;
    }
  | {
      ok: false;
      /** Whatever could be read, for display. */
      until: string;
      approver: string;
      reason: string;
      message: string;
    };

/**
 * Reads `until=YYYY-MM-DD; approver=user:default/jane; reason=...`. All three
 * keys are required; other keys (a ticket, say) are allowed and ignored.
 */
export function parseWaiver(
  annotation: string,
  value: unknown,
  namespace = 'default',
): ParsedWaiver {
  const malformed = (
    detail: string,
    found = '',
    approver = '',
    reason = '',
  ) => ({
    ok: false as const,
    until: found,
    approver,
    reason,
    message: `${annotation} is ${showValue(
      value,
    )} (${detail}), expected "${WAIVER_FORMAT}"`,
  });
  if (typeof value !== 'string') {
    return malformed('not a string');
  }
  const parsed = parseKeyValueList(value);
  if (!parsed.ok) {
    return malformed(parsed.error);
  }
  const until = parsed.values.get('until') ?? '';
  const approverText = parsed.values.get('approver') ?? '';
  const reason = parsed.values.get('reason') ?? '';
  const missing = [
    until ? undefined : 'until',
    approverText ? undefined : 'approver',
    reason ? undefined : 'reason',
  ].filter(Boolean);
  if (missing.length > 0) {
    return malformed(
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
      until,
      approverText,
      reason,
    );
  }
  const untilDay = parseDay(until);
  if (untilDay === undefined) {
    return malformed(
      `until=${quoteText(until)} is not a date YYYY-MM-DD`,
      until,
      approverText,
      reason,
    );
  }
  const approverRef = parseRef(approverText, { kind: 'user', namespace });
  if (!approverRef || approverRef.kind.toLowerCase() !== 'user') {
    return malformed(
      `approver=${quoteText(
        approverText,
      )} is not a user ref such as user:default/jane`,
      until,
      approverText,
      reason,
    );
  }
  return {
    ok: true,
    until: formatDay(untilDay),
    untilDay,
    approver: refString(approverRef),
    reason,
  };
}
