/** Estonian alphabetical order (š, z, ž, t … õ, ä, ö, ü), from PostgreSQL's ICU collation. */
export const ESTONIAN_COLLATION = '"et-x-icu"';

/** A LIKE pattern matching `text` anywhere, with its wildcards escaped so they match literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
