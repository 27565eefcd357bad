import { loadNerModel } from './ner';
import { loadRelationClassifier } from './relations/classifier';
import { loadLinkModel } from './relations/links';
import type { Models } from './pipeline';

/**
 * Loads the shipped models once; the CLI, server and scripts call this at their edge.
 * NEWSGRAPH_NER_MODEL points at another recogniser directory (one `npm run train:ner` wrote).
 */
export function loadModels(): Models {
  return { ner: loadNerModel(process.env.NEWSGRAPH_NER_MODEL || undefined), relations: loadRelationClassifier(), links: loadLinkModel() };
}
