import { DEFAULT_CONFERENCE_SERIES } from './data';
import { nameKey } from './text';
import {
  ConferenceEditionDefinition,
  ConferenceRegionDefinition,
  ConferenceSeriesDefinition,
} from './types';
import { validateConferenceSeries } from './validateConferenceSeries';

/** A series' editions with the series' default city applied. */
function withDefaultCity(
  series: ConferenceSeriesDefinition,
): ConferenceEditionDefinition[] {
  return (series.editions ?? []).map(e =>
    e.city || e.online || !series.city ? e : { ...e, city: series.city },
  );
}

function union(a: string[] = [], b: string[] = []): string[] | undefined {
  const seen = new Set<string>();
  const all = [...a, ...b].filter(v => {
    const key = nameKey(v);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return all.length ? all : undefined;
}

const editionKey = (e: ConferenceEditionDefinition) =>
  `${e.year}|${nameKey(e.region ?? '')}|${nameKey(e.city ?? '')}`;

/** `extension` over `base`: lists are joined, editions replaced by key. */
function mergeSeries(
  base: ConferenceSeriesDefinition,
  extension: Partial<ConferenceSeriesDefinition>,
): ConferenceSeriesDefinition {
  const regions = new Map(
    (base.regions ?? []).map(r => [nameKey(r.name), r] as const),
  );
  for (const r of extension.regions ?? []) {
    const known = regions.get(nameKey(r.name));
    regions.set(
      nameKey(r.name),
      known ? { ...known, ...r, aliases: union(known.aliases, r.aliases) } : r,
    );
  }
  const editions = new Map(
    (base.editions ?? []).map(e => [editionKey(e), e] as const),
  );
  for (const e of extension.editions ?? []) {
    editions.set(editionKey(e), e);
  }
  return {
    ...base,
    ...extension,
    name: extension.name ?? base.name,
    aliases: union(base.aliases, extension.aliases),
    weakAliases: union(base.weakAliases, extension.weakAliases),
    coLocated: union(base.coLocated, extension.coLocated),
    regions: regions.size ? [...regions.values()] : undefined,
    editions: [...editions.values()].sort((a, b) => a.year - b.year),
  };
}

/**
 * The conference series reports are matched against: names, regions and
 * known editions. Immutable; `with` returns an extended copy.
 *
 * @public
 */
export class ConferenceDictionary {
  static #default?: ConferenceDictionary;

  /** The built-in series (KubeCon, SREcon, QCon, DevOpsDays, …). */
  static default(): ConferenceDictionary {
    ConferenceDictionary.#default ??= new ConferenceDictionary(
      DEFAULT_CONFERENCE_SERIES,
    );
    return ConferenceDictionary.#default;
  }

  readonly #series: ConferenceSeriesDefinition[];
  readonly #byId = new Map<string, ConferenceSeriesDefinition>();
  readonly #byName = new Map<string, ConferenceSeriesDefinition>();

  /** Throws when a definition is invalid or two series share a name. */
  constructor(definitions: ReadonlyArray<ConferenceSeriesDefinition>) {
    this.#series = definitions.map(d => ({
      ...d,
      editions: withDefaultCity(d),
    }));
    for (const series of this.#series) {
      const problems = validateConferenceSeries(series);
      if (problems.length) {
        throw new Error(`conference series "${series.id}": ${problems[0]}`);
      }
      if (this.#byId.has(series.id)) {
        throw new Error(`conference series id "${series.id}" is used twice`);
      }
      this.#byId.set(series.id, series);
      for (const spelling of [
        series.id,
        series.name,
        ...(series.aliases ?? []),
      ]) {
        const owner = this.#byName.get(nameKey(spelling));
        if (owner && owner !== series) {
          throw new Error(
            `"${spelling}" of conference series "${series.id}" already names "${owner.id}"`,
          );
        }
        this.#byName.set(nameKey(spelling), series);
      }
    }
  }

  /**
   * A copy with `definitions` added; one with a known id extends that
   * series (its aliases, regions and editions are added, an edition of the
   * same year, region and city replaced).
   */
  with(
    definitions: ReadonlyArray<
      Partial<ConferenceSeriesDefinition> & { id: string }
    >,
  ): ConferenceDictionary {
    const merged = new Map(this.#series.map(s => [s.id, s] as const));
    for (const d of definitions) {
      const known = merged.get(d.id);
      merged.set(
        d.id,
        known ? mergeSeries(known, d) : (d as ConferenceSeriesDefinition),
      );
    }
    return new ConferenceDictionary([...merged.values()]);
  }

  list(): ReadonlyArray<ConferenceSeriesDefinition> {
    return this.#series;
  }

  get(id: string): ConferenceSeriesDefinition | undefined {
    return this.#byId.get(id);
  }

  /**
   * The series a name means: its id, name or an alias, in any case and
   * with `+`, `&`, `and` or `/` between parts (`KubeCon & CloudNativeCon`).
   */
  resolve(name: string): ConferenceSeriesDefinition | undefined {
    return this.#byName.get(nameKey(name));
  }

  /** The region of `series` a spelling means (`EU` ⇒ Europe). */
  region(
    series: ConferenceSeriesDefinition,
    spelling: string,
  ): ConferenceRegionDefinition | undefined {
    const key = nameKey(spelling);
    return (series.regions ?? []).find(r =>
      [r.name, r.code, ...(r.aliases ?? [])].some(s => nameKey(s) === key),
    );
  }

  /** Every city some edition of some series was held in. */
  cities(): string[] {
    return [
      ...new Set(
        this.#series.flatMap(s => [
          ...(s.city ? [s.city] : []),
          ...(s.editions ?? []).flatMap(e => (e.city ? [e.city] : [])),
        ]),
      ),
    ];
  }
}
