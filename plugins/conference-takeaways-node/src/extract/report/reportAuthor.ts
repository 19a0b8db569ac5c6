import { TextBlock } from '../plainTextBlocks';
import { parseSpeakerList } from '../text';

/** How far from the top a byline may stand. */
const BYLINE_SEARCH_BLOCKS = 6;
/** Bylines end at the first separator: "by A, B · 5 min read". */
const BYLINE = /^(?:written\s+|posted\s+)?by\s+([^|·•—–\d]{1,200})/i;

/** The author(s) a byline near the top names, when front matter did not. */
export function reportAuthor(blocks: TextBlock[]): string | undefined {
  for (const block of blocks.slice(0, BYLINE_SEARCH_BLOCKS)) {
    const byline = BYLINE.exec(block.text);
    if (byline) {
      const { speakers } = parseSpeakerList(byline[1]);
      if (speakers.length) {
        return speakers.join(', ');
      }
    }
  }
  return undefined;
}
