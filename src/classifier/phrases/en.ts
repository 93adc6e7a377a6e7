import type { PhraseTable } from './phrase-table.types.ts';

/**
 * Cue lists for the compositional rules (`cueRules` below, matched by cue-rules.ts).
 * Each list is small and general; a rule needs cues from several lists in one clause.
 */
/** What turns a clause around. Bare "no" is left out: "no further action is needed from you". */
const NEGATIONS = [
  'not', 'never', 'no longer', 'unable', 'cannot', "can't", "won't", "wouldn't", "couldn't", "don't", "didn't", "doesn't",
  "isn't", "aren't", "wasn't", "haven't", "hasn't", "shan't", 'decided against', 'against',
];
/** Regret: weaker than a negation ("sorry for the delay in progressing your application"). */
const REGRETS = ['unfortunately', 'regret', 'regretfully', 'sadly', "i'm afraid", 'i am afraid', 'sorry to'];
/** What an application does when it succeeds. */
const PROGRESSIONS = [
  'move forward', 'moving forward', 'moved forward', 'move ahead', 'moving ahead', 'go ahead', 'going ahead',
  'proceed', 'proceeding', 'progress', 'progressing', 'progressed', 'advance', 'advancing', 'advanced',
  'continue', 'continuing', 'consider', 'considering', 'considered', 'consideration', 'shortlist', 'shortlisting',
  'shortlisted', 'select', 'selected', 'selecting', 'successful', 'offer', 'offering', 'pursue', 'pursuing',
  'invite', 'inviting', 'invited', 'further', 'taken forward', 'take forward', 'taking forward', 'put forward',
  'putting forward', 'carry forward', 'next stage', 'next round', 'next step',
  // The candidate as the object between verb and particle: "unable to move you forward", "take you further".
  'move you forward', 'moving you forward', 'move you ahead', 'take you forward', 'taking you forward', 'take you further',
  'put you forward', 'putting you forward', 'bring you forward', 'move you on', 'move you to',
];
/** Whom a decision is about: the candidate or their application. */
const CANDIDATE_REFERENCES = [
  'you', 'your application', 'your candidacy', 'your candidature', 'your profile', 'your cv', 'your resume',
  'your submission', 'your application for', 'your interest',
];
/** Negations that are not: "can't wait to", "don't forget to", "do not hesitate". */
const NEGATION_EXCEPTIONS = [
  "can't wait", 'cannot wait', "don't forget", 'do not forget', 'not forget', 'not hesitate', "don't hesitate",
  'not only', 'not just', 'not yet', "haven't yet", "hasn't yet", 'not sure', 'not reply', 'not respond',
  // Nothing asked of the reader is not a decision about them: "you do not need to take any further action".
  'not need', "don't need", "doesn't need", 'not required', 'not necessary', 'not have to', "don't have to", 'not do any',
];
/** Choosing someone else: the verb, then a qualifier, then a candidate noun. */
const CHOICES = [
  'decided for', 'opted for', 'chosen', 'chose', 'selected', 'gone with', 'go with', 'went with', 'going with',
  'move on with', 'moving on with', 'moved on with', 'proceed with', 'proceeding with', 'progress with',
  'progressing with', 'continue with', 'continuing with', 'offered the role to', 'offered the position to', 'hired',
  'appointed', 'decided to appoint', 'decided on', 'ended up hiring', 'ended up going with', 'decided to hire', 'chose to hire',
];
/** "hired someone with more experience", "went with a candidate whose background is stronger". */
const SOMEONE = ['someone', 'somebody', 'a candidate', 'an applicant', 'a person', 'a colleague', 'an individual'];
const WITH_MORE = ['more', 'stronger', 'greater', 'deeper', 'broader', 'closer', 'better', 'more relevant', 'more direct', 'more hands-on'];
const OTHER_QUALIFIERS = ['other', 'another', 'a different', 'an alternative', 'alternative', 'a stronger', 'stronger', 'an internal', 'internal', 'more suitable', 'a more', 'more experienced'];
const CANDIDATE_NOUNS = ['candidate', 'candidates', 'applicant', 'applicants', 'profile', 'profiles', 'person', 'individual', 'someone'];
/** Asking the reader for a meeting. */
const REQUESTS = [
  'would like to', "we'd like to", "i'd like to", 'could you', 'can you', 'are you available', 'are you free',
  'would you have', 'would you be available', 'do you have', 'let me know', 'let us know', 'please share',
  'please book', 'please pick', 'please select', 'please choose', 'please grab', 'please send', 'please suggest',
  'kindly share', 'kindly confirm', 'kindly let', 'please confirm', 'reply with', 'send me', 'send over',
  'which one works', 'which works', 'what works', 'when works', 'when would suit', 'when suits',
  // Asking as a question or an imperative: "would you be up for a call", "just grab a slot"
  'would you be up for', 'are you up for', 'would you be open to', 'would you like to', 'grab', 'pick', 'book',
];
const MEETING_NOUNS = [
  'call', 'chat', 'conversation', 'interview', 'screen', 'meeting', 'time', 'times', 'time slot', 'slot', 'slots',
  'discussion', 'availability', 'windows', 'video call', 'video chat', 'phone call',
];
/** A stage beyond the first contact, and what a stage is called. */
const STAGE_WORDS = [
  'second', '2nd', 'third', '3rd', 'next', 'final', 'technical', 'onsite', 'on-site', 'panel', 'take-home',
  'case study', 'written', 'reasoning', 'psychometric', 'aptitude', 'coding', 'skills', 'in-person', 'face-to-face',
];
const STAGE_NOUNS = [
  'round', 'rounds', 'stage', 'interview', 'interviews', 'assessment', 'assessments', 'exercise', 'test', 'tests',
  'challenge', 'task', 'presentation',
];
const STAGE_ORDINALS = ['two', 'three', '2', '3', 'ii', 'iii'];

/** Head nouns of job titles ("engineer", "lead"): a meeting invite whose subject names one is an interview. */
const JOB_TITLE_HEADS = [
  'engineer', 'developer', 'manager', 'director', 'analyst', 'scientist', 'designer', 'architect', 'consultant',
  'specialist', 'administrator', 'coordinator', 'lead', 'intern', 'internship', 'officer', 'researcher', 'technician',
  'programmer', 'recruiter', 'associate', 'principal', 'head of', 'vp', 'vice president', 'sme', 'advisor', 'strategist',
];
/** The same, with the titles of shift and trade work, to qualify a place noun ("the cashier spots", "both driver openings"). */
const ROLE_TITLE_NOUNS = [
  ...JOB_TITLE_HEADS, 'shift lead', 'supervisor', 'driver', 'drivers', 'cashier', 'server', 'cook', 'clerk', 'assistant', 'teacher',
  'nurse', 'operator', 'picker', 'packer', 'handler', 'mechanic', 'stocker', 'barista', 'bartender', 'crew', 'staff',
  'seasonal', 'leads', 'management', 'full-time', 'part-time', 'summer', 'warehouse',
];

/** Who decides on a path: the writer's side ("we went another direction", "the team has decided to go a different way"). */
const PATH_DECIDERS = ['we', "we've", 'we have', "we're", 'we are', 'i', "i've", 'decided to', 'chosen to', 'opted to', 'team', 'they', 'the client', 'management'];
const PATH_VERBS = ['go', 'going', 'gone', 'went', 'head', 'heading', 'headed', 'take', 'taking', 'took', 'taken'];
const OTHER_PATHS = ['another', 'a different', 'a new', 'other'];
const PATH_NOUNS = ['direction', 'way', 'route', 'path'];
/** A path is a hiring decision only when the clause names the candidate or the role ("… on the shift lead job"). */
const PATH_ABOUT = [
  'you', 'your application', 'your candidacy', 'role', 'position', 'job', 'vacancy', 'opening', 'post', 'candidate', 'candidates', 'hire', 'hiring',
];
/** Filling that is done, not going on ("we are filling the role" still hires): a completed or perfect form. */
const FILLED = ['filled', 'ended up filling', 'finished filling', 'already filled', 'have filled', 'has filled', "we've filled", 'filled up'];
const PLACE_DETERMINERS = ['all the', 'all our', 'all of the', 'all of our', 'the', 'our', 'those', 'these', 'both', 'all'];
/** Places that are jobs only when a job-title noun qualifies them: "the lead spots", "our driver openings". */
const PLACE_NOUNS = ['spots', 'spot', 'slots', 'slot', 'places', 'place', 'positions', 'openings', 'roles', 'jobs', 'vacancies', 'seats'];
/** Wanting the reader in the team: an offer said plainly ("we want you on board", "we'd love to have you on the team"). */
const WANTING = [
  'want', 'wants', 'would like', "we'd like", 'would love', "we'd love", "i'd love", 'love to have', 'like to have', 'want to have',
  'excited to have', 'happy to have', 'thrilled to have', 'delighted to have', 'glad to have',
];
const ON_THE_TEAM = ['you on board', 'you onboard', 'you aboard', 'you on the team', 'you on our team', 'you to join our team', 'you to join the team'];
/** A request to come to the workplace on a given day: an in-person interview from an owner or a manager. */
const VISIT_REQUESTS = ['can you', 'could you', 'would you be able to', 'are you able to', 'can you please', 'could you please', 'are you free to', 'are you available to'];
const VISITS = ['come in', 'come back', 'come by', 'stop by', 'swing by', 'pop in', 'drop by', 'come down', 'come over'];
const VISIT_DAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'this week', 'next week',
  'this afternoon', 'this morning', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
];
/** What a visit for a job is for: meeting, talking, a trial shift; a friend's "come over Saturday" names none. */
const VISIT_PURPOSES = ['meet', 'talk', 'sit down', 'chat', 'interview', 'meet you', 'walk', 'trial', 'shift', 'tour', 'see the', 'speak'];
/**
 * Any person the writer's side chose, named however the writer names people ("a bloke who's been repping
 * into pubs", "an individual whose experience", "a lad who has run a deli"): a rejection when the clause
 * says what the person brings (years, experience, a background) — a tradesman "we went with" for the
 * tiles brings a price, not a background.
 */
