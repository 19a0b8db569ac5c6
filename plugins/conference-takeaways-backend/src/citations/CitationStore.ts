import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { RadarCitation } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Knex } from 'knex';
import { isoTimestamp } from './connectDatabase';

const TABLE = 'radar_citations';

interface CitationRow {
  id: number | string;
  entry_id: string;
  move_date: string;
  entity_ref: string;
  cited_by: string;
  cited_at: Date | string;
}

/** A citation to store; the store gives it its id. */
export type NewCitation = Omit<RadarCitation, 'id'>;

/** Which citations to list; at most `limit`, newest first. */
export interface CitationFilter {
  entryId?: string;
  entityRef?: string;
  limit: number;
}

/** The `radar_citations` table: evidence cited from the portal. */
export class CitationStore {
  readonly #db: Knex;

  constructor(db: Knex) {
    this.#db = db;
  }

  /** Stores a citation; a ConflictError when the move already cites the ref. */
  async add(citation: NewCitation): Promise<RadarCitation> {
    try {
      const [row] = await this.#db<CitationRow>(TABLE)
        .insert({
          entry_id: citation.entryId,
          move_date: citation.moveDate,
          entity_ref: citation.entityRef,
          cited_by: citation.citedBy,
          cited_at: citation.citedAt,
        })
        .returning('*');
      return fromRow(row);
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(
          `The move of ${citation.moveDate} of radar entry "${citation.entryId}" already cites ${citation.entityRef}`,
        );
      }
      throw error;
    }
  }

  async get(id: string): Promise<RadarCitation | undefined> {
    const key = rowId(id);
    if (key === undefined) {
      return undefined;
    }
    const row = await this.#db<CitationRow>(TABLE).where('id', key).first();
    return row && fromRow(row);
  }

  /** Removes a citation; false when there is none with that id. */
  async remove(id: string): Promise<boolean> {
    const key = rowId(id);
    return (
      key !== undefined && (await this.#db(TABLE).where('id', key).delete()) > 0
    );
  }

  async list(filter: CitationFilter): Promise<RadarCitation[]> {
    const query = this.#db<CitationRow>(TABLE)
      .select()
      .orderBy('id', 'desc')
      .limit(filter.limit);
    if (filter.entryId !== undefined) {
      query.where('entry_id', filter.entryId);
    }
    if (filter.entityRef !== undefined) {
      query.where('entity_ref', filter.entityRef);
    }
    return (await query).map(fromRow);
  }
}

/** Ids are positive integers; anything else names no row. */
export function rowId(id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : undefined;
}

function fromRow(row: CitationRow): RadarCitation {
  return {
    id: String(row.id),
    entryId: row.entry_id,
    moveDate: row.move_date,
    entityRef: row.entity_ref,
    citedBy: row.cited_by,
    citedAt: isoTimestamp(row.cited_at),
  };
}
