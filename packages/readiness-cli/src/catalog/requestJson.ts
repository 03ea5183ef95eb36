import { UsageError } from '../errors';

/** An answer of a Backstage backend that is not 2xx, for the caller to word. */
export class BackstageResponseError extends UsageError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * One call to a Backstage backend with the CLI's token, its JSON body back.
 * Every failure is a UsageError (exit 2) naming `service` and the URL: not
 * reachable, an error status (with a hint for 401 and the start of the
 * body), or an answer that is not JSON.
 */
export async function requestJson<T>(
  service: string,
  url: string,
  options: {
    token: string | undefined;
    fetchImpl: typeof fetch;
    method?: 'GET' | 'POST';
    body?: unknown;
  },
): Promise<T> {
  let response: Response;
  try {
    response = await options.fetchImpl(url, {
      method: options.method ?? 'GET',
      headers: {
        ...(options.body !== undefined
          ? { 'Content-Type': 'application/json' }
          : {}),
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      ...(options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
    });
  } catch (error) {
    throw new UsageError(
      `Cannot reach ${service} at ${url}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 300);
    const hint =
      response.status === 401
        ? ' (set READINESS_BACKSTAGE_TOKEN to a Backstage token)'
        : '';
    throw new BackstageResponseError(
      `${capitalized(service)} at ${url} answered ${response.status}${hint}${
        body ? `: ${body}` : ''
      }`,
      response.status,
    );
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new UsageError(
      `${capitalized(
        service,
      )} at ${url} did not answer with JSON: is --backstage-url the Backstage backend?`,
    );
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}
