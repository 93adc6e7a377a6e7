/**
 * A small business often writes from free mail under its own name: groundfloorcoffee@outlook.com,
 * sunnybankdrycleaners@hotmail.com, pinewoodcoffeebk@gmail.com. Such an address, or display name,
 * ends in the word of a trade; a person's address ("mia.kessler01", "jessw") does not. The trade
 * word is what tells the two apart, so the guess is read only where one stands.
 */

import { prettifySlug } from './company-name.ts';

/** Words a business is named by its trade with, longest first where one ends another ("drycleaners" before "cleaners"). */
const TRADE_WORDS = [
  'drycleaners', 'cleaners', 'cleaning', 'coffee', 'cafe', 'bakery', 'bakehouse', 'kitchen', 'plumbing', 'electrical', 'electrics',
  'builders', 'building', 'construction', 'roofing', 'joinery', 'carpentry', 'landscaping', 'gardens', 'garden', 'nursery', 'boutique',
  'salon', 'barbers', 'florist', 'flowers', 'farms', 'farm', 'removals', 'taverna', 'trattoria', 'bistro', 'diner', 'pizzeria', 'pizza',
  'brewery', 'restaurant', 'takeaway', 'grill', 'deli', 'butchers', 'catering', 'pharmacy', 'dental', 'clinic', 'vets', 'studio',
  'fitness', 'motors', 'garage', 'autos', 'transport', 'haulage', 'logistics', 'laundry', 'childcare', 'daycare', 'tutoring',
  'painting', 'decorating', 'hardware', 'supplies', 'stores', 'store', 'market', 'grocers',
  // Farms, hospitality and the other trades that hire by word of mouth.
  'dairies', 'dairy', 'berries', 'orchards', 'orchard', 'vineyards', 'vineyard', 'winery', 'nurseries', 'hotel', 'guesthouse', 'tavern',
  'kennels', 'cattery', 'stables', 'equestrian', 'mechanics', 'tyres', 'printing', 'tiling', 'fencing', 'scaffolding', 'glazing',
  'plastering', 'flooring', 'upholstery', 'jewellers', 'opticians', 'physio', 'accountants', 'solicitors', 'surveyors', 'lettings',
  'patisserie', 'creamery', 'distillery', 'foods', 'produce', 'seafood', 'fisheries', 'timber',
];

/** The business a free-mail local part names by its trade ("groundfloorcoffee" → "Groundfloor Coffee"), or null. */
export function businessFromMailbox(localPart: string): string | null {
  const letters = localPart.toLowerCase().split('+')[0]!.replace(/[^a-z]/g, '');
  for (const trade of TRADE_WORDS) {
    const at = letters.lastIndexOf(trade);
    // Three letters or more before the trade word, and at most two after it ("bk", "nz"): a name, then its trade.
    if (at < 3 || letters.length - (at + trade.length) > 2) continue;
    return prettifySlug(`${letters.slice(0, at)}-${trade}`);
  }
  return null;
}

/** Whether a display name of two words or more holds a trade's word ("Pinewood Coffee Roasters", "Forge Coffee"). */
export function namesATrade(displayName: string): boolean {
  const words = displayName.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length >= 2 && words.some((w) => TRADE_WORDS.includes(w));
}
