export interface Config {
  conferenceTakeaways?: {
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
