import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { TEXT_BEARING_TYPES, type TextBearingType } from './text-types';

/**
 * The text inside an attached document, for search. Pure: bytes in, text
 * out. It runs in a worker thread (text-extractor.ts), never on the request
 * path, because parsing a PDF can take seconds of CPU and much memory.
 */

/** Why a document gave no text. */
export type ExtractionFailureReason = 'ENCRYPTED' | 'NO_TEXT' | 'CORRUPT' | 'TOO_COMPLEX';

export class ExtractionFailure extends Error {
  constructor(
    readonly reason: ExtractionFailureReason,
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractedText {
  text: string;
  /** The document had more text than `maxChars`; the rest is not indexed. */
  truncated: boolean;
}

type Extractor = (bytes: Uint8Array, text: TextCollector) => Promise<void>;

const openDocument: Extractor = (bytes, text) => zippedXmlText(bytes, text, () => ['content.xml']);

const EXTRACTORS: Record<TextBearingType, Extractor> = {
  'application/pdf': pdfText,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': docxText,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': xlsxText,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': (bytes, text) =>
    zippedXmlText(bytes, text, pptxSlides),
  'application/vnd.oasis.opendocument.text': openDocument,
  'application/vnd.oasis.opendocument.spreadsheet': openDocument,
  'application/vnd.oasis.opendocument.presentation': openDocument,
  'text/plain': plainText,
  'text/csv': plainText,
  'text/markdown': plainText,
};

/**
 * Extracts and normalises the text of a document: whitespace collapsed,
 * paragraphs kept apart by a newline, at most `maxChars` characters. Throws
 * an `ExtractionFailure` for an encrypted, corrupt or textless file.
 */
export async function extractDocumentText(
  bytes: Uint8Array,
  contentType: string,
  maxChars: number,
): Promise<ExtractedText> {
  const extractor = EXTRACTORS[contentType as TextBearingType];
  if (!extractor) throw new Error(`No text extractor for ${contentType}`);
  const text = new TextCollector(maxChars);
  try {
    if (ZIPPED.has(contentType)) await refuseZipBomb(bytes);
    await extractor(bytes, text);
  } catch (error) {
    if (error instanceof ExtractionFailure) throw error;
    if (text.full) return text.result();
    throw new ExtractionFailure('CORRUPT', `The file could not be read: ${describe(error)}`);
  }
  const result = text.result();
  if (!/[\p{L}\p{N}]/u.test(result.text))
    throw new ExtractionFailure('NO_TEXT', 'The file has no text (a scan or an image?).');
  return result;
}

/** Office and OpenDocument files are ZIP archives; their parts are inflated into memory the heap limit does not cover. */
const ZIPPED: ReadonlySet<string> = new Set(
  TEXT_BEARING_TYPES.filter((t) => t.startsWith('application/vnd.')),
);

/** What a document's parts may inflate to, in all. */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/** Refuses an archive whose parts say they inflate to more than MAX_UNZIPPED_BYTES (a "zip bomb"), before inflating any. */
async function refuseZipBomb(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  zip.forEach((_, file) => {
    // The central directory's sizes, read without inflating (JSZip keeps them on its internal _data).
    total += (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > MAX_UNZIPPED_BYTES)
    throw new ExtractionFailure('TOO_COMPLEX', `Its parts inflate to ${Math.round(total / 2 ** 20)} MB.`);
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);

/** Collects paragraphs up to a limit; extractors stop reading once it is full. */
class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  full = false;

  constructor(private readonly maxChars: number) {}

  add(paragraph: string): void {
    if (this.full) return;
    const normalised = paragraph
      .normalize('NFC')
      // Soft hyphens only mark where a word may break: gone, the word is whole again. The private-use
      // characters search marks matches with (src/search/highlights.ts) must not come from a document.
      .replace(/[\u00ad\ue000\ue001]/g, '')
      // Control characters (form feeds, NULs from broken encodings) become spaces.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (!normalised) return;
    const room = this.maxChars - this.length - (this.parts.length ? 1 : 0);
    if (normalised.length > room) {
      // Cut at a word boundary, so the index does not hold half a word.
      const cut = normalised.slice(0, Math.max(room, 0)).replace(/\s+\S*$/, '');
      if (cut) this.parts.push(cut);
      this.full = true;
      return;
    }
    this.parts.push(normalised);
    this.length += normalised.length + (this.parts.length > 1 ? 1 : 0);
  }

  result(): ExtractedText {
    return { text: this.parts.join('\n'), truncated: this.full };
  }
}

async function pdfText(bytes: Uint8Array, text: TextCollector): Promise<void> {
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new ExtractionFailure('ENCRYPTED', 'The PDF is protected by a password.');
    throw new ExtractionFailure('CORRUPT', `The PDF could not be read: ${describe(error)}`);
  }
  try {
    // Page by page, not all at once: a long PDF would otherwise be in memory whole.
    for (let number = 1; number <= pdf.numPages && !text.full; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str + (item.hasEOL ? '\n' : '');
      }
      text.add(line);
      page.cleanup();
    }
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask.destroy();
  }
}

async function docxText(bytes: Uint8Array, text: TextCollector): Promise<void> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  for (const paragraph of value.split(/\n+/)) text.add(paragraph);
}

