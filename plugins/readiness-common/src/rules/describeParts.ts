/** Markdown pieces shared by the rule types' descriptions. */

/** Inline code: `text`. */
export function code(text: string): string {
  return `\`${text}\``;
}

/** One key as code, or "any of `a`, `b`". */
export function keyList(keys: readonly string[]): string {
  return keys.length === 1
    ? code(keys[0])
    : `any of ${keys.map(code).join(', ')}`;
}
