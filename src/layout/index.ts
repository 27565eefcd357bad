export { computeLayout, iterationsFor, layoutGraph, type LayoutOptions, type Positions } from './layout';
export { seedPosition } from './seed';
