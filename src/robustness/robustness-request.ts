import { z } from 'zod';
import { Package, PositionSource } from '../model/index.js';

/**
 * What a caller asks `POST …/robustness` for: how many samples, from which seed, how many of them feed
 * leverage and concessions, which packages' acceptance to report beside the released ones, and which
 * positions to weigh. Every field has a default. The server's route validates with it and the web app's
 * request type is its `z.input`.
 */
export const RobustnessRequest = z.strictObject({
  samples: z.number().int().min(1).max(20_000).default(1000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  detailSamples: z.number().int().min(0).max(200).default(50),
  /**
   * Complete packages whose acceptance to report, beside the released ones (always reported); a delegate
   * may name released packages only.
   */
  packages: z.array(Package).max(20).default([]),
  /** Which positions to weigh: those the parties entered, or the mediators' estimates (mediators only). */
  use: PositionSource.default('entered'),
});
export type RobustnessRequest = z.infer<typeof RobustnessRequest>;
