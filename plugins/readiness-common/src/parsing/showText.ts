/**
 * Text from an entity (or a config) as it appears inside a message. Input may
 * be huge or hold control characters; messages stay short and printable
 * whatever the input, so a log line or a table cell cannot be flooded or
 * broken by it.
 */

/** How much of a value `quoteText` shows. */
export const MAX_QUOTED = 80;
/** How much of a ref, URL or reason `clipText` shows. */
export const MAX_CLIPPED = 200;

// C0 and C1 controls, line and paragraph separators, bidirectional
// overrides (they reorder the text around them on screen), and surrogates (a
// lone one cannot be printed; pairs are checked one by one below).
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /["\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;

function cut(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  // Do not end on the first half of a surrogate pair.
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}...`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function escapeUnit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escapes control characters and lone surrogates as `\uXXXX`; keeps pairs. */
function escapeUnprintable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text[i] + text[i + 1];
      i++;
    } else if (UNPRINTABLE.test(text[i])) {
      out += escapeUnit(code);
    } else {
      out += text[i];
    }
  }
  return out;
}

/** A string quoted as JSON would (`"a \"b\""`), cut to `max` characters. */
export function quoteText(text: string, max = MAX_QUOTED): string {
  const shown = cut(text, max);
  // JSON.stringify only when something needs escaping (it is slower); it
  // leaves C1 controls and line separators as they are.
  return NEEDS_ESCAPE.test(shown)
    ? escapeUnprintable(JSON.stringify(shown))
    : `"${shown}"`;
}

/**
 * A string shown unquoted (a ref, a URL, a waiver's reason), cut to `max`
 * characters, control characters and lone surrogates escaped.
 */
export function clipText(text: string, max = MAX_CLIPPED): string {
  const shown = cut(text, max);
  return UNPRINTABLE.test(shown) ? escapeUnprintable(shown) : shown;
}
