import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildRuleSetRegistry,
  parseRuleSet,
  SHAANXI_2021,
  type RuleSet,
} from '../coverage/rule-set';

/**
 * Rule sets from a folder of JSON files (one rule set each, the shape of `SHAANXI_2021`): how
 * another province's thresholds are added without code. A file that does not parse stops the hub
 * with its name and the reason.
 */
export function loadRuleSetFiles(dir: string | undefined): RuleSet[] {
  if (!dir) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return parseRuleSet(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        throw new Error(`rule set file ${join(dir, name)}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    });
}

/** The rule sets this hub evaluates: the built-in `shaanxi-2021` and those in HUB_RULE_SETS_DIR. */
export const ACTIVE_RULE_SETS: Readonly<Record<string, RuleSet>> = buildRuleSetRegistry([
  SHAANXI_2021,
  ...loadRuleSetFiles(process.env.HUB_RULE_SETS_DIR || undefined),
]);
