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
    ['Oleeo', 'noreply@tal.net'],
    ['Varbi', 'noreply@varbi.com'],
    ['Gupy', 'nao-responda@gupy.io'],
    ['GC Jobs', 'no-reply-ne-pas-repondre@jobs-emplois.gc.ca'],
    ['Civil Service Jobs', 'noreply@csjobs.cabinetoffice.gov.uk'],
    ['USA Staffing', 'noreply@usastaffing.gov'],
    ['jobs.ac.uk', 'alerts@jobs.ac.uk'],
    ['Jobs Go Public', 'alerts@jobsgopublic.com'],
  ])('%s', (platform, address) => {
    const r = classifyFields({
      from: `${platform} <${address}>`,
      subject: 'Application received',
      text: 'Thank you for applying to the Delivery Driver position. We have received your application and will review it shortly.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company ?? '').not.toMatch(new RegExp(platform.split(' ')[0]!, 'i'));
    // A mailbox that takes no answers is nobody's name, in any language ("no-reply-ne-pas-repondre", "nao-responda").
    expect(r.company ?? '').not.toMatch(/reply|repondre|responda/i);
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

describe('a slug made of whole words and initials is spelt the way the text writes the name', () => {
  it.each([
    ['ferrisvt.co.uk', 'Ferris Valley Transport', 'Ferris Valley Transport'],
    ['pqlegal.ie', 'Prendergast Quirke Legal', 'Prendergast Quirke Legal'],
    ['tuitearooms.co.nz', 'Tūī Tea Rooms', 'Tūī Tea Rooms'],
    // One inner word left out of the slug, the rest whole.
    ['marlowferries.com', 'Marlow River Ferries', 'Marlow River Ferries'],
  ])('%s', (domain, written, expected) => {
    const r = classifyFields({
      from: `Maeve Lynch <maeve@${domain}>`,
      subject: '',
      text: `Hi Sam,\n\nthanks for coming in on Tuesday, it was lovely to show you round. ${written} has grown a lot this year. We would like to offer you the driver position, starting on 2 March.\n\nMaeve`,
    });
    expect(r.category).toBe('OFFER');
    expect(r.company).toBe(expected);
  });

  it('a few initials alone do not make a name', () => {
    const r = classifyFields({
      // Five letters, so the initials are tried (shorter slugs are not); all five are initials only.
      from: 'Maeve Lynch <maeve@ftccl.co.uk>',
      subject: '',
      text: 'Hi Sam,\n\nthanks for coming in on Tuesday. As you know we deliver for Fenwick Trade Counter Company Limited every week. We would like to offer you the driver position, starting on 2 March.\n\nMaeve',
    });
    expect(r.category).toBe('OFFER');
    expect(r.company).not.toMatch(/Fenwick/);
  });

  it('a word left out and initials together guess too much', () => {
    const r = classifyFields({
      // "mrft" could be Marlow (River) Ferries Trust by initials with a word left out: not taken.
      from: 'Maeve Lynch <maeve@marlowft.co.uk>',
      subject: '',
      text: 'Hi Sam,\n\nthanks for coming in on Tuesday. Marlow River Ferries Trust has grown a lot this year. We would like to offer you the driver position, starting on 2 March.\n\nMaeve',
    });
    expect(r.category).toBe('OFFER');
    expect(r.company).not.toBe('Marlow River Ferries Trust');
  });
});

describe('a department named before the organisation is not part of its name', () => {
  it.each([
    ['Recruitment - Harlow Vale Borough Council', 'Harlow Vale Borough Council'],
    ['HR Department – Saint Oran’s Care Home', 'Saint Oran’s Care Home'],
    ['HR Section Kilmore County Council', 'Kilmore County Council'],
  ])('%s', (displayName, expected) => {
    const r = classifyFields({
      from: `${displayName} <jobs@employer-mail.net>`,
      subject: 'Your application',
      text: 'Dear Sam,\n\nThank you for your application for the post of Library Assistant. We regret that you have not been shortlisted on this occasion.',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe(expected);
  });

  it('"University of …" and "Global …" keep their first word', () => {
    const signed = classifyFields({
      from: 'Prof. Ines Varga <i.varga@mail-host.net>',
      subject: '',
      text: 'Dear Sam,\n\nI would like to invite you to a short Zoom interview about the research assistant post next Tuesday.\n\nBest wishes,\nProf. Ines Varga\nUniversity of Tallowmere',
    });
    expect(signed.company).toBe('University of Tallowmere');
    const named = classifyFields({
      from: 'Global Freightways <careers@globalfreightways.com>',
      subject: 'Application received',
      text: 'Thank you for applying to Global Freightways. We have received your application for the Dispatcher role.',
    });
    expect(named.company).toBe('Global Freightways');
  });

  it('a form label is not part of the name', () => {
    const r = classifyFields({
      from: 'Careers <careers@mail-host.net>',
      subject: 'Application received',
      text: 'Thank you for your application for the Warehouse Operative role. We will be in touch.\n\nEmployer: Brackwater Cold Store Ltd',
    });
    expect(r.company).toBe('Brackwater Cold Store');
  });
});

describe('a site named by its own address sends; it does not employ', () => {
  it('a display name that is the sender\'s own address is not taken for the employer', () => {
    const r = classifyFields({
      from: 'hirehub.ie <noreply@hirehub.ie>',
      subject: 'Your application was sent',
      text: 'Your application for Site Supervisor at Kilcroney Construction was sent. Good luck!\n\nThe hirehub.ie Team',
    });
    // The sender's domain may still be read as a name (it is no known platform); its address, as written, is not.
    expect(r.company ?? '').not.toMatch(/hirehub\.ie/i);
  });
});

describe('a small business on free mail is named by its trade', () => {
  const text = 'hi Mia, sorry we gave the job to someone else. thanks for coming in tho';

  it.each([
    ['Tash <groundfloorcoffee@outlook.com>', 'Groundfloor Coffee'],
    ['sunnybankdrycleaners@hotmail.com', 'Sunnybank Drycleaners'],
    ['Pinewood Coffee Roasters <pinewoodcoffeebk@gmail.com>', 'Pinewood Coffee Roasters'],
    // Farms and other trades that hire by word of mouth, on the mailbox of a home internet line.
    ['Glenn & Trish <hollowbrookorchards@xtra.co.nz>', 'Hollowbrook Orchards'],
    ['kestrelkennels@eircom.net', 'Kestrel Kennels'],
  ])('%s', (from, company) => {
    const r = classifyFields({ from, subject: '', text });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe(company);
  });

  it('a person\'s own address names nobody', () => {
    const r = classifyFields({ from: 'Nikos <nikos.andreou64@gmail.com>', subject: '', text });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBeNull();
  });
});

describe('public bodies\' domains: the name before nhs.uk, without the mailbox\'s purpose', () => {
  it.each([
    // The text does not spell it out: the slug as it stands (it was "Nhs").
    ['Recruitment Team <noreply@recruitment-irwellvalley.nhs.uk>', 'Irwellvalley'],
    ['Careers <jobs@careers-harrowfield.police.uk>', 'Harrowfield'],
    // School namespaces are one level deeper, by education authority or state.
    ['Office <office@oakbarrow.cumbria.sch.uk>', 'Oakbarrow'],
    ['HR <hr@pinecreek.k12.or.us>', 'Pinecreek'],
  ])('%s', (from, company) => {
    const r = classifyFields({
      from,
      subject: '',
      text: 'Thank you for your application for the post of Staff Nurse. Unfortunately you have not been shortlisted on this occasion.',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe(company);
  });
});

describe("a job board's card names the employer under the title", () => {
  it.each([
    ['Indeed Apply <indeedapply@indeed.com>', 'Application submitted: Forklift Driver', 'Application submitted\nForklift Driver\nBrackwater Timber Supplies - Wrexham LL13\nThe employer will contact you directly if they would like to move forward.', 'Brackwater Timber Supplies'],
    ['Glassdoor <noreply@glassdoor.com>', 'Application submitted: Junior Paralegal', 'APPLICATION SUBMITTED\nJunior Paralegal\nOsgood & Crane LLP · Boston, MA · ★ 4.1\nIf the employer is interested, they will contact you directly.', 'Osgood & Crane'],
  ])('%s', (from, subject, text, company) => {
    const r = classifyFields({ from, subject, text });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).toBe(company);
  });

  it('the details line under the title (place, pay, terms) is no employer', () => {
    const r = classifyFields({
      from: 'reed.co.uk <messages@reed.co.uk>',
      subject: 'Application submitted: Stock Controller',
      text: 'Your application has been submitted\nStock Controller\nLeicester · £26,000 - £28,000 per annum · Permanent\nGood luck!',
    });
    expect(r.company).not.toBe('Leicester');
  });
});

describe("an agency's domain names the agency, a research institute's or a shire's names the employer", () => {
  it.each([['harlowmedstaff.co.uk'], ['fenwickpeople.com.au'], ['quaypersonnel.ie'], ['brightplacements.co.uk']])(
    'the client an agency at %s names is the employer',
    (domain) => {
      const r = classifyFields({
        from: `Dana Whitlock <dana@${domain}>`,
        subject: 'Ward Manager role',
        text: 'Hi Sam,\n\nI am recruiting a Ward Manager for Tollcross General Hospital on a permanent basis and your background looks a strong match. Would you be open to a chat this week?\n\nDana',
      });
      expect(r.company).toBe('Tollcross General Hospital');
    },
  );

  // "research" holds "search", "Ambershire" holds "hire", "Stafford" holds "staff": none of them recruits for others.
  it.each([
    ['Kelverton Research Institute', 'p.nair@kelvertonresearch.org', 'Prof Okafor'],
    ['Ambershire County Council', 'jane.morris@ambershire.gov.uk', 'Cllr Okafor'],
    ['Stafford Mills', 'tom.reid@staffordmills.com', 'Dr Okafor'],
  ])('%s, whose domain backs its signature, is the employer', (name, address, panellist) => {
    const r = classifyFields({
      from: `Jane Morris <${address}>`,
      subject: 'RE: interview',
      text: `Hi Sam,\n\nThank you for your time today. We would like to invite you to a second interview with ${panellist} and myself on Thursday.\n\nRegards\n\nJane Morris\nOperations Manager\n${name}${name === 'Stafford Mills' ? ' Ltd' : ''}`,
    });
    expect(r.company).toBe(name);
  });
});

describe("a hiring system nobody has listed names itself in the footer: 'Powered by' relays, '©' names the employer", () => {
  const receipt = (footer: string) =>
    classifyFields({
      from: 'Hirewell Notifications <no-reply@notify.hirewell-ats.com>',
      subject: "We've received your application",
      text: `Hi Priya,\n\nThanks for applying for Senior Data Analyst. We've received your application and our team will review it shortly.\n\n${footer}\nUnsubscribe from application updates`,
    });

  it('the copyright holder beside "Powered by" is the employer', () => {
    expect(receipt('(c) 2025 Ashcombe Building Society. Powered by Hirewell.').company).toBe('Ashcombe Building Society');
    expect(receipt('© 2024–2025 Ashcombe Building Society · All rights reserved · Powered by Hirewell').company).toBe('Ashcombe Building Society');
  });

  it('the hiring system itself is never the employer, even when nothing else is named', () => {
    expect(receipt('Powered by Hirewell.').company).toBeNull();
  });
});

describe('a legal line names the organisation behind a unit', () => {
  it.each([
    ['University of Ashmoor is an exempt charity in England and Wales.', 'University of Ashmoor'],
    ['Ashmoor Foods Group plc is a company registered in England (No. 0412345).', 'Ashmoor Foods Group'],
  ])('"%s"', (legal, employer) => {
    const r = classifyFields({
      from: 'Faculty of Science Recruitment <fos-recruitment@ashmoor-mail.net>',
      subject: 'Your application - Ref SCI-04417',
      text: `Dear Dr Raman,\n\nThank you for applying for the Research Associate post. The shortlisting panel met on 12 March and regret that you have not been shortlisted.\n\nYours sincerely\nRecruitment Team\nFaculty of Science\n--\nThis email is confidential.\n${legal}`,
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe(employer);
  });
});

describe("a form's Employer field names the employer over the portal that sends it", () => {
  it('the whole line, "and" and all, beats the portal\'s display name, domain and sign-off', () => {
    const r = classifyFields({
      from: 'Care Jobs Online <noreply@carejobs-online.org.uk>',
      subject: 'Application update: 291-ACS-4471-A',
      text: 'Dear Sam Okafor\n\nJob title: Occupational Therapist\nEmployer: Ashmoor and Vale Community Health Trust\nLocation: Hexley\n\nThank you for your interest in this post. Unfortunately, on this occasion you have not been shortlisted for interview.\n\nPlease do not reply to this message.\nCare Jobs Online',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Ashmoor and Vale Community Health Trust');
  });
});

describe("a recruiting team's own words around the organisation's name, in several languages", () => {
  it.each([
    ['Fenwick Water Helpdesk', 'Fenwick Water'],
    ['ORLA Talent Management', 'ORLA'],
    ['Castlereagh Recruitment Portal', 'Castlereagh'],
    ['Tessaly Bio People & Culture', 'Tessaly Bio'],
    ['Brenna Foods – Kariera', 'Brenna Foods'],
    ['RRHH Hotel Miramar', 'Hotel Miramar'],
    ['Werken bij Gemeente Veldhoven', 'Gemeente Veldhoven'],
    ['Bewerbung Nordlicht Werke', 'Nordlicht Werke'],
  ])('%s', (display, company) => {
    const r = classifyFields({
      from: `${display} <noreply@jobs-mailer.example>`,
      subject: 'Your application',
      text: 'Thank you for applying for the Operations Coordinator position. We have received your application and will review it shortly.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).toBe(company);
  });
});