const PERSON_CHOICES = [
  ...CHOICES, 'picked', 'have picked', 'taken on', 'took on', 'taking on', 'ended up taking on', 'brought on', 'brought in', 'brought on board',
  'gone for', 'went for', 'going for', 'offered it to', 'gave it to', 'given it to', 'settled on', 'take on', 'to take on', 'bring on',
  'bring in', 'decided on', 'opted for',
];
const PERSON_HEADS = [
  'bloke', 'guy', 'lad', 'chap', 'fella', 'fellow', 'girl', 'woman', 'man', 'lady', 'gentleman', 'gent', 'person', 'individual',
  'candidate', 'applicant', 'someone', 'somebody', 'colleague', 'internal', 'people', 'one', 'student', 'graduate', 'employee',
];
const PERSON_BRINGS = [
  'years', 'year', 'experience', 'experienced', 'background', 'already knows', 'knows', 'more', 'track record', 'worked', 'has run',
  'has done', "who's done", "who's been", 'who has been', 'who had', 'qualified', 'qualifications', 'skills', 'expertise',
  'already has', 'internal', 'internally', 'in-house', 'from within', 'ticket', 'licence', 'license', 'certificate',
];
/** A person chosen for work on the writer's home or event is a service bought, not a job filled ("hired a guy … to redo the kitchen"). */
const HOUSEHOLD_WORK = [
  'kitchen', 'bathroom', 'roof', 'garden', 'fence', 'driveway', 'extension', 'renovation', 'renovations', 'the house', 'our house',
  'the flat', 'wedding', 'the party', 'the move', 'removals', 'the car', 'the tiles', 'tiling', 'plumbing', 'the wiring', 'the photos',
  'catering', 'the cake', 'the dog', 'babysitting', 'the lawn', 'gutters', 'the deck', 'the loft', 'the boiler', 'the painting',
];
/** The work bought, as an infinitive of purpose ("to redo the kitchen"): "more kitchen experience" or "for the kitchen manager role" is not. */
const HOUSEHOLD_ACTS = [
  'to do', 'to redo', 'to fix', 'to build', 'to paint', 'to renovate', 'to repair', 'to clean', 'to tile', 'to sort', 'to sort out',
  'to look at', 'to replace', 'to install', 'to cater', 'to photograph', 'to shoot', 'to mow', 'to move', 'to re-roof', 'to landscape',
  'to plaster', 'to rewire', 'to service', 'to walk', 'to mind', 'to decorate',
];
/** Joining a body that is not an employer: "application to join the tennis club" (never "to join our team" or a programme). */
const JOINING = ['application to join', 'applying to join', 'apply to join', 'applied to join', 'request to join', 'application for membership'];
const CLUBS = ['club', 'society', 'association', 'gym', 'choir', 'league', 'orchestra', 'band', 'guild', 'lodge', 'the club', 'the society'];
/** A role that is not a job: "your role on the committee", "a role in the play". */
const ROLE_WORDS = ['your role', 'a role', 'the role', 'his role', 'her role', 'my role'];
const ROLE_PLACES = ['on the', 'in the', 'at the', 'for the', 'on our', 'in our'];
const NON_JOB_BODIES = [
  'committee', 'pta', 'parish', 'play', 'musical', 'panto', 'pantomime', 'choir', 'wedding', 'school fete', 'fete', 'club committee',
  'book club', 'residents association', "residents' association", 'neighbourhood watch', 'team sheet', 'bake sale', 'fundraiser',
];
/** The writer's side ending the candidacy: "we have made the decision to close your application". */
const CANDIDACY_ENDINGS = [
  'close', 'closing', 'closed', 'close out', 'closing out', 'close off', 'closing off', 'end', 'ending', 'conclude', 'concluding',
  'archive', 'archiving', 'decline', 'declining', 'discontinue', 'discontinuing',
];
/** The job given to a third person: "offer the position to another candidate", "gave the job to my cousin's mate". */
const GIVING = ['offer', 'offered', 'offering', 'give', 'gave', 'given', 'giving', 'award', 'awarded', 'awarding', 'hand', 'handed'];
const JOB_GIVEN_TO = [
  'the role to', 'the position to', 'the job to', 'the post to', 'the vacancy to', 'the opportunity to',
  'the contract to', 'the gig to', 'this role to', 'this position to', 'the job instead to',
];
/** Whom, when it is not the reader: "to you" is the reader's offer. */
const THIRD_PERSONS = [
  'another', 'other', 'a', 'an', 'one', 'someone', 'somebody', 'my', 'his', 'her', 'their', 'our', 'the other', 'internal', 'an internal',
  'a colleague', 'someone else', 'somebody else',
];
/** A plain "no" as the verdict ("it's a no from us this time"), only when the clause says what it is a no to. */
const NO_VERDICTS = [
  "it's a no", 'it is a no', 'its a no', "it'll be a no", "it's going to be a no", 'the answer is no', 'the answer is a no',
  'the decision is no', 'the decision is a no', 'the answer will be no', "we'll have to say no", 'we have to say no',
];
const NO_ABOUT = [
  'job', 'role', 'position', 'vacancy', 'post', 'application', 'candidacy', 'this time', 'on this occasion', 'this round', 'trial', 'shift',
  'from us', 'from the team', 'from the client', 'from the panel', 'from the hiring',
];
/** A visit requested for a talk about the job, with or without a day ("could you pop in for a chat … about the pharmacist role"). */
const VISIT_ASKS = [
  ...VISIT_REQUESTS, 'would you like to', 'kindly', 'please', 'if you could', 'possible you', 'possible for you to', "you're welcome to",
  'we invite you to', 'i invite you to', 'fancy', 'do you fancy', 'how about', 'would you mind', 'up for', 'keen to',
];
/**
 * A trial of the work itself, asked of the reader: a stage of selection in trades and hospitality ("can you do a trial
 * shift Saturday", "would you be up for a trial day", "we'd like you to come in for a working interview").
 */
const TRIAL_ASKS = [
  ...VISIT_ASKS, 'can you do', 'could you do', 'you able to do', 'you right to do', 'like you to', 'want you to', 'come in for', 'come for',
  'free for', 'available for', 'do you fancy',
];
const WORK_TRIALS = [
  'trial shift', 'trial shifts', 'trial day', 'trial days', 'paid trial', 'work trial', 'working interview', 'working interviews', 'trade test',
  'skills test', 'practical test', 'stage shift',
];
/**
 * The reader's own job matter, addressed to them: "your interview", "our interview", "ur cv", "your start date". Job
 * context by itself in a person's note (decide-category.ts); words that also name a phone contract, a product trial, a
 * school day or an app's onboarding are not among them.
 */
/** The reader on the hiring side: their own job ad, their applicants, the person they are taking on. */
const READER_HIRING_MATTERS = [
  'job ad', 'job advert', 'job advertisement', 'job post', 'job posting', 'job listing', 'vacancy ad', 'ad for', 'listing for',
  'new hire', 'new starter', 'new employee', 'new staff member', 'new recruit', 'applicants', 'candidates', 'shortlisted applicants',
];
/**
 * The reader on the hiring side of someone else's application: the hiring manager an ATS notifies, an interviewer
 * whose scorecard is due, the manager who approves an offer ("Offer approval needed: J. Mensah").
 */
const HIRING_SIDE_SIGNS = [
  'you are the hiring manager', "you're the hiring manager", 'you are listed as the hiring manager', "you're listed as the hiring manager",
  'you posted a job', 'a job you are hiring for', "a job you're hiring for", 'submit your scorecard', 'complete your scorecard',
  'your scorecard is', 'scorecard is still outstanding', 'submit interview feedback for', 'submit your interview feedback', 'interview kit',
  'offer approval needed', 'offer approval required', 'approve the offer for', 'need your approval on the', 'new applicants for your',
  'a new candidate has applied', 'unreviewed applications', 'sit on the interview panel', 'sit on the panel', 'sit on the technical interview',
  'sit in on the interview',
];
/**
 * A vendor or an agency selling to the reader's business (developers by the hour, candidates for the reader's
 * vacancy, a tool "for teams like yours"): an approach, but not about a job for the reader.
 */
const VENDOR_PITCHES = [
  'dedicated developers', 'dedicated resources', 'dedicated team', 'extension of your in-house team', 'extension of your team',
  'work as part of your team', 'teams like yours', 'companies like yours', 'businesses like yours', 'product teams like yours',
  'pre-vetted candidates', 'vetted contractors', 'our fee is', 'free trial', 'week trial with no obligation', 'no setup fee',
  'at very affordable rates', 'white-label partnership', 'book a demo', 'a quick demo', 'scale your engineering team', 'your hiring needs',
  'who handles your', 'point me to the right person', 'pointing me to the right person', 'share profiles',
];
/**
 * The reader's business as the one that sells: its quote or samples were not chosen, it applied to sell
 * somewhere. A supplier is chosen and turned down in the words of hiring ("we've decided to go with another
 * supplier this time"). Not "the pitch": sales and agency interviews have pitch rounds.
 */
const READER_SELLS = [
  'the quote for', 'your quote', 'your quotation', 'the quotation', 'all three quotes', 'the quotes', 'another supplier',
  'a different supplier', 'other suppliers', 'as a supplier', 'seller application', 'apply to sell',
  'applying to sell', 'applied to sell', 'your samples', 'proceed with the order', 'place the order', 'purchase order',
];
/** A home to live in, which is chosen, let and given like a job: "the apartment", "the spare room", "the 2 bedroom". */
const DWELLINGS = [
  'apartment', 'the apartment', 'flat', 'the flat', 'the room', 'spare room', 'the spare room', 'wg room', 'bedroom', 'the house',
  'the property', 'the rental', 'tenancy', 'the tenancy', 'the studio flat',
];
/** What happens to a home that went to someone else: "the room is already gone", "the flat has been let". */
const DWELLING_GONE = ['is gone', 'is already gone', 'has gone', 'is taken', 'is already taken', 'has been taken', 'has been let', 'is let', 'is off the market'];
/**
 * Selection for something that is not a job: a contest, a study place, a pet to adopt, a volunteer seat. Auditions are
 * left out: an orchestra's or a theatre's may be a paid job.
 */
const NON_JOB_SELECTIONS = [
  'contestant', 'contestants',
  'admissions interview', 'your application to study', 'application to adopt', 'apply to adopt', 'rehoming', 'a home check',
  'co-opted governor', 'become a governor', 'school governor',
];
const NEW_ARRIVALS = ['new application for', 'new applicant for', 'new applicants for', 'applied to', 'applied for', 'responded to', 'applicants for', 'candidates for'];
/** The writer is the one offered a job, by the reader: "for phoning to offer me the position", "I'm happy to accept your offer". */
const OFFERED_TO_WRITER = ['offer me', 'offered me', 'offering me', 'hire me', 'hiring me', 'take me on', 'taking me on'];
const WRITER_ACCEPTS = ['delighted to accept', 'happy to accept', 'pleased to accept', 'glad to accept', 'i accept', 'i would like to accept', "i'd like to accept", 'i am accepting', "i'm accepting", 'i gladly accept'];
const JOBS_OFFERED = ['the position', 'the job', 'the role', 'the post', 'a position', 'a job', 'a role', 'the place', 'your offer', 'the offer', 'your job offer', 'the job offer'];
const READER_POSSESSIVES = ['your', 'ur', 'yr', 'our'];
const READER_JOB_MATTERS = [
  // Right after the possessive: "your passport interview" is an appointment at an office, not a job interview.
  'interview', 'interviews', 'phone interview', 'video interview', 'first interview', 'second interview', 'final interview',
  'in-person interview', 'job interview', 'interview time', 'interview timing', 'trial shift', 'trial day',
  'start date', "start date's", 'starting date', 'joining date', 'pay rate', 'hourly rate', 'offer letter', 'background check',
  'background screening', 'drug test', 'drug screen', 'right to work', 'pre-employment', 'job application', 'candidacy', 'candidature',
];
/**
 * The reader's CV as something the writer has handled ("got your cv", "passed your resume to", "your CV I have show to
 * my boss", "thanks for dropping off the resume"); asking for it ("send me your CV, I will forward it") is not yet one.
 */
