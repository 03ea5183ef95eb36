import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createHash } from 'node:crypto';
import { KeyedMemo } from '../lib/KeyedMemo';
import { principalKey } from './principalKey';

/** Every entity, no filtering needed. */
export const ALL_VISIBLE = 'all' as const;

/** The entities one caller may read, as one catalog read found them. */
export interface VisibleSet {
  refs: Set<string>;
  /**
   * Names these refs (a hash of them): results computed from the set may
   * be cached under it, and serve only callers who see exactly these
   * entities.
   */
  key: string;
}

/**
 * How long a caller's visible set is served after the catalog read that
 * made it began, unless configured (`readiness.visibilityCacheTtl`): a
 * catalog change that shows or hides a stored entity (its owner, an
 * annotation, a label) reaches that caller's rollups, lists, exports and
 * live scorecards within this time. Recomputes show at once, policy changes
 * within DECISION_TTL_MS.
 */
export const VISIBLE_SET_TTL_MS = 30_000;
/**
 * A set past this share of its time is read again in the background on its
 * next use while it is still served, so a busy caller does not wait for the
 * catalog.
 */
const REFRESH_AFTER_SHARE = 2 / 3;
/**
 * How long a caller's permission decision is shared by their requests: a
 * policy change shows within this time (never longer than the sets' time).
 * The policy is then asked about once a second per busy caller instead of
 * once per request, which is most of a restricted live scorecard's cost.
 */
export const DECISION_TTL_MS = 1000;
/**
 * A restricted caller who asks for this many live scorecards while their
 * set is not at hand gets it read, so their next ones need no catalog call
 * with their credentials. Fewer do not: a set costs a catalog read.
 */
export const BUSY_AFTER_SCORECARDS = 10;
/** Refs only, so a page of this many is small; fewer pages, fewer scans. */
const PAGE_SIZE = 10_000;

const NOTHING_VISIBLE: VisibleSet = { refs: new Set(), key: 'none' };

type Decision =
  | { result: 'definitive'; visible: typeof ALL_VISIBLE | VisibleSet }
  | { result: 'conditional'; key: string };

interface LoadedSet extends VisibleSet {
  /** When the catalog read began: the set shows the catalog as of then or later. */
  readAt: number;
}

/**
 * Which entities a caller may read. The policy is asked for the caller's
 * decision (one permission request, shared by their requests for
 * DECISION_TTL_MS): when it allows every catalog read outright no catalog
 * call is needed, when it denies them all nothing is visible. When it is
 * conditional, the catalog applies the conditions with the caller's
 * credentials in one refs-only read, kept per principal and decision (the
 * conditions, which name the caller's claims) while the stored results'
 * version is the same and for VISIBLE_SET_TTL_MS at most. A new decision
 * (a policy change) gets a new read.
 */
