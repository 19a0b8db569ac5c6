import { TalkFormat } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** A talk as a report cites it, before it becomes a Talk entity. */
export interface TalkCitation {
  title: string;
  speakers: string[];
  format?: TalkFormat;
  recordingUrl?: string;
  slidesUrl?: string;
  /** Other http(s) links given for the talk, the schedule page first. */
  links: string[];
}

/** A link found in a list item or heading, e.g. from `[Title](https://...)`. */
export interface ItemLink {
  text: string;
  href: string;
}
