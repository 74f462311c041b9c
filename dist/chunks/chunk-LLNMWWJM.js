import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  SourceFile
} from "./chunk-4EEFD6ID.js";
import {
  applyDirectives,
  parseDirectives
} from "./chunk-UMTQ6HE6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-27OXTBH3.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// rules/index.ts
var ruleLoaders = {
  "compose": async () => [
    (await import("./hardcoded-secret-W2TB5732.js")).default,
    (await import("./missing-memory-limit-3TSSUEDP.js")).default,
    (await import("./missing-user-7PEGLQ7M.js")).default,
    (await import("./no-latest-image-ZCHOJYUJ.js")).default,
    (await import("./privileged-INLUSLYG.js")).default,
    (await import("./root-user-XMFGT6PO.js")).default
  ],
  "dockerfile": async () => [
    (await import("./healthcheck-disabled-ACR4VAGO.js")).default,
    (await import("./image-not-pinned-by-digest-VUN5Q2VV.js")).default,
    (await import("./missing-healthcheck-JTO6MVU3.js")).default,
    (await import("./no-auto-apply-SWJ3KPPZ.js")).default,
    (await import("./no-latest-image-VUTYOJIS.js")).default,
    (await import("./run-as-non-root-S3NP6QZT.js")).default,
    (await import("./secret-in-env-4HKXNFVM.js")).default
  ],
  "generic": async () => [
    (await import("./known-secret-format-ACWYI6HI.js")).default
  ],
  "github-actions": async () => [
    (await import("./action-on-branch-SZBBQ5WP.js")).default,
    (await import("./apply-without-plan-HVB3CGAH.js")).default,
    (await import("./deploy-without-environment-7RRL37PP.js")).default,
    (await import("./hardcoded-secret-7QCUPL2K.js")).default,
    (await import("./missing-permissions-LSOKQHV7.js")).default,
    (await import("./no-auto-apply-M3O4PCYQ.js")).default,
    (await import("./no-latest-image-OGGZHJUO.js")).default,
    (await import("./script-injection-DMXTPVUM.js")).default,
    (await import("./secret-printed-BNGSCNPE.js")).default,
    (await import("./unpinned-action-J5UQTEFX.js")).default,
    (await import("./untrusted-checkout-AL623UDG.js")).default
  ],
  "gitlab-ci": async () => [
    (await import("./apply-without-plan-Y6VKNKWW.js")).default,
    (await import("./deploy-without-approval-KTRBNODN.js")).default,
    (await import("./hardcoded-secret-JR6PL3LF.js")).default,
    (await import("./no-auto-apply-5NO23LY4.js")).default,
    (await import("./no-latest-image-B3RUHOBG.js")).default,
    (await import("./secret-printed-2CDV3JFC.js")).default
  ],
  "helm": async () => [
    (await import("./no-latest-image-3WIUG77I.js")).default
  ],
  "kubernetes": async () => [
    (await import("./capabilities-not-dropped-Q5CQRZHV.js")).default,
    (await import("./cluster-admin-binding-SIIJSO6C.js")).default,
    (await import("./dangerous-capabilities-TJ2JRFQT.js")).default,
    (await import("./hardcoded-secret-EKSD64RA.js")).default,
    (await import("./host-namespaces-WEXP42CY.js")).default,
    (await import("./host-path-volume-XZZ4S4AN.js")).default,
    (await import("./image-not-pinned-by-digest-VAQWSFX6.js")).default,
    (await import("./ingress-without-tls-VPSWYQNH.js")).default,
    (await import("./max-unavailable-all-HXILS7JC.js")).default,
    (await import("./missing-cpu-limit-W5K3CMH5.js")).default,
    (await import("./missing-liveness-probe-MABDJG5C.js")).default,
    (await import("./missing-memory-limit-O2L27RKX.js")).default,
    (await import("./missing-network-policy-EKSES37P.js")).default,
    (await import("./missing-readiness-probe-ZXLU7TPN.js")).default,
    (await import("./missing-resource-requests-MZRI2IRS.js")).default,
    (await import("./no-latest-image-EQ2BETB7.js")).default,
    (await import("./privilege-escalation-allowed-7ANDM64S.js")).default,
    (await import("./privileged-container-CFWOAKFV.js")).default,
    (await import("./rbac-wildcard-JMGIU5YG.js")).default,
    (await import("./revision-history-disabled-PCOMSASL.js")).default,
    (await import("./run-as-non-root-7E47JHCA.js")).default,
    (await import("./secret-in-clear-GPFZROFB.js")).default,
    (await import("./writable-root-filesystem-DQPTRLPC.js")).default
  ],
  "terraform": async () => [
    (await import("./backend-not-encrypted-ELFSAPCO.js")).default,
    (await import("./backend-without-locking-2Y4ZZFAG.js")).default,
    (await import("./hardcoded-secret-TBPLU4OT.js")).default,
    (await import("./image-not-pinned-by-digest-NOMWLHTC.js")).default,
    (await import("./ingress-open-to-internet-W3CZHED7.js")).default,
    (await import("./missing-cpu-limit-33UDUW3I.js")).default,
    (await import("./missing-liveness-probe-HXFAOHV6.js")).default,
    (await import("./missing-memory-limit-4NMDZ24P.js")).default,
    (await import("./missing-readiness-probe-NLX6TE55.js")).default,
    (await import("./missing-resource-requests-434B3K77.js")).default,
    (await import("./no-auto-apply-5DAI42NI.js")).default,
    (await import("./no-latest-image-VVNSUX5K.js")).default,
    (await import("./no-remote-backend-GEGVMPRQ.js")).default,
    (await import("./run-as-non-root-4U3ACVAY.js")).default,
    (await import("./secret-variable-not-sensitive-C5CT4HTQ.js")).default
  ]
};
var ruleIds = [
  "compose/hardcoded-secret",
  "compose/missing-memory-limit",
  "compose/missing-user",
  "compose/no-latest-image",
  "compose/privileged",
  "compose/root-user",
  "dockerfile/healthcheck-disabled",
  "dockerfile/image-not-pinned-by-digest",
  "dockerfile/missing-healthcheck",
  "dockerfile/no-auto-apply",
  "dockerfile/no-latest-image",
  "dockerfile/run-as-non-root",
  "dockerfile/secret-in-env",
  "generic/known-secret-format",
  "github-actions/action-on-branch",
  "github-actions/apply-without-plan",
  "github-actions/deploy-without-environment",
  "github-actions/hardcoded-secret",
  "github-actions/missing-permissions",
  "github-actions/no-auto-apply",
  "github-actions/no-latest-image",
  "github-actions/script-injection",
  "github-actions/secret-printed",
  "github-actions/unpinned-action",
  "github-actions/untrusted-checkout",
  "gitlab-ci/apply-without-plan",
  "gitlab-ci/deploy-without-approval",
  "gitlab-ci/hardcoded-secret",
  "gitlab-ci/no-auto-apply",
  "gitlab-ci/no-latest-image",
  "gitlab-ci/secret-printed",
  "helm/no-latest-image",
  "kubernetes/capabilities-not-dropped",
  "kubernetes/cluster-admin-binding",
  "kubernetes/dangerous-capabilities",
  "kubernetes/hardcoded-secret",
  "kubernetes/host-namespaces",
  "kubernetes/host-path-volume",
  "kubernetes/image-not-pinned-by-digest",
  "kubernetes/ingress-without-tls",
  "kubernetes/max-unavailable-all",
  "kubernetes/missing-cpu-limit",
  "kubernetes/missing-liveness-probe",
  "kubernetes/missing-memory-limit",
  "kubernetes/missing-network-policy",
  "kubernetes/missing-readiness-probe",
  "kubernetes/missing-resource-requests",
  "kubernetes/no-latest-image",
  "kubernetes/privilege-escalation-allowed",
  "kubernetes/privileged-container",
  "kubernetes/rbac-wildcard",
  "kubernetes/revision-history-disabled",
  "kubernetes/run-as-non-root",
  "kubernetes/secret-in-clear",
  "kubernetes/writable-root-filesystem",
  "terraform/backend-not-encrypted",
  "terraform/backend-without-locking",
  "terraform/hardcoded-secret",
  "terraform/image-not-pinned-by-digest",
  "terraform/ingress-open-to-internet",
  "terraform/missing-cpu-limit",
  "terraform/missing-liveness-probe",
  "terraform/missing-memory-limit",
  "terraform/missing-readiness-probe",
  "terraform/missing-resource-requests",
  "terraform/no-auto-apply",
  "terraform/no-latest-image",
  "terraform/no-remote-backend",
  "terraform/run-as-non-root",
  "terraform/secret-variable-not-sensitive"
];

