// The keys live in shared/ (the store fills them at write time, test seeds and restore use the
// same function); the pickers and lists import them from here.
export * from '@shared/model/search-keys';