const CV_HANDLED = [
  'got', 'received', 'receive', 'have', 'had', 'passed', 'passed on', 'forwarded', 'showed', 'shown', 'read', 'looked at', 'had a look at',
  'gone through', 'went through', 'reviewed', 'thanks for', 'thank you for', 'dropping off', 'dropped off', 'dropping in', 'dropped in',
  'handing in', 'handed in', 'saw', 'seen', 'checked',
];
const CVS = ['cv', 'resume', 'résumé', 'cv and', 'resume and'];
const CV_THEN_HANDLED = ['i have', "i've", 'i had', 'i passed', 'i showed', 'i gave', 'has been', 'have been', 'was', 'we have', "we've", 'is with', 'looks', 'went'];
/** "next step is road test", "the next stage will be a trade test": a named step of selection comes next. */
const NEXT_STEP_IS = ['next step is', 'next step will be', 'next step would be', 'next stage is', 'next stage will be', 'next step is to do', 'next up is'];
const SELECTION_STEPS = [
  ...WORK_TRIALS, 'road test', 'road tests', 'driving assessment', 'drug test', 'drug screen', 'drug and alcohol test', 'drug & alcohol test',
  'interview', 'final interview', 'panel interview', 'assessment', 'assessment centre', 'assessment center', 'reference check', 'reference checks',
];
/** What may stand between the ask and the trial; "a free trial day" is a product, so "free" is not among them. */
const TRIAL_DETERMINERS = [
  'a', 'an', 'the', 'your', 'our', 'a paid', 'a short', 'a quick', 'a couple of', 'couple of', 'a couple', 'a few', 'some', 'one', 'two',
  'another', 'a second', 'an unpaid', 'a proper', 'a little', 'paid', 'short',
];
const VISITS_TO = [
  ...VISITS, 'pop by', 'pop over', 'pop into', 'drop in', 'drop into', 'call in', 'call by', 'call into', 'come to', 'come into',
  'come along', 'come round', 'come around', 'visit', 'stop in',
  // The same as a gerund: "fancy popping into the office", "how about coming in on Friday".
  'popping in', 'popping into', 'popping by', 'popping over', 'coming in', 'coming into', 'coming by', 'coming to', 'coming down',
  'dropping in', 'dropping by', 'stopping by', 'swinging by', 'calling in',
];
const VISIT_FOR = [
  'for a chat', 'for a quick chat', 'for a yarn', 'for a talk', 'for a coffee', 'for a cuppa', 'for a meeting', 'for an interview',
  'for discussion', 'for a discussion', 'for an informal chat', 'for a face to face', 'for a face-to-face', 'to meet', 'to talk', 'to chat',
  'to have a chat', 'to have a talk', 'to discuss', 'for interview', 'for a conversation', 'to sit down', 'and meet', 'and talk', 'and chat',
  'for face to face', 'for face-to-face', 'for a personal interview', 'for the interview', 'for your interview', 'for an in-person',
];
/** What the talk is about: the job ("about the cook job", "regarding the Site Engineer post"), never a renovation. */
const VISIT_JOB_ABOUT = ['role', 'position', 'job', 'vacancy', 'post', 'opening', 'your cv', 'your resume', 'your application', 'the shift', 'shifts'];
/** A list of new openings sent on a schedule: "your weekly teaching jobs digest", "new vacancies matching …". */
const FRESH = ['new', 'latest', 'recent', 'fresh', 'weekly', 'daily', 'this week\'s', "today's"];
const JOB_LIST_NOUNS = ['jobs', 'vacancies', 'openings', 'positions', 'roles', 'job openings', 'job listings', 'listings', 'opportunities'];
const LIST_ENDS = ['digest', 'matching', 'that match', 'near you', 'for you', 'in your area', 'within', 'roundup', 'round-up', 'newsletter'];
/** Managing the alert that sent the list: "edit your alert", "pause this alert". */
const ALERT_ACTIONS = ['edit', 'manage', 'update', 'change', 'pause', 'delete', 'turn off', 'unsubscribe from'];
const ALERTS = ['your alert', 'this alert', 'your alerts', 'alert settings', 'your search alert', 'this search alert'];
/** Having talked before, in a few words: "good talking Thursday", "great meeting you yesterday". */
const GOOD = ['good', 'great', 'nice', 'lovely', 'enjoyed', 'was good', 'was great', 'was nice'];
const TALKED = ['talking', 'speaking', 'chatting', 'meeting you', 'meeting with you', 'talking with you', 'talking to you'];

/** Giving the reader the job, and what is given. */
/** What a role, a search or a hiring plan is when it ends: "the position has been filled", "the role is on hold". */
const ROLE_SUBJECTS = [
  'the role', 'this role', 'that role', 'the position', 'this position', 'that position', 'the vacancy', 'this vacancy',
  'the requisition', 'this requisition', 'the req', 'the opening', 'this opening', 'the job', 'this job', 'the post',
  'this post', 'all positions', 'all roles', 'all vacancies', 'the search', 'this search', 'the hiring', 'hiring for',
  'all hiring for', 'recruitment for', 'the recruitment', 'the recruiting', 'the opportunity', 'this opportunity', 'the headcount',
];
const ROLE_ENDINGS = [
  'on hold', 'filled', 'closed', 'cancelled', 'canceled', 'paused', 'frozen', 'withdrawn', 'suspended', 'discontinued',
  'no longer available', 'no longer open', 'no longer needed', 'eliminated', 'pulled', 'shelved', 'put on ice',
];
/** The same, as the first cue of a rule: nouns only, so a rule is not tried at every "the". */
const ROLE_NOUNS = [
  'role', 'position', 'vacancy', 'requisition', 'req', 'opening', 'job', 'post', 'positions', 'roles', 'vacancies',
  'search', 'recruitment', 'recruiting', 'opportunity', 'headcount', 'hiring for',
];
/** Ending a role or a search, said the other way round: "we have closed the requisition", "pausing all hiring for it". */
const ENDING_VERBS = [
  'closed', 'closing', 'close', 'cancelled', 'canceled', 'cancelling', 'cancel', 'paused', 'pausing', 'pause', 'put on hold',
  'placed on hold', 'putting on hold', 'withdrawn', 'withdrew', 'froze', 'freezing', 'filled', 'eliminated', 'shelved',
];
/** Not suiting: what a negation turns into "not a match". */
const NEGATED_FIT_OPENERS = [
  'not', 'no', 'nothing', 'never', 'no longer', "don't", "doesn't", "isn't", "aren't", "wasn't", "won't", "didn't", 'unable to find',
];
const FITS = [
  'a fit', 'the right fit', 'a good fit', 'a strong fit', 'a fit for', 'fit', 'a match', 'the right match', 'a strong match',
  'a good match', 'match', 'matching', 'aligned', 'align', 'alignment', 'suitable', 'the right candidate', 'right for',
  // "the requirements" alone may be a photo's or a parcel's: hiring's own standards are read by `hiring standards not met`.
  'closely enough', 'meet our requirements', 'the right profile',
];
/**
 * Hiring standards not met: "does not meet our current hiring criteria", "did not satisfy the essential criteria for
 * the post". The standard is named as hiring's own (selection, shortlisting, hiring, minimum qualifications …): a photo
 * or a parcel that does not meet "the requirements" is not a candidate.
 */
const MEETING_STANDARDS = ['meet', 'meets', 'met', 'satisfy', 'satisfies', 'satisfied', 'fulfil', 'fulfill', 'fulfils', 'fulfills', 'fulfilled', 'match', 'matches'];
const HIRING_STANDARDS = [
  'hiring criteria', 'hiring requirements', 'hiring standards', 'selection criteria', 'shortlisting criteria', 'essential criteria',
  'minimum qualifications', 'minimum requirements for the role', 'minimum requirements for this role', 'minimum requirements for the position',
  'job requirements', 'role requirements', 'position requirements', 'requirements of the role', 'requirements of the position',
  'requirements for the role', 'requirements for this role', 'requirements for the position', 'requirements for this position',
  'experience requirements', 'eligibility criteria for the role', 'person specification',
];
/** What a misfit is about: the reader, the role, or the moment. */
const FIT_ABOUT = ['you', 'your', 'this role', 'the role', 'this position', 'the position', 'at this time', 'at the moment', 'right now', 'requirements', 'what we need', 'what we are looking for'];
/** Others chosen for being closer: "someone whose background is closer", "candidates who more closely match". */
const OTHER_PEOPLE = ['others', 'other candidates', 'other applicants', 'candidates', 'applicants', 'someone', 'candidate', 'people', 'profiles', 'individuals'];
const BACKGROUNDS = ['background', 'backgrounds', 'experience', 'experiences', 'profile', 'profiles', 'skills', 'skill set', 'qualifications'];
const CLOSER = ['closer', 'more closely', 'better', 'more aligned', 'more directly', 'more relevant', 'stronger', 'more suited'];
/** Intake that stopped: "no longer accepting or processing applications". */
const INTAKE_VERBS = ['accepting', 'processing', 'reviewing', 'considering', 'taking'];
const INTAKE_NOUNS = ['applications', 'candidates', 'candidacies', 'new applications', 'any applications', 'any more applications'];
/** An offer that went to someone else. */
const OFFER_GIVEN = ['offer to', 'offered it to', 'offered the job to', 'offered the role to', 'offered the position to', 'given the role to', 'given the position to'];
/** Someone else, as the first cue of a rule (no article: a rule is not tried at every "a"). */
const OTHERS = ['another', 'other', 'internal', 'external', 'alternative', 'stronger'];
/** Applying for things that are not jobs: a card, a loan, a flat, a place, a grant. */
const APPLYING = ['application for', 'application to', 'applying for', 'applying to', 'applied for', 'applied to', 'apply for', 'apply to'];
const NON_JOB_OBJECTS = [
  'credit card', 'card', 'loan', 'mortgage', 'flat', 'the flat', 'apartment', 'the apartment', 'the property', 'tenancy', 'lease',
  'account', 'an account', 'overdraft', 'credit', 'insurance', 'policy', 'visa', 'permit', 'passport', 'grant', 'funding',
  'scholarship', 'admission', 'a place', 'the programme', 'membership', 'a membership', 'our card', 'the card',
  'volunteer', 'volunteering', 'a volunteer', 'as a volunteer', 'personal loan', 'a personal loan', 'line of credit',
  // Head nouns of named schemes: "your application to the Northern Arts Fund", "applying for the Young Makers Award".
  'fund', 'award', 'prize', 'bursary', 'residency',
  // Education and other places: "an application to enrol Mia in Year 7", "the Leisure Centre membership".
  'enrol', 'enroll', 'enrolment', 'enrollment', 'to enrol', 'to enroll', 'course', 'degree', 'mastercard', 'cashback', 'rewards card',
  'savings account', 'current account', 'checking account', 'credit line', 'home loan', 'car loan', 'rental', 'a rental', 'housing',
];
/**
 * Things named before "application" that are not jobs: "your visa application", "the planning application". (Loans, cards,
 * mortgages, rentals, insurance and memberships have their exact phrases in `nonJobSense`, which a rejection may carry.)
 */
const NON_JOB_APPLICATION_HEADS = [
  'visa', 'passport', 'permit', 'residence permit', 'work permit', 'planning', 'citizenship', 'naturalisation', 'naturalization',
  'tenancy', 'grant', 'scholarship', 'admission', 'admissions', 'school', 'school place', 'university', 'college', 'course', 'benefit', 'benefits', 'housing', 'licence', 'license', 'pension',
  'bursary', 'adoption', 'council tax', 'parking permit', 'allotment', 'nursery', 'daycare', 'enrolment', 'enrollment', 'ucas',
];
/** The writer introducing a role that is not hiring: "I'm a freelance journalist", "I host a podcast". */
const SELF_INTRODUCTIONS = ["i'm a", 'i am a', "i'm an", 'i am an', 'i work as a', 'i write for', 'i host', "i'm the host", 'i produce'];
const NON_HIRING_ROLES = [
  'journalist', 'reporter', 'writer', 'columnist', 'podcast', 'podcaster', 'host', 'producer', 'blogger', 'student',
  'phd student', 'researcher', 'documentary', 'newsletter', 'magazine', 'freelance journalist', 'freelance reporter', 'freelance writer',
];
/** Writing something: "working on a piece for the Weekly", "researching an article about". */
const WRITING = ['working on', 'writing', 'researching', 'putting together', 'reporting'];
const WRITTEN_WORKS = ['a piece', 'an article', 'a story', 'a feature', 'a report', 'an episode', 'a documentary', 'a profile of'];
/** An offer sent or waiting: "has sent you an offer", "review and sign your offer". */
const OFFER_SENDING = ['sent you', 'extended you', 'extending you', 'prepared', 'ready to send', 'attached', 'attaching', 'enclosed', 'review and sign', 'sign', 'accept', 'e-sign'];
const OFFERS = ['an offer', 'your offer', 'the offer letter', 'your offer letter', 'an offer letter', 'a formal offer', 'the formal offer', 'a written offer'];
/** Interviews and features for the press or a show: about the reader's company, product or story, not a job. */
const PRESS_VERBS = ['interview you', 'interview', 'feature you', 'feature', 'talk', 'speak', 'chat'];
const PRESS_TOPICS = [
  'your startup', 'your company', "your company's", 'your product', 'your book', 'your research', 'your story', 'your journey',
  'your funding', 'the funding', 'your launch', 'your work on', 'your experience building', 'the show', 'our show', 'our podcast',
  'our readers', 'our listeners', 'our audience', 'an article', 'a story', 'a piece',
];
const OFFER_VERBS = ['offer you', 'bring you on board', 'bring you onboard', 'engage you', 'appoint you', 'welcome you aboard', 'hire you'];
const OFFER_OBJECTS = ['position', 'role', 'job', 'post', 'as', 'as our', 'contract', 'for the', 'employment'];
/** An application arriving or being held. */
const APPLICATION_NOUNS = ['your cv', 'your resume', 'your application', 'your materials', 'your documents', 'your details', 'your profile', 'your submission'];
const ARRIVED = [
  'has reached us', 'reached us', 'safely with us', 'is with us', 'has arrived', 'arrived safely', 'came through', 'has been forwarded',
  // What a portal says of a finished application: "your submission is complete".
  'is complete', 'is now complete', 'has been completed', 'was completed', 'is submitted', 'has been submitted', 'was submitted successfully',
];
const IN_HAND = ['got', 'we have', "we've got", 'we now have', 'have received', 'received', 'we acknowledge'];
/** Someone else with nothing before it: "we've gone with someone else". */
const SOMEONE_ELSE = ['someone else', 'somebody else', 'another person', 'someone new', 'somebody new', 'others'];
/** Handing the application on inside the employer: "I will pass your CV on to the site manager". */
const HAND_ON = ['pass', 'passed', 'passing', 'forwarded', 'forwarding', 'handed', 'handing', 'circulated', 'circulating'];
/** "we will pass on your application" declines it: the idiom voids the cue. */
const HAND_ON_EXCEPTIONS = ['pass on', 'passed on', 'passing on'];
/** Deciding to go on searching instead of hiring the reader: "we have decided to keep looking". */
const DECIDED_TO = ['decided to', 'chosen to', 'opted to', 'elected to', 'decided that we will', 'decided we will', "decided we'll"];
const SEARCH_ON = [
  'keep looking', 'keep searching', 'continue looking', 'continue searching', 'continue our search', 'continue the search',
  'keep the search open', 'keep the role open', 'reopen the search', 'carry on looking', 'keep interviewing', 'continue interviewing',
];
/** What a status notice says became of the application ("has been declined"); not "not approved", which loans and cards get. */
const CANDIDACIES = ['your application', 'your candidacy', 'your candidature', 'your submission', 'your cv', 'your resume', 'your profile'];
const TURNED_DOWN = [
  'has been declined', 'was declined', 'have been declined', 'has been rejected', 'was rejected', 'has been turned down',
  'was turned down', 'was unsuccessful', 'has been unsuccessful', 'was not successful', 'has not been successful', 'status: declined',
  'status: rejected', 'status: not selected', 'marked as not selected', 'has been archived', 'is closed', 'has been closed',
  'was closed', 'is now closed', 'has now been closed', 'will be closed',
];

