import { z } from 'zod';
import {
  canonicalRegion,
  canonicalSeries,
  ConferenceInfo,
  conferenceEntityName,
  parseConferenceEntityName,
} from '../conference';
import { isValidEntityName } from '../naming';
import { readDate } from './dates';

const optionalDate = z
  .unknown()
  .transform(value => (value === undefined ? undefined : readDate(value)));

const conferenceObject = z.object({
  name: z.string().optional(),
  series: z.string().min(1),
  region: z.string().min(1).optional(),
  year: z.preprocess(
    v => (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ invalid_type_error: 'must be a year like 2022' })
      .int()
      .min(1990)
      .max(2100),
  ),
  city: z.string().min(1).optional(),
  startDate: optionalDate,
  endDate: optionalDate,
});

/**
 * The conference our own `conference` front matter key names: an entity
 * name (`kubecon-eu-2022`) or an object with series and year. A value we
 * cannot use is a problem, and the conference is then inferred instead.
 */
export function conferenceFromFrontmatter(
  value: unknown,
): { name: string; info?: ConferenceInfo } | { problem: string } {
  if (typeof value === 'string') {
    const name = value.trim();
    if (!isValidEntityName(name)) {
      return { problem: `conference "${name}" is not a valid entity name` };
    }
    return { name, info: parseConferenceEntityName(name) };
  }
  const parsed = conferenceObject.safeParse(value);
  if (!parsed.success) {
    return {
      problem: parsed.error.issues
        .map(i => `conference.${i.path.join('.')} ${i.message}`)
        .join('; '),
    };
  }
  const c = parsed.data;
  const info: ConferenceInfo = {
    series: canonicalSeries(c.series),
    region: c.region ? canonicalRegion(c.region) : undefined,
    year: c.year,
    city: c.city,
    startDate: c.startDate,
    endDate: c.endDate,
  };
  const name = c.name ?? conferenceEntityName(info);
  if (!isValidEntityName(name)) {
    return { problem: `conference name "${name}" is not a valid entity name` };
  }
  return { name, info };
}