async function xlsxText(bytes: Uint8Array, text: TextCollector): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const sheet of workbook.worksheets) {
    text.add(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => {
        // Shown text: a formula's result, a rich text's characters, a date as written.
        const shown = cell.text;
        if (shown) cells.push(shown);
      });
      text.add(cells.join(' '));
    });
    if (text.full) return;
  }
}

/** Slides in their order (slide2 before slide10). */
function pptxSlides(zip: JSZip): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return Object.keys(zip.files)
    .filter((name) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.includes('notes')) - Number(b.includes('notes')) || number(a) - number(b));
}

/** Elements that end a paragraph in OpenDocument and OOXML drawing text. */
const PARAGRAPHS = new Set(['text:p', 'text:h', 'a:p', 'table:table-cell']);
/** Elements that stand for white space (line breaks, tabs, OpenDocument's run of spaces). */
const BREAKS = new Set(['text:line-break', 'a:br', 'text:tab', 'text:s']);

/** What the walk needs of xmldom's nodes (the DOM types are not in this project's lib). */
interface XmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: XmlNode | null;
  nextSibling: XmlNode | null;
}
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text of the XML parts of a zipped document (OpenDocument, PowerPoint), paragraph by paragraph. */
async function zippedXmlText(
  bytes: Uint8Array,
  text: TextCollector,
  parts: (zip: JSZip) => string[],
): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const names = parts(zip);
  if (!names.length || !zip.file(names[0]))
    throw new ExtractionFailure('CORRUPT', 'The document has no content.');
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    let document;
    try {
      document = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') throw new Error(message);
        },
      }).parseFromString(xml, 'application/xml');
    } catch (error) {
      throw new ExtractionFailure('CORRUPT', `The document's XML is broken: ${describe(error)}`);
    }
    let paragraph = '';
    const walk = (node: XmlNode) => {
      if (text.full) return;
      if (node.nodeType === TEXT_NODE) paragraph += node.nodeValue ?? '';
      else if (node.nodeType === ELEMENT_NODE) {
        const name = node.nodeName;
        if (BREAKS.has(name)) paragraph += ' ';
        for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
        if (PARAGRAPHS.has(name)) {
          text.add(paragraph);
          paragraph = '';
        }
      }
    };
    walk(document.documentElement as unknown as XmlNode);
    text.add(paragraph);
    if (text.full) return;
  }
}

async function plainText(bytes: Uint8Array, text: TextCollector): Promise<void> {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older Estonian files are in the Baltic Windows code page.
    decoded = new TextDecoder('windows-1257').decode(bytes);
  }
  for (const paragraph of decoded.replace(/^\uFEFF/, '').split(/\r?\n/)) text.add(paragraph);
}
