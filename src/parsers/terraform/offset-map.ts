/**
 * Maps offsets in a decoded string (escapes resolved, heredoc indentation stripped) back to
 * offsets in the file. Built from segments in value order: a plain segment maps its characters
 * one to one; a replaced segment (an escape like `\"`, an interpolated literal) maps all its
 * characters to the source text it replaced.
 */
export class OffsetMap {
  private readonly valueStarts: number[] = [];
  private readonly fileStarts: number[] = [];
  /** The file end of a replaced segment; -1 for a plain one. */
  private readonly replacedEnds: number[] = [];

  /** Appends a segment starting at `valueOffset`. */
  add(valueOffset: number, fileStart: number, replacedFileEnd = -1): void {
    this.valueStarts.push(valueOffset);
    this.fileStarts.push(fileStart);
    this.replacedEnds.push(replacedFileEnd);
  }

  /** The file offset where the character at `valueOffset` starts. */
  toFile(valueOffset: number): number {
    const segment = this.segmentOf(valueOffset);
    if (segment < 0) return valueOffset;
    if (this.replacedEnds[segment]! >= 0) return this.fileStarts[segment]!;
    return this.fileStarts[segment]! + (valueOffset - this.valueStarts[segment]!);
  }

  /** The file offset just after the character before `valueEnd`: the end of a range. */
  toFileEnd(valueEnd: number): number {
    if (valueEnd <= 0) return this.toFile(0);
    const segment = this.segmentOf(valueEnd - 1);
    if (segment >= 0 && this.replacedEnds[segment]! >= 0) return this.replacedEnds[segment]!;
    return this.toFile(valueEnd - 1) + 1;
  }

  private segmentOf(valueOffset: number): number {
    let lo = 0;
    let hi = this.valueStarts.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.valueStarts[mid]! <= valueOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
