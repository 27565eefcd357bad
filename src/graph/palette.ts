import type { EntityType } from '../extraction';

/**
 * One colour per entity type, shared by the GEXF exporter and the viewer so a type looks the same
 * everywhere. Okabe–Ito based: distinguishable with the common forms of colour blindness.
 */
export const ENTITY_COLORS: Record<EntityType, string> = {
  PERSON: '#0072b2',
  ORGANIZATION: '#d55e00',
  LOCATION: '#009e73',
  GROUP: '#cc79a7',
  WORK: '#e69f00',
  EVENT: '#56b4e9',
  DATE: '#999999',
  QUANTITY: '#bbbbbb',
  OTHER: '#7f7f7f',
};
