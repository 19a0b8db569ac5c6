import { Entity } from '@backstage/catalog-model';
import { ReportFile } from './types';

/** A report file from text (tests only). */
export function file(
  path: string,
  text: string | Buffer,
  url?: string,
): ReportFile {
  return {
    path,
    content: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
    url,
  };
}

/** The entities of one kind, by name. */
export function byKind(entities: Entity[], kind: string): Entity[] {
  return entities.filter(e => e.kind === kind);
}

/** The spec of an entity, loosely typed for assertions. */
export function spec(entity: Entity | undefined): Record<string, any> {
  return (entity?.spec ?? {}) as Record<string, any>;
}
