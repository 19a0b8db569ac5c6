// @ts-check

/**
 * Takeaways and talks cited from the portal as evidence for radar moves, and
 * proposed radar moves. The radar file stays the source of the radar itself;
 * these rows are merged into it when it is read.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('radar_citations', table => {
    table.comment('Evidence for radar moves cited from the portal');
    table.increments('id');
    table
      .string('entry_id', 255)
      .notNullable()
      .comment('The radar entry id, as in the radar file');
    table
      .string('move_date', 64)
      .notNullable()
      .comment('The date of the cited move, as in the radar file');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Canonical ref of the cited takeaway or talk');
    table
      .string('cited_by', 255)
      .notNullable()
      .comment('User entity ref of who cited it');
    table
      .timestamp('cited_at', { useTz: true, precision: 3 })
      .notNullable()
      .defaultTo(knex.fn.now());
    table.unique(['entry_id', 'move_date', 'entity_ref'], {
      indexName: 'radar_citations_move_ref_idx',
    });
    table.index('entity_ref', 'radar_citations_entity_ref_idx');
  });

  await knex.schema.createTable('radar_proposals', table => {
    table.comment('Proposed radar moves: a new ring for an entry');
    table.increments('id');
    table
      .string('entry_id', 255)
      .notNullable()
      .comment('The radar entry id, as in the radar file');
    table.string('ring_id', 255).notNullable().comment('The proposed ring');
    table.text('rationale').notNullable().comment('Why, in plain text');
    table
      .text('evidence')
      .notNullable()
      .comment('JSON array of canonical takeaway and talk refs');
    table
      .string('proposed_by', 255)
      .notNullable()
      .comment('User entity ref of who proposed it');
    table
      .timestamp('proposed_at', { useTz: true, precision: 3 })
      .notNullable()
      .defaultTo(knex.fn.now());
    table.index('entry_id', 'radar_proposals_entry_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('radar_proposals');
  await knex.schema.dropTable('radar_citations');
};
