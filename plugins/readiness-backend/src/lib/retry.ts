import { ServiceUnavailableError } from '@backstage/errors';
import { backOff } from 'exponential-backoff';

/** How a call that reaches another service is retried. */
export interface RetryOptions {
  /** Calls in all, the first included. 1 means no retry. */
  attempts: number;
  /** Wait before the second call; each later wait doubles it. */
  initialDelayMs: number;
  /** A call that has not answered by then counts as failed (a hung service). */
  attemptTimeoutMs: number;
}

/** 4 calls, 1 s, 2 s and 4 s apart, each given a minute. */
export const DEFAULT_RETRY: RetryOptions = {
  attempts: 4,
  initialDelayMs: 1000,
  attemptTimeoutMs: 60_000,
};

/**
 * Calls `call` until it succeeds, with exponential back-off between calls.
 * Gives up at once on errors a retry cannot fix (a bad request, a missing
 * permission) and when `signal` is aborted; otherwise throws the last error.
 */
export async function withRetry<T>(
  what: string,
  call: () => Promise<T>,
  options: RetryOptions & {
    signal?: AbortSignal;
    onRetry?: (error: unknown, nextAttempt: number) => void;
  },
): Promise<T> {
  options.signal?.throwIfAborted();
  return backOff(() => withTimeout(what, call(), options.attemptTimeoutMs), {
    numOfAttempts: Math.max(1, options.attempts),
    startingDelay: options.initialDelayMs,
    timeMultiple: 2,
    jitter: 'none',
    retry: (error, nextAttempt) => {
      if (options.signal?.aborted || !isRetryable(error)) return false;
      options.onRetry?.(error, nextAttempt);
      return true;
    },
  });
}

function withTimeout<T>(
  what: string,
  call: Promise<T>,
  ms: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailableError(`${what} did not answer within ${ms} ms`),
        ),
      ms,
    );
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

const PERMANENT_ERRORS = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'AbortError',
]);

/** Network failures, timeouts and 5xx/408/429 answers are worth another call. */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true;
  const { name, statusCode, response } = error as {
    name?: string;
    statusCode?: number;
    response?: { status?: number };
  };
  if (name && PERMANENT_ERRORS.has(name)) return false;
  const status = statusCode ?? response?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return status === 408 || status === 429;
  }
  return true;
}
