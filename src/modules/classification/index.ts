/** The classifier now lives in `src/classifier/` (pure engine); this re-export keeps older import paths working. */
export * from '../../classifier/index.ts';
