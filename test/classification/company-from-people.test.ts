import { describe, expect, it } from 'vitest';
import { looksLikeAddress } from '../../src/classifier/extract/company-name.ts';
import { expandAbbreviation, wordsOf } from '../../src/classifier/extract/extract-company.ts';
import { findClientMentions } from '../../src/classifier/extract/client-mentions.ts';
import { looksLikePersonName } from '../../src/classifier/extract/person-name.ts';
import { institutionsNamed, widenToInstitution } from '../../src/classifier/extract/institution-names.ts';
import { readSignature } from '../../src/classifier/extract/read-signature.ts';
import { getDefaultTables } from '../../src/classifier/read/compile-tables.ts';
import { classifyFields } from './helpers.ts';

/**
 * The employer in mail written by people rather than templates: named in a signature, in a
 * free-mail address, by an agency writing for a client, or abbreviated in the display name. Each
 * mechanism is tested with made-up mail unlike any fixture, so it is the mechanism that is tested.
 */
describe('company from a signature', () => {
  it('the organisation line under the sign-off, past the signer and a department line', () => {
    const r = classifyFields({
      from: 'Marta Lind <marta.lind@btw-tiles.se>',
      subject: '',
      text: 'Hi Noor,\n\nThanks for sending your CV for the warehouse planner job. Unfortunately we have decided to go with another candidate.\n\nKind regards,\nMarta Lind\nPeople & Culture\nBrannock Tile Works\nStorgatan 4, 111 23 Stockholm\n+46 8 123 456',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Brannock Tile Works');
  });

  it.each([
    ['a department on its own line above the university', 'Dr Ines Varga\nSenior Lecturer, Department of Soil Science\nHallam Moor University', 'Hallam Moor University'],
    ['a school of the university before it, after a comma', 'Dr Ines Varga\nSchool of Soil Science, Hallam Moor University', 'Hallam Moor University'],
    ['a chair above the university', 'Prof. I. Varga\nChair Geotechnical Engineering\nHallam Moor University of Technology', 'Hallam Moor University of Technology'],
  ])('a unit of the organisation is not the employer: %s', (_case, signature, organisation) => {
    const found = readSignature(`Thank you for your application.\n\nBest wishes,\n${signature}`, 'Ines Varga', ['hmu'], getDefaultTables());
    expect(found[0]?.name).toBe(organisation);
  });

  it("a parent group under the employer is not the employer, even when the employer's line is the signer's own", () => {
    // The display name holds the school's words, so its own line reads as the signer; the parent was all that was left.
    const found = readSignature('Thank you for your application.\n\nKind regards\nSchool Office\nFernleigh Academy\nPart of the Coldharbour Learning Trust', 'Fernleigh Academy Office', [], getDefaultTables());
    expect(found.map((f) => f.name).filter((name) => name.includes('Coldharbour'))).toEqual([]);
  });

  it('a school of the university before its name, in a whole message', () => {
    const r = classifyFields({
      from: 'Ines Varga <i.varga@hallammoor.ac.uk>',
      subject: '',
      text: 'Dear Tomas,\n\nThank you for applying for the research technician post. I am sorry to say that we have offered the post to another candidate.\n\nBest wishes,\nDr Ines Varga\nSchool of Soil Science, Hallam Moor University',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toMatch(/^Hallam Moor\b/);
  });

  it('"founder, Organisation" under a "--" line on a free-mail address', () => {
    const r = classifyFields({
      from: 'Owen Pike <owen.pike.dev@gmail.com>',
      subject: '',
      text: 'hi Sara,\n\nthanks for coming in on friday. we have decided not to move forward with your application, the role needs more wholesale experience.\n\nall the best,\nOwen\n--\nOwen Pike\nfounder, Larchfield Bakery',
    });
    expect(r.company).toBe('Larchfield Bakery');
  });

  it('the last short line of a short note without a sign-off ("… HR")', () => {
    const r = classifyFields({ from: 'HR Team <hr@delmont-optics.com>', subject: '', text: 'Thank you for applying for the Lens Technician position. The vacancy has been filled.\nDelmont Optics HR' });
    expect(r.company).toBe('Delmont Optics');
  });

  it('reads a one-line signature by its parts; a speciality after a job is not an organisation', () => {
    const tables = getDefaultTables();
    const found = readSignature('Best,\nPriya\nPriya Raman | Principal Consultant - Data & AI\nQuarry Hill Analytics | +44 20 7946 0000', 'Priya Raman', ['quarryhill'], tables);
    expect(found.map((f) => f.name)).toEqual(['Quarry Hill Analytics']);
  });

  it.each([
    ['a German letterhead', 'Mit freundlichen Grüßen\nAnna Vogt\nPersonalabteilung\nBrandt Lagertechnik\nHafenstraße 12\n28217 Bremen', 'Brandt Lagertechnik'],
    ['a US letterhead', 'Best,\nMia Ortiz\nOffice Manager\nCedar Point Dental\n4410 Elm Street\nNorthampton MA', 'Cedar Point Dental'],
    ['a Spanish signature with the job in Spanish', 'Un saludo,\nLucía Pardo\nTécnico de Selección\nGrupo Marisma\nPaseo de la Castellana 95', 'Grupo Marisma'],
  ])('the organisation, not the address or the job under it: %s', (_label, signature, organisation) => {
    const r = classifyFields({ from: 'Office <office@mailbox-host.example>', subject: '', text: `Dear Sam,\n\nThank you for your application for the warehouse planner position. We have received it and will review it shortly.\n\n${signature}` });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).toBe(organisation);
  });

  it('"Ihr Recruiting-Team": a sign-off\'s possessive is no organisation', () => {
    const r = classifyFields({ from: 'Bewerbermanagement <bewerbung@jobs-mailer.example>', subject: 'Eingangsbestätigung', text: 'Sehr geehrter Herr Roth,\nvielen Dank für Ihre Bewerbung als Lagerist. Wir haben Ihre Unterlagen erhalten.\nIhr Recruiting-Team' });
    expect(r.company ?? '').not.toMatch(/^Ihr/);
  });

  it('a family business carries the signer\'s surname: the signer is a person, the business is not', () => {
    const r = classifyFields({
      from: 'Niamh Costigan <niamh.costigan@eircom.net>',
      subject: '',
      text: 'Hi Paddy,\n\nThanks for calling in with the CV. We have taken on a lad from Ennis for the apprenticeship so there is nothing for you this year, sorry.\n\nAll the best,\nNiamh Costigan\nCostigan Joinery\n087 123 4567',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Costigan Joinery');
  });

  it('footers, meeting lines, dates and initials are not organisations', () => {
    const tables = getDefaultTables();
    const text = 'Cheers,\nMK\nJoin Zoom Meeting\nMonday 3 March 2025 10:00\nDo Not Forward This Email\n© 2025 Jobnest - Unsubscribe - Privacy';
    expect(readSignature(text, 'Mia Kent', [], tables)).toEqual([]);
  });
});

describe('company from a free-mail address or display name', () => {
  it('a part of the address that is not the sender\'s name, spelt out in the text', () => {
    const r = classifyFields({
      from: 'Tomas Berg <tomas.brightleaf@outlook.com>',
      subject: '',
      text: 'Hi Ana, got your CV, thanks! We at Brightleaf Books are going through them this week and I will call you if it looks like a fit.\nTomas',
    });
    expect(r.company).toBe('Brightleaf Books');
  });

  it.each(['yahoo.co.za', 'hotmail.de', 'outlook.com.br', 'live.fr'])('a webmail brand under any country\'s suffix (%s) names no employer', (domain) => {
    const r = classifyFields({ from: `Thandi Mokoena <thandi.m@${domain}>`, subject: '', text: 'Hi Sipho, sorry, the packer job at our factory has been filled. Good luck.\nThandi' });
    expect(r.category).toBe('REJECTION');
    expect(r.company ?? '').not.toMatch(/yahoo|hotmail|outlook|live/i);
  });

  it('"X via Y": a person via any relay names no employer; an organisation before "via" is the employer', () => {
    const person = classifyFields({ from: 'Dana Whitfield via Hirelink <messages@hirelink-mail.com>', subject: 'A role you may like', text: 'Hi Sam, I am hiring a fleet coordinator for a client in Leeds. Open to a chat?' });
    expect(person.company ?? '').not.toMatch(/Dana|Whitfield/);
    const organisation = classifyFields({ from: 'Corrigan Foods Hiring via Testlane <noreply@testlane.io>', subject: 'Your online test', text: 'Please complete the numerical reasoning test for the Graduate Analyst role within 5 days.' });
    expect(organisation.company).toBe('Corrigan Foods');
  });

  it('a part of a free-mail address spelt like a person\'s name but beginning with no given name is a business', () => {
    const r = classifyFields({
      from: 'Tam Okafor <greyfriarsbakehouse@gmail.com>',
      subject: '',
      text: 'Hiya, Greyfriars Bakehouse here again. Can you come in Saturday at 7 for a trial shift on the ovens? Ask for Tam when you get here, thanks a lot.',
    });
    expect(r.company).toBe('Greyfriars Bakehouse');
  });

  it('a department display name on free mail names its organisation', () => {
    const r = classifyFields({
      from: 'RRHH Constructora Velasco <rrhh.velasco@hotmail.com>',
      subject: '',
      text: 'Estimado Diego,\nWe would like to invite you to an interview for the site engineer vacancy on Tuesday at 10:00. Please confirm your assistance.',
    });
    expect(r.company).toBe('Constructora Velasco');
  });

  it('a person with a job in the display name is not an organisation', () => {
    const r = classifyFields({ from: 'Kim Recruiter <kim.recruits@yahoo.com>', subject: 'Interview', text: 'We would like to schedule an interview for the Buyer role. Please share your availability.' });
    expect(r.company).toBeNull();
  });
});

describe('company in an agency\'s mail', () => {
  it('the named client, not the agency', () => {
    const r = classifyFields({
      from: 'Ravi Kapoor <ravi@summitline-search.com>',
      subject: 'Embedded role',
      text: 'Hi Leo,\n\nI am recruiting a firmware engineer for our client Fennick Robotics in Bristol. Would you be open to a quick call this week?\n\nBest,\nRavi\nRavi Kapoor | Senior Recruiter | Summitline Search',
    });
    expect(r.company).toBe('Fennick Robotics');
  });

  it('the employer the agency reports on ("X have reviewed your CV")', () => {
    const r = classifyFields({
      from: 'Jo Marsh <jo.marsh@tallisrecruitment.co.uk>',
      subject: '',
      text: 'Hi Sam,\n\nGood news - Orwell Biotech have reviewed your CV and would like to invite you to a first interview next Thursday.\n\nThanks,\nJo\nJo Marsh | Consultant\nTallis Recruitment',
    });
    expect(r.company).toBe('Orwell Biotech');
  });

  // Every writer of the labelled sets names the agency here: the one name the reader's application goes by.
  it('a client it does not name leaves the agency as the name to go by, and the evidence says so', () => {
    const r = classifyFields({
      from: 'Jo Marsh <jo.marsh@tallisrecruitment.co.uk>',
      subject: '',
      text: 'Hi Sam,\n\nA client of mine, a logistics scale-up in Leeds, is hiring a planner. Would you be open to a chat?\n\nThanks,\nJo\nJo Marsh | Consultant\nTallis Recruitment',
    });
    expect(r.company).toBe('Tallis Recruitment');
    expect(r.evidence.join(' ')).toContain('a client it does not name');
  });

  it('the client named in prose no template foresees, even when it reads like a person\'s name', () => {
    const r = classifyFields({
      from: 'Kit Brannigan <kit@ridgewaypeople-search.co.uk>',
      subject: '',
      text: 'Morning Aisha,\n\nSo I finally got an answer out of Ostler Marsh yesterday after chasing twice. They\'ve gone with someone who already knows their ledger system, so it\'s a no this time. Sorry, I know you liked the team.\n\nKit\nKit Brannigan | Senior Consultant\nRidgeway Search',
    });
    expect(r.company).toBe('Ostler Marsh');
  });

  it('a client that acts in the prose ("Wrenfield Dairies have asked …"), not the place or the job beside it', () => {
    const r = classifyFields({
      from: 'Tomasz Bell <tomasz@corvedale-recruitment.com>',
      subject: 'Quality Lead - Shrewsbury',
      text: 'Hi Dev, Wrenfield Dairies have asked whether you could do Wednesday at 2pm instead for the Quality Lead interview in Shrewsbury. Let me know and I\'ll confirm with Helen Price, their site director.\n\nTomasz\nCorvedale Recruitment',
    });
    expect(r.company).toBe('Wrenfield Dairies');
  });

  it('a given name alone in the agency\'s mail is a person, not the client', () => {
    const r = classifyFields({
      from: 'Tomasz Bell <tomasz@corvedale-recruitment.com>',
      subject: '',
      text: 'Hi Dev,\n\nFeedback from Harriet this morning: Harriet has decided to go with another candidate for the buyer role. Sorry to be the bearer of bad news.\n\nTomasz\nCorvedale Recruitment',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).not.toBe('Harriet');
  });

  it('people named in the agency\'s mail are not the client', () => {
    const r = classifyFields({
      from: 'Tomasz Bell <tomasz@corvedale-recruitment.com>',
      subject: '',
      text: 'Hi Dev,\n\nJust had feedback from Helen Price (Helen is the site director) and she would like to meet you again next week for a second interview. Could you send me your availability?\n\nTomasz\nCorvedale Recruitment',
    });
    expect(r.company).not.toBe('Helen Price');
  });

  it('the sender of the client\'s mail the agency forwards', () => {
    const r = classifyFields({
      from: 'Nia Osei <nia@brookfieldtalent.co.uk>',
      subject: 'Fwd: Candidate update',
      text: 'Great news, they want to offer you the job!! See below, call me when you can.\n\nNia\n\n---------- Forwarded message ---------\nFrom: Orchard Lane Bakes People Team <people@orchardlanebakes.com>\nDate: Mon, 3 Mar 2025 at 10:02\nSubject: Candidate update\nTo: Nia Osei <nia@brookfieldtalent.co.uk>\n\nHi Nia, we would love to offer Sam the production supervisor role. Contract to follow.',
    });
    expect(r.category).toBe('OFFER');
    expect(r.company).toBe('Orchard Lane Bakes');
  });

  it('the forwarded sender under a header in another language ("Von:")', () => {
    const r = classifyFields({
      from: 'Nia Osei <nia@brookfieldtalent.co.uk>',
      subject: 'WG: Kandidat',
      text: 'Great news, they want to offer you the job!! See below, call me when you can.\n\nNia\n\n-----Ursprüngliche Nachricht-----\nVon: Brandt Lagertechnik Personal <personal@brandtlagertechnik.de>\nGesendet: Montag, 3. März 2025 10:02\nAn: Nia Osei <nia@brookfieldtalent.co.uk>\n\nHallo Nia, wir möchten Sam die Stelle als Schichtleiter anbieten.',
    });
    expect(r.category).toBe('OFFER');
    expect(r.company).toBe('Brandt Lagertechnik');
  });

  it('the reader\'s own mail, forwarded back, names no employer', () => {
    const r = classifyFields({
      from: 'Nia Osei <nia.osei.jobs@gmail.com>',
      to: ['Sam Reyes <sam.reyes@tollgate-logistics.com>'],
      subject: 'Fwd: van driver job',
      text: 'Hi Sam, we have filled the role now, sorry. Best of luck.\n\n---------- Forwarded message ---------\nFrom: Sam Reyes <sam.reyes@tollgate-logistics.com>\nDate: Mon, 3 Mar 2025 at 10:02\nSubject: van driver job\n\nHi Nia, is the van driver job still open? Sam',
    });
    expect(r.company ?? '').not.toMatch(/tollgate/i);
  });

  it('an agency that speaks of no client is the employer itself (staffing contracts)', () => {
    const r = classifyFields({
      from: 'Dana Cole <dana@crestwaycarestaffing.com>',
      subject: 'Travel contracts',
      text: 'Hi Mo, I came across your profile and wanted to share three ICU travel contracts we just got in. Are you open to new opportunities? Reply and I will give you a call.\n\nDana Cole | Recruiter | Crestway Care Staffing',
    });
    expect(r.company).toBe('Crestway Care Staffing');
  });
});

describe('abbreviations and articles', () => {
  it('spells out an abbreviation the text spells out', () => {
    expect(expandAbbreviation('Lakeside ISD', wordsOf('Welcome to the Lakeside Independent School District family.'))).toBe('Lakeside Independent School District');
    expect(expandAbbreviation('NVCC', wordsOf('Human Resources\nNorthern Valley Community College'))).toBe('Northern Valley Community College');
    // Letters must stand for capitalised words, not another abbreviation or "I'm".
    expect(expandAbbreviation('Quill AI', wordsOf('On behalf of Quill AI, I\'m glad to write.'))).toBeNull();
  });

  it('spells out an abbreviation from a heading in capitals, or with a short word, and shows it in title case', () => {
    expect(expandAbbreviation('WHUT', wordsOf('your application to WHUT.\n\nWESTERN HILLS UNIVERSITY OF TECHNOLOGY\nPrivate Bag X1'))).toBe('Western Hills University of Technology');
    expect(expandAbbreviation('TWRC', wordsOf('the role at TWRC.\n\nPeople & Capability\nTe Waipuna Regional Council'))).toBe('Te Waipuna Regional Council');
    // Two letters in capitals are too few to trust a heading: "HR" is not "HOLIDAY RENTALS".
    expect(expandAbbreviation('HR', wordsOf('HOLIDAY RENTALS\nHR team'))).toBeNull();
  });

  it('an abbreviated display name gives way to the spelt-out name', () => {
    const r = classifyFields({
      from: 'NVCC Human Resources <hr@nvcc.edu>',
      subject: '',
      text: 'Dear Alex,\nWe regret to inform you that you were not selected for the Adjunct Instructor position.\nSincerely,\nHuman Resources\nNorthern Valley Community College',
    });
    expect(r.company).toBe('Northern Valley Community College');
  });

  it('"employment with the County of Harlow": the article is not part of the name', () => {
    const r = classifyFields({
      from: 'Personnel Office <notices@jobs-mail.org>',
      subject: '',
      text: 'Thank you for your interest in employment with the County of Harlow. Your application has been received and will be reviewed after the closing date.',
    });
    expect(r.company).toBe('County of Harlow');
  });
});

describe('a signature in the classic layout: the name, the job, the organisation', () => {
  it('the line above the job is the person, the line under it the employer, whatever the display name says', () => {
    const r = classifyFields({
      from: 'Practice Office <kilbride.practice@gmail.com>',
      subject: 'Receptionist post',
      text: 'Dear Ola,\n\nThank you for your interest in the receptionist post. I am sorry to say it has now been filled.\n\nWith best wishes,\n\nMorag Fleming\nPractice Manager\nKilbride Medical Centre',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Kilbride Medical Centre');
  });

  it('letters after the name do not make it an organisation', () => {
    const r = classifyFields({
      from: 'Partners Office <partners.office.ak@gmail.com>',
      subject: '',
      text: 'Hi Dan,\n\nThanks for coming in on Monday. We would like to invite you back to meet the partners for a second interview next week.\n\nKind regards,\n\nRuth Abernethy FCCA\nPartner\nAbernethy Kerr Accountants',
    });
    expect(r.company).toBe('Abernethy Kerr Accountants');
  });

  it.each([
    ['Phil Marsden', 'IEng MIStructE', 'Marsden Gale Structural Design'],
    ['Alistair Munro', 'BVM&S MRCVS', 'Glenmore Veterinary Centre'],
    ['Ravi Chetty', 'CA(SA)', 'Umhlanga Cane Holdings'],
  ])("professional bodies' letters in mixed forms (%s %s) are not an organisation either", (signer, letters, company) => {
    const first = signer.split(' ')[0]!;
    const r = classifyFields({
      from: `${signer} <${first.toLowerCase()}@mgsd.co.uk>`,
      subject: '',
      text: `Hi Dan\n\nGot your CV, thanks. Could you come in for a chat next week about the job? Tues or Weds afternoon best for me.\n\n${first}\n\n${signer} ${letters}\n${company}`,
    });
    expect(r.company).toBe(company);
  });

  it('an address line in the order of southern Europe or with an Irish county is not the organisation', () => {
    expect(looksLikeAddress('Corso Canale 71')).toBe(true);
    expect(looksLikeAddress('C/ del Nuncio 9')).toBe(true);
    expect(looksLikeAddress('Glencar, Co. Kerry')).toBe(true);
    expect(looksLikeAddress('Corso Group')).toBe(false);
    expect(looksLikeAddress('Place Holdings 2000')).toBe(false);
  });

  it.each([
    ['Plot 188', 'Kgale Mews Engineering'],
    ['Place Eugène Bataillon', 'Meridien Genomics Institute'],
    ['Tannery Road', 'Harwell & Pike Joinery'],
  ])('an address line without a number (%s) is not the organisation either', (address, company) => {
    expect(looksLikeAddress(address)).toBe(true);
    const r = classifyFields({
      from: 'Thabo Sello <thabo.sello@gmail.com>',
      subject: '',
      text: `Dear Neo\n\nThanks for sending your CV. Could you come in for an interview on Thursday at 10:00 for the site engineer post?\n\nRegards\nThabo Sello\nProject Manager\n${address}\n${company}`,
    });
    expect(r.company).toBe(company);
  });

  it('an organisation named like a street but for the kind of place it is stays an organisation', () => {
    expect(looksLikeAddress('Abbey Road Studios')).toBe(false);
    expect(looksLikeAddress('Via Rail Canada')).toBe(false);
    expect(looksLikeAddress('Avenue Supermarts')).toBe(false);
  });
});

describe('a reply that names no employer answers the mail it quotes, which may', () => {
  it('the reader\'s own follow-up, quoted under the owner\'s answer', () => {
    const r = classifyFields({
      from: 'Dana Ruiz <dana.ruiz.77@gmail.com>',
      subject: 'Re: following up',
      text:
        'Hi Kayla, sorry for the slow reply, we ended up going with someone else for the server spot. Thanks for coming in.\n\nDana\n\n' +
        'On Sun, Feb 23, 2025 at 4:05 PM Kayla Thompson <kayla.t@gmail.com> wrote:\n> Hi Dana, just following up on the server position at Pelican Wharf Grill,\n> I came in for the chat last Tuesday. Thanks, Kayla',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Pelican Wharf Grill');
  });

  it('the new text still wins over the quoted mail', () => {
    const r = classifyFields({
      from: 'Dana Ruiz <dana.ruiz.77@gmail.com>',
      subject: 'Re: following up',
      text:
        'Hi Kayla, thanks for applying to Harbour Light Café. We have received your application and will call you this week.\n\nDana\n\n' +
        'On Sun, Feb 23, 2025 at 4:05 PM Kayla Thompson <kayla.t@gmail.com> wrote:\n> Hi Dana, I also applied for the server position at Pelican Wharf Grill last month.',
    });
    expect(r.company).toBe('Harbour Light Café');
  });
});

describe('an ATS template that names nobody carries the employer\'s own signature', () => {
  const text =
    'Dear Priya,\n\nThank you for applying for the role of Project Coordinator. We have received your CV and it will now be reviewed by the directors.\n\n' +
    'Kind regards,\n\nMarcus Ellery\nOffice Manager\nPenhallow & Straker\nChartered Architects';

  it('read when the display name and links say nothing of the employer', () => {
    const r = classifyFields({ from: 'Hiring Team <notifications@mail.recruitee.com>', subject: 'Your application', text });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).toBe('Penhallow & Straker');
  });

  it('not read over an employer the template names', () => {
    const r = classifyFields({ from: 'Kestrel Build Careers <notifications@mail.recruitee.com>', subject: 'Your application', text });
    expect(r.company).toBe('Kestrel Build');
  });
});

describe("a platform's status mail names the employer as the one who acts on the application", () => {
  it.each([
    ['Brackenridge Tile Co. reviewed your application and decided not to move forward at this time.', 'Brackenridge Tile'], // legal suffixes are dropped,
    ['Hollowfield Orchards has updated the status of your application for Picker. Unfortunately, you were not successful this time.', 'Hollowfield Orchards'],
  ])('%s', (text, company) => {
    const r = classifyFields({ from: 'Job Board <no-reply@indeed.com>', subject: 'An update on your application', text });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe(company);
  });

  it('a pronoun in the same place names nobody', () => {
    const r = classifyFields({
      from: 'Careers <no-reply@hire.lever.co>',
      subject: "We've received your application",
      text: "We've received your application for the Sales Associate role and will be in touch.",
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company ?? '').not.toMatch(/we/i);
  });

  it('a talent community is the employer\'s', () => {
    const r = classifyFields({
      from: 'Talent Acquisition <no-reply@teamtailor-mail.com>',
      subject: '',
      text: "Thank you for applying. On this occasion we will not be progressing with your candidacy, but we'd like to keep your profile in the Wrenfield Gardens talent community.",
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Wrenfield Gardens');
  });
});

describe("a recruiter's own name through an ATS is not the employer", () => {
  it('a given name first: the recruiter who writes', () => {
    const r = classifyFields({
      from: 'Keisha Barnes <no-reply@greenhouse.io>',
      subject: 'Phone screen',
      text: 'Hi Sam, thanks for applying for the Warehouse Supervisor role. I would like to set up a 30 minute phone screen this week. Keisha',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company ?? '').not.toMatch(/Keisha|Barnes/);
  });

  it.each([['Marin Vista County'], ['Jordan Valley Council'], ['Florence Street Bakery']])('an organisation that begins like a person: %s', (name) => {
    const r = classifyFields({
      from: `${name} <noreply@governmentjobs.com>`,
      subject: 'Interview Invitation - Deputy Clerk II',
      text: 'You are invited to an oral board interview for the position of Deputy Clerk II on March 3 at 10:00.',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBe(name);
  });
});

describe('the signer\'s own name is not the employer, wherever it stands in the signature', () => {
  it('a line of its own after the sign-off\'s first name, with letters after it', () => {
    const r = classifyFields({
      from: 'Tom Hartley <tom@mosshartley.co.uk>',
      subject: '',
      text: 'Dear Alex,\n\nThank you for coming in last week. I am sorry to say we have decided not to offer you the Part II assistant position.\n\nBest wishes,\nTom\n\nTom Hartley RIBA\nMoss Hartley Architects',
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toMatch(/^Moss Hartley/);
  });
});

describe('the writer introduces themselves from their organisation', () => {
  it.each([
    ["Hi Maddie, it's Jess from Wildflower Boutique, saw your application for the sales assistant role. Could you come in Wed at 10 for an interview?", 'Wildflower Boutique'],
    ['Hello, this is Gary at Hartfield Parcels. Can you pop in on Thursday for an interview about the driver job?', 'Hartfield Parcels'],
  ])('%s', (text, company) => {
    const r = classifyFields({ from: 'Jess <jess.w1987@hotmail.com>', subject: '', text });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBe(company);
  });

  it('lower-case words after "from" are no name', () => {
    const r = classifyFields({
      from: 'Dana <dana.k@hotmail.com>',
      subject: '',
      text: "Hi, I'm Dana from a print studio nearby. We got your CV for the designer job and will be in touch.",
    });
    expect(r.company ?? '').not.toMatch(/print studio/);
  });
});

describe('a person on free mail whom nothing else places names the organisation in prose', () => {
  it('"if anything comes up at Harrowdale Joinery": the organisation the writer speaks for', () => {
    const r = classifyFields({
      from: 'Dave P <davep1971@gmail.com>',
      subject: '',
      text: "Hi Sam,\n\nThanks for coming in on Tuesday. We've decided to go with an internal candidate in the end, sorry. If anything else comes up at Harrowdale Joinery I'll let you know.\n\nDave",
    });
    expect(r.category).toBe('REJECTION');
    expect(r.company).toBe('Harrowdale Joinery');
  });

  it('a family business that begins with the writer\'s surname is theirs, not the writer', () => {
    const r = classifyFields({
      from: 'Ravi Mehta <ravimehta.surat@gmail.com>',
      subject: '',
      text: 'Dear Anjali,\n\nI have received your resume for the accounts assistant opening and passed it to our office manager at Mehta Textiles. She will call you next week to fix an interview.\n\nRegards,\nRavi Mehta',
    });
    expect(r.company).toBe('Mehta Textiles');
  });

  it('a person called by an honorific and the writer\'s mail app are no organisations', () => {
    const r = classifyFields({
      from: 'Lerato M <lerato.m@yahoo.com>',
      subject: '',
      text: 'Hi Sipho, Mr Khumalo would like to meet you at Vukani Pharma on Tuesday at 10 for an interview for the stock controller job. Please bring your ID.\n\nSent from Yahoo Mail on Android',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBe('Vukani Pharma');
  });

  it('reads no party in an honorific, a mail app or a sentence opener before "I"', () => {
    const text =
      'Mr Khumalo would like to meet you at Vukani Pharma on Tuesday. Before I forget, bring your ID. Dr. Sithole has the forms.\n\nSent from Yahoo Mail on Android';
    expect(findClientMentions('', text, () => false).map((m) => m.name)).toEqual(['Vukani Pharma']);
  });
});

describe('the employer in the words boards, founders and agencies use for it', () => {
  it.each([
    ['a board that sent the application to it', 'reed.co.uk <noreply@reed.co.uk>', 'Hi Sam,\n\nYour application has been sent to Pellow & Grange Accountants for the following job: Accounts Assistant.\n\nGood luck!', 'Pellow & Grange Accountants'],
    ["a board's card in words", 'IrishJobs.ie <noreply@irishjobs.ie>', 'Your application has been sent!\nJob: Site Engineer\nCompany: Ardcairn Civil Works\nLocation: Galway', 'Ardcairn Civil Works'],
    ['a greeting from the employer', 'HR Team <noreply@hrmailer-cloud.in>', 'Dear Candidate,\n\nGreetings from Kaveri Textiles!! With reference to your application for Merchandiser, we regret to inform you that you have not been shortlisted.', 'Kaveri Textiles'],
    ['a founder introducing the company', 'Mira Osei <mira.osei@gmail.com>', "Hi Joel,\n\nI'm the co-founder of Lanternfish Labs. We'd love to set up a call about the backend role you applied for. Does Thursday work?", 'Lanternfish Labs'],
    ["an agency's partner named in an InMail", 'Tom Reyes via LinkedIn <inmail-hit-reply@linkedin.com>', "Hi Ana,\n\nI'm partnering with Quillfeather Bio, a Series A biotech, on a QA Lead search. Would you be open to a chat?", 'Quillfeather Bio'],
    ['a company after its department and a dash in a signature', 'Ketan Joshi <ketan.joshi.hr@gmail.com>', 'Dear Rohan,\n\nYou are shortlisted for the technical round for the Design Engineer post on Monday at 10 AM.\n\nRegards,\nKetan Joshi\nHR - Sahyadri Forgings Pvt. Ltd.', 'Sahyadri Forgings'],
  ])('%s', (_case, from, text, company) => {
    expect(classifyFields({ from, subject: '', text }).company).toBe(company);
  });
});

describe("a person's display name in any alphabet is not the employer", () => {
  it.each([
    ['Inês Carvalho <ines.carvalho@kelpie-software.de>'],
    ['Róisín Ní Bhriain <r.nibhriain@northgate-uni.ie>'],
    ['Hannah Weiss-Lindgren <h.weiss-lindgren@castlemere-uni.ac.uk>'],
    ['Brodie McAllister <brodie@stockmanhotel.com.au>'],
  ])('%s', (from) => {
    const r = classifyFields({ from, subject: '', text: 'Thank you for applying for the position. We have received your application and will be in touch.' });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).not.toBe(from.split(' <')[0]);
  });

  it.each([['Marie-Claude Tremblay'], ['Annelies de Groot'], ['Seán O’Connor'], ['Ahmad bin Yusof']])('%s reads as a person', (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });

  it.each([['Kempen & Partners'], ['Barwa-Pol Kariera Ltd'], ['de Groot']])('%s does not', (name) => {
    expect(looksLikePersonName(name)).toBe(false);
  });
});

describe('a titled person is on the panel, not the employer', () => {
  it.each([['Cllr Okafor'], ['Dr Amara Okafor'], ['Prof. Okafor'], ['Mrs Okafor']])('"an interview with %s" names nobody to work for', (person) => {
    const r = classifyFields({
      from: 'Jane Morris <jane.morris@outlook.com>',
      subject: '',
      text: `Hi Sam,\n\nGood news: we would like to invite you to an interview with ${person} and myself on Thursday at 10am.\n\nJane`,
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBeNull();
  });
});

describe('a given name alone in the display name is the person who writes', () => {
  it.each([['Priya <priya@larkmoor.io>'], ['Daniel <daniel@quillfield.co>']])('%s: the employer comes from the domain', (from) => {
    const r = classifyFields({
      from,
      subject: '',
      text: 'Hi Sam, thanks for applying for the designer role. Could you do a call on Thursday at 3pm for a first interview?\n\nThanks',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBe(from.includes('larkmoor') ? 'Larkmoor' : 'Quillfield');
  });
});

describe('a university is named in full, not by its town or its unit', () => {
  it('the town of its domain, named in full in the signature', () => {
    const r = classifyFields({
      from: 'Moira Lindsay <moira.lindsay@dunmore.ac.uk>',
      subject: '',
      text: 'Hi Callum\n\nThanks for your application for the Research Technician post, we have it and the panel meets on the 14th.\n\nBest wishes\nMoira\n\nMoira Lindsay\nSchool Administrator\nUniversity of Dunmore, Kelvin Building, Quarry Road, Dunmore DN4 7QQ',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.company).toBe('University of Dunmore');
  });

  it("the town in the writer's own address, and the university in German", () => {
    const r = classifyFields({
      from: 'Henrik Sommer <henrik.sommer.lubeck@gmail.com>',
      subject: '',
      text: 'Dear Priya,\n\nI read your CV with interest. Would you have time for a video call on Monday at 14:00 about the postdoc position in my group?\n\nBest\nHenrik\n--\nProf. Dr. Henrik Sommer\nInstitut für Meeresbiologie\nHanse-Universität zu Lubeck',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.company).toBe('Hanse-Universität zu Lubeck');
  });

  it('the unit that hires, when the mail names one university', () => {
    expect(institutionsNamed('Department of Radiology, Western Plains University Medical Center')).toEqual(['Western Plains University Medical Center']);
    expect(widenToInstitution({ company: 'Department of Radiology', evidence: null }, 'the Department of Radiology at the University of Tarrant').company).toBe('University of Tarrant');
  });

  it('a company that is more than a piece of the name keeps its own', () => {
    expect(widenToInstitution({ company: 'Tarrant Freight Lines', evidence: null }, 'I studied at the University of Tarrant').company).toBe('Tarrant Freight Lines');
    expect(widenToInstitution({ company: 'Department of Radiology', evidence: null }, 'University of Tarrant and Ardmore University').company).toBe('Department of Radiology');
  });
});

describe("a job title in a signature is the signer's job, whatever words it holds", () => {
  it.each([
    ['Group Financial Controller', 'Umhlali Sugar Estates'],
    ['Store Supervisor', 'Kalamansi Corner Café'],
    ['School Secretary', 'Glenbarra National School'],
    ['Professor of Marine Engineering', 'Northmere Institute of Technology'],
    ['Technical Sourcer', 'Brightloom Labs'],
  ])('%s', (job, company) => {
    const r = classifyFields({
      from: 'Noor Haddad <noor.haddad@gmail.com>',
      subject: '',
      text: `Hi Sam,\n\nThanks for your application. Could you come in for an interview on Thursday at 10:00?\n\nKind regards\nNoor Haddad\n${job}\n${company}`,
    });
    expect(r.company).toBe(company);
  });

  it('an attachment line and a suburb with its state are no organisation', () => {
    expect(looksLikeAddress('Cremorne VIC 3121')).toBe(true);
    const r = classifyFields({
      from: 'Noor Haddad <noor.haddad@gmail.com>',
      subject: '',
      text: 'Hi Sam,\n\nPlease find your offer letter attached, we are delighted to offer you the role.\n\nNoor\nOakhurst Dental\n\nAttachments: Offer_Letter_S_Reid.pdf',
    });
    expect(r.company).toBe('Oakhurst Dental');
  });
});

describe("a messaging platform's headline under the writer's name", () => {
  it('names the organisation at the top, where no signature reader looks', () => {
    const r = classifyFields({
      from: 'Ines Castro via LinkedIn <inmail-hit-reply@linkedin.com>',
      subject: 'Opportunity',
      text: "Ines Castro\nLead Talent Partner at Quillmere Health\n\nHi Sam,\n\nI came across your profile and loved your work on clinic scheduling. We're hiring a Senior Product Designer. Would you be open to a short call next week?\n\nBest,\nInes\n\nReply: https://www.linkedin.com/messaging/thread/2-abc/\nYou are receiving InMail notification emails.",
    });
    expect(r.category).toBe('RECRUITER_OUTREACH');
    expect(r.company).toBe('Quillmere Health');
  });

  it('a sentence with "at" in the first lines is no headline', () => {
    const r = classifyFields({
      from: 'Ines Castro via LinkedIn <inmail-hit-reply@linkedin.com>',
      subject: 'Opportunity',
      text: 'Ines Castro, Talent Partner at Quillmere Health, has sent you a message.\n\nHi Sam, would you be open to a chat about a design role?',
    });
    expect(r.company ?? '').not.toMatch(/has sent you/);
  });
});
