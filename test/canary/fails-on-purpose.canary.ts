import { expect, it } from 'vitest';

/**
 * CI's canary: this test fails on purpose, and `.ci/run` requires the run of it to exit non-zero
 * before it trusts the suite's exit code (an exit hook once turned every red run green).
 * Its name does not end in .test.ts, so `npm test` leaves it out; vitest.canary.config.ts runs it.
 */
it('fails on purpose, so that a run with a failing test is seen to exit non-zero', () => {
  expect('the canary').toBe('a failing test');
});
