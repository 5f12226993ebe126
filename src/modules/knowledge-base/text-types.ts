/**
 * The attachment types whose text is taken out for search. Apart from the
 * extractors themselves (text-extraction.ts), so the API can tell without
 * loading the PDF and Office readers, which only the worker thread needs.
 */
export const TEXT_BEARING_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/plain',
  'text/csv',
  'text/markdown',
] as const;

export type TextBearingType = (typeof TEXT_BEARING_TYPES)[number];

const textBearing: ReadonlySet<string> = new Set(TEXT_BEARING_TYPES);

/** Whether text is taken from files of this type (images and archives: no). */
export const bearsText = (contentType: string): contentType is TextBearingType =>
  textBearing.has(contentType);