/**
 * Where a title stands in running text: an applying word, its preposition, a determiner, then the title and a
 * job noun ("applying to our Senior Analyst, Growth role"); an employer's possessive ("Acme's Data Analyst, Risk
 * role"); or, with no job noun, the title up to the parenthesis, "and" or verb that follows it ("your application
 * for Dock Lead - Nights (Req 55) has been received", "reviewed your application for Data Analyst and would like").
 */
const TITLE_FRAMES = [
  // (the frames with "the" are listed above; each frame is one more scan of the text, so only the productive ones)
  ...['applying to our', 'applying for our', 'application to our', 'applied to our', 'interest in our', 'for a', 'for an']
    .flatMap((lead) => ['role', 'position', 'vacancy', 'opening'].map((noun) => `${lead} {title} ${noun}`)),
  ...['role', 'position'].map((noun) => `to {company}'s {title} ${noun}`),
  ...['applying for', 'application for'].flatMap((lead) => ['(', 'and', 'has', 'was', 'is'].map((end) => `${lead} {title} ${end}`)),
  'for the {title} vacancy',
  'on the {title} job',
  "we're hiring a {title} to",
  'we are hiring a {title} to',
]

/** English. Phrases are general recruiter language, not lines of any one message. */
export const en: PhraseTable = {
  language: 'en',
  signals: {
    rejection: [
      {
        weight: 4,
        phrases: [
          'not to move forward with your',
          'to not move forward with your',
          'not move forward with your application',
          'not to move forward to the next',
          'not be moving forward with your',
          'not moving forward with your',
          "won't be moving forward",
          'will not be moving forward',
          'not to proceed with your',
          'not be proceeding with your',
          'will not be proceeding',
          "won't be proceeding",
          'move forward with other candidates',
          'moving forward with other candidates',
          'moved forward with other candidates',
          'move forward with another candidate',
          'moved forward with another candidate',
          'moving forward with another candidate',
          'move forward with an alternative candidate',
          'moving forward with other applicants',
          'move forward with other applicants',
          'proceed with other candidates',
          'proceed with candidates whose',
          'move forward with candidates whose',
          'moving forward with candidates whose',
          'proceed with applicants whose',
          'candidates whose qualifications better',
          'has been filled',
          'pursue other candidates',
          'pursuing other candidates',
          'chosen to pursue other',
          'decided to pursue other',
          'another candidate has been selected',
          'selected another candidate',
          'selected a different candidate',
          'gone with another candidate',
          'go with another candidate',
          'offered the position to another',
          'position has been filled',
          // A job that went, as small employers say it: "the pipe layer job's gone", "sorry, the bar job has gone".
          "job's gone", 'job has gone', 'job is gone', "job's been taken", 'job has been taken', "role's gone", 'role has gone',
          "position's gone", 'position has gone', "job's been filled", "role's been filled",
          'position … has been filled',
          'role … has been filled',
          'position … has been cancelled',
          'position … has been canceled',
          'role … has been cancelled',
          'role … has been canceled',
          'requisition has been closed',
          'position … is no longer open',
          'role has been filled',
          'position has now been filled',
          'position was filled',
          'we have filled the',
          'position has been cancelled',
          'position has been canceled',
          'have cancelled the position',
          'have canceled the position',
          'requisition has been cancelled',
          'requisition has been canceled',
          'position has been closed',
          'role has been closed',
          'is no longer available',
          'no longer seeking candidates',
          'unable to fill the role',
          'not moving forward with filling',
          'not to move forward with filling',
          'decided not to fill',
          'not to issue a job offer',
          'unable to offer you',
          'not able to offer you',
          'regret to inform you',
          'we regret that',
          'unable to consider you',
          'not be considered further',
          'no longer under consideration',
          'no longer being considered',
          'did not select you',
          'have not been selected',
          'you were not selected',
          'not been referred',
          'not selected to move forward',
          'not selected for',
          'not selected',
          'not been selected',
          'not be offering you',
          'not be extending an offer',
          'decided not to extend',
          'not a match at this time',
          'other candidates whose',
          'other candidates more closely',
          'candidates whose experience more closely',
          'more closely align',
          'more closely aligned',
          'more closely match',
          'go in a different direction',
          'going in a different direction',
          'gone in a different direction',
          'went in a different direction',
          'chosen another applicant',
          'chosen another candidate',
          'chose another applicant',
          'chose another candidate',
          'selected another applicant',
          'move your application forward',
          'not be progressing your',
          'not progressing your application',
          'not to progress your',
          'decided not to progress',
          'not to move ahead with your',
          'not move ahead with your',
          'not be moving ahead with your',
          'not moving ahead with your',
          'not be taking your application',
          'not taking your application further',
          'not to take your application further',
          'application will not go any further',
          'will not go any further',
          'application was unsuccessful',
          'application has been unsuccessful',
          'application has not been successful',
          'application was not successful',
          'been unsuccessful on this occasion',
          'will not be hiring for',
          'decided to close the',
          'have closed the position',
          'position has been put on hold',
          'role has been put on hold',
          'progress with candidates whose',
          'progress with other candidates',
          'progress with other applicants',
          'not shortlisted',
          'we regret to inform',
          'rescind the offer',
          'rescind your offer',
          'rescinded the offer',
          'rescinded your offer',
          'offer has been rescinded',
          'go with an internal candidate',
          'going with an internal candidate',
          'gone with an internal candidate',
          'went with an internal candidate',
        ],
      },
      {
        weight: 2,
        phrases: [
          'unfortunately',
          'not to move forward',
          'not be moving forward',
          'not moving forward',
          'after careful consideration',
          'better align with',
          'better aligned with',
          'better match our',
          'after careful review',
          'wish you success in your',
          'wish you the best in your',
          'wish you every success',
          'best of luck in your',
          'luck in your job search',
          'luck in your search',
          'keep your resume on file',
          'keep your application on file',
          'retain your application',
          'application will be retained',
          'highly competitive',
          'difficult decision',
          'not to fill',
          'evolving business needs',
          'changing business needs',
          'ineligible',
          'do not meet',
          'did not meet',
          'on this occasion',
          'unsuccessful',
          'closer fit',
          'closer match',
          'hiring freeze',
          'frozen hiring',
        ],
      },
    ],
    offer: [
      {
        weight: 4,
        phrases: [
          'pleased to offer you',
          'delighted to offer you',
          'happy to offer you',
          'excited to offer you',
          'pleased to extend',
          'delighted to extend',
          'excited to extend',
          'happy to extend',
          'extend you an offer',
          'extend an offer',
          'offer of employment',
          'employment offer',
          'offer letter',
          'your offer package',
          'formal offer',
          'verbal offer',
          'written offer',
          'accept this offer',
          'accept the offer',
          'signed offer',
          'offer is contingent',
          'offer expires',
          'contingent offer',
          'our offer for the',
          'offer for the position',
          'offer for the role',
          'your offer for the',
          'share your offer',
          'contract offer',
          'job offer',
          'offer of appointment',
          'love you to join',
          'like you to join',
          'want you to join',
          'love for you to join',
          'like for you to join',
          'have you join us',
        ],
      },
      {
        weight: 2,
        phrases: [
          'base salary',
          'annual salary',
          'starting salary',
          'sign-on bonus',
          'signing bonus',
          'relocation package',
          'compensation package',
          'restricted stock units',
          'stock options',
          'your start date',
          'proposed start date',
          'welcome to the team',
          'welcome aboard',
          'congratulations',
          'gross salary',
          'annual gross',
          'fixed compensation',
          'sign the contract',
          'date of joining',
          'joining date',
          'share options',
          'equity grant',
        ],
      },
    ],
    nextRound: [
      {
        weight: 4,
        phrases: [
          'second interview',
          'second round',
          'third round',
          'final round',
          'final interview',
          'next round',
          'onsite interview',
          'on-site interview',
          'virtual onsite',
          'panel interview',
          'technical interview',
          'technical assessment',
          'coding challenge',
          'coding assessment',
          'coding exercise',
          'take-home',
          'take home assignment',
          'take home exercise',
          'online assessment',
          'hiring assessment',
          'skills assessment',
          'assessment invitation',
          'complete the assessment',
          'complete this assessment',
          'complete an assessment',
          'video interview',
          'one-way interview',
          'recorded interview',
          'hirevue',
          'codesignal',
          'hackerrank',
          'codility',
          'case study interview',
          'system design interview',
          'meet the rest of the team',
          'next stage of the process',
          'next stage of our process',
          'next step of the hiring process',
          'next step in the hiring process',
          'next part of your',
          'advance to the next',
          'move you forward to the next',
          'moving you forward to the next',
          'invite you to the next',
          'hiring manager interview',
          'interview with the hiring manager',
          'skills evaluation',
          'online evaluation',
          'online test',
          'aptitude test',
          'cognitive assessment',
          'personality assessment',
          'second-stage',
          'second stage interview',
          'final-stage',
          'final stage interview',
          'assessment centre',
          'assessment center',
          'second conversation',
          'bring you back',
          'paid project',
          'for an onsite',
          'bring you in for',
          'complete … assessment',
          'take an assessment',
          'reference check',
          'reference checks',
          'take up references',
          'your referees',
          'two referees',
        ],
      },
    ],
    interview: [
      {
        weight: 4,
        phrases: [
          'phone interview',
          'phone screen',
          'screening call',
          'screening calls',
          'screening interview',
          'phone interviews',
          'interviews with',
          'initial interview',
          'first interview',
          'interview with',
          'invite you to interview',
          'invitation to interview',
          'interview invitation',
          'schedule an interview',
          'schedule your interview',
          'schedule a time',
          'schedule a call',
          'schedule a conversation',
          'scheduling a conversation',
          'set up a call',
          'set up an initial call',
          'set up a time',
          'set up a meeting',
          'set up a brief',
          'set up a short',
          'set up the',
          'arrange a call',
          'arrange an interview',
          'your availability',
          'general availability',
          'provide me with your availability',
          'when you would be available',
          'when you are available',
          "when you're available",
          'times that work',
          'time that works',
          'what day and time works',
          'select a time',
          'find a time',
          'pick a time',
          'book a time',
          'you are scheduled for',
          'has been scheduled',
          'is scheduled for',
          'calendar invite',
          'interview is confirmed',
          'interview confirmation',
          'like to discuss the position',
          'like to discuss the opportunity',
          'further discuss the opportunity',
          'discuss the role',
          'speak with you about',
          'move forward with the interview process',
          'move forward with an interview',
          'press forward with a call',
          'shortlisted for interview',
          'been shortlisted',
          'first-stage interview',
          'first stage interview',
          'technical screen',
          'recruiter screen',
          'intro call',
          'introductory call',
          'like to meet you',
          'love to meet you',
          'choose a time',
          'pick a new time',
          'choose a new time',
          'reschedule your interview',
          'move your interview',
          'which of the following slots',
          'slots suit you',
          'slot that suits you',
          'any slot',
          'book a slot',
          'are you free',
          "you're free for",
          'you are free for',
          'first conversation',
          'intro chat',
        ],
      },
      {
        weight: 2,
        phrases: ['interview', 'interviews', 'call with', 'teams meeting', 'zoom meeting', 'join the meeting', 'learn more about your background'],
      },
    ],
    applicationReceived: [
      {
        weight: 4,
        phrases: [
          'received your application',
          'receipt of your application',
          'your application has been received',
          'position has been received',
          'role has been received',
          'currently reviewing your application',
          'your application was received',
          'application has been received',
          'application has been submitted',
          'your application has been submitted',
          'application was sent to',
          'application was successfully submitted',
          'successfully submitted your application',
          'thank you for applying',
          'thanks for applying',
          'thank you for your application',
          'thanks for your application',
          'thank you for submitting your application',
          'thank you for submitting an application',
          'thank you for your recent application',
          'thank you very much for your recent application',
          'thank you for submitting your resume',
          'submitting your resume',
          'for your recent submission',
          'application received',
          'application submitted',
          'we got it',
          'you have applied to',
          'you applied for',
          'submit an application for',
          'application is currently under review',
          'will review your application',
          'will be reviewing your application',
          'application will be reviewed',
          'reviewing your application',
          'review your application',
          'resume will be reviewed',
          'submission will be reviewed',
          'qualifications will be reviewed',
          'under review',
          'in review with',
          'application is in review',
          'application is now in review',
          'application is being reviewed',
          'no decision has been made',
          'for sending your cv',
          'for sending your resume',
          'for sending over your cv',
          'in receipt of your',
          'received your cv',
          'received your resume',
        ],
      },
      {
        weight: 1,
        phrases: ['thank you for your interest', 'thanks for your interest', 'application status'],
      },
    ],
    recruiterOutreach: [
      {
        weight: 4,
        phrases: [
          'came across your profile',
          'came across your resume',
          'found your resume',
          'found your profile',
          'reviewed your profile',
          'your profile to be',
          'excellent match',
          'great fit for',
          'job opportunity',
          'exciting opportunity',
          'excellent job opportunity',
          'opportunity with one of our',
          'one of our clients',
          'our direct client',
          'direct client',
          'share your updated resume',
          'share your resume',
          'send me your resume',
          'send your updated resume',
          'with your resume',
          'updated resume',
          'urgent hiring',
          'urgent requirement',
          'i have a requirement',
          'job opening',
          'job description',
          'contract opportunity',
          'are you open to',
          'would you be open to',
          'confidential search',
          'very strong fit',
          'open to new opportunities',
          'would you be interested',
          'if you are interested',
          'if interested',
          'c2c',
          'w2',
          'pay rate',
          'i am a recruiter',
          'technical recruiter at',
          'i am a technical recruiter',
          "i'm a technical recruiter",
          'recruiter with',
          'working with a client',
          'on behalf of a client',
          'on behalf of my client',
          'client of ours',
          'open to a quick chat',
          'open to a chat',
          'open to a conversation',
          'your background looks',
          'your experience looks',
          'strong match for',
          "i'm a recruiter",
          'staffing',
          'reaching out to you',
          'reach out regarding',
          'shared with you',
          'caught my eye',
          'caught our eye',
          'appetite for a',
          'up for a chat',
          'minute chat',
          'lead talent at',
          'head of talent',
          "we're looking for a",
          'we are looking for a',
          'your work on',
          'one of my clients',
          'my client',
          'exclusive search',
          'retained search',
          'open to hearing more',
        ],
      },
    ],
    jobAlert: [
      {
        weight: 4,
        phrases: [
          'job alert',
          'job alerts',
          'jobs you may like',
          'jobs you might like',
          'jobs you may be interested in',
          'recommended jobs',
          'recommended for you',
          'jobs for you',
          'job for you',
          'new jobs',
          'new job opportunities',
          'jobs similar to',
          'similar jobs',
          'jobs matching',
          'match your saved search',
          'saved search',
          'your saved job',
          'saved job',
          'job of the week',
          'invitation to apply',
          'invited to apply',
          'has an open position',
          'is hiring',
          'are hiring',
          'now hiring',
          'recently posted jobs',
          'have just been posted',
          'new positions',
          'talent community',
          'did you see this job',
          'apply now',
          'easy apply',
          'view job',
          'view all jobs',
          'see all jobs',
          'based on your search',
          'created an alert',
          'created a job alert',
          'latest openings',
          'new openings',
          'jobs in your area',
        ],
      },
    ],
    accountOrReminder: [
      {
        weight: 4,
        phrases: [
          'finish your application',
          'complete your application',
          'complete your job application',
          'continue your application',
          'continue to apply',
          'started your application',
          'started your job application',
          'starting your application',
          'started applying',
          'application is incomplete',
          'incomplete application',
          'pick up where you left off',
          'return to your application',
          'return to the job application',
          'return to the form',
          'complete any outstanding',
          'candidate home account',
          'candidate account',
          'candidate profile',
          'reset your password',
          'password reset',
          'verify your email',
          'confirm your email',
          'activate your account',
          'account has been created',
          'login name',
          'profile submitted',
          'received the profile',
          'your application was viewed',
          'application was viewed',
          'viewed your application',
          'viewed your profile',
          'withdrawn your application',
          'application has been withdrawn',
          'background check',
          'background screening',
          // After an accepted offer, before the first day: onboarding is job mail with no new status.
          'background verification',
          'pre-joining',
          'pre joining',
          'joining formalities',
          'joining kit',
          'joining date',
          'date of joining',
          'pre-employment check',
          'pre-employment checks',
          'pre-employment screening',
          'right to work check',
          'right-to-work check',
          'new starter form',
          'new starter pack',
          'new starter paperwork',
          'onboarding documents',
          'onboarding paperwork',
          'onboarding portal',
          'accepting our offer',
          'accepted our offer',
          'acceptance of our offer',
          'accepting the job offer',
        ],
      },
    ],
    priorContact: [
      {
        weight: 3,
        phrases: [
          'thanks for the call',
          'thank you for the call',
          'thanks for speaking',
          'thank you for speaking',
          'thanks for taking the time to speak',
          'thank you for taking the time to speak',
          'enjoyed speaking',
          'enjoyed our conversation',
          'enjoyed meeting',
          'great speaking with you',
          'great talking with you',
          'nice speaking with you',
          'following our conversation',
          'following up on our conversation',
          'after your interview',
          'following your interview',
          'impressed with your interview',
          'set to speak with',
          'spoke with you',
          'speaking with you earlier',
          'enjoyed our chat',
          'thanks for chatting',
          'thank you for chatting',
          'chatting with',
          'after our chat',
          'your call with',
          'call with our recruiter',
          'conversation with our recruiter',
          'phone conversation with',
          'first round',
          'first-round',
          'after your conversation',
        ],
      },
    ],
    nonJobSense: [
      {
        weight: 3,
        phrases: [
          'credit card application',
          'card application',
          'loan application',
          'mortgage application',
          'heloc application',
          'insurance application',
          'rental application',
          'membership application',
          'application hosting',
          'web application',
          'mobile application',
          'secure application',
          'special offer',
          'limited-time offer',
          'limited time offer',
          'exclusive offer',
          'offer ends',
          'offer expires soon',
          'offer valid',
          '% off',
          'percent off',
          'free shipping',
          'promo code',
          'coupon',
          'shop now',
          'add to cart',
          'your order',
          'order number',
          'your purchase',
          'your payment',
          'podcast',
          'episode',
          'listen now',
          'in this interview',
          'an interview with',
          'interview scheduler',
          'interview questions',
          'interview tips',
          'interview prep',
          'pull request',
          'merge request',
          'requested your review',
          'code review',
          'exclusive interview',
          // Interviewed by the press; "you interviewed really well" is the reader as a candidate.
          'was interviewed',
          'were interviewed',
          'been interviewed',
          'being interviewed',
          'interviewed on',
          'interviewed about',
          'prescription',
          'pre-approved',
          'pre-qualified',
          'apr',
          'retirement',
          'starting bid',
          'auction',
          'sweepstakes',
          // Entries judged, not people hired: contests, giveaways, draws, open calls for work.
          // ("your entry" is not among them: the matcher reads "your entry-level application" as it.)
          'contest',
          'contests',
          'giveaway',
          'raffle',
          'prize draw',
          'lottery',
          'the exhibition',
          'horoscope',
          'newsletter',
          'webinar',
          'subscribe',
          'admission',
          'enrollment',
          'tuition',
          'program application',
          'application deadline',
          'admissions',
          'postgraduate',
          'undergraduate',
          'graduate application',
          'transcripts',
          'conditions of offer',
          'reactions and',
          'work anniversary',
          'congratulate … on',
          'others viewed your profile',
          'connection request',
          'endorsed you',
          'profile views',
          'view it on',
          'view issue',
          'issue type',
          'you were mentioned',
          'mentioned you',
          'assigned to you',
          'the lease',
          'resident portal',
          'personal loan',
          'loan agreement',
          'holding deposit',
          'speaker profile',
          'your talk',
          'call for papers',
          'your workspace',
          'free trial',
          'day trial',
          'invite your teammates',
          'app store',
          'your plan',
          'in this issue',
          'read the full issue',
          'time-to-hire',
          'time to hire',
          'book a demo',
          'schedule a demo',
          'request a demo',
          'your hiring process',
          'landlord',
          'tenant',
          'to rent',
          'lettings',
          'a viewing',
          'term sheet',
          'term sheets',
          'due diligence',
          'read online',
          'grant application',
          'award a grant',
          'funding window',
          'oversubscribed',
          'admissions tutor',
          'academic references',
        ],
      },
    ],
    jobVocabulary: [
      {
        weight: 1,
        phrases: [
          'position',
          'role',
          'candidate',
          'candidates',
          'recruiter',
          'recruiting',
          'recruitment',
          'talent acquisition',
          'hiring',
          'hiring manager',
          'hiring team',
          'resume',
          'cv',
          'job',
          'career',
          'careers',
          'employment',
          'employer',
          'apply',
          'applied',
          'applying',
          'applicant',
          'requisition',
          'opening',
          'full time',
          'full-time',
          'contract',
          'remote',
          'hybrid',
          'on-site',
          'salary',
          'qualifications',
          'experience',
          'skills',
          'interview',
          'candidacy',
          'candidature',
          'vacancy',
          'vacancies',
          'notice period',
          'ctc',
          'day rate',
          'superannuation',
          'shortlisted',
        ],
      },
    ],
  },
  hedgeCues: [
    'if',
    'should you',
    'should we',
    'should your',
    'should there',
    'in the event',
    'unless',
    'whether',
    'in case',
    'once you',
    'once we',
    'once your',
  ],
  timeClauseOpeners: ['once', 'when', 'until', 'as soon as', 'after'],
  hedgeReleasers: ['please', 'let me know', 'let us know', 'kindly', 'feel free', "we'd", 'we would', "i'd", 'i would', 'we will', "we'll", 'i will'],
  // "If you have not heard by …, please assume that your application has not been successful": still the condition's consequence.
  suppositions: ['assume', 'presume', 'take it', 'consider that', 'understand that'],
  ownApplication: [
    'my resume for', 'my cv for', 'my application for', 'my resume and cover letter for', 'my cv and cover letter for',
    'i am applying for', "i'm applying for", 'i would like to apply for', "i'd like to apply for", 'i wish to apply for',
    'to apply for the', 'my interest in the … position', 'my interest in the … role', 'my interest in the … vacancy',
  ],
  // The reader asking after a job they applied or rang about: "just following up on the supervisor role", "is it still going?"
  ownFollowUps: [
    'following up on the … job', 'following up on the … role', 'following up on the … position', 'following up on my application',
    'any news on the … job', 'any news on the … role', 'any news on the … position', 'any update on the … role', 'any update on my application',
    'i rang last week about the … job', 'i rang about the … job', 'i called about the … job', 'the … job you had on', 'the … job you advertised',
    'the … job you posted', 'is the job still', 'is the role still', 'is the position still', 'if the job is still', 'if the role is still',
  ],
  // An answer of no to that question, at the start of the reply: "no, we're sorted now", "afraid it's gone", "been filled".
  // (The list is only asked whether any of it stands there: "we're sorted" covers "no, we're sorted".)
  followUpNoes: [
    "we're sorted", 'we are sorted', 'all sorted', "it's gone", 'it has gone', "job's gone", "role's gone", 'been filled', "it's filled",
    "it's taken", 'been taken', 'afraid not', 'sorry, no', 'sorry no', 'nope', 'not any more', 'not anymore', 'no longer available',
    'no longer going',
  ],
  acknowledgements: [
    'received', 'got it', 'got your', 'thanks for sending', 'thank you for sending', 'pass it to', 'pass it on to', 'pass them to',
    'will review', "i'll review", "we'll review", 'will take a look', "i'll take a look", 'will look it over', 'will be in touch',
    "we'll be in touch", "i'll be in touch", 'get back to you', 'have a look', 'show it to', 'share it with',
  ],
  roleNouns: JOB_TITLE_HEADS,
  jobNouns: [
    'vacancy', 'position', 'role', 'job', 'post', 'opening', 'posting', 'officer', 'adviser', 'advisor', 'assistant', 'clerk',
    'agent', 'executive', 'representative', 'worker', 'supervisor', 'underwriter', 'processor', 'writer', 'apprentice', 'trainee',
    // "applying to join the Club Operations team": a team is joined by being hired.
    'team',
  ],
  cueRules: [
    // "glad to offer you the position of", "bring you on board as our", "engage you for the … contract"
    { name: 'offer of the role', signal: 'offer', weight: 4, sequence: [OFFER_VERBS, OFFER_OBJECTS], window: 3, scope: 'clause' },
    // "your CV … has reached us", "your application … is safely with us"; "got your CV", "we have your materials"
    // "I will pass your CV on to the site manager", "I've forwarded your application to the team lead"
    { name: 'application handed on', signal: 'applicationReceived', weight: 4, sequence: [HAND_ON, APPLICATION_NOUNS], window: 0, scope: 'clause', exceptions: HAND_ON_EXCEPTIONS },
    // "we talked it over and have decided to keep looking for someone with more motion design work"
    { name: 'search goes on', signal: 'rejection', weight: 4, sequence: [DECIDED_TO, SEARCH_ON], window: 1, scope: 'clause' },
    // "your application for Care Assistant (Night Shifts) has been reviewed and has been declined"
    { name: 'application turned down', signal: 'rejection', weight: 4, sequence: [CANDIDACIES, TURNED_DOWN], window: 12, scope: 'sentence' },
    { name: 'application arrived', signal: 'applicationReceived', weight: 4, sequence: [APPLICATION_NOUNS, ARRIVED], window: 5, scope: 'clause' },
    { name: 'application in hand', signal: 'applicationReceived', weight: 4, sequence: [IN_HAND, APPLICATION_NOUNS], window: 1, scope: 'clause' },
    // "decided not to advance your application", "won't be progressing you", "your application will not receive further consideration"
    { name: 'negated progression', signal: 'rejection', weight: 4, sequence: [NEGATIONS, PROGRESSIONS], window: 4, scope: 'clause', about: CANDIDATE_REFERENCES, exceptions: NEGATION_EXCEPTIONS },
    // "sadly we are unable…" is covered above; "unfortunately we have progressed other applications" only supports
    { name: 'regretted progression', signal: 'rejection', weight: 2, sequence: [REGRETS, PROGRESSIONS], window: 8, scope: 'sentence', about: CANDIDATE_REFERENCES },
    // "decided for other profiles", "opted for a more experienced candidate", "moving on with another applicant"
    { name: 'someone else chosen', signal: 'rejection', weight: 4, sequence: [CHOICES, OTHER_QUALIFIERS, CANDIDATE_NOUNS], window: 2, scope: 'clause' },
    { name: 'candidates chosen', signal: 'rejection', weight: 2, sequence: [CHOICES, CANDIDATE_NOUNS], window: 2, scope: 'clause' },
    // "the position has been filled", "the role is on hold", "recruitment for this post has been cancelled"
    { name: 'role closed', signal: 'rejection', weight: 4, sequence: [ROLE_NOUNS, ROLE_ENDINGS], window: 5, scope: 'clause' },
    // "we have closed the requisition", "we are pausing all hiring for it", "we filled the position"
    { name: 'role ended', signal: 'rejection', weight: 4, sequence: [ENDING_VERBS, ROLE_SUBJECTS], window: 2, scope: 'clause' },
    // "not the right match for this position", "nothing suitable for you at this time", "not aligned with the requirements"
    { name: 'not a fit', signal: 'rejection', weight: 4, sequence: [NEGATED_FIT_OPENERS, FITS], window: 5, scope: 'sentence', about: FIT_ABOUT, exceptions: NEGATION_EXCEPTIONS },
    // "it does not meet our current hiring criteria", "you did not satisfy the essential criteria for the post"
    { name: 'hiring standards not met', signal: 'rejection', weight: 4, sequence: [NEGATED_FIT_OPENERS, MEETING_STANDARDS, HIRING_STANDARDS], window: 3, scope: 'clause', exceptions: NEGATION_EXCEPTIONS },
    // "someone whose background is a little closer", "candidates whose experience more closely matches"
    { name: 'others closer', signal: 'rejection', weight: 4, sequence: [OTHER_PEOPLE, ['whose', 'with'], BACKGROUNDS, CLOSER], window: 3, scope: 'clause' },
    // "sorry mate, we've gone with someone else"
    { name: 'someone else chosen (else)', signal: 'rejection', weight: 4, sequence: [CHOICES, SOMEONE_ELSE], window: 1, scope: 'clause' },
    // "we ended up hiring someone with more bike repair experience"
    { name: 'someone with more chosen', signal: 'rejection', weight: 4, sequence: [CHOICES, SOMEONE, ['with', 'who has', 'who had', 'whose'], WITH_MORE, BACKGROUNDS], window: 4, scope: 'clause' },
    { name: 'others match better', signal: 'rejection', weight: 4, sequence: [OTHER_PEOPLE, ['who', 'that'], CLOSER], window: 1, scope: 'clause' },
    // "no longer accepting or processing applications"
    { name: 'intake stopped', signal: 'rejection', weight: 4, sequence: [NEGATIONS, INTAKE_VERBS, INTAKE_NOUNS], window: 3, scope: 'clause' },
    // "extended an offer to another candidate", "another applicant has accepted our offer"
    { name: 'offer to someone else', signal: 'rejection', weight: 4, sequence: [OFFER_GIVEN, OTHER_QUALIFIERS, CANDIDATE_NOUNS], window: 1, scope: 'clause' },
    { name: 'someone else accepted', signal: 'rejection', weight: 4, sequence: [OTHERS, CANDIDATE_NOUNS, ['accepted', 'has accepted', 'have accepted']], window: 2, scope: 'clause' },
    // "Sorrelstone has sent you an offer", "please review and sign your offer", "attached is your offer letter"
    { name: 'offer sent', signal: 'offer', weight: 4, sequence: [OFFER_SENDING, OFFERS], window: 2, scope: 'clause' },
    // "I'm a freelance journalist working on a piece", "I host a podcast about": the writer is not hiring
    { name: 'writer is not hiring', signal: 'nonJobSense', weight: 4, sequence: [SELF_INTRODUCTIONS, NON_HIRING_ROLES], window: 2, scope: 'clause' },
    { name: 'writing a piece', signal: 'nonJobSense', weight: 3, sequence: [WRITING, WRITTEN_WORKS], window: 1, scope: 'clause' },
    // "your application for the Platinum card", "thanks for applying for the flat": applying, but not for a job
    // The object read as a whole noun phrase (eight words: "the Lone Star Rewards Visa Signature card"); a job noun inside it or right after it wins.
    { name: 'applying for a non-job thing', signal: 'nonJobSense', weight: 6, sequence: [APPLYING, NON_JOB_OBJECTS], window: 8, scope: 'clause' },
    // "we have received your job application", "thanks, got your employment application": the kind of application named
    { name: 'job application received', signal: 'applicationReceived', weight: 4, sequence: [['received', 'receive', 'got', 'receipt of', 'safely received'], ['your job application', 'your employment application', 'your job applications']], window: 1, scope: 'clause' },
    // "your visa application has been received", "the planning application": the application named by its object.
    { name: 'an application named by its object', signal: 'nonJobSense', weight: 6, sequence: [NON_JOB_APPLICATION_HEADS, ['application', 'applications']], window: 0, scope: 'clause' },
    // "interview you about your startup", "have you on our podcast", "speak about your company's funding round"
    { name: 'press interview', signal: 'nonJobSense', weight: 3, sequence: [PRESS_VERBS, ['about', 'on', 'for'], PRESS_TOPICS], window: 3, scope: 'sentence' },
    // "could you share a couple of times", "kindly share your convenient time slot", "would you have 20 minutes for a call"
    { name: 'meeting request', signal: 'interview', weight: 2, sequence: [REQUESTS, MEETING_NOUNS], window: 6, scope: 'sentence' },
    // "the technical round", "a written exercise", "reasoning tests", "stage two"
    { name: 'later stage', signal: 'nextRound', weight: 4, sequence: [STAGE_WORDS, STAGE_NOUNS], window: 1, scope: 'clause' },
    // "shortlisted for stage two", "invite you to round 2" (not a "Stage 2:" heading)
    { name: 'numbered stage', signal: 'nextRound', weight: 4, sequence: [['for', 'to', 'into', 'reached'], ['stage', 'round'], STAGE_ORDINALS], window: 0, scope: 'clause' },
    // "we went another direction on the … job", "the team has decided to take a different path with the role"
    { name: 'another path', signal: 'rejection', weight: 4, sequence: [PATH_DECIDERS, PATH_VERBS, OTHER_PATHS, PATH_NOUNS], window: 2, scope: 'clause', about: PATH_ABOUT },
    // "we ended up filling all the lead spots", "we've filled both driver openings": a place a job title qualifies
    { name: 'job places filled', signal: 'rejection', weight: 4, sequence: [FILLED, PLACE_DETERMINERS, ROLE_TITLE_NOUNS, PLACE_NOUNS], window: 1, scope: 'clause' },
    // "we want you on board", "we'd love to have you on the team"
    { name: 'wanted on the team', signal: 'offer', weight: 4, sequence: [WANTING, ON_THE_TEAM], window: 1, scope: 'clause' },
    // "can you come in Thursday to sit down and talk", "can you come back Tuesday at 2 … to meet"
    { name: 'visit requested', signal: 'interview', weight: 4, sequence: [VISIT_REQUESTS, VISITS, VISIT_DAYS], window: 1, scope: 'sentence', about: VISIT_PURPOSES },
    // "your weekly teaching jobs digest", "new vacancies matching Science Teacher"
    { name: 'person chosen', signal: 'rejection', weight: 4, sequence: [PERSON_CHOICES, PERSON_HEADS], window: 2, scope: 'clause', about: PERSON_BRINGS },
    { name: 'a service bought', signal: 'nonJobSense', weight: 4, sequence: [PERSON_CHOICES, HOUSEHOLD_ACTS, HOUSEHOLD_WORK], window: 8, scope: 'sentence' },
    { name: 'a role that is not a job', signal: 'nonJobSense', weight: 4, sequence: [ROLE_WORDS, ROLE_PLACES, NON_JOB_BODIES], window: 0, scope: 'clause' },
    // "we will pass on your application this time", "we'll pass on you at this stage": passing on something with a time, not a destination ("to the head chef"), declines it
    { name: 'passed over', signal: 'rejection', weight: 4, sequence: [['pass', 'passing'], ['on'], ['your application', 'your candidacy', 'your profile', 'your cv', 'you'], ['this time', 'at this', 'on this occasion', 'for now']], window: 0, scope: 'clause' },
    { name: 'candidacy ended', signal: 'rejection', weight: 4, sequence: [CANDIDACY_ENDINGS, CANDIDACIES], window: 0, scope: 'clause' },
    { name: 'job given to another', signal: 'rejection', weight: 4, sequence: [GIVING, JOB_GIVEN_TO, THIRD_PERSONS], window: 1, scope: 'clause' },
    // The job named by its title: "we've given the landscaping operative job to someone with a tipper licence".
    { name: 'job given to another', signal: 'rejection', weight: 4, sequence: [GIVING, ['the'], ['job', 'role', 'position', 'post', 'vacancy'], ['to'], THIRD_PERSONS], window: 3, scope: 'clause' },
    { name: 'a no from the writer', signal: 'rejection', weight: 4, sequence: [NO_VERDICTS], window: 0, scope: 'clause', about: NO_ABOUT },
    { name: 'visit to talk about the job', signal: 'interview', weight: 4, sequence: [VISIT_ASKS, VISITS_TO, VISIT_FOR], window: 8, scope: 'sentence', about: VISIT_JOB_ABOUT },
    // "can you do a trial shift Saturday", "would you be up for a trial day", "come in for a working interview on Wednesday"
    { name: 'a trial of work asked', signal: 'interview', weight: 4, sequence: [TRIAL_ASKS, WORK_TRIALS], window: 0, scope: 'sentence' },
    // "can we push our interview back", "your start date's been pushed", "your CV I have show to my boss"
    { name: "the reader's job matter", signal: 'jobVocabulary', weight: 2, sequence: [READER_POSSESSIVES, READER_JOB_MATTERS], window: 0, scope: 'clause' },
    { name: "the reader's job matter", signal: 'jobVocabulary', weight: 2, sequence: [['pre-employment', 'preemployment']], window: 0, scope: 'clause' },
    { name: "the reader's job matter", signal: 'jobVocabulary', weight: 2, sequence: [CV_HANDLED, ['your', 'ur', 'yr', 'the'], CVS], window: 1, scope: 'clause' },
    { name: "the reader's job matter", signal: 'jobVocabulary', weight: 2, sequence: [['your', 'ur', 'yr'], CVS, CV_THEN_HANDLED], window: 0, scope: 'clause' },
    { name: 'next step named', signal: 'nextRound', weight: 4, sequence: [NEXT_STEP_IS, SELECTION_STEPS], window: 3, scope: 'clause' },
    { name: 'a trial of work asked', signal: 'interview', weight: 4, sequence: [TRIAL_ASKS, TRIAL_DETERMINERS, WORK_TRIALS], window: 0, scope: 'sentence' },
    // "You have a new application for your job ad", "here's a draft offer letter for your new assistant baker": the reader hires.
    { name: 'the reader hires', signal: 'nonJobSense', weight: 4, sequence: [['your'], READER_HIRING_MATTERS], window: 0, scope: 'clause' },
    { name: 'the reader hires', signal: 'nonJobSense', weight: 4, sequence: [NEW_ARRIVALS, ['your'], ['job', 'jobs', 'job ad', 'ad', 'listing', 'post', 'posting', 'vacancy', 'opening']], window: 0, scope: 'clause' },
    { name: 'the reader hires', signal: 'nonJobSense', weight: 4, sequence: [['for your new', 'to your new'], ROLE_TITLE_NOUNS], window: 1, scope: 'clause' },
    // "thank you for your interest in the apartment", "the room is already gone", "we've given the spare room to someone else"
    { name: 'a home to live in', signal: 'nonJobSense', weight: 4, sequence: [['interest in', 'interested in', 'enquiry about', 'inquiry about', 'enquiry for', 'viewing of'], DWELLINGS], window: 3, scope: 'sentence' },
    { name: 'a home to live in', signal: 'nonJobSense', weight: 4, sequence: [DWELLINGS, DWELLING_GONE], window: 1, scope: 'clause' },
    { name: 'a home to live in', signal: 'nonJobSense', weight: 4, sequence: [GIVING, DWELLINGS], window: 1, scope: 'clause' },
    { name: 'selection for something else', signal: 'nonJobSense', weight: 4, sequence: [NON_JOB_SELECTIONS], window: 0, scope: 'clause' },
    { name: 'a vendor sells to the reader', signal: 'nonJobSense', weight: 4, sequence: [VENDOR_PITCHES], window: 0, scope: 'clause' },
    { name: 'the reader sells', signal: 'nonJobSense', weight: 4, sequence: [READER_SELLS], window: 0, scope: 'clause' },
    // The name is HIRING_SIDE_RULE (read/discount-by-role.ts): it outweighs a job sender, unlike the other senses.
    { name: 'the reader on the hiring side', signal: 'nonJobSense', weight: 4, sequence: [HIRING_SIDE_SIGNS], window: 0, scope: 'clause' },
    // "I would like to invite you to a short Zoom interview", "we are inviting you for an initial video interview": a few words may stand between.
    { name: 'invited to an interview', signal: 'interview', weight: 4, sequence: [['invite you to', 'invite you for', 'inviting you to', 'inviting you for', 'invited to', 'invited for'], ['interview', 'interviews', 'phone screen', 'screening call']], window: 4, scope: 'clause' },
    // "thank you for phoning to offer me the position", "I'm happy to accept your offer": the writer is the candidate, the reader hires.
    { name: 'the reader hires', signal: 'nonJobSense', weight: 4, sequence: [OFFERED_TO_WRITER, JOBS_OFFERED], window: 2, scope: 'clause' },
    { name: 'the reader hires', signal: 'nonJobSense', weight: 4, sequence: [WRITER_ACCEPTS, JOBS_OFFERED], window: 2, scope: 'clause' },
    // Asking to join a club or a society is not applying for a job ("your application to join the Riverside Tennis Club").
    { name: 'applying to join a club', signal: 'nonJobSense', weight: 4, sequence: [JOINING, CLUBS], window: 5, scope: 'clause' },
    { name: 'list of new jobs', signal: 'jobAlert', weight: 4, sequence: [FRESH, JOB_LIST_NOUNS, LIST_ENDS], window: 1, scope: 'clause' },
    { name: 'alert managed', signal: 'jobAlert', weight: 2, sequence: [ALERT_ACTIONS, ALERTS], window: 0, scope: 'clause' },
    // "good talking Thursday", "great meeting you yesterday"
    { name: 'talked before', signal: 'priorContact', weight: 3, sequence: [GOOD, TALKED], window: 0, scope: 'clause' },
  ],
  negationCues: ['not', 'no', 'never', 'unable', 'cannot', "can't", "won't", "don't", "didn't", 'without'],
  recruitingNameWords: [
    'recruiting',
    'recruitment',
    'recruiter',
    'recruiters',
    'talent',
    'talent acquisition',
    'careers',
    'career',
    'hiring',
    'hiring team',
    'jobs',
    'hr',
    'human resources',
    'people team',
    'people operations',
    'staffing',
    'workday',
    'talent team',
    'people & culture',
    'people and culture',
  ],
  companyTemplates: [
    '{company} has invited you',
    '{company} invites you',
    '{company} has requested',
    'were sent to {company}',
    'feedback from {company} on',
    'on behalf of {company}',
    'your application to {company}',
    'your application with {company}',
    'your application at {company}',
    'application was sent to {company}',
    'application has been sent to {company}',
    'application has been submitted to {company}',
    'been submitted to {company}',
    'application to {company}',
    'application with {company}',
    // A job board's receipt and its news from the employer: "You applied to Apprentice Plumber at Rivera Plumbing".
    'you applied to {title} at {company}',
    'you applied for {title} at {company}',
    'your application for {title} at {company}',
    '{company} responded to your application',
    '{company} has sent you a message',
    '{company} viewed your application',
    'thank you for applying to {company}',
    'thanks for applying to {company}',
    'thank you for applying at {company}',
    'thank you for applying with {company}',
    'thank you for your interest in {company}',
    'thanks for your interest in {company}',
    'your interest in {company}',
    'interest in working at {company}',
    'interest in working with {company}',
    'interest in joining {company}',
    'interest in working for {company}',
    // A job board's card in words: "Company: Halden Facilities Management".
    'company: {company}',
    'employer: {company}',
    'hiring company: {company}',
    // "Greetings from Sarvodaya Technologies!!": how much recruiting mail in India opens.
    'greetings from {company}',
    // The writer's own place, as founders and hiring managers introduce it.
    'founders at {company}',
    'founder of {company}',
    'co-founder of {company}',
    'cofounder of {company}',
    'founder at {company}',
    'co-founder at {company}',
    'submitting your resume to {company}',
    'submitting your application to {company}',
    'recent application to {company}',
    'recent submission to {company}',
    'application with {company}',
    'apply with us at {company}',
    'here at {company}',
    'career opportunity with {company}',
    'opportunities at {company}',
    'position at {company}',
    'role with {company}',
    'position with {company}',
    'opportunity with {company}',
    'contract with {company}',
    'role at {company}',
    'opportunity at {company}',
    'job at {company}',
    'jobs at {company}',
    'interview with {company}',
    'team at {company}',
    'employment at {company}',
    'employment with {company}',
    'join {company}',
    'joining {company}',
    'the {company} talent acquisition team',
    'the {company} recruiting team',
    'the {company} hiring team',
    'the {company} team',
    '{company} talent acquisition',
    '{company} recruiting team',
    '{company} recruiting',
    '{company} recruitment team',
    '{company} hiring team',
    "{company}'s hiring team",
    '{company} careers',
    'talent acquisition, {company}',
    'recruiter, {company}',
    'recruiting, {company}',
    'recruiter at {company}',
    // The employer as the one who acts on the application, in a platform's status mail.
    '{company} has updated the status of your application',
    '{company} updated the status of your application',
    '{company} has reviewed your application',
    '{company} reviewed your application',
    '{company} has received your application',
    '{company} received your application',
    '{company} has viewed your application',
    '{company} viewed your application',
    'the {company} talent community',
    'the {company} talent pool',
    'the {company} talent network',
  ],
  titleTemplates: [
    'phone screen - {title}',
    'phone screen: {title}',
    'interview - {title}',
    'interview: {title}',
    'interview request - {title}',
    'interview request: {title}',
    'interview invitation - {title}',
    'interview invitation: {title}',
    'second interview - {title}',
    'final interview - {title}',
    'next steps - {title}',
    'application for the position of {title}',
    'application for the role of {title}',
    'application for the {title} position',
    'application for the {title} role',
    'application for our {title} position',
    'application for our {title} role',
    'application to the {title} position',
    'application to the {title} role',
    'application to our {title} position',
    'applying for the {title} position',
    'applying for the {title} role',
    'applying to the {title} position',
    'applying to the {title} role',
    'apply to the {title} position',
    'apply to the {title} role',
    'applied to the {title} position',
    'applied to the {title} role',
    'applied for the {title} position',
    'applied for the {title} role',
    'applied to the {title} opportunity',
    'interest in the {title} position',
    'interest in the {title} role',
    'interest in the {title} opportunity',
    'interest in our {title} position',
    'interest in our {title} role',
    'submitting an application for the position of {title}',
    'for the position of {title}',
    'offer you the position of {title}',
    'offer you the role of {title}',
    'the {title} position has',
    'the {title} role has',
    'update on the {title} role',
    'update on the {title} position',
    'interview with {company} - {title}',
    'for the role of {title}',
    'for the {title} position',
    'for the {title} role',
    'for our {title} position',
    'for our {title} role',
    'for the {title} opportunity',
    'to our {title} position',
    'the {title} position at',
    'the {title} role at',
    'update on {company} position {title}',
    'your application for {title} at',
    'application for {title} at',
    'application for {title} position',
    'application received - {title}',
    'application submitted for {title}',
    'received your application for {title}',
    'indeed application: {title}',
    'thanks for applying for the {title} position',
    'thanks for applying for {title} position',
    'for {title} position @',
    'applying for {title} at',
    'applied to {company} job {title}',
    'apply now to {title} at',
    'position title: {title}',
    'role: {title}',
    'title: {title}',
    'job title: {title}',
    'job title {title}',
    'position: {title}',
    'join {company} as {title}',
    'join us as {title}',
    'join the team as {title}',
    'about the {title} role',
    'about the {title} position',
    'the {title} requisition',
    'the {title} opening',
    'the {title} vacancy',
    'your {title} application',
    'update on your application for {title}',
    'status update - {title}',
    'for the {title} post',
    'on the {title} role',
    'on the {title} position',
    'hiring a {title} for',
    'as our {title}',
    'your application as {title}',
    'for the post of {title}',
    'take up the {title} position',
    'the {title} contract',
    'the {title} recruitment',
    'for the {title} opening',
    'applying to the {title} opening',
    'application received: {title}',
    'application submitted: {title}',
    'applying for {title} with',
    'application for {title} with',
    'recruitment: {title}',
    'vacancy: {title}',
    'opening: {title}',
    'posting: {title}',
    'requisition: {title}',
    // Frames of running text (TITLE_FRAMES): applying to our … role, Acme's … role, application for … (Req …
    ...TITLE_FRAMES,
  ],
  companyStopWords: [
    'early',
    'for',
    'and',
    'to',
    'in',
    'on',
    'as',
    'is',
    'has',
    'have',
    'we',
    'you',
    'your',
    'our',
    'with',
    'at',
    'by',
    'from',
    'the',
    'this',
    'that',
    'who',
    'which',
    'where',
    'about',
    'position',
    'role',
    'team',
    'careers',
    'career',
    'job',
    'jobs',
    'will',
    'was',
    'were',
    'are',
    'would',
    'could',
    'so',
    'or',
    'but',
    'please',
    'today',
    'recruiting',
    'talent',
    'hiring',
    'i',
    "i'm",
    'i\u2019m',
    // Pronouns stand where a name would ("We've received your application"): nobody's name.
    "i've",
    'i\u2019ve',
    "we've",
    'we\u2019ve',
    "we're",
    'we\u2019re',
    "we'll",
    'we\u2019ll',
    "we'd",
    'we\u2019d',
    'they',
    "they've",
    'they\u2019ve',
    'he',
    'she',
    'someone',
    'my',
    'it',
    'its',
    "it's",
    'hi',
    'hello',
    'dear',
    'thanks',
    'thank',
  ],
  notCompanies: [
    // "Ihr Recruiting-Team", "Votre équipe RH", "Su equipo de selección": the possessive of a sign-off, not a name.
    'ihr', 'ihre', 'euer', 'eure', 'unser', 'unsere', 'votre', 'vos', 'notre', 'nos', 'su', 'sus', 'tu', 'nuestro', 'nuestra', 'vostro',
    'il vostro', 'il nostro', 'uw', 'jouw', 'ons', 'seu', 'sua', 'nosso', 'nossa', 'twój', 'wasz', 'nasz',
    'desk',
    'hr desk',
    'people & culture',
    'people and culture',
    'us',
    'we',
    'our',
    'our team',
    'our company',
    'the company',
    'the team',
    'your',
    'you',
    'this',
    'the',
    'a',
    'an',
    'it',
    'them',
    'the position',
    'the role',
    'this position',
    'this role',
    'your application',
    'application',
    'talent acquisition',
    'recruiting',
    'careers',
    'human resources',
    'hr',
    'team',
    'hiring team',
    'global talent acquisition',
    'the hiring team',
    'do not reply',
    'donotreply',
    'noreply',
    'no-reply',
    'notification',
    'notifications',
    'talent community',
    'employment',
    'global',
    'center',
    'career center',
    'candidate',
    'applicant',
  ],
  payPeriods: {
    YEAR: ['per year', 'a year', 'per annum', 'annually', 'annual', 'annualized', '/year', '/yr', 'per yr', 'yearly', 'p.a.'],
    MONTH: ['per month', 'a month', 'monthly', '/month', '/mo', 'per mo'],
    HOUR: ['per hour', 'an hour', 'hourly', '/hour', '/hr', 'per hr', 'an hr'],
  },
  benefits: {
    health: ['health insurance', 'health, dental', 'health and dental', 'health, vision', 'medical', 'health coverage', 'health plan', 'healthcare', 'health care'],
    dental: ['dental'],
    vision: ['vision'],
    '401(k)': ['401(k)', '401k', '401 k', 'retirement plan', 'pension'],
    PTO: ['pto', 'paid time off', 'vacation', 'holidays', 'annual leave'],
    'parental leave': ['parental leave', 'maternity leave', 'paternity leave', 'family leave'],
    'stock purchase': ['employee stock purchase', 'espp', 'stock purchase plan'],
    relocation: ['relocation'],
    'life insurance': ['life insurance'],
    disability: ['disability insurance', 'disability'],
    'remote work': ['remote work stipend', 'home office stipend', 'work from home stipend'],
    'learning budget': ['learning budget', 'education stipend', 'tuition reimbursement', 'professional development'],
    commuter: ['commuter benefits', 'commuter'],
    wellness: ['wellness stipend', 'gym membership', 'wellness program'],
  },
  baseSalaryCues: [
    'base salary',
    'base pay',
    'annual salary',
    'annual base',
    'starting salary',
    'salary of',
    'salary will be',
    'base compensation',
    'hourly rate',
    'rate of',
    'compensation of',
    'gross salary',
    'salary:',
    'fixed compensation',
    'annual ctc',
    'ctc of',
    'rate:',
  ],
  bonusCues: ['signing bonus', 'sign-on bonus', 'sign on bonus', 'target bonus', 'annual bonus', 'performance bonus', 'bonus'],
  equityCues: ['restricted stock units', 'rsus', 'rsu', 'stock options', 'options to purchase', 'shares', 'equity grant', 'equity'],
  startDateCues: ['start date of', 'start date is', 'start date will be', 'start date:', 'start date', 'start on', 'starting on', 'first day will be', 'first day is', 'join us on', 'date of joining will be', 'date of joining', 'joining date', 'start:'],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  clientTemplates: [
    "i'm partnering with {company}",
    'i am partnering with {company}',
    // Anchored on "client" (not "our"/"my"): the word index behind template matching stays small.
    'client {company}',
    'client, {company}',
    'client is {company}',
    'client of ours, {company}',
  ],
  relayedEmployerTemplates: [
    '{company} have reviewed',
    '{company} has reviewed',
    '{company} have come back',
    '{company} has come back',
    '{company} would like to',
    "{company}'d like to",
    '{company} want to',
    '{company} wants to',
    '{company} are keen',
    '{company} is keen',
    '{company} were impressed',
    '{company} was impressed',
    '{company} have decided',
    '{company} has decided',
    '{company} are looking',
    '{company} is looking',
    '{company} loved',
  ],
  clientCues: ['client', 'clients', "client's", 'on behalf of', 'hiring company', 'the employer'],
  agencyNameWords: [
    'recruitment', 'recruiters', 'staffing', 'nurse staffing', 'talent', 'search', 'resourcing', 'headhunting', 'headhunters',
    'placement', 'placements', 'personnel', 'portal', 'job portal', 'employment agency', 'executive search', 'talent partners',
  ],
  signOffs: [
    'best', 'best regards', 'best wishes', 'all the best', 'kind regards', 'warm regards', 'warmest regards', 'regards',
    'many thanks', 'thanks', 'thank you', 'thanks again', 'thanks in advance', 'cheers', 'sincerely', 'yours sincerely',
    'sincerely yours', 'yours faithfully', 'yours truly', 'respectfully', 'cordially', 'talk soon', 'speak soon', 'take care',
    'with thanks', 'with best wishes', 'with kind regards', 'have a great day', 'have a good day', 'looking forward',
    // Sign-offs of mail written in or translated from other languages keep their own closing.
    'saludos', 'saludos cordiales', 'un saludo', 'atentamente', 'cordialmente', 'met vriendelijke groet', 'met vriendelijke groeten',
    'groeten', 'mit freundlichen grüßen', 'viele grüße', 'beste grüße', 'cordialement', 'bien cordialement', 'pozdrawiam',
    'z poważaniem', 'distinti saluti', 'cordiali saluti', 'atenciosamente', 'abraços', 'med vänliga hälsningar', 'mvh',
  ],
  signatureEnds: [
    'sent from my', 'sent from outlook', 'sent from yahoo', 'get outlook for', 'sent via', 'this email', 'this e-mail', 'this message',
    'confidentiality', 'confidential', 'disclaimer', 'unsubscribe', '©', 'copyright', 'powered by', 'about ', 'you received this', 'you are receiving', 'please consider the environment',
  ],
  signatureRoleWords: [
    'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'ceo', 'cto', 'coo', 'cfo', 'cpo', 'president', 'partner', 'chair',
    'recruiter', 'hr', 'talent partner', 'hiring manager', 'head', 'chief', 'vp', 'svp', 'evp', 'executive', 'generalist',
    'assistant', 'secretary', 'supervisor', 'superintendent', 'principal', 'dean', 'professor', 'editor', 'producer', 'ing.', 'lic.',
    'headteacher', 'head teacher', 'headmaster', 'headmistress', 'bursar', 'lecturer', 'postdoc', 'postdoctoral', 'research fellow', 'teaching fellow',
    'sourcer', 'controller', 'leader', 'chef',
    // The same jobs in the languages of the mail we read: "Técnico de Selección", "Geschäftsführer: Dr. …", "Responsable RH".
    'geschäftsführer', 'geschäftsführerin', 'geschäftsführung', 'vorstand', 'leiter', 'leiterin', 'referent', 'referentin', 'sachbearbeiter',
    'sachbearbeiterin', 'técnico', 'técnica', 'tecnico', 'tecnica', 'gerente', 'jefe', 'jefa', 'responsable', 'directeur', 'directrice',
    'chargé', 'chargée', 'coordinator', 'coordinador', 'coordinadora',
  ],
  departmentWords: [
    'people', 'team', 'teams', 'hr', 'human', 'resources', 'talent', 'acquisition', 'recruiting', 'recruitment', 'recruiter',
    'recruiters', 'careers', 'career', 'hiring', 'jobs', 'job', 'staffing', 'operations', 'ops', 'notifications', 'notification',
    'candidate', 'candidates', 'experience', 'global', 'university', 'campus', 'early', 'graduate', 'alerts', 'alert', 'culture',
    'dept', 'dept.', 'department', 'office', 'site', 'portal', 'personnel', 'administration', 'payroll', 'employment', 'services', 'division', 'section', 'unit',
    'branch', 'committee',
    'recursos', 'humanos', 'rh', 'rrhh', 'ressources', 'humaines', 'personalabteilung', 'personal', 'personeelszaken',
    // A university's placement office ("Training & Placement Cell") and Spanish selection teams.
    'training', 'placement', 'placements', 'cell', 't&p', 'selección', 'seleccion',
    // The same teams in the languages the model reads ("Equipo de Talento", "Dział Kadr", "Zespół Rekrutacji").
    'equipo', 'equipa', 'equipe', 'talento', 'talentos', 'reclutamiento', 'recrutamento', 'recrutement', 'reclutamento', 'seleção',
    'selezione', 'personas', 'pessoas', 'departamento', 'dipartimento', 'département', 'abteilung', 'personalwesen', 'bewerbung',
    'bewerbungen', 'karriere', 'dział', 'kadr', 'kadry', 'zespół', 'rekrutacji', 'rekrutacja', 'werving', 'selectie',
    // German, Scandinavian and Finnish recruiting teams ("Bewerbermanagement", "Rekrytering").
    'bewerbermanagement', 'rekrutierung', 'personalgewinnung', 'rekrytering', 'rekruttering', 'rekrytointi',
    '&', 'and', 'of', 'the', 'y', 'de',
  ],
  schedulingLinkTexts: [
    'schedule your interview',
    'schedule an interview',
    'schedule a time',
    'select a time',
    'pick a time',
    'book a time',
    'choose a time',
    'enter your availability',
    'provide your availability',
    'share your availability',
    'submit your availability',
    'schedule now',
    'book your interview',
    'schedule interview',
  ],
};
