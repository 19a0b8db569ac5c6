/**
 * Id of the tool page's section where evidence is cited: the radar dialog
 * links to `<tool page>#cite-evidence`.
 */
export const CITE_SECTION_ID = 'cite-evidence';
