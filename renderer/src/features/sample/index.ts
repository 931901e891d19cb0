// The sample county's panel on the 工作台 (load it into an empty store, or clear it).
export { SampleDataPanel } from './SampleDataPanel';
