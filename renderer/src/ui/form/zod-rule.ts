// The rule moved to ui/ (no domain knowledge); registry forms keep importing it from here.
export { zodRule } from '../../../ui/zod-rule';
