// Prism for the contract tests; the same launcher the demo uses.
export { startPrism, freePort, type PrismServer } from '../../scripts/lib/prism.mjs';
