import { test } from '@playwright/test';
import { openHarness } from '../tests/support/ui';
import { planVariants, DAMAGE_KINDS } from '../tests/fixtures/damage/damage';
import { corpusSources, generatedSources, type DamageSource } from '../tests/fixtures/damage/sources';
import { readVariant, tally, type VariantResult } from '../tests/fixtures/damage/campaign';

/**
 * The full damage campaign (issue 18): every source in ../shared/corpus and the generated
 * workbooks, each damage kind at each rate, two seeds each, through the read step in Chromium
 * (the real worker with its watchdog). Prints parsed / refused with a clear message / unclear /
 * over budget, per damage kind, and the slowest reads. Figures go into SECURITY.md.
 */
test('damage campaign: every damaged variant is read or refused clearly within its budget', async ({ page }) => {
  test.setTimeout(60 * 60_000);
  const sources = [...corpusSources(), ...(await generatedSources())];
  const byName = new Map<string, DamageSource>(sources.map((s) => [s.name, s]));
  const variants = planVariants(sources, Number(process.env.DAMAGE_SEEDS ?? 2));
  await openHarness(page);
  const results: VariantResult[] = [];
  const started = Date.now();
  for (const v of variants) results.push(await readVariant(page, v, byName));
  console.log(`[damage] ${sources.length} sources, ${variants.length} variants in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`[damage] all: ${JSON.stringify(tally(results))}`);
  for (const kind of DAMAGE_KINDS) console.log(`[damage] ${kind}: ${JSON.stringify(tally(results.filter((r) => r.name.includes(`~${kind}-`))))}`);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`[damage] slowest reads: ${slowest.map((r) => `${r.name} ${r.ms} ms (${r.outcome})`).join('; ')}`);
  for (const r of results.filter((x) => x.outcome === 'unclear' || x.outcome === 'overBudget'))
    console.log(`[damage] ✘ ${r.outcome} ${r.name}: ${r.message.slice(0, 200)}`);
});
