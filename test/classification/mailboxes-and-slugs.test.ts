import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

/**
 * Where a sender's domain says nothing about the employer, and how a domain slug is spelt back the
 * way the text writes the name. Made-up mail unlike any fixture: the mechanism is what is tested.
 */
describe('mailboxes that come with an internet line are not employers', () => {
  it.each([['btopenworld.com'], ['activ8.net.au'], ['bigpond.com'], ['eircom.net'], ['shaw.ca']])('%s', (domain) => {
    const r = classifyFields({
      from: `Gerry Nolan <gerrynolan58@${domain}>`,
      subject: '',
      text: 'Hi Aoife, thanks for your application for the kitchen porter job. Unfortunately we have given it to someone else.\n\nGerry',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBeNull();
  });
});

describe('hiring platforms relay for the employer', () => {
  it.each([
    ['Fountain', 'no-reply@fountain.com'],
    ['NEOGOV', 'noreply@governmentjobs.com'],
    ['Harri', 'no-reply@harri.com'],
    ['Indeed Flex', 'hello@indeedflex.co.uk'],
  ])('%s', (platform, address) => {
    const r = classifyFields({
      from: `Careers <${address}>`,
      subject: 'Application received',
      text: 'Thank you for applying to the Delivery Driver position. We have received your application and will review it shortly.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company ?? '').not.toMatch(new RegExp(platform.split(' ')[0]!, 'i'));
  });

  it('a domain reserved for documentation (example) is nobody\'s employer', () => {
    const r = classifyFields({
      from: 'Recruitment <recruitment@agency.example.gov.au>',
      subject: '',
      text: 'Dear Sam, we are pleased to offer you the position of Customer Service Officer, starting on 3 March.',
    });
    expect(r.company ?? '').not.toMatch(/^example$/i);
  });
});

describe('a slug spells "&" as "and"', () => {
  it('booksandbramble.co.uk is "Books & Bramble" where the text writes it so', () => {
    const r = classifyFields({
      from: 'Hattie <hattie@booksandbramble.co.uk>',
      subject: '',
      text: 'Hi Tom, got your CV, thanks for dropping it in! We will have a look next week and let you know about the Saturday job.\n\nHattie, Books & Bramble',
    });
    expect(r.isJobRelated).toBe(true);
    expect(r.company).toBe('Books & Bramble');
  });
});

describe('"pass on" with a time declines; with a destination it forwards', () => {
  it('"we will pass on your application this time" is a rejection', () => {
    const r = classifyFields({ from: 'Owner <owner.deli@gmail.com>', subject: '', text: 'Hi Jas, thanks for applying. We will pass on your application at this stage, we need someone with a forklift licence.' });
    expect(r.category).toBe('REJECTION');
  });

  it('"I will pass on your application to the manager" is not', () => {
    const r = classifyFields({ from: 'Owner <owner.deli@gmail.com>', subject: '', text: 'Hi Jas, thanks for applying. I will pass on your application to the manager and she will call you.' });
    expect(r.category).not.toBe('REJECTION');
  });
});
