/*
 * Entities reach the collator already validated by the catalog, but a
 * missing optional field or an entity from an older schema version must
 * never break the whole collation run, so every field is read defensively.
 */

/** A trimmed non-empty string, or undefined. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The non-empty strings of a list; anything else gives an empty list. */
export function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap(item => {
    const text = optionalString(item);
    return text ? [text] : [];
  });
}

/** A finite number, or undefined. */
export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

/** Distinct values in first-seen order, compared case-insensitively. */
export function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter(value => {
    const key = value.toLocaleLowerCase('en-US');
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** A plain object, or an empty one. */
export function objectField(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `label: value`, or undefined when the value is missing. */
export function labelled(label: string, value: unknown): string | undefined {
  const text = optionalString(value);
  return text && `${label}: ${text}`;
}
