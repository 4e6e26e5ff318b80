/**
 * The one error the catalog compiler throws for bad input: something wrong in an article,
 * with the place it is wrong. Any other exception escaping the compiler is a compiler bug.
 */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  /**
   * @param file   path of the article as shown to the author (relative to the project root
   *               or to the working directory of the CLI)
   * @param line   1-based line in that file
   * @param column 1-based column in that line
   * @param reason what is wrong, one sentence without the position
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }

  /** `FILE:LINE:COL: message`, the format editors and CI annotate (docs/architecture.md, "Catalog CLI"). */
  format(): string {
    return this.message;
  }
}

/** A 1-based position in an article, as mdast and the YAML line counter give it. */
export interface SourcePoint {
  readonly line: number;
  readonly column: number;
}

/** The start of the file: where errors about the whole article point. */
export const START_OF_FILE: SourcePoint = { line: 1, column: 1 };
