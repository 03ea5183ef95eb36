import type { Document, LineCounter } from 'yaml';
import { UsageError } from '../errors';

/**
 * doc.toJS(), with yaml's own refusals (an alias bomb: "Excessive alias
 * count...") reported as a usage error that names the file and line, not as
 * a crash with a stack trace.
 */
export function documentToJs(
  doc: Document,
  file: string,
  lineCounter?: LineCounter,
): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    const start = doc.contents?.range?.[0] ?? 0;
    const where = lineCounter ? `${file}:${lineCounter.linePos(start).line}` : file;
    throw new UsageError(
      `${where}: YAML error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
