import { ToolDefinition } from '../types';
import { CHAOS_TOOLS } from './chaos';
import { DELIVERY_TOOLS } from './delivery';
import { DEVELOPER_TOOLS } from './developerTools';
import { EVERYDAY_NAME_TOOLS } from './everydayNames';
import { NETWORKING_TOOLS } from './networking';
import { OBSERVABILITY_TOOLS } from './observability';
import { ORCHESTRATION_TOOLS } from './orchestration';
import { PLATFORM_TOOLS } from './platform';
import { RUNTIME_TOOLS } from './runtime';
import { SECURITY_TOOLS } from './security';
import { STORAGE_TOOLS } from './storage';
import { WORKLOAD_TOOLS } from './workloads';

/**
 * The built-in tool dictionary: CNCF graduated, incubating and sandbox
 * projects, neighbouring tools teams compare them with, and the concepts
 * (eBPF, WebAssembly, Gateway API) teams adopt like tools. Maturity is the
 * CNCF level as of early 2026; sub-projects carry their umbrella's level.
 *
 * @public
 */
export const TOOL_DICTIONARY: ToolDefinition[] = [
  ...ORCHESTRATION_TOOLS,
  ...RUNTIME_TOOLS,
  ...NETWORKING_TOOLS,
  ...OBSERVABILITY_TOOLS,
  ...DELIVERY_TOOLS,
  ...PLATFORM_TOOLS,
  ...SECURITY_TOOLS,
  ...STORAGE_TOOLS,
  ...WORKLOAD_TOOLS,
  ...CHAOS_TOOLS,
  ...EVERYDAY_NAME_TOOLS,
  ...DEVELOPER_TOOLS,
];
