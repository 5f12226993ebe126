import { CLOSE, markedSnippet, matchedSnippets, OPEN } from './highlights';

describe('search highlights', () => {
  it('escapes whatever a document holds and turns only the marks into <mark> tags', () => {
    expect(markedSnippet(`<script>alert("x")</script> & ${OPEN}šifreerimine${CLOSE} 'õ'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>šifreerimine</mark> &#39;õ&#39;',
    );
    expect(markedSnippet('<mark>not ours</mark>')).toBe('&lt;mark&gt;not ours&lt;/mark&gt;');
    expect(markedSnippet(`${OPEN}a${CLOSE}${OPEN}b${CLOSE}`)).toBe('<mark>a</mark><mark>b</mark>');
  });

  it('gives one snippet per matching string or list element, in the order of the fields', () => {
    const formatted = {
      title: `Öö ${OPEN}kull${CLOSE}`,
      summary: 'no match here',
      sessions: [`${OPEN}Avamine${CLOSE}`, 'Paus', `Kokku${OPEN}võte${CLOSE}`],
    };
    expect(matchedSnippets(formatted, ['sessions', 'summary', 'title'])).toEqual([
      { field: 'sessions', snippet: '<mark>Avamine</mark>' },
      { field: 'sessions', snippet: 'Kokku<mark>võte</mark>' },
      { field: 'title', snippet: 'Öö <mark>kull</mark>' },
    ]);
    expect(matchedSnippets(undefined, ['title'])).toEqual([]);
  });
});
