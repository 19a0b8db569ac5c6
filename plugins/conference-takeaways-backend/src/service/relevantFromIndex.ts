import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ConferenceEntity,
  dependencyRefsOf,
  describeRankedItems,
  RankedCandidate,
  RelevanceResponse,
  ResolvedTool,
  resolveEntityTools,
  TakeawayEntity,
  TalkEntity,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { RELEVANT_READ_FIELDS } from './catalogFields';
import { CatalogIndex } from './catalogIndex/CatalogIndex';
import { CatalogReadDecisions } from './catalogIndex/CatalogReadDecision';
import { canonicalRef } from './catalogIndex/canonicalRef';
import { IndexSnapshot } from './catalogIndex/IndexSnapshot';
import { readOnBehalf } from './catalogIndex/readOnBehalf';
import { rankingIndexOf } from './rankingIndexOf';

export interface RelevantFromIndexOptions {
  index: CatalogIndex;
  decisions: CatalogReadDecisions;
  catalog: CatalogService;
  dictionary: ToolLookup;
  /** The caller's credentials: every entity shown is read on their behalf. */
  credentials: BackstageCredentials;
  entityRef: string;
  limit: number;
  now: Date;
}

/** Rounds of reading further down the ranking when items are hidden. */
const MAX_ROUNDS = 3;

