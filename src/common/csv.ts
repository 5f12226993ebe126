import type { Response } from 'express';

/**
 * Text a spreadsheet would run as a formula (CSV injection): a cell starting
 * with =, +, -, @, tab or carriage return gets a leading apostrophe, as OWASP
 * recommends. Numbers (a negative remainder, "-1000.00") stay numbers.
 */
export function neutraliseFormula(text: string): string {
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: neutralised, quoted when it holds a separator, quote or line break; lists joined with "; ". */
const csvField = (value: unknown) => {
  const text = neutraliseFormula(
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value),
  );
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Sends a table as a CSV download that Excel opens right in an Estonian
 * locale: a byte-order mark so it reads UTF-8 (õ ä ö ü š ž intact), ";" as
 * the separator, CRLF line ends. Never cached: it lists people.
 */
export function sendCsv(res: Response, filename: string, header: string[], rows: unknown[][]): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}.csv`);
  res.setHeader('Cache-Control', 'private, no-store');
  const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
  res.send(`\uFEFF${lines.join('\r\n')}\r\n`);
}
