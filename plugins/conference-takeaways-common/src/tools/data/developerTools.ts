import { ToolDefinition } from '../types';

/**
 * Open-source tools engineers name in trip reports that the CNCF landscape
 * does not list (or lists without a repository): application frameworks,
 * ML frameworks, tracing and testing tools, kubectl helpers.
 */
export const DEVELOPER_TOOLS: ToolDefinition[] = [
  {
    slug: 'spark',
    name: 'Apache Spark',
    // "spark" is a verb: the short name counts capitalised mid-sentence only.
    aliases: ['Spark'],
    caseSensitive: true,
    commonWord: true,
    unambiguousAliases: ['PySpark', 'spark-submit'],
    homepage: 'https://spark.apache.org',
    maturity: 'none',
    category: 'data',
  },
  {
    slug: 'pytorch',
    name: 'PyTorch',
    homepage: 'https://pytorch.org',
    maturity: 'none',
    category: 'ml-framework',
  },
  {
    slug: 'ray',
    name: 'Ray',
    caseSensitive: true,
    commonWord: true,
    unambiguousAliases: ['ray-project'],
    homepage: 'https://www.ray.io',
    maturity: 'none',
    category: 'ml-framework',
  },
  {
    slug: 'jupyterhub',
    name: 'JupyterHub',
    homepage: 'https://jupyter.org/hub',
    maturity: 'none',
    category: 'ml-framework',
  },
  {
    slug: 'bpftrace',
    name: 'bpftrace',
    homepage: 'https://bpftrace.org',
    maturity: 'none',
    category: 'observability',
  },
  {
    slug: 'bcc',
    name: 'BCC',
    caseSensitive: true,
    unambiguousAliases: ['iovisor/bcc', 'BPF Compiler Collection'],
    homepage: 'https://github.com/iovisor/bcc',
    maturity: 'none',
    category: 'observability',
  },
  {
    slug: 'apparmor',
    name: 'AppArmor',
    homepage: 'https://apparmor.net',
    maturity: 'none',
    category: 'security',
  },
  {
    slug: 'testcontainers',
    name: 'Testcontainers',
    homepage: 'https://testcontainers.com',
    maturity: 'none',
    category: 'testing',
  },
  {
    slug: 'spring-boot',
    name: 'Spring Boot',
    caseSensitive: true,
    homepage: 'https://spring.io/projects/spring-boot',
    maturity: 'none',
    category: 'application-framework',
  },
  {
    slug: 'angular',
    name: 'Angular',
    caseSensitive: true,
    commonWord: true,
    unambiguousAliases: ['AngularJS'],
    homepage: 'https://angular.dev',
    maturity: 'none',
    category: 'application-framework',
  },
  {
    slug: 'kubectx',
    name: 'kubectx',
    aliases: ['kubens'],
    homepage: 'https://github.com/ahmetb/kubectx',
    maturity: 'none',
    category: 'developer-experience',
  },
];
