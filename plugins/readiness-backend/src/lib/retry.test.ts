import { InputError, NotAllowedError, ResponseError } from '@backstage/errors';
import { isRetryable, withRetry } from './retry';

const fast = { attempts: 4, initialDelayMs: 20, attemptTimeoutMs: 1000 };

/** A call that fails `failures` times, then answers, noting when it was made. */
function flaky(
  failures: number,
  error: () => unknown = () => new Error('down'),
) {
  const calledAt: number[] = [];
  const call = jest.fn(async () => {
    calledAt.push(Date.now());
    if (calledAt.length <= failures) throw error();
    return 'answer';
  });
  return { call, calledAt };
}

describe('withRetry', () => {
  it('retries until the call succeeds, waiting twice as long each time', async () => {
    const { call, calledAt } = flaky(3);
    const onRetry = jest.fn();
    await expect(withRetry('svc', call, { ...fast, onRetry })).resolves.toBe(
      'answer',
    );
    expect(call).toHaveBeenCalledTimes(4);
    expect(onRetry.mock.calls.map(([, next]) => next)).toEqual([1, 2, 3]);
    const waits = calledAt.slice(1).map((t, i) => t - calledAt[i]);
    // 20, 40, 80 ms; timers may fire a little late, never early.
    expect(waits[0]).toBeGreaterThanOrEqual(19);
    expect(waits[1]).toBeGreaterThanOrEqual(39);
    expect(waits[2]).toBeGreaterThanOrEqual(79);
    expect(waits[2]).toBeGreaterThan(waits[0]);
  });

  it('throws the last error after the last attempt', async () => {
    const { call } = flaky(10);
    await expect(withRetry('svc', call, fast)).rejects.toThrow('down');
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('calls once when attempts is 1', async () => {
    const { call } = flaky(1);
    await expect(
      withRetry('svc', call, { ...fast, attempts: 1 }),
    ).rejects.toThrow('down');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('counts a call that hangs as failed and tries again', async () => {
    let calls = 0;
    const call = () => {
      calls += 1;
      return calls === 1
        ? new Promise<string>(() => {})
        : Promise.resolve('late answer');
    };
    const started = Date.now();
    await expect(
      withRetry('The catalog', call, { ...fast, attemptTimeoutMs: 100 }),
    ).resolves.toBe('late answer');
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(99);
  });

  it('names the service that did not answer in time', async () => {
    await expect(
      withRetry('The catalog', () => new Promise(() => {}), {
        attempts: 2,
        initialDelayMs: 1,
        attemptTimeoutMs: 50,
      }),
    ).rejects.toThrow('The catalog did not answer within 50 ms');
  });

  it('does not retry what a retry cannot fix', async () => {
    const { call } = flaky(1, () => new NotAllowedError('no'));
    await expect(withRetry('svc', call, fast)).rejects.toThrow('no');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('stops retrying once the signal is aborted', async () => {
    const controller = new AbortController();
    const call = jest.fn(async () => {
      controller.abort();
      throw new Error('down');
    });
    await expect(
      withRetry('svc', call, { ...fast, signal: controller.signal }),
    ).rejects.toThrow('down');
    expect(call).toHaveBeenCalledTimes(1);
    await expect(
      withRetry('svc', call, { ...fast, signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('isRetryable', () => {
  it('retries network errors, timeouts, 5xx, 408 and 429', async () => {
    expect(isRetryable(new Error('ECONNREFUSED'))).toBe(true);
    expect(isRetryable(await responseError(503))).toBe(true);
    expect(isRetryable(await responseError(500))).toBe(true);
    expect(isRetryable(await responseError(429))).toBe(true);
    expect(isRetryable(await responseError(408))).toBe(true);
  });

  it('does not retry other client errors', async () => {
    expect(isRetryable(await responseError(400))).toBe(false);
    expect(isRetryable(await responseError(403))).toBe(false);
    expect(isRetryable(new InputError('bad filter'))).toBe(false);
  });
});

async function responseError(status: number) {
  return ResponseError.fromResponse(
    new Response(JSON.stringify({ error: { name: 'Error', message: 'x' } }), {
      status,
      headers: { 'content-type': 'application/json' },
    }) as any,
  );
}
