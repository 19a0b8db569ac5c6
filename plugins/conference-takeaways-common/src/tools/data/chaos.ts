import { ToolDefinition } from '../types';

/** Chaos engineering: fault injection and resilience testing. */
export const CHAOS_TOOLS: ToolDefinition[] = [
  {
    slug: 'chaos-mesh',
    name: 'Chaos Mesh',
    aliases: ['ChaosMesh'],
    homepage: 'https://chaos-mesh.org',
    maturity: 'incubating',
    category: 'chaos',
  },
  {
    // "a litmus test" is an idiom; the project is capitalised.
    slug: 'litmus',
    name: 'LitmusChaos',
    caseSensitive: true,
    aliases: ['Litmus', 'Litmus Chaos'],
    unambiguousAliases: ['litmuschaos', 'litmus chaos'],
    homepage: 'https://litmuschaos.io',
    maturity: 'incubating',
    category: 'chaos',
  },
  {
    slug: 'chaos-toolkit',
    name: 'Chaos Toolkit',
    homepage: 'https://chaostoolkit.org',
    maturity: 'none',
    category: 'chaos',
  },
  {
    slug: 'chaosblade',
    name: 'ChaosBlade',
    homepage: 'https://chaosblade.io',
    maturity: 'sandbox',
    category: 'chaos',
  },
  {
    slug: 'krkn',
    name: 'Krkn',
    aliases: ['Kraken chaos'],
    homepage: 'https://krkn-chaos.dev',
    maturity: 'sandbox',
    category: 'chaos',
  },
  {
    slug: 'gremlin',
    name: 'Gremlin',
    caseSensitive: true,
    unambiguousAliases: ['gremlin.com'],
    homepage: 'https://www.gremlin.com',
    maturity: 'none',
    category: 'chaos',
  },
  {
    slug: 'chaos-monkey',
    name: 'Chaos Monkey',
    homepage: 'https://netflix.github.io/chaosmonkey/',
    maturity: 'none',
    category: 'chaos',
  },
];
