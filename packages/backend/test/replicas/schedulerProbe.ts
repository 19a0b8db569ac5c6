import { Knex } from 'knex';

/** A run of a scheduled task, as claimed in the scheduler's table. */
export interface TaskClaim {
  id: number;
  /** PostgreSQL application name of the replica that claimed it. */
  claimant: string;
  claimedAt: Date;
}

const TASKS_TABLE = 'backstage_backend_tasks__tasks';
const CLAIMS_TABLE = 'replica_test_task_claims';

/**
 * Watches a plugin's scheduler table (in that plugin's database). The
 * scheduler claims a run of a global task by setting `current_run_ticket`
 * on the task's row; a trigger records each claim with the claimant's
 * PostgreSQL application name, which tells which replica runs it.
 */
export class SchedulerProbe {
  constructor(private readonly db: Knex, private readonly taskId: string) {}

  async install(): Promise<void> {
    await this.db.raw(`
      CREATE TABLE ${CLAIMS_TABLE} (
        id serial PRIMARY KEY,
        task_id text NOT NULL,
        claimant text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await this.db.raw(`
      CREATE FUNCTION replica_test_record_claim() RETURNS trigger AS $$
      BEGIN
        IF NEW.current_run_ticket IS NOT NULL AND OLD.current_run_ticket IS NULL THEN
          INSERT INTO ${CLAIMS_TABLE} (task_id, claimant)
          VALUES (NEW.id, current_setting('application_name'));
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await this.db.raw(`
      CREATE TRIGGER replica_test_record_claim
      AFTER UPDATE ON ${TASKS_TABLE}
      FOR EACH ROW EXECUTE FUNCTION replica_test_record_claim()`);
  }

  /** Claims of the task recorded so far, oldest first. */
  async claims(): Promise<TaskClaim[]> {
    const rows = await this.db(CLAIMS_TABLE)
      .where('task_id', this.taskId)
      .orderBy('id')
      .select('id', 'claimant', 'claimed_at');
    return rows.map(row => ({
      id: row.id,
      claimant: row.claimant,
      claimedAt: new Date(row.claimed_at),
    }));
  }

  /** How many scheduler rows exist for the task (one per cluster). */
  async taskRows(): Promise<number> {
    const [{ count }] = await this.db(TASKS_TABLE)
      .where('id', this.taskId)
      .count({ count: '*' });
    return Number(count);
  }

  /** Whether a run of the task is claimed and not yet released. */
  async isRunClaimed(): Promise<boolean> {
    const row = await this.db(TASKS_TABLE)
      .where('id', this.taskId)
      .first('current_run_ticket');
    return Boolean(row?.current_run_ticket);
  }

  /** The database server's clock, comparable with `claimedAt`. */
  async now(): Promise<Date> {
    const { rows } = await this.db.raw('SELECT clock_timestamp() AS now');
    return new Date(rows[0].now);
  }
}