/** Entities read on the caller's behalf so far: missing ones are not visible. */
class CallerReads {
  readonly #asked = new Set<string>();
  readonly #found = new Map<string, Entity>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: BackstageCredentials,
  ) {}

  /** Reads, in one request, the refs not asked for yet. */
  async read(refs: Iterable<string>): Promise<void> {
    const fresh = [...new Set(refs)].filter(ref => !this.#asked.has(ref));
    fresh.forEach(ref => this.#asked.add(ref));
    const found = await readOnBehalf(
      this.catalog,
      this.credentials,
      fresh,
      RELEVANT_READ_FIELDS,
    );
    found.forEach((entity, ref) => this.#found.set(ref, entity));
  }

  get(ref: string): Entity | undefined {
    return this.#found.get(ref);
  }

  visible(refs: string[]): Entity[] {
    return refs.map(ref => this.#found.get(ref)).filter(e => e !== undefined);
  }
}

/** The entities whose tools count for `subject`: its dependencies and, for a group, its components and theirs. */
function toolUsers(
  subjectRef: string,
  subject: Entity | undefined,
  snapshot: IndexSnapshot,
  lookup: (ref: string) => Entity | undefined,
) {
  const isGroup = parseEntityRef(subjectRef).kind === 'group';
  const ownedRefs = isGroup ? snapshot.componentsOwnedBy(subjectRef) : [];
  const owned = ownedRefs.map(lookup).filter(e => e !== undefined);
  const dependencyRefs = [
    ...new Set(
      [subject, ...owned].flatMap(e => (e ? dependencyRefsOf(e) : [])),
    ),
  ];
  return { ownedRefs, owned, dependencyRefs };
}

function refsToShow(ranked: RankedCandidate[]): string[] {
  return ranked.flatMap(({ entityRef, candidate }) => {
    const cited =
      candidate.kind === 'Takeaway' && Array.isArray(candidate.spec.talks)
        ? candidate.spec.talks.map(talk => canonicalRef(talk, 'talk'))
        : [];
    return [
      entityRef,
      canonicalRef(candidate.spec.conference, 'conference'),
      ...cited,
    ].filter((ref): ref is string => ref !== undefined);
  });
}

const lowerKind = (e: Entity) => e.kind.toLocaleLowerCase('en-US');

/** The views of ranked items, with their conferences and cited talks, all from the index. */
function describeFromIndex(ranked: RankedCandidate[], snapshot: IndexSnapshot) {
  const talks = new Map<string, TalkEntity>();
  for (const ref of refsToShow(ranked)) {
    const entity = snapshot.item(ref);
    if (entity?.kind === 'Talk') {
      talks.set(ref, entity as TalkEntity);
    }
  }
  return describeRankedItems(ranked, {
    conferences: snapshot.conferences,
    talks,
  });
}

/**
 * `GET /relevant` answered from the index: tools and ranking come from
 * memory. When the permission policy lets the caller read every entity
 * (one permission check, the same one a catalog read makes), that is all.
 * Otherwise the catalog is asked once, on the caller's behalf, for the
 * entity, what its tools come from and the items shown. The answer is built
 * from that read only, so a hidden item, conference or dependency never
 * shows. A second read happens only when the index was out of date for the
 * entity (its tools changed since the last refresh) or when hidden items
 * leave the list short.
 */
export async function findRelevantFromIndex(
  options: RelevantFromIndexOptions,
): Promise<RelevanceResponse> {
  const { dictionary, entityRef, limit } = options;
  const snapshot = await options.index.snapshot();
  const reads = new CallerReads(options.catalog, options.credentials);
  const ranking = rankingIndexOf(snapshot, dictionary);
  const rank = (tools: ResolvedTool[], window: number) =>
    ranking.rank(tools, { now: options.now, limit: window });
  const resolve = (
    subject: Entity,
    lookup: (ref: string) => Entity | undefined,
  ) => {
    const users = toolUsers(entityRef, subject, snapshot, lookup);
    return resolveEntityTools(subject, {
      dictionary,
      dependencies: users.dependencyRefs
        .map(lookup)
        .filter(e => e !== undefined),
      ownedComponents: users.owned,
    });
  };

  const indexed = snapshot.users.get(entityRef);
  if (
    indexed &&
    (await options.decisions.decide(options.credentials)) === 'everything'
  ) {
    // The caller may read every entity: the index shows nothing they could
    // not read themselves, so it answers alone.
    const tools = resolve(indexed, ref => snapshot.users.get(ref));
    return {
      entityRef,
      tools,
      items: describeFromIndex(
        tools.length ? rank(tools, limit) : [],
        snapshot,
      ),
    };
  }

  // What the index says, so the one read can fetch the items shown too.
  let window = limit * 2;
  const guessedUsers = toolUsers(entityRef, indexed, snapshot, ref =>
    snapshot.users.get(ref),
  );
  const guessedTools = indexed
    ? resolve(indexed, ref => snapshot.users.get(ref))
    : undefined;
  let ranked = guessedTools?.length ? rank(guessedTools, window) : [];
  await reads.read([
    entityRef,
    ...guessedUsers.ownedRefs,
    ...guessedUsers.dependencyRefs,
    ...refsToShow(ranked),
  ]);

  const subject = reads.get(entityRef);
  if (!subject) {
    throw new NotFoundError(`Entity ${entityRef} not found`);
  }
  // The entity or its components may depend on something new since the
  // index was read.
  const lookup = (ref: string) => reads.get(ref);
  await reads.read(
    toolUsers(entityRef, subject, snapshot, lookup).dependencyRefs,
  );
  const tools = resolve(subject, lookup);
  if (tools.length === 0) {
    return { entityRef, tools: [], items: [] };
  }
  if (JSON.stringify(tools) !== JSON.stringify(guessedTools)) {
    ranked = rank(tools, window);
  }

  let shown = ranked;
  for (let round = 1; ; round++) {
    await reads.read(refsToShow(ranked));
    shown = ranked.filter(r => reads.get(r.entityRef));
    if (
      shown.length >= limit ||
      ranked.length < window ||
      round === MAX_ROUNDS
    ) {
      break;
    }
    window *= 4;
    ranked = rank(tools, window);
  }
  shown = shown.slice(0, limit);

  const seen = reads.visible(refsToShow(shown));
  const ofKind = <T extends Entity>(kind: string) =>
    new Map(
      seen
        .filter(e => lowerKind(e) === kind)
        .map(e => [stringifyEntityRef(e), e as T]),
    );
  return {
    entityRef,
    tools,
    items: describeRankedItems(shown, {
      conferences: ofKind<ConferenceEntity>('conference'),
      talks: ofKind<TalkEntity>('talk'),
      entities: seen.filter(
        (e): e is TakeawayEntity | TalkEntity =>
          e.kind === 'Takeaway' || e.kind === 'Talk',
      ),
    }),
  };
}
