export type FilterOption = { value: string; label: string };

/** A filter of the search form: the most used show at once, the rest behind 「展开」. */
export type ListFilter<T> = {
  key: string;
  label: string;
  options: FilterOption[];
  test: (row: T, value: string) => boolean;
  primary?: boolean;
};

/** A row of a list: the record plus its search keys (computed once per name). */
export type Keyed = { id: string; searchKeys: string };
