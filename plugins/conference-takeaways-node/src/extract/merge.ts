import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { normaliseTitle } from './naming';
import { EntityOrigin, SourcedEntity } from './types';

const ORIGIN_RANK: Record<EntityOrigin, number> = {
  descriptor: 0,
  program: 1,
  report: 2,
};

const KIND_ORDER = ['conference', 'talk', 'takeaway'];

/** Spec lists that several sources add to rather than replace. */
const UNION_FIELDS = ['speakers', 'tools', 'subjectTools', 'talks'];

function unionBy<T>(base: T[], extra: T[], key: (item: T) => string): T[] {
  const seen = new Set(base.map(key));
  const result = [...base];
  for (const item of extra) {
    if (!seen.has(key(item))) {
      seen.add(key(item));
      result.push(item);
    }
  }
  return result;
}

function fillMissing(
  target: Record<string, unknown>,
  source: Record<string, unknown> | undefined,
) {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (target[key] === undefined && value !== undefined) {
      target[key] = structuredClone(value);
    }
  }
}

function mergeInto(base: Entity, other: Entity) {
  const spec = (base.spec ??= {}) as Record<string, unknown>;
  const otherSpec = (other.spec ?? {}) as Record<string, unknown>;
  for (const field of UNION_FIELDS) {
    const mine = spec[field];
    const theirs = otherSpec[field];
    if (Array.isArray(theirs) && (Array.isArray(mine) || mine === undefined)) {
      spec[field] = unionBy((mine as unknown[]) ?? [], theirs, item =>
        typeof item === 'string' ? normaliseTitle(item) : JSON.stringify(item),
      );
    }
  }
  fillMissing(spec, otherSpec);

  const meta = base.metadata;
  if (other.metadata.links?.length) {
    meta.links = unionBy(meta.links ?? [], other.metadata.links, l => l.url);
  }
  if (other.metadata.tags?.length) {
    meta.tags = unionBy(meta.tags ?? [], other.metadata.tags, t => t);
  }
  meta.annotations = { ...other.metadata.annotations, ...meta.annotations };
  fillMissing(
    meta as Record<string, unknown>,
    other.metadata as Record<string, unknown>,
  );
}

/** Code-point order, the same on every machine (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function compareSources(a: SourcedEntity, b: SourcedEntity): number {
  return (
    ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] ||
    compareStrings(a.path, b.path)
  );
}

/**
 * Merges entities that share a ref (the same talk cited by two reports, a
 * conference described by hand and derived from a report) into one. The
 * hand-written descriptor wins, then program exports, then reports, then
 * the file path decides; speakers, tools, talks, links and tags are
 * unioned and missing fields filled in. Output is sorted by kind and name,
 * whatever order the files came in.
 */
export function mergeEntities(sourced: SourcedEntity[]): Entity[] {
  const groups = new Map<string, SourcedEntity[]>();
  for (const item of sourced) {
    const ref = stringifyEntityRef(item.entity).toLowerCase();
    groups.set(ref, [...(groups.get(ref) ?? []), item]);
  }
  const merged: Array<{ ref: string; entity: Entity }> = [];
  for (const [ref, items] of groups) {
    const ordered = [...items].sort(compareSources);
    const entity = structuredClone(ordered[0].entity);
    for (const other of ordered.slice(1)) {
      mergeInto(entity, other.entity);
    }
    merged.push({ ref, entity });
  }
  const kindRank = (e: Entity) => {
    const rank = KIND_ORDER.indexOf(e.kind.toLowerCase());
    return rank === -1 ? KIND_ORDER.length : rank;
  };
  return merged
    .sort(
      (a, b) =>
        kindRank(a.entity) - kindRank(b.entity) || compareStrings(a.ref, b.ref),
    )
    .map(m => m.entity);
}
