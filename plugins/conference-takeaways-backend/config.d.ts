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
     * `POST /preview`, where signed-in users see what the portal would
     * extract from a report before committing it (the "Try a report" page).
     */
    preview?: {
      /**
       * Largest report read, pasted or at a URL, in bytes; a larger one is
       * answered with 413. Whole number from 1 to 10485760; default 1048576
       * (the size ingestion reads). A wrong value is logged and the default
       * used.
       */
      maxBytes?: number;
    };
    /**
     * Bounds on what one response carries, so a catalog with thousands of
     * takeaways about one tool still answers in small pages. A wrong value
     * is logged naming the setting and its default is used.
     */
    /**
     * How the plugin reads the catalog. A wrong value is logged naming the
     * setting and its default is used.
     */
    catalog?: {
      /**
       * Most catalog requests the plugin has in flight at once; more wait
       * their turn. Each catalog request makes the catalog ask the
       * permission backend, so this bounds that traffic too under a burst
       * of page views. Whole number from 1 to 100; default 10.
       */
      maxConcurrentRequests?: number;
      /**
       * Seconds between two checks of the catalog for new, changed or
       * removed takeaways, talks, conferences, components, systems, APIs
       * and resources, which rankings and the explorer read from memory.
       * A check reads only refs and etags; changed entities are then read
       * in full. Whole number from 5 to 3600; default 30.
       */
      indexRefreshSeconds?: number;
      /**
       * Most of those entities kept in memory (about 2 KB each); beyond it
       * the rest are left out and an error is logged. Whole number from 100
       * to 1000000; default 100000.
       */
      indexMaxEntities?: number;
      /**
       * Seconds the answer to "may this caller read every catalog entity?"
       * is reused for requests with the same token (concurrent requests
       * always share one check). Such callers are answered from the index
       * without filtering. A new token asks again. Whole number from 0
       * (ask on every request) to 300; default 10.
       */
      permissionReuseSeconds?: number;
    };
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
