import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of the conference-takeaways plugin family. */
  conferenceTakeaways?: {
    /** Where the catalog module reads trip reports from. */
    reports?: {
      /**
       * Locations holding trip reports (Markdown, plain text, descriptor
       * YAML, program JSON). Read in this order; when two locations produce
       * the same entity, the first one wins.
       */
      locations: Array<{
        /**
         * A local directory or file, relative to the backend's working
         * directory, or an http(s) URL the backend's UrlReader supports
         * (e.g. a GitHub tree URL). Other URL schemes are rejected.
         */
        target: string;
        /**
         * For URL targets: `tree` reads a directory with the UrlReader's
         * `readTree` (needs an `integrations` entry for the host, e.g. GitHub
         * or GitLab); `file` reads one file with `readUrl` (any host allowed
         * by `backend.reading.allow`). Defaults to `file` when the URL ends
         * in a report file name (`.md`, `.txt`, `.yaml`, …), else `tree`.
         */
        type?: 'tree' | 'file';
        /**
         * Catalog namespace of the entities read from this location.
         * Defaults to `default`.
         */
        namespace?: string;
      }>;
      /**
       * How often the locations are read. Defaults to every 30 minutes with
       * a 3 minute timeout, starting 3 seconds after startup.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Files larger than this many bytes are skipped. Defaults to 1 MiB. */
      maxFileBytes?: number;
      /**
       * Milliseconds one file may take to parse; a slower file is skipped
       * with a warning naming it. Parsing runs in a worker thread, so the
       * backend keeps answering meanwhile. Defaults to 10000.
       */
      parseTimeoutMs?: number;
      /**
       * How much one report file may contribute; what exceeds is cut with a
       * warning naming the report.
       */
      limits?: {
        /** Takeaways kept per report. Defaults to 200. */
        takeawaysPerReport?: number;
        /** Talks kept per file (a program export lists a whole conference). Defaults to 1000. */
        talksPerReport?: number;
        /** Conferences kept per file. Defaults to 20. */
        conferencesPerReport?: number;
        /** Characters of a headline or title. Defaults to 200. */
        titleLength?: number;
        /** Characters of a takeaway summary. Defaults to 20000. */
        summaryLength?: number;
      };
      /**
       * Annotations besides `conference-takeaways.dev/*` that entities
       * written in reports may carry, e.g. `example.com/team`. Any other is
       * dropped with a warning naming the report. Defaults to none.
       */
      allowedAnnotations?: string[];
      /**
       * Most terms read from the organisation's own tools before each
       * refresh: tool entities (`conference-takeaways.dev/tool`), the
       * `conference-takeaways.dev/tools` annotation and the tech radar's
       * entry titles (`conferenceTakeaways.radar.location`). Beyond it,
       * reading stops with a warning naming this setting. Defaults to 5000.
       */
      maxOrganisationTerms?: number;
    };
    /**
     * Extra entries for the tool dictionary, e.g. in-house tools or extra
     * aliases for known ones (an entry with a known slug extends it). The
     * dictionary is the curated tools plus the CNCF landscape; these entries
     * are used by report extraction, search and the trends chart. A wrong
     * entry is logged naming it and skipped.
     */
    tools?: Array<{
      /** Stable id: lower-case letters, digits and single hyphens, e.g. `argo-cd`. */
      slug: string;
      /** Display name; also matched in report text. */
      name: string;
      /** Other spellings matched in report text and tags. */
      aliases?: string[];
      /** https URL of the tool's home page. */
      homepage?: string;
      maturity?: 'graduated' | 'incubating' | 'sandbox' | 'none';
      /** Broad category, e.g. `service-mesh`. */
      category?: string;
      /** Match the name and aliases only with the exact casing given. */
      caseSensitive?: boolean;
      /** A tool nearly every service uses; it counts little in rankings. */
      ubiquitous?: boolean;
    }>;
    /**
     * Extra conference series, or more names, regions and editions for a
     * built-in one (an entry with a known id extends it; its name may then
     * be left out). A wrong entry is logged naming it and skipped.
     */
    conferences?: Array<{
      /** Stable id, the prefix of entity names, e.g. `srecon`. */
      id: string;
      /** Display name; also matched in report text. */
      name?: string;
      /** Other names matched in titles, tags and text (any case). */
      aliases?: string[];
      /** Names that are also common words; they count only with a year, region or city after them. */
      weakAliases?: string[];
      /** Events held alongside an edition and reported as part of it. */
      coLocated?: string[];
      /** Regions the series is held in; `code` goes into entity names. */
      regions?: Array<{ name: string; code: string; aliases?: string[] }>;
      /** Editions are told apart by city (`devopsdays-ghent-2019`). */
      editionsByCity?: boolean;
      /** City of every edition that names none. */
      city?: string;
      /** Known editions; a report's year, region, city or dates pick one. */
      editions?: Array<{
        year: number;
        /** One of the series' regions (for editionsByCity: the city). */
        region?: string;
        city?: string;
        /** YYYY-MM-DD */
        startDate?: string;
        /** YYYY-MM-DD */
        endDate?: string;
        online?: boolean;
      }>;
    }>;
  };
}
