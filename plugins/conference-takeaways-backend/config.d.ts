export interface Config {
  conferenceTakeaways?: {
    /**
     * Tool dictionary entries of your own, added to the built-in dictionary.
     * An entry with a built-in slug adds its name and aliases as spellings of
     * that tool and fills fields the built-in entry leaves empty. Tags and the
     * `conference-takeaways.dev/tools` annotation are resolved against these.
     */
    tools?: Array<{
      /** Stable lower-case id, letters, digits and dashes, e.g. `argo-cd`. */
      slug: string;
      /** Display name, e.g. `Argo CD`. */
      name: string;
      /** Other spellings people use, e.g. `ArgoCD`. */
      aliases?: string[];
      homepage?: string;
      maturity?: 'graduated' | 'incubating' | 'sandbox' | 'none';
      /** Broad category, e.g. `gitops`. */
      category?: string;
      /** Match the name and aliases only with the exact casing given. */
      caseSensitive?: boolean;
      /** A tool nearly every service uses; it counts little in rankings. */
      ubiquitous?: boolean;
    }>;
    /** The organisation's tech radar, served at `/radar` and on tool pages. */
    radar?: {
      /**
       * The radar file, YAML or JSON in the tech radar's format (quadrants,
       * rings, entries with a timeline), plus `active: false` on phased-out
       * entries and `evidence` (takeaway and talk refs) on timeline moves.
       * Either a local path, relative to the backend's working directory
       * (e.g. `../../examples/tech-radar/radar.yaml`), or an http(s) URL read
       * through the backend's UrlReader (it must be allowed by an
       * integration or `backend.reading.allow`).
       */
      location?: string;
    };
  };
}
