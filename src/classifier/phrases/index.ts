import { en } from './en.ts';
import type { PhraseTable } from './phrase-table.types.ts';

/**
 * Every language the engine knows. Adding a language is adding a table here:
 * all tables are matched and their hits add up, so mail in any of them scores.
 */
export const PHRASE_TABLES: readonly PhraseTable[] = [en];
