/**
 * The reviewed search-quality set: what KOV IT specialists type, and which
 * seed guides (by slug) a good search shows in its first five hits. Estonian
 * and English, with and without diacritics, with typos. Measured as recall@5
 * and MRR by `npm run bench` and guarded by test/knowledge-base/search-quality.test.ts.
 *
 * `expected` lists every guide that answers the query (at most five), not
 * only the best one; the order does not matter. To add a case: search for it,
 * read the guides, write down the ones a colleague would want, then run the test.
 */
export interface SearchQualityCase {
  query: string;
  expected: string[];
}

export const searchQualityCases: SearchQualityCase[] = [
  // E-ITS and information security, as typed
  {
    query: 'E-ITS rakendamine',
    expected: ['e-its-rakendamine-kovis-samm-sammult', 'naidisvalla-e-its-teekond'],
  },
  { query: 'e-its moodul', expected: ['e-its-rakendamine-kovis-samm-sammult', 'iske-lt-e-its-ile-uleminek'] },
  { query: 'E-ITS audit', expected: ['e-its-auditi-tellimine', 'e-its-auditi-leidude-koondamine'] },
  {
    query: 'mentorvõrgustik',
    expected: ['e-its-mentorvorgustik-tugi-kovilt-kovile', 'e-its-mentori-tookord'],
  },
  { query: 'ISKE üleminek', expected: ['iske-lt-e-its-ile-uleminek'] },
  {
    query: 'varundus',
    expected: ['varundamine-ja-taastamine-kovis', 'backup-and-recovery-in-local-government'],
  },
  { query: 'taastamine', expected: ['varundamine-ja-taastamine-kovis'] },
  {
    query: 'intsidendi teavitamine',
    expected: [
      'turvaintsidentide-kasitlus-ja-teavitamine',
      'turvaintsidendi-teavitamise-vorm',
      'elvl-intsidendi-kontaktide-nimekiri',
    ],
  },
  {
    query: 'CERT-EE',
    expected: ['turvaintsidentide-kasitlus-ja-teavitamine', 'turvaintsidendi-teavitamise-vorm'],
  },
  { query: 'õiguste haldus', expected: ['identiteedi-ja-oiguste-haldus-kovis'] },
  { query: 'teadlikkuse koolitus', expected: ['infoturbe-teadlikkuse-koolitus-tootajatele'] },
  { query: 'paroolipoliitika', expected: ['paroolipoliitika-ja-mitmikautentimine'] },
  { query: 'mitmikautentimine', expected: ['paroolipoliitika-ja-mitmikautentimine'] },
  { query: 'tulemüür', expected: ['tulemuur-ja-vorgu-segmenteerimine'] },
  { query: 'võrgu segmenteerimine', expected: ['tulemuur-ja-vorgu-segmenteerimine'] },
  { query: 'X-tee turvaserver', expected: ['x-tee-turvaserveri-haldus'] },
  { query: 'pilveteenused', expected: ['pilveteenuste-turvaline-kasutamine-kovis'] },
  { query: 'logide haldus', expected: ['logimine-ja-logide-haldus'] },
  { query: 'veebilehe turvalisus', expected: ['veebirakenduste-turvalisus-kovis'] },
  { query: 'infoturbepoliitika', expected: ['infoturbepoliitika-mall-kovile'] },
  // Data, services and democracy
  {
    query: 'RIHA',
    expected: ['infosusteemide-registreerimine-rihas', 'andmekirjelduste-koostamine-rihakesega'],
  },
  {
    query: 'avaandmed',
    expected: ['avaandmete-avaldamine-kovis', 'publishing-open-data-in-local-government'],
  },
  { query: 'andmehaldus', expected: ['andmehalduse-raamistik-kovile'] },
  { query: 'andmekirjeldus', expected: ['andmekirjelduste-koostamine-rihakesega'] },
  { query: 'isikuandmed', expected: ['isikuandmete-kaitse-kovis'] },
  {
    query: 'rahulolu mõõtmine',
    expected: ['kasutajate-rahulolu-moodmine-skaalal-1-10', 'measuring-user-satisfaction-on-a-scale-of-1-10'],
  },
  { query: 'teenusedisain', expected: ['teenuse-standard-ja-teenusedisain'] },
  { query: 'teenuste kaardistamine', expected: ['kov-teenuste-kaardistamine-koks-ulesannetest'] },
  { query: 'sündmusteenused', expected: ['sundmusteenused-ja-kov-roll'] },
  {
    query: 'IT konsolideerimine',
    expected: ['it-teenuste-korraldamine-ja-konsolideerimine-kovis', 'naidisvalla-it-konsolideerimine'],
  },
  {
    query: 'IT juhtimine',
    expected: ['it-juhtimise-mudelid-kovis', 'it-governance-models-in-local-government'],
  },
  { query: 'tarkvarahange', expected: ['tarkvarahanke-juhend-kovile'] },
  { query: 'Anna Teada', expected: ['anna-teada-liidestamine-api'] },
  { query: 'volikogu istung', expected: ['volis-ja-haaletamine-virtuaalsel-volikogu-istungil'] },
  { query: 'kaasav eelarve', expected: ['kaasav-eelarve-digitaalselt'] },
  {
    query: 'Bürokratt',
    expected: ['burokratt-vestlusrobot-kov-veebis', 'burokratt-chatbot-on-the-local-government-website'],
  },
  {
    query: 'tehisintellekt',
    expected: [
      'tehisintellekti-kasutamise-pohimotted-kovis',
      'principles-for-using-artificial-intelligence-in-local-government',
    ],
  },
  { query: 'seminarid', expected: ['kov-it-vorgustiku-seminarid-kuidas-osaleda'] },
  // Without diacritics, with typos
  {
    query: 'kuberturve',
    expected: [
      'e-its-rakendamine-kovis-samm-sammult',
      'infoturbe-teadlikkuse-koolitus-tootajatele',
      'infoturbepoliitika-mall-kovile',
      'turvaintsidentide-kasitlus-ja-teavitamine',
      'elvl-tootajate-infoturbe-meelespea',
    ],
  },
  { query: 'varundamne', expected: ['varundamine-ja-taastamine-kovis'] },
  { query: 'oiguste haldus', expected: ['identiteedi-ja-oiguste-haldus-kovis'] },
  { query: 'tulemuur', expected: ['tulemuur-ja-vorgu-segmenteerimine'] },
  {
    query: 'burokratt',
    expected: ['burokratt-vestlusrobot-kov-veebis', 'burokratt-chatbot-on-the-local-government-website'],
  },
  { query: 'sundmusteenused', expected: ['sundmusteenused-ja-kov-roll'] },
  { query: 'paroolipoliitka', expected: ['paroolipoliitika-ja-mitmikautentimine'] },
  { query: 'isikuandmete kaitse', expected: ['isikuandmete-kaitse-kovis'] },
  // English
  {
    query: 'backup',
    expected: ['backup-and-recovery-in-local-government', 'varundamine-ja-taastamine-kovis'],
  },
  {
    query: 'incident reporting',
    expected: ['security-incident-handling-and-reporting', 'turvaintsidentide-kasitlus-ja-teavitamine'],
  },
  {
    query: 'password policy',
    expected: ['password-policy-and-multi-factor-authentication', 'paroolipoliitika-ja-mitmikautentimine'],
  },
  {
    query: 'open data',
    expected: ['publishing-open-data-in-local-government', 'avaandmete-avaldamine-kovis'],
  },
  {
    query: 'chatbot',
    expected: ['burokratt-chatbot-on-the-local-government-website', 'burokratt-vestlusrobot-kov-veebis'],
  },
  {
    query: 'artificial intelligence',
    expected: [
      'principles-for-using-artificial-intelligence-in-local-government',
      'tehisintellekti-kasutamise-pohimotted-kovis',
    ],
  },
  {
    query: 'IT governance',
    expected: ['it-governance-models-in-local-government', 'it-juhtimise-mudelid-kovis'],
  },
  {
    query: 'user satisfaction',
    expected: ['measuring-user-satisfaction-on-a-scale-of-1-10', 'kasutajate-rahulolu-moodmine-skaalal-1-10'],
  },
  {
    query: 'E-ITS case study',
    expected: ['case-study-e-its-journey-of-a-sample-municipality', 'naidisvalla-e-its-teekond'],
  },
];
