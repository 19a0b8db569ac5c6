import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { RadarCitation } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Knex } from 'knex';
import { deleteRow, isoTimestamp } from './rows';

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

  /** Removes a citation; false when there is none with that id. */
  remove(id: string): Promise<boolean> {
    return deleteRow(this.#db, TABLE, id);
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
