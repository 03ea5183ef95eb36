import type {
  InitiativeListResponse,
  InitiativeResponse,
} from '@readiness-scorecards/plugin-readiness-common';
import { UsageError } from '../errors';
import { BackstageResponseError, requestJson } from './requestJson';

/** The readiness backend's initiatives, over its REST API with plain fetch. */
export class ReadinessApiClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly token: string | undefined,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /**
   * GET /api/readiness/initiatives/{id} (one team: the CLI needs the
   * initiative and its progress). An unknown id is an error that names the
   * initiatives the backend has.
   */
  async getInitiative(id: string): Promise<InitiativeResponse> {
    try {
      return await this.get<InitiativeResponse>(
        `/initiatives/${encodeURIComponent(id)}?limit=1`,
      );
    } catch (error) {
      if (!(error instanceof BackstageResponseError) || error.status !== 404) {
        throw error;
      }
    }
    const known = await this.listInitiativeIds();
    throw new UsageError(
      `--initiative: unknown initiative "${id}"; the readiness backend at ${
        this.baseUrl
      } has ${
        known.length > 0
          ? known.join(', ')
          : 'no initiatives (readiness.initiatives in its app-config)'
      }`,
    );
  }

  private async listInitiativeIds(): Promise<string[]> {
    try {
      const list = await this.get<InitiativeListResponse>('/initiatives');
      return list.initiatives.map(s => s.initiative.id);
    } catch (error) {
      if (error instanceof BackstageResponseError && error.status === 404) {
        throw new UsageError(
          `No readiness backend at ${this.baseUrl}: GET /api/readiness/initiatives answered 404 (is the readiness backend plugin installed, and is --backstage-url the backend's URL?)`,
        );
      }
      throw error;
    }
  }

  private get<T>(path: string): Promise<T> {
    return requestJson<T>(
      'the readiness backend',
      `${this.baseUrl}/api/readiness${path}`,
      { token: this.token, fetchImpl: this.fetchImpl },
    );
  }
}
