import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from './config';

describe('readReadinessConfig: catalogRetry', () => {
  it('retries catalog reads 4 times in all, 1 s apart and doubling, a minute each, by default', () => {
    expect(readReadinessConfig(new ConfigReader({})).catalogRetry).toEqual({
      attempts: 4,
      initialDelayMs: 1000,
      attemptTimeoutMs: 60_000,
    });
  });

  it('reads attempts and durations, as objects or ISO strings', () => {
    const config = readReadinessConfig(
      new ConfigReader({
        readiness: {
          catalogRetry: {
            attempts: 2,
            initialDelay: { milliseconds: 250 },
            attemptTimeout: 'PT30S',
          },
        },
      }),
    );
    expect(config.catalogRetry).toEqual({
      attempts: 2,
      initialDelayMs: 250,
      attemptTimeoutMs: 30_000,
    });
  });

  it('names the key of a wrong value', () => {
    expect(() =>
      readReadinessConfig(
        new ConfigReader({ readiness: { catalogRetry: { attempts: 0 } } }),
      ),
    ).toThrow(
      'readiness.catalogRetry.attempts: expected a positive whole number, got 0',
    );
    expect(() =>
      readReadinessConfig(
        new ConfigReader({
          readiness: { catalogRetry: { attemptTimeout: 'soon' } },
        }),
      ),
    ).toThrow(/readiness\.catalogRetry\.attemptTimeout/);
  });
});
