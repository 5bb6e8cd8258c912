import type { FeatureModule } from './feature';
import { feature as registry } from '@/features/registry/routes';
import { feature as settings } from '@/features/settings/routes';
import { feature as importFeature } from '@/features/import/routes';
import { feature as emulation } from '@/features/emulation/routes';
import { feature as clusters } from '@/features/clusters/routes';
import { feature as summary } from '@/features/summary/routes';
import { feature as nominations } from '@/features/nominations/routes';
import { feature as people } from '@/features/people/routes';
import { feature as catalog } from '@/features/catalog/routes';
import { feature as initiatives } from '@/features/initiatives/routes';
import { feature as backup } from '@/features/backup/routes';

/** Every feature of the app; add a new one here (see ARCHITECTURE.md). */
export const FEATURES: FeatureModule[] = [registry, importFeature, emulation, clusters, summary, catalog, nominations, people, initiatives, backup, settings];
