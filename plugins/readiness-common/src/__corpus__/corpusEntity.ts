/** The entity the corpus breaks: an LLM service, so every default check applies. */

export interface CorpusEntityParts {
  annotations?: unknown;
  metadata?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

export const CORPUS_OWNER = 'group:default/payments';

export function corpusEntity(parts: CorpusEntityParts = {}): unknown {
  const metadata: Record<string, unknown> = {
    name: 'corpus-svc',
    ...parts.metadata,
  };
  if (parts.annotations !== undefined) {
    metadata.annotations = parts.annotations;
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata,
    spec: {
      type: 'llm',
      lifecycle: 'production',
      owner: CORPUS_OWNER,
      ...parts.spec,
    },
  };
}

/** A one-megabyte value: huge for an annotation, cheap to make once. */
export const HUGE = 'z'.repeat(1 << 20);
/** How `HUGE` appears in a message: quoted and cut at 80 characters. */
export const HUGE_SHOWN = `"${'z'.repeat(80)}..."`;

/** A Group or User as the catalog returns it. */
export function catalogEntity(kind: 'Group' | 'User', name: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}
