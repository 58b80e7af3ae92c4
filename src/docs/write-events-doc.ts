import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../shared/package-root.js';
import { renderEventCatalogue } from './event-catalogue-doc.js';

writeFileSync(join(PACKAGE_ROOT, 'docs', 'events.md'), renderEventCatalogue());
console.log('docs/events.md written');
