/** Estonian alphabetical order (š, z, ž, t … õ, ä, ö, ü), from PostgreSQL's ICU collation. */
export const ESTONIAN_COLLATION = '"et-x-icu"';

/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern matching `text` anywhere. */
export const likePattern = (text: string) => `%${escapeLike(text)}%`;
