import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDevCorpus } from '../../scripts/evaluation/evaluate.ts';
import { devCorpusAvailable } from '../../scripts/evaluation/load-dev-corpus.ts';

interface Floor {
  macroF1: number;
  accuracy: number;
  jobRelatedAccuracy: number;
  companyAccuracy: number;
  maxRejectionInterviewSwaps: number;
  perClassF1: Record<string, number>;
}

const floor = JSON.parse(readFileSync(new URL('./dev-corpus-floor.json', import.meta.url), 'utf8')) as Floor;
const available = devCorpusAvailable();
if (!available) console.warn('dev corpus regression skipped: ../shared/corpus/dev.jsonl is not next to this checkout');

describe.skipIf(!available)('dev corpus regression (skipped when ../shared/corpus/dev.jsonl is absent, e.g. in a fresh clone)', () => {
  it('stays at or above the recorded floors', () => {
    const figures = evaluateDevCorpus();
    expect(figures.total).toBe(308);
    expect(figures.macroF1).toBeGreaterThanOrEqual(floor.macroF1);
    expect(figures.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(figures.jobRelatedAccuracy).toBeGreaterThanOrEqual(floor.jobRelatedAccuracy);
    expect(figures.companyAccuracy ?? 0).toBeGreaterThanOrEqual(floor.companyAccuracy);
    expect(figures.rejectionInterviewSwaps).toBeLessThanOrEqual(floor.maxRejectionInterviewSwaps);
    for (const c of figures.perClass) {
      expect({ label: c.label, f1: c.f1 >= (floor.perClassF1[c.label] ?? 0) }).toEqual({ label: c.label, f1: true });
    }
  });
});
