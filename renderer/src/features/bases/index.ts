// What the 产业基地 feature offers the others: its list page, a pairing's bases card, and its
// import target.
export { BasesPage } from './BasesPage';
export { PairingBasesCard } from './PairingBasesCard';
export { industryBaseTarget } from './import-target';
