export type { Indicator, IndicatorKind } from './types.js';
export { extractIndicators } from './extract.js';
export { writeIndicators, readIndicators } from './store.js';
export { applyIndicatorOverrides, OVERRIDES_FILE } from './overrides.js';
export { stateIndicator, stateValue } from './statement.js';
export { findIndicators, questionYears, type IndicatorMatch, type LookupHints, type LookupOptions } from './lookup.js';
