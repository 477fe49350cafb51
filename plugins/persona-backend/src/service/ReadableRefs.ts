/**
 * Which entity refs a caller may read; `all` when the caller may read every
 * entity.
 */
export type ReadableRefs = {
  has(ref: string): boolean;
  all?: boolean;
  /**
   * The same object serves every request under the same conditions and
   * index, so answers filtered for it may be kept for as long as it lives.
   */
  shared?: boolean;
};
