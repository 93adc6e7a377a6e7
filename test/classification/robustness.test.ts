import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { EMAIL_CATEGORIES } from '../../src/classifier/classification.types.ts';
import { hostileCases } from '../../scripts/evaluation/hostile-bodies.ts';
import { htmlToText } from '../../src/classifier/prepare/html-to-text.ts';
import { messageFromFields } from '../../src/classifier/prepare/message-from-fields.ts';

/**
 * Each hostile body must classify within this bound, far above its normal time (well under a second
 * on a loaded two-core machine) and far below what a catastrophic regex backtrack takes. vitest fails
 * a synchronous test that overran its timeout once it returns, so this bounds the time, not the clock.
 */
const PER_CASE_BOUND_MS = 5_000;

describe('hostile 1 MB bodies', () => {
  for (const c of hostileCases()) {
    it(`returns a valid Classification for ${c.name} within ${PER_CASE_BOUND_MS / 1000} s`, { timeout: PER_CASE_BOUND_MS }, () => {
      const r = classify(messageFromFields(c.fields));
      expect(EMAIL_CATEGORIES).toContain(r.category);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(r.evidence)).toBe(true);
      expect(JSON.stringify(r).length).toBeLessThan(20_000);
    });
  }

  it('a body does not decide past its scored prefix: a rejection after 1 MB of filler is not read', () => {
    const r = classify(messageFromFields({ from: 'Acme Recruiting <jobs@acme.com>', subject: 'Hello', text: `${'lorem ipsum '.repeat(90_000)}we will not be moving forward with your application` }));
    expect(r.category).not.toBe('REJECTION');
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and comments, decodes entities, keeps links with their text', () => {
    const { text, links } = htmlToText(
      '<html><head><style>p{}</style><script>var a="<p>offer</p>"</script></head><body><!-- hidden --><p>Caf&eacute; &amp; Bar&nbsp;&#8212; &#x41;</p><a href="https://boards.greenhouse.io/acme/jobs/1">View job</a></body></html>',
    );
    expect(text).not.toContain('offer');
    expect(text).not.toContain('hidden');
    expect(text).toContain('& Bar — A');
    expect(links).toEqual([{ href: 'https://boards.greenhouse.io/acme/jobs/1', text: 'View job' }]);
  });

  it("keeps the alt text of logos only, without the word 'logo', and at most five", () => {
    const html =
      '<IMG SRC="https://cdn.example/brand/logo.png" ALT="Harwick &amp; Co logo"><img src="https://cdn.example/team.jpg" alt="Our team at the summer party">' +
      '<img class="logo" alt=\'Logo: Quenby Foods\'>' +
      '<img src="logo.png" alt="">' +
      '<img src="/logo-a.png" alt="A1"><img src="/logo-b.png" alt="B1"><img src="/logo-c.png" alt="C1"><img src="/logo-d.png" alt="D1">';
    expect(htmlToText(html).logos).toEqual(['Harwick & Co', 'Quenby Foods', 'A1', 'B1', 'C1']);
  });

  it('keeps text after a "<" that opens no tag', () => {
    expect(htmlToText('a < b and <b>bold</b>').text).toBe('a < b and bold');
    expect(htmlToText('tail <a href="x').text).toBe('tail <a href="x');
  });
});
