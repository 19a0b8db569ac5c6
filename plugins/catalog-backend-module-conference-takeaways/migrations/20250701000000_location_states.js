// @ts-check

/**
 * The last good read of each trip report location, so that a location that
 * cannot be read after a restart still contributes its entities.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'conference_takeaways_location_states',
    table => {
      table.comment(
        'Last good read of each conference-takeaways report location',
      );
      table.string('location_id', 64).primary().comment('sha256 of origin');
      table
        .text('origin')
        .notNullable()
        .comment('The location as a catalog location ref, url:… or file:…');
      table
        .text('etag')
        .notNullable()
        .comment('Version tag of the last good read');
      table
        .string('fingerprint', 64)
        .notNullable()
        .comment('Hash of the settings the entities were extracted with');
      table
        .integer('file_count')
        .notNullable()
        .comment('Report files in the last good read');
      table
        .text('entities', 'longtext')
        .notNullable()
        .comment('JSON array of the entities of the last good read');
      table
        .timestamp('updated_at', { useTz: false, precision: 0 })
        .notNullable()
        .defaultTo(knex.fn.now());
    },
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('conference_takeaways_location_states');
};
