/**
 * The full tool dictionary, with the CNCF landscape: a separate entry point
 * so that browser code importing the package never bundles it.
 *
 * @packageDocumentation
 */
export { landscapeToolDictionary } from './tools/landscape/landscapeToolDictionary';
export { LANDSCAPE_TOOLS } from './tools/landscape/landscapeTools.generated';
