import { loadNerModel } from './ner';
import type { Models } from './pipeline';

/** Loads the shipped models once; the CLI, server and scripts call this at their edge. */
export function loadModels(): Models {
  return { ner: loadNerModel() };
}
