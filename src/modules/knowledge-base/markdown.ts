import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** CommonMark + tables; raw HTML in the source is not passed through. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/**
 * Markdown → HTML, sanitised against XSS (markdown-it already escapes raw
 * HTML; sanitize-html is the second line: only formatting tags, http(s) and
 * mailto links, no attributes that run script).
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    allowedTags: [
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'p',
      'br',
      'hr',
      'blockquote',
      'pre',
      'code',
      'em',
      'strong',
      's',
      'ul',
      'ol',
      'li',
      'a',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'img',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title'],
      th: ['style'],
      td: ['style'],
      ol: ['start'],
    },
    allowedStyles: {
      th: { 'text-align': [/^(left|right|center)$/] },
      td: { 'text-align': [/^(left|right|center)$/] },
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  });
}

/** The headings of a Markdown document, in order (searchable with a higher rank than the body). */
export function markdownHeadings(source: string): string[] {
  const tokens = markdown.parse(source, {});
  const headings: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(tokens[i + 1]?.content ?? '');
  });
  return headings.filter(Boolean);
}

/** Plain text of a Markdown document for the search index: no markup, one space between blocks. */
export function markdownText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