export class VisibleEntities {
  private readonly sets: KeyedMemo<string, Promise<LoadedSet>>;
  /** Reads that have finished, so a scorecard can use one without waiting. */
  private readonly settled = new WeakMap<Promise<LoadedSet>, LoadedSet>();
  private readonly decisions: KeyedMemo<string, Promise<Decision>>;
  /** Live scorecards asked for per set key while that set was not at hand. */
  private readonly demand: KeyedMemo<string, number>;
  private readonly refreshing = new Map<string, Promise<LoadedSet>>();
  private readonly kinds: Set<string>;
  private readonly ttlMs: number;
  private readonly refreshAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      kinds: string[];
      /** The stored results' version: a recompute's new entities show at once. */
      storeVersion: () => Promise<string>;
      /** Default VISIBLE_SET_TTL_MS; 0 reads the catalog on every call. */
      ttlMs?: number;
      refreshAfterMs?: number;
      maxPrincipals?: number;
      now?: () => number;
    },
  ) {
    this.kinds = new Set(deps.kinds.map(k => k.toLocaleLowerCase('en-US')));
    this.ttlMs = deps.ttlMs ?? VISIBLE_SET_TTL_MS;
    this.refreshAfterMs =
      deps.refreshAfterMs ?? Math.round(this.ttlMs * REFRESH_AFTER_SHARE);
    this.now = deps.now ?? Date.now;
    const maxEntries = deps.maxPrincipals ?? 1000;
    this.sets = new KeyedMemo({
      name: 'visible entities',
      maxEntries,
      ttlMs: this.ttlMs,
      now: this.now,
    });
    this.decisions = new KeyedMemo({
      name: 'permission decisions',
      maxEntries,
      ttlMs: Math.min(DECISION_TTL_MS, this.ttlMs),
      now: this.now,
    });
    this.demand = new KeyedMemo({
      name: 'visible entities demand',
      maxEntries,
      ttlMs: this.ttlMs,
      now: this.now,
    });
  }

  /** Whether sets hold entities of this ref's kind (they hold only `kinds`). */
  holdsKindOf(entityRef: string): boolean {
    const kind = entityRef.slice(0, entityRef.indexOf(':')).toLocaleLowerCase('en-US');
    return this.kinds.has(kind);
  }

  /** What the caller may read: everything, or the entities of their set. */
  async of(
    credentials: BackstageCredentials,
  ): Promise<typeof ALL_VISIBLE | VisibleSet> {
    const decision = await this.decide(credentials);
    if (decision.result !== 'conditional') return decision.visible;
    const version = await this.deps.storeVersion();
    const { refs, key } = await this.setFor(decision.key, version, credentials);
    return { refs, key };
  }

  /**
   * As `of`, for a live scorecard, without waiting for the catalog: the
   * caller's set only when a finished read of it is within its time, else
   * undefined (the caller then reads the catalog with their own
   * credentials). A caller who keeps asking gets their set read meanwhile.
   */
  async atHand(
    credentials: BackstageCredentials,
  ): Promise<typeof ALL_VISIBLE | VisibleSet | undefined> {
    const decision = await this.decide(credentials);
    if (decision.result !== 'conditional') return decision.visible;
    const version = await this.deps.storeVersion();
    const cached = this.sets.get(decision.key, version);
    const loaded = cached && this.settled.get(cached);
    const age = loaded ? this.now() - loaded.readAt : Infinity;
    if (loaded && age < this.ttlMs) {
      if (age >= this.refreshAfterMs) {
        this.refresh(decision.key, version, credentials);
      }
      return { refs: loaded.refs, key: loaded.key };
    }
    const asked = (this.demand.get(decision.key) ?? 0) + 1;
    this.demand.set(decision.key, asked);
    const reading = cached !== undefined && loaded === undefined;
    if (asked >= BUSY_AFTER_SCORECARDS && !reading) {
      // Read in the background; a failure is dropped and asked again later.
      this.setFor(decision.key, version, credentials).catch(() => undefined);
    }
    return undefined;
  }

  /**
   * The policy's decision on reading catalog entities, shared by the
   * caller's requests for DECISION_TTL_MS; a conditional one keys the set.
   */
  private async decide(credentials: BackstageCredentials): Promise<Decision> {
    const principal = principalKey(credentials);
    return this.decisions.getOrLoad(principal, async () => {
      const [decision] = await this.deps.permissions.authorizeConditional(
        [{ permission: catalogEntityReadPermission }],
        { credentials },
      );
      if (decision.result === AuthorizeResult.ALLOW) {
        return { result: 'definitive', visible: ALL_VISIBLE };
      }
      if (decision.result !== AuthorizeResult.CONDITIONAL) {
        return { result: 'definitive', visible: NOTHING_VISIBLE };
      }
      return {
        result: 'conditional',
        key: `${principal}|${fingerprint(decision.conditions)}`,
      };
    });
  }

  private async setFor(
    key: string,
    version: string,
    credentials: BackstageCredentials,
  ): Promise<LoadedSet> {
    const cached = this.sets.get(key, version);
    const loaded = cached && (await cached.catch(() => undefined));
    const age = loaded ? this.now() - loaded.readAt : Infinity;
    if (loaded && age < this.ttlMs) {
      if (age >= this.refreshAfterMs) this.refresh(key, version, credentials);
      return loaded;
    }
    // None, or one past its time: wait for a read already under way, or start one.
    const pending = this.refreshing.get(`${version}|${key}`);
    if (pending) return pending;
    const read = this.read(credentials);
    this.sets.set(key, read, version);
    return read;
  }

  /** A catalog read, remembered once finished (the promise is the key). */
  private read(credentials: BackstageCredentials): Promise<LoadedSet> {
    const read = this.readCatalog(credentials);
    read.then(
      loaded => this.settled.set(read, loaded),
      () => undefined,
    );
    return read;
  }

  /** Reads the set again while the current one is still served. */
  private refresh(
    key: string,
    version: string,
    credentials: BackstageCredentials,
  ): void {
    const id = `${version}|${key}`;
    if (this.refreshing.has(id)) return;
    const read = this.read(credentials);
    this.refreshing.set(id, read);
    read
      .then(
        () => this.sets.set(key, read, version),
        // The current set stays until its time is up; the next use tries again.
        () => undefined,
      )
      .finally(() => this.refreshing.delete(id));
  }

  private async readCatalog(
    credentials: BackstageCredentials,
  ): Promise<LoadedSet> {
    const readAt = this.now();
    const refs = new Set<string>();
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: { kind: this.deps.kinds },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
        pageSize: PAGE_SIZE,
      },
      { credentials },
    )) {
      for (const entity of page) {
        refs.add(stringifyEntityRef(entity));
      }
    }
    return { refs, readAt, key: `refs-${fingerprint([...refs].sort())}` };
  }
}

/** A short name of a value: conditions can name many claims, a set many refs. */
function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
