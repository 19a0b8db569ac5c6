/**
 * Whether a few words have the shape of a person's name. No list of names:
 * capitalised words (any script), name particles, hyphens, apostrophes and
 * initials are accepted; words that name roles, organisations or are English
 * function words are not, because they are what sits next to names in
 * bylines ("Staff Engineer", "Kong Inc.", "The Linux Foundation").
 */

/** Lower-case particles inside names: "Ludwig van Beethoven", "Rui da Silva". */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'di',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'ter',
  'ten',
  'af',
  'al',
  'el',
  'y',
  'zu',
]);

/** Words of job titles, which follow names in bylines. */
const ROLE_WORDS = new Set(
  (
    'engineer engineering developer advocate architect manager director lead head ' +
    'founder co-founder cofounder ceo cto cio coo ciso vp svp evp president chief officer ' +
    'principal staff senior sr jr junior maintainer evangelist consultant researcher ' +
    'scientist professor student intern member chair owner product program programme ' +
    'software site reliability distinguished fellow specialist analyst sre devops ' +
    'ambassador contributor creator author host technical tech solutions ' +
    'customer partner community team project leader expert manager'
  ).split(' '),
);

/** Words that mark an organisation: "Kong Inc.", "Grafana Labs", "Ant Group". */
const ORGANISATION_WORDS = new Set(
  (
    'inc ltd llc llp gmbh ag sa bv ab oy plc pte corp corporation co company labs lab ' +
    'group foundation university universität université institute college school ' +
    'technologies technology systems software solutions networks cloud security bank ' +
    'capital studios studio services consulting ventures holdings partners media ' +
    'digital data global international industries enterprises association ' +
    'organization organisation agency government ministry council'
  ).split(' '),
);

/** Capitalised function words: they start titles and sentences, not names. */
const FUNCTION_WORDS = new Set(
  (
    'the a an your our my their his her its this that these those how why what when ' +
    'where who which whose is are was were be been do does did not no all every any ' +
    'some from with without into onto of for to in on at by and or but nor vs versus ' +
    'via i we you they it he she me us them if then than so as about after before ' +
    'over under between through beyond towards toward using use let lets ' +
    'new more most less next last first day days week keynote keynotes talk talks ' +
    'session sessions panel workshop tutorial demo intro introduction welcome'
  ).split(' '),
);

const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Name prefixes before an inner capital: McMenemy, LeRay, DSouza, O'Neil. */
const INNER_CAPITAL =
  /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|Fitz|St|D|O['’])\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const UNCASED_SCRIPT = /^[\p{Lo}\p{M}]+$/u; // CJK, Devanagari, ... have no case

/** True for role or organisation words, which mark an affiliation. */
export function isAffiliationWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/[.,]+$/, '');
  return ROLE_WORDS.has(bare) || ORGANISATION_WORDS.has(bare);
}

/** "Jane", "O'Neil", "Fong-Jones", "McMenemy", "J.", "I.V.", "张伟". */
export function isNameWord(word: string): boolean {
  if (INITIALS.test(word) || UNCASED_SCRIPT.test(word)) {
    return true;
  }
  if (!CAPITALISED.test(word)) {
    return false;
  }
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower) || isAffiliationWord(lower)) {
    return false;
  }
  // acronyms (AWS, UC) and brand casing (KubeCon, SchedMD) are not names;
  // hyphenated parts are checked one by one (Fong-Jones)
  return word
    .split('-')
    .every(
      part =>
        !part ||
        /^\p{Lu}[\p{Ll}\p{M}'’]*$/u.test(part) ||
        INNER_CAPITAL.test(part),
    );
}

/** True when `word` is a name particle ("van", "de"). */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/**
 * True when `text` is shaped like a person's name: two to five name words
 * (one when `allowSingleWord`, as in "by Flynn"), particles only inside.
 */
export function looksLikePersonName(
  text: string,
  options: { allowSingleWord?: boolean } = {},
): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 5 || !words[0]) {
    return false;
  }
  if (isNameParticle(words[0]) || isNameParticle(words[words.length - 1])) {
    return false;
  }
  if (!words.every(w => isNameWord(w) || isNameParticle(w))) {
    return false;
  }
  const nameWords = words.filter(w => !isNameParticle(w));
  if (nameWords.length === 1) {
    // a lone initial is not a name; a lone word only where the caller says so
    return Boolean(options.allowSingleWord) && !INITIALS.test(nameWords[0]);
  }
  return !nameWords.every(w => INITIALS.test(w));
}

/**
 * The longest run of name words at the start of `text` that looks like a
 * person's name, and what follows it: "Greg Taylor referenced OPA" ⇒
 * { name: "Greg Taylor", rest: "referenced OPA" }.
 */
export function leadingName(
  text: string,
  options: { allowSingleWord?: boolean } = {},
): { name: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/).slice(0, 8);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const candidate = words.slice(0, n);
    const last = candidate[n - 1];
    // "Doe," or "Doe:" ends the name at the punctuation
    const trailing = /[,;:!?)]+$/.exec(last);
    const bareLast = trailing ? last.slice(0, trailing.index) : last;
    const name = [...candidate.slice(0, n - 1), bareLast].join(' ');
    const punctuatedInside = candidate
      .slice(0, n - 1)
      .some(w => /[,;:!?)]$/.test(w));
    if (!punctuatedInside && looksLikePersonName(name, options)) {
      const rest = text.trim().split(/\s+/).slice(n).join(' ');
      return { name, rest: `${trailing?.[0] ?? ''} ${rest}`.trim() };
    }
  }
  return undefined;
}
