import type { RelationRule } from '../context';
import { appositionRule } from './appositions';
import { includesRule } from './includes';
import { kinshipRule } from './kinship';
import { homeRule, locationRule, nationalPlaceRule } from './locations';
import { nominalisationRule } from './nominalisations';
import { possessiveRule } from './possessives';
import { namedPartRule } from './named-parts';
import { prefixRule } from './prefixes';
import { scoreRule } from './scores';
import { speechRule } from './speech';
import { titleRule } from './titles';
import { verbRule } from './verbs';
import { workRule } from './works';

/** Every rule family, most specific first: when two rules relate the same pair the same way, the first wins. */
export const RULES: RelationRule[] = [titleRule, appositionRule, kinshipRule, workRule, possessiveRule, locationRule, nationalPlaceRule, homeRule, prefixRule, namedPartRule, scoreRule, nominalisationRule, includesRule, verbRule, speechRule];
