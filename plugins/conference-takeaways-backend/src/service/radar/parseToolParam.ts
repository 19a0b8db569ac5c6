import { InputError } from '@backstage/errors';

// Slugs, names and aliases: `linkerd`, `argo-cd`, `Argo CD`, `OTel`, `cert-manager`.
const TOOL_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._+-]{0,99}$/u;

/** Checks the `:tool` path parameter of `GET /tools/:tool`. */
export function parseToolParam(value: string): string {
  const name = value.trim();
  if (!TOOL_NAME.test(name)) {
    throw new InputError(
      `Invalid tool "${value}": expected a tool slug, name or alias such as linkerd or argo-cd (letters, digits, spaces, . _ + -; at most 100 characters)`,
    );
  }
  return name;
}
