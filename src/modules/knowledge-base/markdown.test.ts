import { markdownHeadings, markdownText, renderMarkdown } from './markdown';

describe('markdown', () => {
  it('renders Markdown with Estonian text intact', () => {
    expect(renderMarkdown('## Küberturve\n\n**Õpi** ja _harjuta_: šifreerimine, žürii.')).toBe(
      '<h2>Küberturve</h2>\n<p><strong>Õpi</strong> ja <em>harjuta</em>: šifreerimine, žürii.</p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror=alert(1)>', /<img[^>]*onerror/i],
    ['[klõps](javascript:alert(1))', /href="javascript:/i],
    ['<a href="https://x.ee" onclick="alert(1)">x</a>', /<a[^>]*onclick/i],
    ['![x](data:text/html;base64,PHNjcmlwdD4=)', /src="data:/i],
  ])('neutralises %s', (source, dangerous) => {
    expect(renderMarkdown(source)).not.toMatch(dangerous);
  });

  it('keeps safe links and marks them noopener', () => {
    expect(renderMarkdown('[RIA](https://www.ria.ee)')).toBe(
      '<p><a href="https://www.ria.ee" rel="noopener noreferrer">RIA</a></p>\n',
    );
  });

  it('extracts headings and plain text for search', () => {
    const source = '# E-ITS\n\nSissejuhatus & <b>taust</b>.\n\n## Samm 1: kaardista\n\n- varud\n- riskid';
    expect(markdownHeadings(source)).toEqual(['E-ITS', 'Samm 1: kaardista']);
    expect(markdownText(source)).toBe('E-ITS Sissejuhatus & <b>taust</b>. Samm 1: kaardista varud riskid');
  });
});
