import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessor, LocationSpec } from '@backstage/plugin-catalog-node';
import { daysSince, shiftDatesInText } from './shiftDates';

export interface ExampleDatesOptions {
  /** The day the examples' dates were written for (YYYY-MM-DD). */
  writtenOn: string;
  /** Folders whose catalog files get their dates moved (absolute paths). */
  directories: string[];
  now?: () => Date;
}

/**
 * Demo only: moves the dates in the annotations of entities read from the
 * example folders by the days since `writtenOn`, so "reviewed 46 days ago"
 * or "decision overdue by 144 days" stay true on any day. Entities from any
 * other location pass through untouched.
 */
export class ExampleDatesProcessor implements CatalogProcessor {
  private readonly directories: string[];
  private readonly now: () => Date;

  constructor(private readonly options: ExampleDatesOptions) {
    daysSince(options.writtenOn, new Date()); // fails at start-up on a bad date
    this.directories = options.directories.map(d => path.resolve(d) + path.sep);
    this.now = options.now ?? (() => new Date());
  }

  getProcessorName(): string {
    return 'ExampleDatesProcessor';
  }

  async preProcessEntity(entity: Entity, location: LocationSpec): Promise<Entity> {
    const annotations = entity.metadata.annotations;
    if (!annotations || !this.isExample(location)) return entity;
    const days = daysSince(this.options.writtenOn, this.now());
    if (days === 0) return entity;
    const shifted = Object.fromEntries(
      Object.entries(annotations).map(([key, value]) => [
        key,
        key.startsWith('backstage.io/') ? value : shiftDatesInText(value, days),
      ]),
    );
    return { ...entity, metadata: { ...entity.metadata, annotations: shifted } };
  }

  private isExample(location: LocationSpec): boolean {
    if (location.type !== 'file') return false;
    const file = path.resolve(location.target);
    return this.directories.some(dir => file.startsWith(dir));
  }
}
