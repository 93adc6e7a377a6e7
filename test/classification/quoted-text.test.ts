import { describe, expect, it } from 'vitest';
import { stripQuotedText } from '../../src/classifier/prepare/strip-quoted-text.ts';
import { classifyFields } from './helpers.ts';

describe('quoted text', () => {
  it('cuts at "On … wrote:", also when the attribution wraps onto a second line', () => {
    expect(stripQuotedText('Hi!\n\nOn Mon, Mar 3, 2025 at 9:14 AM Sam <s@x.com> wrote:\n> old').text.trim()).toBe('Hi!');
    expect(stripQuotedText('Hi!\nOn Mon, Mar 3, 2025 at 9:14 AM Sam Rivera <\nsam@example.com> wrote:\n> old').text.trim()).toBe('Hi!');
  });

  it('cuts at an Outlook "From: … Sent: … To: …" header block and the rule above it', () => {
    const text = 'New text\n\n________________________________\nFrom: A <a@x.com>\nSent: Monday\nTo: B\nSubject: Old\n\nold text';
    expect(stripQuotedText(text).text.trim()).toBe('New text');
  });

  it('cuts a flattened one-line "From: … Sent: …" quote', () => {
    expect(stripQuotedText('Best, Emily From: Kelly <k@x.com> Sent: Saturday, March 22 To: Emily').text).toBe('Best, Emily ');
  });

  it('drops ">"-prefixed lines and keeps the rest', () => {
    expect(stripQuotedText('Sounds good\n> we regret to inform you\nThanks').text).toBe('Sounds good\nThanks');
  });

  it('keeps the start of what it cut, without the quote markers, as context', () => {
    expect(stripQuotedText('Sounds good\n> we regret to inform you\nThanks').quoted).toBe('we regret to inform you');
    expect(stripQuotedText('Hi!\n\nOn Mon, Mar 3, 2025 at 9:14 AM Sam <s@x.com> wrote:\n> > old\n> line').quoted).toBe('old\nline');
    expect(stripQuotedText('x\n> ' + 'y'.repeat(5000)).quoted.length).toBeLessThanOrEqual(2000);
    expect(stripQuotedText('nothing quoted').quoted).toBe('');
  });

  it('a quoted rejection does not decide the category of a reply that invites to interview', () => {
    const r = classifyFields({
      from: 'Rosa Delgado <rosa@fernwoodlabs.com>',
      subject: 'Re: Platform Engineer',
      text: 'Hi Sam,\nWe would like to set up a phone screen. Please share your availability.\n\nOn Mon, Mar 3, 2025 at 9:14 AM Sam <sam@example.com> wrote:\n> Unfortunately, we have decided to move forward with other candidates.',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.evidence).toContain('quoted earlier message ignored');
  });

  it('a quoted interview invitation does not turn a rejection into an interview', () => {
    const r = classifyFields({
      from: 'Marcus <marcus@graniteridge.com>',
      subject: 'RE: Interview invitation',
      text: 'Hi Sam,\nUnfortunately, we have decided to move forward with another candidate.\n\nFrom: Marcus <marcus@graniteridge.com>\nSent: Monday, February 17, 2025\nTo: Sam\nSubject: Interview invitation\n\nWe would like to invite you to interview. Please share your availability.',
    });
    expect(r.category).toBe('REJECTION');
  });
});

describe("a short answer to the reader's own question about a job is about that job", () => {
  const quoted = (question: string) =>
    `\n\n-----Original Message-----\nFrom: Priya Nair <priya.nair.92@gmail.com>\nSent: 3 March 2026 09:12\nTo: office@bramleyjoinery.co.uk\nSubject: bench joiner\n\n${question}\n\nThanks\nPriya`;

  it.each([
    ['still going?', "Hi, I rang last week about the bench joiner job you had on Indeed. Just checking if it's still going? I can start straight away."],
    ['any news?', 'Morning Tom, thanks again for showing me round the workshop on Friday. Any news on the bench joiner role?'],
  ])('a one-line no under it is a rejection (%s)', (_label, question) => {
    const r = classifyFields({
      from: 'Tom Bramley <tom@bramleyjoinery.co.uk>',
      subject: 'RE: bench joiner',
      text: `Priya - no, we're sorted now, thanks.\n\nTom${quoted(question)}`,
    });
    expect(r.category).toBe('REJECTION');
  });

  it('a question about something else is no job context', () => {
    const r = classifyFields({
      from: 'Tom Bramley <tom.bramley@gmail.com>',
      subject: 'RE: sofa',
      text: `Priya - no, we're sorted now, thanks.\n\nTom${quoted('Hi Tom, is the grey sofa you listed on Gumtree still available? I could collect on Saturday.')}`,
    });
    expect(r.category).toBe('NOT_JOB_RELATED');
  });
});

describe("a reply to the reader's own application: job mail, and the words decide its status", () => {
  const reply = (text: string) => ({
    from: 'Gavin Shaw <gavin@shawlandscapes.co.uk>',
    subject: 'Re: groundworker',
    text: `${text}\n\nGav\n\nOn 3 Mar 2026, at 19:02, Aaron Pike <aaron.pike88@gmail.com> wrote:\n\n> Hi Gavin, please find attached my CV for the groundworker position. I've got my CSCS card and can start straight away.\n> Aaron`,
  });

  it.each([
    ['gone', 'Thanks for chasing Aaron. Afraid that one has gone now, sorry. Will keep your details on file.'],
    ['went', "Cheers for following up Aaron. Position went last week I'm afraid. Good luck with it all."],
    ['filled', 'Hi Aaron, sorry for the slow reply. We filled it internally in the end. All the best.'],
  ])('a closing the rules have no phrase for is read by the model (%s)', (_label, text) => {
    expect(classifyFields(reply(text)).category).toBe('REJECTION');
  });

  it('is never ordinary mail, whatever the model reads', () => {
    expect(classifyFields(reply('Cheers Aaron, see you Saturday at the club, bring the boots.')).category).not.toBe('NOT_JOB_RELATED');
  });
});
