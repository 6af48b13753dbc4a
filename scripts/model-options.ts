/** Shared by the model scripts: training options with JSON overrides (for tuning), and a clean exit on errors. */

import { defaultTrainOptions, type TrainOptions } from '../src/modules/text/category-classifier.ts';

export function trainOptionsFrom(json: string | undefined): TrainOptions {
  if (!json) return defaultTrainOptions;
  const overrides = JSON.parse(json) as Partial<TrainOptions>;
  return {
    ...defaultTrainOptions,
    ...overrides,
    features: { ...defaultTrainOptions.features, ...overrides.features },
    logistic: { ...defaultTrainOptions.logistic, ...overrides.logistic },
    complementNb: { ...defaultTrainOptions.complementNb, ...overrides.complementNb },
  };
}

/** Runs a script's body; a failure prints its message (no stack) and exits with status 1. */
export async function runScript(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

/** Prints the usage line and exits with status 2. */
export function usage(line: string): never {
  console.error(`usage: ${line}`);
  process.exit(2);
}
