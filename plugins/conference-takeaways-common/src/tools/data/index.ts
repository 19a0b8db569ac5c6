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
import { AUTOMATION_TOOLS, GO_TOOLS } from './automation';
import { CLOUD_SERVICE_TOOLS } from './cloudServices';
import { BROWSER_TOOLS, DEV_ENVIRONMENT_TOOLS } from './devEnvironments';
import { FRAMEWORK_TOOLS, TESTING_TOOLS } from './frameworks';
import { ML_INFRASTRUCTURE_TOOLS } from './mlInfrastructure';
import { NETWORK_PRODUCT_TOOLS } from './networkProducts';
import {
  DELIVERY_PRODUCT_TOOLS,
  OBSERVABILITY_PRODUCT_TOOLS,
} from './operationsProducts';
import { DATA_TOOLS, SECURITY_PRODUCT_TOOLS } from './securityProducts';
import { OPERATING_SYSTEM_TOOLS, SELF_HOSTING_TOOLS } from './selfHosting';

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
  // Widely used software outside the CNCF that trip reports name.
  ...FRAMEWORK_TOOLS,
  ...TESTING_TOOLS,
  ...CLOUD_SERVICE_TOOLS,
  ...NETWORK_PRODUCT_TOOLS,
  ...DEV_ENVIRONMENT_TOOLS,
  ...BROWSER_TOOLS,
  ...AUTOMATION_TOOLS,
  ...GO_TOOLS,
  ...SELF_HOSTING_TOOLS,
  ...OPERATING_SYSTEM_TOOLS,
  ...ML_INFRASTRUCTURE_TOOLS,
  ...OBSERVABILITY_PRODUCT_TOOLS,
  ...DELIVERY_PRODUCT_TOOLS,
  ...SECURITY_PRODUCT_TOOLS,
  ...DATA_TOOLS,
];
