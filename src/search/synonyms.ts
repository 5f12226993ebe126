/**
 * Reviewed synonym groups for the domain, Estonian and English. Every term in
 * a group finds the others. Add terms here (and a test in test/knowledge-base
 * when the behaviour matters); the settings are applied at every boot.
 */
export const SYNONYM_GROUPS: string[][] = [
  [
    'küberturve',
    'küberturvalisus',
    'infoturve',
    'infoturbe',
    'cyber security',
    'cybersecurity',
    'information security',
  ],
  ['avaandmed', 'avatud andmed', 'open data'],
  ['e-its', 'infoturbestandard', 'eesti infoturbestandard', 'estonian information security standard'],
  ['iske', 'kolmeastmeline etalonturbe süsteem'],
  ['riha', 'riigi infosüsteemi haldussüsteem'],
  ['kov', 'omavalitsus', 'kohalik omavalitsus', 'local government', 'municipality'],
  ['varundamine', 'varundus', 'varukoopia', 'varukoopiad', 'backup', 'backups'],
  ['intsident', 'turvaintsident', 'incident', 'security incident'],
  ['andmehaldus', 'data governance', 'data management'],
  ['teenusedisain', 'service design'],
  ['rahulolu', 'kasutajate rahulolu', 'user satisfaction'],
  ['x-tee', 'x-road'],
  ['bürokratt', 'vestlusrobot', 'chatbot'],
  ['tehisintellekt', 'ai', 'artificial intelligence'],
  ['mitmikautentimine', 'kaheastmeline autentimine', 'mfa', 'multi-factor authentication'],
  ['parool', 'salasõna', 'password'],
  ['hange', 'riigihange', 'procurement'],
  ['volikogu', 'council'],
  ['juhend', 'guide', 'how-to'],
  ['pilveteenus', 'pilveteenused', 'pilveteenuste', 'pilv', 'cloud', 'cloud service', 'cloud services'],
  ['tulemüür', 'firewall'],
  ['logimine', 'logging'],
];

/** Meilisearch's synonym map: each term maps to the rest of its group. */
export function synonymMap(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group)
      map[term] = [...new Set([...(map[term] ?? []), ...group.filter((t) => t !== term)])];
  }
  return map;
}

/** Common Estonian function words that carry no meaning for search. */
export const ESTONIAN_STOP_WORDS = [
  'ja',
  'ning',
  'ega',
  'ehk',
  'või',
  'aga',
  'kuid',
  'et',
  'kui',
  'kas',
  'ka',
  'ei',
  'on',
  'oli',
  'olid',
  'olla',
  'ole',
  'see',
  'seda',
  'selle',
  'sellega',
  'need',
  'neid',
  'nende',
  'mis',
  'mida',
  'mille',
  'kes',
  'keda',
  'kelle',
  'kus',
  'siis',
  'nii',
  'veel',
  'juba',
  'ainult',
  'ise',
  'oma',
  'ta',
  'tema',
  'nad',
  'meie',
  'teie',
  'sest',
  'kuna',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'for',
  'on',
  'is',
  'are',
];
