import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';

/** The last good read of one location. */
export interface LocationState {
  /** The location as a catalog location ref (`url:…` or `file:…`). */
  origin: string;
  /** Version tag of what was read; asking with it may skip the read. */
  etag: string;
  /** Hash of the settings the entities were extracted with. */
  fingerprint: string;
  /** Report files the read found. */
  fileCount: number;
  entities: Entity[];
}

const TABLE = 'conference_takeaways_location_states';
// Our own migrations table: the catalog's database is shared with the
// catalog's migrations, as for upstream catalog modules with tables.
const MIGRATIONS_TABLE = 'conference_takeaways__knex_migrations';

interface Row {
  location_id: string;
  origin: string;
  etag: string;
  fingerprint: string;
  file_count: number;
  entities: string;
}

/**
 * Keeps each location's last good read in the database, so that it survives
 * restarts. The schema is migrated on first use, not at startup, so that a
 * database hiccup delays ingestion instead of stopping the backend.
 */
export class LocationStateStore {
  readonly #database: DatabaseService;
  #client?: Promise<Knex>;

  constructor(database: DatabaseService) {
    this.#database = database;
  }

  /** Every stored state, by origin. */
  async loadAll(): Promise<Map<string, LocationState>> {
    const client = await this.#getClient();
    const rows: Row[] = await client(TABLE).select();
    return new Map(rows.map(row => [row.origin, fromRow(row)]));
  }

  async save(state: LocationState): Promise<void> {
    const client = await this.#getClient();
    await client(TABLE)
      .insert({
        location_id: locationId(state.origin),
        origin: state.origin,
        etag: state.etag,
        fingerprint: state.fingerprint,
        file_count: state.fileCount,
        entities: JSON.stringify(state.entities),
        updated_at: client.fn.now(),
      })
      .onConflict('location_id')
      .merge();
  }

  async delete(origin: string): Promise<void> {
    const client = await this.#getClient();
    await client(TABLE).where('location_id', locationId(origin)).delete();
  }

  #getClient(): Promise<Knex> {
    if (!this.#client) {
      this.#client = this.#connect().catch(error => {
        this.#client = undefined; // try again next time
        throw error;
      });
    }
    return this.#client;
  }

  async #connect(): Promise<Knex> {
    const client = await this.#database.getClient();
    if (!this.#database.migrations?.skip) {
      await client.migrate.latest({
        directory: resolvePackagePath(
          '@conference-takeaways/backstage-plugin-catalog-backend-module-conference-takeaways',
          'migrations',
        ),
        tableName: MIGRATIONS_TABLE,
      });
    }
    return client;
  }
}

/** Origins can be long URLs; the key is their hash. */
function locationId(origin: string): string {
  return createHash('sha256').update(origin).digest('hex');
}

function fromRow(row: Row): LocationState {
  return {
    origin: row.origin,
    etag: row.etag,
    fingerprint: row.fingerprint,
    fileCount: Number(row.file_count),
    entities: JSON.parse(row.entities),
  };
}
