export interface Config {
  conferenceTakeaways?: {
    radar?: {
      /**
       * Groups whose members may cite takeaways and talks as evidence for
       * radar moves and propose radar moves (the
       * `conference-takeaways.radar.cite` permission), as read by this
       * example backend's permission policy. Group refs or names in the
       * default namespace; default `group:default/platform-team`.
       */
      citeGroups?: string[];
    };
  };
}
