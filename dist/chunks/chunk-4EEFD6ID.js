import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/core/source.ts
var SourceFile = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  path;
  text;
  lineStarts;
  starts() {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
  get lineCount() {
    return this.starts().length;
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1, offset: clamped };
  }
  /** Offset of a 1-based line and column. */
  offsetAt(line, column) {
    const starts = this.starts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(starts[l - 1] + Math.max(0, column - 1), this.text.length);
  }
  range(startOffset, endOffset) {
    return { start: this.positionAt(startOffset), end: this.positionAt(Math.max(startOffset, endOffset)) };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, "");
  }
  slice(range) {
    return this.text.slice(range.start.offset, range.end.offset);
  }
};

export {
  SourceFile
};
