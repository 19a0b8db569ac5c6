import { LoggerService } from '@backstage/backend-plugin-api';
import { ToolHubWarning } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** Distinct messages remembered per radar version; a cap keeps memory flat. */
const MAX_REMEMBERED = 1000;

/**
 * Logs radar warnings (cited refs that cannot be found, entries on hold
 * while used) as the requests that find them come in, each distinct message
 * once per version of the radar file, so every page view does not repeat
 * them. Radar file problems are logged by the RadarSource instead.
 */
export class WarningLog {
  readonly #logger: LoggerService;
  readonly #logged = new Set<string>();
  #version?: number;

  constructor(logger: LoggerService) {
    this.#logger = logger;
  }

  report(warnings: ToolHubWarning[], radarVersion: number | undefined) {
    if (radarVersion !== this.#version) {
      this.#logged.clear();
      this.#version = radarVersion;
    }
    for (const warning of warnings) {
      if (warning.type === 'radar-file' || this.#logged.has(warning.message)) {
        continue;
      }
      if (this.#logged.size >= MAX_REMEMBERED) {
        this.#logged.clear();
      }
      this.#logged.add(warning.message);
      this.#logger.warn(warning.message);
    }
  }
}
