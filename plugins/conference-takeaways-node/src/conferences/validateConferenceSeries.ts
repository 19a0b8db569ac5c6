import { DateTime } from 'luxon';
import { z } from 'zod';
import { ConferenceSeriesDefinition } from './types';

const name = z.string().trim().min(1, 'must be a non-empty string');
const isoDate = z
  .string()
  .refine(
    value =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
    'must be a date written YYYY-MM-DD',
  );

const region = z.object({
  name,
  code: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters/digits'),
  aliases: z.array(name).optional(),
});

const edition = z
  .object({
    year: z.number().int().min(1990).max(2100),
    region: name.optional(),
    city: name.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    online: z.boolean().optional(),
  })
  .refine(e => !e.startDate || !e.endDate || e.startDate <= e.endDate, {
    message: 'endDate is before startDate',
  });

const series = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case letters, digits and single hyphens, e.g. `srecon`',
      ),
    name,
    aliases: z.array(name).optional(),
    weakAliases: z.array(name).optional(),
    coLocated: z.array(name).optional(),
    regions: z.array(region).optional(),
    editionsByCity: z.boolean().optional(),
    city: name.optional(),
    editions: z.array(edition).optional(),
  })
  .strict();

/**
 * Problems of a conference series definition, each naming its field
 * (`editions[2].startDate must be a date written YYYY-MM-DD`); empty when
 * it is valid. `partial` checks an entry that extends a known series, which
 * may leave out the name.
 *
 * @public
 */
export function validateConferenceSeries(
  definition: unknown,
  options: { partial?: boolean } = {},
): string[] {
  const schema = options.partial ? series.partial({ name: true }) : series;
  const result = schema.safeParse(definition);
  const problems = result.success
    ? []
    : result.error.issues.map(issue => {
        const path = issue.path
          .map((p, i) => {
            if (typeof p === 'number') {
              return `[${p}]`;
            }
            return i ? `.${p}` : p;
          })
          .join('');
        return `${path || 'entry'} ${issue.message}`.trim();
      });
  if (result.success && !options.partial) {
    const regions = new Set(
      (result.data.regions ?? []).map(r => r.name.toLowerCase()),
    );
    (result.data.editions ?? []).forEach((e, i) => {
      if (
        e.region &&
        !result.data.editionsByCity &&
        !regions.has(e.region.toLowerCase())
      ) {
        problems.push(
          `editions[${i}].region "${e.region}" is not one of the series' regions`,
        );
      }
    });
  }
  return problems;
}

/** True when `definition` is a complete, valid series. */
export function isConferenceSeries(
  definition: unknown,
): definition is ConferenceSeriesDefinition {
  return validateConferenceSeries(definition).length === 0;
}
