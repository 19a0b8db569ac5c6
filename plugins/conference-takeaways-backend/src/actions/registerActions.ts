import { ActionDeps } from './ActionDeps';
import { registerRadarEvidenceAction } from './radarEvidenceAction';
import { registerRelevantItemsAction } from './relevantItemsAction';
import { registerSearchTakeawaysAction } from './searchTakeawaysAction';
import { registerToolKnowledgeAction } from './toolKnowledgeAction';

/**
 * Registers the plugin's read-only actions with the actions registry, which
 * serves them to other plugins and, through the MCP actions backend, to AI
 * assistants. Each reads the catalog with the caller's credentials.
 */
export function registerActions(deps: ActionDeps) {
  registerRelevantItemsAction(deps);
  registerToolKnowledgeAction(deps);
  registerRadarEvidenceAction(deps);
  registerSearchTakeawaysAction(deps);
}
