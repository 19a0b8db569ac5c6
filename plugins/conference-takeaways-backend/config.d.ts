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
    /**
     * Bounds on what one response carries, so a catalog with thousands of
     * takeaways about one tool still answers in small pages. A wrong value
     * is logged naming the setting and its default is used.
     */
    responses?: {
      /**
       * Takeaways and talks per page of `GET /tools/:tool` when the request
       * gives no `limit`. Whole number from 1 to 1000; default 20. Larger
       * than `maxPageSize` counts as `maxPageSize`.
       */
      pageSize?: number;
      /**
       * The largest `limit` `GET /tools/:tool` accepts; a larger one is a
       * 400. Whole number from 1 to 1000; default 100.
       */
      maxPageSize?: number;
      /**
       * Most users, teams (and entities named per team) and suggestions on
       * one tool page, and most takeaways and talks linked from one `/radar`
       * entry; the rest are counted (`usedByTotal`, …, or a last radar link
       * to the tool page). Whole number from 1 to 1000; default 50.
       */
      maxListed?: number;
    };
  };
}
