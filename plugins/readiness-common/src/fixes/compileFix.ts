import { stringify } from 'yaml';
import type { FixTemplate } from '../model/rubric';
import type { CheckFix } from '../model/scorecard';

/** Values substituted into fix templates; all are YAML-safe (see `slugify`). */
export interface FixValues {
  name: string;
  namespace: string;
  today: string;
}

export type FixRenderer = (values: FixValues) => CheckFix;

const PLACEHOLDER_RE = /\{\{(name|namespace|today)\}\}/g;

/**
 * Makes a value safe to drop into any YAML scalar and any URL path: lowercase
 * letters, digits and dashes. Entity names are usually that already.
 */
const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function slugify(value: string, fallback: string): string {
  if (SLUG_RE.test(value)) {
    return value; // the usual case: nothing to do
  }
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 63)
    .replace(/-$/, '');
  return slug || fallback;
}

/**
 * The YAML a fix template stands for, placeholders still in. Single quotes
 * and no line folding, as prettier would write it.
 */
export function fixTemplateYaml(template: FixTemplate): string {
  const metadata: Record<string, unknown> = { ...(template.metadata ?? {}) };
  if (template.annotations && Object.keys(template.annotations).length > 0) {
    metadata.annotations = template.annotations;
  }
  if (template.links && template.links.length > 0) {
    metadata.links = template.links;
  }
  const doc: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) {
    doc.metadata = metadata;
  }
  if (template.spec && Object.keys(template.spec).length > 0) {
    doc.spec = template.spec;
  }
  const body =
    Object.keys(doc).length > 0
      ? stringify(doc, { lineWidth: 0, singleQuote: true })
      : '';
  const note = template.note
    ? template.note
        .split('\n')
        .map(line => `# ${line}\n`)
        .join('')
    : '';
  return note + body;
}

/**
 * Compiles a fix template once: the YAML is rendered with placeholders and
 * split around them, so a per-entity fix is a cheap join.
 */
export function compileFix(
  template: FixTemplate | undefined,
  docUrl: string,
): FixRenderer {
  const yamlText = template ? fixTemplateYaml(template) : '';
  const url = template?.docUrl ?? docUrl;
  const parts = yamlText.split(PLACEHOLDER_RE);
  if (parts.length === 1) {
    const fix: CheckFix = url
      ? { yaml: yamlText, docUrl: url }
      : { yaml: yamlText };
    return () => ({ ...fix });
  }
  // split() with a capture group alternates text and placeholder names.
  return values => {
    let yaml = '';
    for (let i = 0; i < parts.length; i++) {
      yaml += i % 2 === 0 ? parts[i] : values[parts[i] as keyof FixValues];
    }
    return url ? { yaml, docUrl: url } : { yaml };
  };
}
