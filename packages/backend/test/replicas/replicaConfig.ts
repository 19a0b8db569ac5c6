import { exampleCatalogConfig, examplePaths } from '../examplePortal';

export interface ReplicaConfigOptions {
  port: number;
  /** PostgreSQL server URL; each plugin gets a database `<prefix><plugin>`. */
  postgresUrl: string;
  databasePrefix: string;
  /** Shown in pg_stat_activity, so the test can tell the replicas apart. */
  applicationName: string;
  /** Static token both replicas accept (the shared secret). */
  token: string;
  reportsDir: string;
}

/**
 * The complete config of one replica. Everything but the port and the
 * PostgreSQL application name is the same for all replicas, as in a real
 * deployment. The refresh runs every 5 s with a short timeout so the test
 * sees several runs, and a lost run expires quickly.
 */
export function replicaConfig(options: ReplicaConfigOptions) {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const url = new URL(options.postgresUrl);
  return {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { host: '127.0.0.1', port: options.port },
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token: options.token, subject: 'replica-test' },
          },
        ],
      },
      database: {
        client: 'pg',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          user: decodeURIComponent(url.username || 'postgres'),
          password: decodeURIComponent(url.password),
          application_name: options.applicationName,
        },
        prefix: options.databasePrefix,
      },
    },
    catalog: exampleCatalogConfig(),
    conferenceTakeaways: {
      reports: {
        locations: [{ target: options.reportsDir }],
        schedule: {
          frequency: { seconds: 5 },
          timeout: { seconds: 6 },
          initialDelay: { seconds: 1 },
        },
      },
      radar: { location: examplePaths.radar },
    },
    permission: { enabled: true },
  };
}
