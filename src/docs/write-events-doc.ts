import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';
import { renderEventCatalogue } from './event-catalogue-doc.js';

writeFileSync(join(REPO_ROOT, 'docs', 'events.md'), renderEventCatalogue());
console.log('docs/events.md written');
