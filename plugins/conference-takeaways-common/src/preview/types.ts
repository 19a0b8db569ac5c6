/**
 * Types of `POST /api/conference-takeaways/preview`: what the portal would
 * extract from one report, before it is committed.
 */

/** Body of `POST /preview`: the report's text, or a URL to read it from. @public */
export type PreviewRequest =
  | {
      text: string;
      /** Decides the format (`.md`, `.txt`, ...); `report.md` when absent. */
      fileName?: string;
    }
  | {
      /** http(s) URL on a host the backend may read (backend.reading.allow). */
      url: string;
    };

/** A tool as a preview names it. @public */
export interface PreviewTool {
  slug: string;
  name: string;
}

/** A talk the report cites. @public */
export interface PreviewTalk {
  /** The entity name the talk would get. */
  name: string;
  title: string;
  speakers: string[];
  recordingUrl?: string;
  slidesUrl?: string;
  tools: PreviewTool[];
}

/** A takeaway the report yields. @public */
export interface PreviewTakeaway {
  /** The entity name the takeaway would get. */
  name: string;
  headline: string;
  /** Markdown; render it sanitised. */
  summary: string;
  /** Every tool named, most central first. */
  tools: PreviewTool[];
  /** The tools it is about. */
  subjectTools: PreviewTool[];
  /** Titles of the talks it cites. */
  talks: string[];
}

/** The conference the report covers. @public */
export interface PreviewConference {
  /** The entity name, e.g. `kubecon-eu-2022`. */
  name: string;
  title: string;
  year?: number;
  startDate?: string;
  endDate?: string;
  location?: string;
}

/** Response of `POST /preview`. @public */
export interface PreviewResponse {
  /** The file name the report was read as. */
  fileName: string;
  /** Absent when the report does not say, and it could not be inferred. */
  conference?: PreviewConference;
  report: { title?: string; author?: string; date?: string };
  takeaways: PreviewTakeaway[];
  talks: PreviewTalk[];
  /** Every tool any takeaway or talk names. */
  tools: PreviewTool[];
  /** What was inferred rather than read, what is unknown, and problems. */
  warnings: string[];
  /** The report with front matter stating what was extracted. */
  suggestedFile: {
    fileName: string;
    /** The front matter alone, as YAML. */
    frontmatter: string;
    content: string;
  };
}
