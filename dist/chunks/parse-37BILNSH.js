import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asMap,
  asSeq,
  get,
  getIn,
  getPair,
  import_yaml,
  nodeRange,
  pairs,
  parseYaml,
  resolveAlias,
  scalarString,
  scalarValue
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";
var export_isMap = import_yaml.isMap;
var export_isPair = import_yaml.isPair;
var export_isScalar = import_yaml.isScalar;
var export_isSeq = import_yaml.isSeq;
export {
  asMap,
  asSeq,
  get,
  getIn,
  getPair,
  export_isMap as isMap,
  export_isPair as isPair,
  export_isScalar as isScalar,
  export_isSeq as isSeq,
  nodeRange,
  pairs,
  parseYaml,
  resolveAlias,
  scalarString,
  scalarValue
};