// src/engine/engine-rules.ts
var ENGINE_RULES = {
  "infralint/parse-error": {
    id: "infralint/parse-error",
    policy: "infralint",
    level: "error",
    precision: "very-high",
    docs: {
      summary: "The file could not be parsed",
      rationale: "A file that does not parse cannot be checked, and the tools that consume it (docker build, kubectl, terraform) will reject it too.",
      remediation: "Fix the syntax error at the reported position. The rest of the scan is not affected."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/duplicate-key": {
    id: "infralint/duplicate-key",
    policy: "infralint",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "A YAML mapping repeats a key",
      rationale: "With a repeated key only the last value counts, and which one a tool sees differs between parsers: a reviewer may read the value that is ignored.",
      remediation: "Remove or merge the repeated key."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/unparsed-script": {
    id: "infralint/unparsed-script",
    policy: "infralint",
    level: "note",
    precision: "very-high",
    docs: {
      summary: "A shell script could not be parsed, so it was not checked",
      rationale: "Shell-aware rules (auto-apply, printed secrets) read RUN, run: and script: bodies with a real shell parser. A script with a syntax error is skipped by them, and is likely to fail when it runs.",
      remediation: "Fix the shell syntax at the reported position (unbalanced quotes, a missing `fi` or `done`, \u2026)."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/unused-suppression": {
    id: "infralint/unused-suppression",
    policy: "infralint",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "A suppression matches no finding",
      rationale: "A suppression left behind after its finding was fixed (or naming a misspelled rule) would silently hide a future finding of that rule on that line.",
      remediation: "Remove the `infralint-ignore` comment, or correct its rule id."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/suppression-without-reason": {
    id: "infralint/suppression-without-reason",
    policy: "infralint",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "A suppression gives no reason",
      rationale: "An exception to a policy needs a reason a reviewer can judge; without one, nobody knows whether it still holds.",
      remediation: "Add the reason after `--`: `# infralint-ignore <rule-id> -- <why this is acceptable>`."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/expired-suppression": {
    id: "infralint/expired-suppression",
    policy: "infralint",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "A suppression is past its expiry date",
      rationale: "A suppression with `until=YYYY-MM-DD` was a time-boxed exception; after that date it stops working and the finding is reported again.",
      remediation: "Fix the finding, or renew the exception with a new date and reason."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/invalid-suppression": {
    id: "infralint/invalid-suppression",
    policy: "infralint",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "A suppression comment cannot be read",
      rationale: "A malformed suppression suppresses nothing; the author probably meant it to.",
      remediation: "Write `# infralint-ignore <rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>`."
    },
    messages: { default: "{{message}}" }
  },
  "infralint/internal-error": {
    id: "infralint/internal-error",
    policy: "infralint",
    level: "error",
    precision: "very-high",
    docs: {
      summary: "A rule failed on this file",
      rationale: "A rule threw an exception; its findings for this file are missing. The other rules and files were still checked.",
      remediation: "Please report it with the file (or a minimal version of it) so the rule can be fixed."
    },
    messages: { default: "rule {{rule}} failed on this file: {{error}}" }
  },
  "infralint/unreadable-file": {
    id: "infralint/unreadable-file",
    policy: "infralint",
    level: "error",
    precision: "very-high",
    docs: {
      summary: "The file could not be read or decoded",
      rationale: "A file that cannot be read (permissions) or is not valid UTF-8 cannot be checked.",
      remediation: "Fix the file permissions, or save the file as UTF-8."
    },
    messages: { default: "{{message}}" }
  }
};

// src/engine/rules.ts
var cache = /* @__PURE__ */ new Map();
function loadRules(artifact) {
  let rules = cache.get(artifact);
  if (!rules) {
    const load = ruleLoaders[artifact];
    rules = load ? load() : Promise.resolve([]);
    cache.set(artifact, rules);
  }
  return rules;
}
async function allRuleMetas() {
  const builtins = (await Promise.all(Object.keys(ruleLoaders).map(loadRules))).flat().map((r) => r.meta);
  const engine = Object.values(ENGINE_RULES).map((m) => ({ ...m, artifact: "infralint" }));
  return [...engine, ...builtins.sort((a, b) => a.id.localeCompare(b.id))];
}
function knownRuleIds() {
  return [...Object.keys(ENGINE_RULES), ...ruleIds];
}
var customCache = /* @__PURE__ */ new WeakMap();
async function loadCustomRules(config, allowPlugins = false, artifact) {
  if (!config || config.policies.length === 0 && config.plugins.length === 0) return [];
  let rules = customCache.get(config);
  if (!rules) {
    rules = (async () => {
      const { compilePolicy } = await import("./declarative-FPWBLEY5.js");
      const compiled = config.policies.map(compilePolicy);
      if (allowPlugins) {
        const { loadPlugin } = await import("./plugins-OEETGAXO.js");
        for (const path of config.plugins) compiled.push(...await loadPlugin(path));
      }
      return compiled;
    })();
    customCache.set(config, rules);
  }
  const all = await rules;
  return artifact ? all.filter((r) => r.meta.artifact === artifact) : all;
}

// src/core/finding.ts
var LEVEL_RANK = { error: 3, warning: 2, note: 1 };
function compareFindings(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId);
}

