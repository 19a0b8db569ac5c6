import { RadarProposal } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Knex } from 'knex';
import { deleteRow, isoTimestamp } from './rows';

const TABLE = 'radar_proposals';

interface ProposalRow {
  id: number | string;
  entry_id: string;
  ring_id: string;
  rationale: string;
  evidence: string;
  proposed_by: string;
  proposed_at: Date | string;
}

/** A proposal as stored: the tool slug is derived from the radar on read. */
export type StoredProposal = Omit<RadarProposal, 'tool'>;

/** The `radar_proposals` table: proposed radar moves. */
export class ProposalStore {
  readonly #db: Knex;

  constructor(db: Knex) {
    this.#db = db;
  }

  async add(proposal: Omit<StoredProposal, 'id'>): Promise<StoredProposal> {
    const [row] = await this.#db<ProposalRow>(TABLE)
      .insert({
        entry_id: proposal.entryId,
        ring_id: proposal.ringId,
        rationale: proposal.rationale,
        evidence: JSON.stringify(proposal.evidence),
        proposed_by: proposal.proposedBy,
        proposed_at: proposal.proposedAt,
      })
      .returning('*');
    return fromRow(row);
  }

  /** Removes a proposal; false when there is none with that id. */
  remove(id: string): Promise<boolean> {
    return deleteRow(this.#db, TABLE, id);
  }

  /** At most `limit` proposals, newest first, for the given entries or all. */
  async list(options: {
    entryIds?: string[];
    limit: number;
  }): Promise<StoredProposal[]> {
    const query = this.#db<ProposalRow>(TABLE)
      .select()
      .orderBy('id', 'desc')
      .limit(options.limit);
    if (options.entryIds) {
      query.whereIn('entry_id', options.entryIds);
    }
    return (await query).map(fromRow);
  }
}

function fromRow(row: ProposalRow): StoredProposal {
  return {
    id: String(row.id),
    entryId: row.entry_id,
    ringId: row.ring_id,
    rationale: row.rationale,
    evidence: JSON.parse(row.evidence),
    proposedBy: row.proposed_by,
    proposedAt: isoTimestamp(row.proposed_at),
  };
}
