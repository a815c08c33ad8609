/**
 * Runs the content validator before Astro loads any collection, so a broken
 * entry stops `astro build` with the same plain-language messages as
 * `npm run validate`. In `astro dev` the problems are logged instead, so a
 * contributor can keep the preview open while fixing them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderProblem } from '../schemas/format';
import { summarize, validateContent, type ValidationResult } from '../lib/validation';

let lastResult: ValidationResult | undefined;

/**
 * The content of this run's validation, for steps after the build that write
 * files from it (src/integrations/slip-data.ts) instead of parsing it again.
 */
export function validatedContent(): ValidationResult | undefined {
  return lastResult;
}

/** The Astro integration that validates content/ at startup. */
export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        // Shared with the content loaders, so the build parses each file once.
        const result = validateContent({ root, shareWithBuild: true });
        lastResult = result;
        if (result.problems.length === 0) {
          logger.info(summarize(result));
          return;
        }
        const report = `${result.problems.map((problem) => renderProblem(problem)).join('\n\n')}\n\n${summarize(result)}`;
        if (command === 'build') {
          const error = new Error(`Content validation failed:\n\n${report}`);
          error.stack = error.message;
          throw error;
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
