import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

/**
 * The normal configuration (its global setup included: that is where an exit hook once turned red
 * runs green), running only the canary. Its file name does not end in .test.ts, so `npm test` never runs it.
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['test/canary/*.canary.ts'], reporters: ['default'] } });
