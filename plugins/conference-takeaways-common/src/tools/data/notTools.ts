/**
 * Names of places, companies and characters that contain a tool's name
 * ("Hong Kong" is not Kong). Matched like tool spellings, longest first,
 * so their words are consumed and name no tool.
 */
export const NOT_TOOL_PHRASES: readonly string[] = [
  'Hong Kong',
  'King Kong',
  'Donkey Kong',
  'Pearl Harbor',
  'Bar Harbor',
  'Gig Harbor',
  'Safe Harbor',
  'Port Louis',
  'Port Said',
  'Port Moresby',
  'Port of Spain',
  'Flux Capacitor',
  'Envoy Air',
  'Spark Plug',
];