// src/engine/report.ts
import { createHash } from "node:crypto";
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}
function toRange(at) {
  return "range" in at ? at.range : at;
}
function draftFinding(meta, report, file, level) {
  const range = toRange(report.at);
  const template = meta.messages[report.messageId] ?? report.messageId;
  const offending = file.text.slice(range.start.offset, range.end.offset);
  const identity = [meta.id, file.path, report.key ?? "", hash(offending), hash(file.lineText(range.start.line).trim())].join("\0");
  const looseIdentity = [meta.id, file.path, report.key ?? "", hash(offending.replace(/[\s'"]/g, ""))].join("\0");
  return {
    ruleId: meta.id,
    level,
    message: renderMessage(template, report.data),
    path: file.path,
    range,
    related: report.related?.map((r) => ({ range: toRange(r.at), message: r.message })),
    identity,
    looseIdentity
  };
}
function draftProjectFinding(meta, report, level) {
  const template = meta.messages[report.messageId] ?? report.messageId;
  return {
    ruleId: meta.id,
    level,
    message: renderMessage(template, report.data),
    path: report.path,
    range: report.range,
    identity: [meta.id, report.path, report.key ?? "", "project"].join("\0"),
    looseIdentity: [meta.id, report.path, report.key ?? "", "project"].join("\0")
  };
}
function fingerprint(drafts) {
  const seen = /* @__PURE__ */ new Map();
  const ordinal = (key) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  };
  return drafts.map(({ identity, looseIdentity, ...finding }) => ({
    ...finding,
    fingerprint: hash(`${identity}\0${ordinal(identity)}`).slice(0, 32),
    baselineKey: hash(`baseline\0${looseIdentity}\0${ordinal(`loose\0${looseIdentity}`)}`).slice(0, 32)
  }));
}
function hash(text) {
  return createHash("sha256").update(text).digest("hex");
}

// src/config/resolve.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var matchers = /* @__PURE__ */ new Map();
function matcher(globs) {
  const key = globs.join("\0");
  let m = matchers.get(key);
  if (!m) {
    m = (0, import_picomatch.default)(globs.map((g) => g.includes("/") ? g.replace(/^\.\//, "") : `**/${g}`), { dot: true });
    matchers.set(key, m);
  }
  return m;
}
function ruleSettingFor(config, ruleId, path, defaultLevel) {
  let level = defaultLevel;
  if (config?.minimumLevel && LEVEL_RANK[defaultLevel] < LEVEL_RANK[config.minimumLevel]) level = config.minimumLevel;
  if (!config) return { level };
  let options;
  const apply = (setting) => {
    if (!setting) return;
    if (setting.level) level = setting.level;
    if (setting.options) options = { ...options, ...setting.options };
  };
  apply(config.rules[ruleId]);
  for (const o of config.overrides) if (matcher(o.files)(path)) apply(o.rules[ruleId]);
  return { level, options };
}
function isIgnoredByConfig(config, path) {
  return !!config && config.ignore.length > 0 && matcher(config.ignore)(path);
}

// src/engine/project.ts
async function finalizeProject(results, options, only) {
  const byRule = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const fact of result.facts ?? []) {
      if (only !== void 0 && fact.ruleId !== only) continue;
      let list = byRule.get(fact.ruleId);
      if (!list) byRule.set(fact.ruleId, list = []);
      list.push({ path: result.path, data: fact.data });
    }
  }
  const drafts = [];
  for (const [ruleId, facts] of byRule) {
    const rule = (await loadRules(ruleId.slice(0, ruleId.indexOf("/")))).find((r) => r.meta.id === ruleId);
    if (!rule?.finalize) continue;
    const levelAt = (path) => options.ruleLevels?.[ruleId] ?? ruleSettingFor(options.config, ruleId, path, rule.meta.level).level;
    if (options.ruleLevels?.[ruleId] === "off") continue;
    try {
      rule.finalize(facts, {
        options: rule.meta.options?.defaults ?? {},
        report: (r) => {
          const level = levelAt(r.path);
          if (level !== "off") drafts.push(draftProjectFinding(rule.meta, r, level !== rule.meta.level ? level : r.level ?? rule.meta.level));
        }
      });
    } catch (error) {
      const at = { line: 1, column: 1, offset: 0 };
      const path = facts[0].path;
      const { SourceFile: SourceFile2 } = await import("./source-ONJMWITN.js");
      drafts.push(
        draftFinding(ENGINE_RULES["infralint/internal-error"], {
          messageId: "default",
          data: { rule: ruleId, error: error instanceof Error ? error.message : String(error) },
          at: { start: at, end: at }
        }, new SourceFile2(path, ""), "error")
      );
    }
  }
  return fingerprint(drafts);
}

// src/parsers/detect.ts
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
var NOT_A_DOCKERFILE = /\.(dockerignore|md|markdown|rst|txt|adoc|json|ya?ml|toml|sh|bash|ps1|bat|cmd|py|js|mjs|ts|go|lock|orig|rej|bak|swp|patch|diff)$/;
function detectByPath(path) {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (lower === "dockerfile" || lower === "containerfile" || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile")) {
    return "dockerfile";
  }
  if (/^(dockerfile|containerfile)[._-][\w.-]+$/i.test(name) && !NOT_A_DOCKERFILE.test(lower)) return "dockerfile";
  if (/\.(tf|tofu|tfvars)$/.test(lower) || lower.endsWith(".tfvars.json") || lower.endsWith(".tf.json")) return "terraform";
  if (lower.endsWith(".yml") || lower.endsWith(".yaml")) return "yaml";
  if (isSecretsBearingConfig(lower)) return "generic";
  if (lower.endsWith(".json")) return "json";
  return void 0;
}
var COMPOSE_NAME = /^(docker-)?compose(\.[\w-]+)*\.ya?ml$/i;
function isComposeName(path) {
  return COMPOSE_NAME.test(basename(path));
}
function isHelmValuesName(path) {
  return /^values([.-][\w.-]+)?\.ya?ml$/i.test(basename(path));
}
function detectYamlKind(path, topKeys, jobKeys = []) {
  const name = basename(path).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return "github-actions";
  if (/(^|\.)gitlab-ci\.ya?ml$/.test(name)) return "gitlab-ci";
  if (COMPOSE_NAME.test(name)) return "compose";
  const has = (k) => topKeys.some((keys) => keys.includes(k));
  if ((name === "action.yml" || name === "action.yaml") && has("runs")) return "github-actions";
  if (topKeys.some((keys) => keys.includes("apiVersion") && keys.includes("kind"))) return "kubernetes";
  if (isGitlabCiFolder(path) && looksLikeGitlabJobs(topKeys, jobKeys)) return "gitlab-ci";
  if (has("jobs") && (has("on") || has("true"))) return "github-actions";
  if (has("services") && !has("apiVersion")) return "compose";
  return void 0;
}
function isSecretsBearingConfig(lower) {
  return lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") || lower === ".npmrc" || lower === ".pypirc" || lower === ".netrc" || lower === ".dockercfg" || lower.endsWith(".properties");
}
function isGitlabCiFolder(path) {
  return /(^|\/)(\.gitlab|ci)\/(.+\/)?[^/]+\.ya?ml$/i.test(path);
}
var GITLAB_JOB_KEYS = ["script", "extends", "stage", "trigger", "before_script"];
function looksLikeGitlabJobs(topKeys, jobKeys) {
  if (topKeys.some((keys) => keys.includes("stages") || keys.includes("default") || keys.includes("include") && !keys.includes("apiVersion"))) return true;
  return jobKeys.some((keys) => keys.some((k) => GITLAB_JOB_KEYS.includes(k)));
}

// src/parsers/registry.ts
var loaders = {
  dockerfile: async () => {
    const { parseDockerfile } = await import("./parse-ZDJVCJWI.js");
    const { parseRunScripts } = await import("./run-scripts-B3OTLEND.js");
    return async (file) => {
      const parsed = parseDockerfile(file);
      parsed.errors.push(...await parseRunScripts(parsed.view));
      return parsed;
    };
  },
  generic: async () => (await import("./generic-5C2ML7FX.js")).parseGeneric,
  kubernetes: async () => (await import("./parse-FISIHMOF.js")).parseKubernetes,
  compose: async () => (await import("./parse-765ONO73.js")).parseCompose,
  helm: async () => (await import("./parse-3JBKFVMS.js")).parseHelmValues,
  "github-actions": async () => (await import("./parse-N7SDVODX.js")).parseGithubActions,
  "gitlab-ci": async () => (await import("./parse-UN666G4F.js")).parseGitlabCi,
  terraform: async () => {
    const { loadHclParser, parseHcl } = await import("./terraform-NJMO37DM.js");
    await loadHclParser();
    return parseHcl;
  }
};
var cache2 = /* @__PURE__ */ new Map();
function loadParser(kind) {
  let parser = cache2.get(kind);
  if (!parser) {
    const load = loaders[kind];
    parser = load ? load() : Promise.resolve(void 0);
    cache2.set(kind, parser);
  }
  return parser;
}

// src/engine/comments.ts
var MARKER = "infralint-ignore";
async function directiveComments(file, kind) {
  if (!file.text.includes(MARKER)) return [];
  const raw = await commentsOf(file, kind);
  return raw.filter((c) => c.text.includes(MARKER)).map((c) => ({ ...c, trailing: file.lineText(file.positionAt(c.offset).line).slice(0, file.positionAt(c.offset).column - 1).trim() !== "" }));
}
async function commentsOf(file, kind) {
  switch (kind) {
    case "terraform":
      return hclComments(file);
    case "dockerfile":
    case "generic":
      return lineComments(file);
    default:
      return yamlComments(file, (await import("./dist-WIEIP522.js")).Lexer);
  }
}
function yamlComments(file, Lexer) {
  const out = [];
  let offset = 0;
  for (const token of new Lexer().lex(file.text)) {
    if (token.length === 1 && (token === "" || token === "" || token === "")) continue;
    if (token.startsWith("#")) out.push({ text: token, offset });
    offset += token.length;
  }
  return out;
}
function lineComments(file) {
  const out = [];
  for (let line = 1; line <= file.lineCount; line++) {
    const text = file.lineText(line);
    const trimmed = text.trimStart();
    if (trimmed.startsWith("#")) out.push({ text: trimmed, offset: file.offsetAt(line, 1) + (text.length - trimmed.length) });
  }
  return out;
}
async function hclComments(file) {
  const { loadHclParser, loadedHclParser } = await import("./loader-UV62JF2A.js");
  await loadHclParser();
  const tree = loadedHclParser().parse(file.text);
  if (!tree) return [];
  try {
    return tree.rootNode.descendantsOfType("comment").flatMap((n) => n ? [{ text: n.text, offset: n.startIndex }] : []);
  } finally {
    tree.delete();
  }
}

// src/core/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closeMatches(wanted, known, max = 3) {
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  const tail = (id) => id.slice(id.lastIndexOf("/") + 1);
  const scored = known.map((name) => ({ name, d: Math.min((0, import_fastest_levenshtein.distance)(wanted, name), (0, import_fastest_levenshtein.distance)(tail(wanted), tail(name)) + 2) })).filter((c) => c.d <= limit).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  const best = scored[0]?.d;
  return scored.filter((c) => c.d === best).slice(0, max).map((c) => c.name);
}

// src/engine/lint-file.ts
var YAML_KINDS = /* @__PURE__ */ new Set(["kubernetes", "compose", "helm", "github-actions", "gitlab-ci"]);
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
async function lintFile(input, options = {}) {
  const { path, bytes } = input;
  const result = { path, findings: [], notices: [], bytes: bytes.length };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const byPath = input.kind ?? detectByPath(path);
  if (!byPath) return skip(result, "not-infrastructure");
  if (byPath === "terraform" && path.endsWith(".json")) {
    return skip(result, "unsupported-kind", `skipped ${path}: Terraform JSON syntax (*.tf.json) is not checked yet`);
  }
  if (looksBinary(bytes)) return skip(result, "binary", `skipped ${path}: binary file`);
  if (bytes.length > maxBytes) {
    return skip(result, "too-large", `skipped ${path}: ${bytes.length} bytes is over the ${maxBytes}-byte limit (--max-file-size)`);
  }
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== "string") {
    const file2 = new SourceFile(path, new TextDecoder().decode(bytes.subarray(0, decoded.invalidAt)));
    const at = file2.positionAt(file2.text.length);
    result.kind = input.kind;
    result.findings = engineFindings(file2, "infralint/unreadable-file", [
      { message: `file is not valid UTF-8 (first invalid byte at offset ${decoded.invalidAt}); save it as UTF-8`, range: { start: at, end: at } }
    ], options);
    return result;
  }
  const file = new SourceFile(path, decoded);
  let kind;
  let yaml;
  if (input.kind && YAML_KINDS.has(input.kind)) {
    const { parseYaml } = await import("./parse-37BILNSH.js");
    yaml = parseYaml(file);
    kind = input.kind;
  } else if (byPath === "yaml" || byPath === "json") {
    if (isHelmTemplate(path, decoded)) return skip(result, "helm-template");
    if (!mayBeInfrastructureYaml(path, decoded)) return skip(result, "not-infrastructure");
    const { parseYaml } = await import("./parse-37BILNSH.js");
    yaml = parseYaml(file);
    const jobKeys = isGitlabCiFolder(path) ? yaml.documents.flatMap((d) => secondLevelKeys(d.contents)) : [];
    kind = detectYamlKind(path, yaml.documents.map((d) => topLevelKeys(d.contents)), jobKeys);
    if (kind === "compose" && !isComposeName(path)) {
      const { looksLikeCompose } = await import("./parse-765ONO73.js");
      if (!yaml.documents.some((d) => looksLikeCompose(d.contents))) kind = void 0;
    }
    if (kind === "kubernetes" && !yaml.documents.some((d) => hasKubernetesKind(d.contents))) kind = void 0;
    if (!kind) return skip(result, "not-infrastructure");
  } else {
    kind = byPath;
  }
  result.kind = kind;
  const parser = await loadParser(kind);
  if (!parser) return skip(result, "unsupported-kind", `skipped ${path}: ${kind} files are detected but not checked yet`);
  const drafts = [];
  let view;
  let errors;
  try {
    ({ view, errors } = await parser(file, yaml));
  } catch (error) {
    errors = [{ message: `could not parse the file: ${describe(error)}`, range: file.range(0, 0) }];
  }
  const parseErrors = errors.filter((e) => !e.ruleId);
  drafts.push(...draftsFor(file, "infralint/parse-error", parseErrors, options));
  for (const ruleId of new Set(errors.flatMap((e) => e.ruleId ? [e.ruleId] : []))) {
    drafts.push(...draftsFor(file, ruleId, errors.filter((e) => e.ruleId === ruleId), options));
  }
  const secretRules = /* @__PURE__ */ new Set();
  if (view !== void 0) drafts.push(...await runRules(kind, view, file, options, secretRules, result));
  if (kind !== "generic") {
    const generic = { kind: "generic", file };
    drafts.push(...dropDuplicateSecrets(await runRules("generic", generic, file, options, /* @__PURE__ */ new Set(), result), drafts, secretRules));
  }
  result.findings = fingerprint(drafts);
  await suppress(result, file, kind, view, options);
  return result;
}
async function suppress(result, file, kind, view, options) {
  const fromView = view?.directives ?? [];
  const directives = [...parseDirectives(file, await directiveComments(file, kind)), ...fromView];
  if (directives.length === 0) return;
  const custom = (await loadCustomRules(options.config, options.allowPlugins)).map((r) => r.meta.id);
  const known = /* @__PURE__ */ new Set([...knownRuleIds(), ...custom]);
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const problems = applyDirectives(result.findings, directives, today, (id) => known.has(id) ? true : closeMatches(id, [...known]));
  const drafts = problems.flatMap((p) => {
    const range = file.range(p.directive.offset, p.directive.offset + p.directive.length);
    return draftsFor(file, p.ruleId, [{ message: p.message, range }], options);
  });
  result.findings.push(...fingerprint(drafts));
}
async function runRules(kind, view, file, options, secretRules, result) {
  const drafts = [];
  const rules = [...await loadRules(kind), ...await loadCustomRules(options.config, options.allowPlugins, kind)];
  for (const rule of rules) {
    const setting = settingFor(options, rule.meta.id, file.path, rule.meta.level);
    if (setting.level === "off") continue;
    if (rule.meta.policy === "no-hardcoded-secrets") secretRules.add(rule.meta.id);
    const configured = setting.level !== rule.meta.level ? setting.level : void 0;
    const report = (r) => {
      drafts.push(draftFinding(rule.meta, r, file, configured ?? r.level ?? rule.meta.level));
    };
    const ruleOptions = { ...rule.meta.options?.defaults, ...setting.options };
    const fact = rule.finalize ? (data) => void (result.facts ??= []).push({ ruleId: rule.meta.id, data }) : () => {
    };
    try {
      rule.check(view, { file, options: ruleOptions, report, fact });
    } catch (error) {
      const data = { rule: rule.meta.id, error: describe(error) };
      drafts.push(draftFinding(ENGINE_RULES["infralint/internal-error"], { messageId: "default", data, at: file.range(0, 0) }, file, "error"));
    }
  }
  return drafts;
}
function dropDuplicateSecrets(tokenFindings, others, secretRules) {
  const secrets = others.filter((d) => secretRules.has(d.ruleId));
  const overlaps = (a, b) => a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset;
  return tokenFindings.filter((t) => !secrets.some((s) => overlaps(s, t)));
}
function skip(result, reason, message) {
  result.skipped = reason;
  if (message) result.notices.push({ level: "note", message, path: result.path });
  return result;
}
function draftsFor(file, ruleId, errors, options) {
  const meta = ENGINE_RULES[ruleId];
  const { level } = settingFor(options, ruleId, file.path, meta.level);
  if (level === "off") return [];
  return errors.map((e) => draftFinding(meta, { messageId: "default", data: { message: e.message }, at: e.range }, file, level));
}
function settingFor(options, ruleId, path, defaultLevel) {
  const setting = ruleSettingFor(options.config, ruleId, path, defaultLevel);
  const last = options.ruleLevels?.[ruleId];
  return last ? { ...setting, level: last } : setting;
}
function engineFindings(file, ruleId, errors, options) {
  return fingerprint(draftsFor(file, ruleId, errors, options));
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
function decodeUtf8(bytes) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes) };
  }
}
function firstInvalidUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  const fatal = new TextDecoder("utf-8", { fatal: true });
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    let ok = false;
    for (let cut = mid; cut >= Math.max(lo, mid - 3) && !ok; cut--) {
      try {
        fatal.decode(bytes.subarray(0, cut));
        ok = cut === mid;
      } catch {
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function isHelmTemplate(path, text) {
  return /(^|\/)templates\//.test(path) && text.includes("{{");
}
function mayBeInfrastructureYaml(path, text) {
  if (detectYamlKind(path, []) !== void 0) return true;
  if (isGitlabCiFolder(path) && /(^|\n)\s*(script|extends|stages|include):/.test(text)) return true;
  return /(^|\n|")\s*"?(apiVersion|services|jobs|runs)"?\s*:/.test(text);
}
function hasKubernetesKind(contents) {
  const items = contents?.items;
  if (!Array.isArray(items)) return false;
  const pair = items.find((p) => p?.key?.value === "kind");
  if (!pair) return false;
  const kind = pair.value?.value;
  return typeof kind !== "string" || /^[A-Z][A-Za-z0-9]*$/.test(kind);
}
function secondLevelKeys(contents) {
  const items = contents?.items;
  if (!Array.isArray(items)) return [];
  return items.map((p) => topLevelKeys(p?.value));
}
function topLevelKeys(contents) {
  const items = contents?.items;
  if (!Array.isArray(items)) return [];
  return items.map((p) => String(p?.key?.value ?? ""));
}

export {
  LEVEL_RANK,
  compareFindings,
  allRuleMetas,
  loadCustomRules,
  isHelmValuesName,
  isIgnoredByConfig,
  finalizeProject,
  lintFile
};
