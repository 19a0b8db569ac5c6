import { InputError } from '@backstage/errors';
import {
  CreateRadarCitationRequest,
  CreateRadarProposalRequest,
  evidenceRef,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { z } from 'zod';

/** Longest rationale a proposal may carry, in characters. */
export const MAX_RATIONALE_LENGTH = 4000;
/** Most evidence refs one proposal may carry. */
export const MAX_PROPOSAL_EVIDENCE = 20;

const id = (name: string) =>
  z
    .string({
      required_error: `${name} is required`,
      invalid_type_error: `${name} must be a string`,
    })
    .trim()
    .min(1, `${name} is empty`)
    .max(255, `${name} is longer than 255 characters`);

const ref = z
  .string({ invalid_type_error: 'entityRef must be a string' })
  .max(255, 'entityRef is longer than 255 characters')
  .transform((value, ctx) => {
    const canonical = evidenceRef(value);
    if (!canonical) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${value}" is not a takeaway or talk ref; expected takeaway:<namespace>/<name> or talk:<namespace>/<name>`,
      });
      return z.NEVER;
    }
    return canonical;
  });

const citationSchema = z
  .object({
    entryId: id('entryId'),
    moveDate: id('moveDate').optional(),
    entityRef: ref,
  })
  .strict();

const proposalSchema = z
  .object({
    entryId: id('entryId'),
    ringId: id('ringId'),
    rationale: z
      .string({ required_error: 'rationale is required' })
      .trim()
      .min(1, 'rationale is empty: say why the ring should change')
      .max(
        MAX_RATIONALE_LENGTH,
        `rationale is longer than ${MAX_RATIONALE_LENGTH} characters`,
      ),
    evidence: z
      .array(ref)
      .max(
        MAX_PROPOSAL_EVIDENCE,
        `evidence lists more than ${MAX_PROPOSAL_EVIDENCE} refs`,
      )
      .default([])
      .transform(refs => [...new Set(refs)]),
  })
  .strict();

function parse<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  body: unknown,
  shape: string,
): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(issue =>
      issue.path.length
        ? `${issue.path.join('.')}: ${issue.message}`
        : issue.message,
    );
    throw new InputError(`Expected ${shape}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The body of `POST /radar/citations`, the ref made canonical; else a 400. */
export function parseCitationRequest(
  body: unknown,
): Required<Pick<CreateRadarCitationRequest, 'entryId' | 'entityRef'>> &
  CreateRadarCitationRequest {
  return parse(
    citationSchema,
    body,
    '{"entryId": "...", "moveDate"?: "YYYY-MM-DD", "entityRef": "takeaway:default/..."}',
  );
}

/** The body of `POST /radar/proposals`, refs canonical and unique; else a 400. */
export function parseProposalRequest(
  body: unknown,
): CreateRadarProposalRequest {
  return parse(
    proposalSchema,
    body,
    '{"entryId": "...", "ringId": "...", "rationale": "...", "evidence": ["takeaway:default/..."]}',
  );
}
