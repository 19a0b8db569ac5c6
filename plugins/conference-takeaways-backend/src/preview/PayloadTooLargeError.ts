import { CustomErrorBase } from '@backstage/errors';

/** A body or a document over the size the endpoint reads; answered with 413. */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}
