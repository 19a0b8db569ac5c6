import { Entity } from '@backstage/catalog-model';

/** How a talk was given. @public */
export type TalkFormat =
  | 'talk'
  | 'keynote'
  | 'panel'
  | 'lightning'
  | 'workshop'
  | 'tutorial';

/** A conference edition, e.g. KubeCon + CloudNativeCon Europe 2022. @public */
export interface ConferenceEntity extends Entity {
  apiVersion: 'conference-takeaways.dev/v1alpha1';
  kind: 'Conference';
  spec: {
    /** The conference series, e.g. `KubeCon + CloudNativeCon`. */
    series: string;
    /** Human label of this edition, e.g. `Europe 2022`. */
    edition?: string;
    /** e.g. `Europe`, `North America`, `China`, `India`, `Japan`. */
    region?: string;
    city?: string;
    year: number;
    /** ISO 8601 date (YYYY-MM-DD). */
    startDate?: string;
    /** ISO 8601 date (YYYY-MM-DD). */
    endDate?: string;
    owner?: string;
  };
}

/** One talk, keynote or panel at a conference. @public */
export interface TalkEntity extends Entity {
  apiVersion: 'conference-takeaways.dev/v1alpha1';
  kind: 'Talk';
  spec: {
    title: string;
    speakers: string[];
    format?: TalkFormat;
    track?: string;
    /**
     * Entity ref of the conference, e.g. `conference:default/kubecon-eu-2022`;
     * absent when the report citing the talk does not say which conference.
     */
    conference?: string;
    /** http(s) only. */
    recordingUrl?: string;
    /** http(s) only. */
    slidesUrl?: string;
    /** Tool slugs the talk is about. */
    tools?: string[];
    owner?: string;
  };
}

/** Where a takeaway was written down. @public */
// A type alias (not an interface) so it stays assignable to JsonObject,
// which Entity's spec requires.
export type TakeawayReport = {
  title: string;
  author?: string;
  /** ISO 8601 date (YYYY-MM-DD) the report was written. */
  date?: string;
  /** http(s) URL of the published report, when there is one. */
  url?: string;
};

/** One lesson somebody brought back from a conference. @public */
export interface TakeawayEntity extends Entity {
  apiVersion: 'conference-takeaways.dev/v1alpha1';
  kind: 'Takeaway';
  spec: {
    headline: string;
    /** Markdown; rendered sanitised. */
    summary: string;
    report: TakeawayReport;
    /**
     * Entity ref of the conference; absent when the report does not say
     * which conference it covers (the takeaway page shows the gap).
     */
    conference?: string;
    /** Entity refs of talks this takeaway cites. */
    talks?: string[];
    /** Every tool slug mentioned, most central first. */
    tools?: string[];
    /** The subset of `tools` that the takeaway is about (not just mentions). */
    subjectTools?: string[];
    owner?: string;
  };
}

/** Any entity of our kinds. @public */
export type ConferenceTakeawaysEntity =
  | ConferenceEntity
  | TalkEntity
  | TakeawayEntity;
