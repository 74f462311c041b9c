import type { HclBlock, HclBody, HclValue } from './view.js';

/**
 * One instance of a nested block as far as it can be known statically: a literal block
 * (`ingress { … }`), one element of a block-valued attribute (`ingress = [{ … }]`), or one
 * element of a `dynamic "ingress"` block's `for_each`, with `<iterator>.value…` in its `content`
 * replaced by that element's parts (whose ranges point into the `for_each` literal).
 */
export interface BlockInstance {
  /** The block (or the dynamic block) this instance comes from: where "missing" findings point. */
  owner: HclBlock | undefined;
  /** The attribute value, or undefined when absent. Unresolvable references stay `unknown`. */
  get(name: string): HclValue | undefined;
  /** Nested blocks of one type, literal ones only. */
  blocks(type: string): HclBlock[];
  /** A stable identity suffix for findings: `ingress[0]`, `dynamic.ingress[1]`. */
  key: string;
}

/** Every statically known instance of nested blocks of `type` in a body. */
export function blockInstances(body: HclBody, type: string): BlockInstance[] {
  const instances: BlockInstance[] = [];
  body.blocksOfType(type).forEach((block, index) => {
    instances.push({
      owner: block,
      get: (name) => block.body.attribute(name)?.value,
      blocks: (nested) => block.body.blocksOfType(nested),
      key: `${type}[${index}]`,
    });
  });
  const attribute = body.attribute(type);
  if (attribute?.value.kind === 'list') {
    attribute.value.items.forEach((item, index) => {
      if (item.kind !== 'object') return;
      instances.push({ owner: undefined, get: (name) => entryOf(item, name), blocks: () => [], key: `${type}=[${index}]` });
    });
  }
  body.blocksOfType('dynamic').forEach((dynamic, dynamicIndex) => {
    if (dynamic.labels[0]?.value !== type) return;
    const content = dynamic.body.blocksOfType('content')[0];
    if (!content) return;
    const iteratorValue = dynamic.body.attribute('iterator')?.value;
    const iterator = iteratorValue?.kind === 'unknown' && /^\w+$/.test(iteratorValue.text) ? iteratorValue.text : type;
    const elements = forEachElements(dynamic.body.attribute('for_each')?.value);
    // An unknown for_each still leaves the literal parts of `content` known.
    (elements ?? [undefined]).forEach((element, index) => {
      instances.push({
        owner: dynamic,
        get: (name) => {
          const value = content.body.attribute(name)?.value;
          return value && element ? substitute(value, iterator, element) : value;
        },
        blocks: (nested) => content.body.blocksOfType(nested),
        key: `dynamic.${type}[${dynamicIndex}]${elements ? `[${index}]` : ''}`,
      });
    });
  });
  return instances;
}

function entryOf(value: HclValue, key: string): HclValue | undefined {
  if (value.kind !== 'object') return undefined;
  let found: HclValue | undefined;
  for (const entry of value.entries) if (entry.key === key) found = entry.value;
  return found;
}

/** The elements of a literal list or map; undefined when Terraform alone knows them. */
function forEachElements(value: HclValue | undefined): HclValue[] | undefined {
  if (value?.kind === 'list') return value.items;
  if (value?.kind === 'object') return value.entries.map((entry) => entry.value);
  return undefined;
}

const ITERATOR_PATH = /^(\w+)\.value((?:\.\w+|\["[^"]*"\])*)$/;

/** Replaces `<iterator>.value`, `.value.port`, `.value["port"]` with the element's parts, inside lists too. */
function substitute(value: HclValue, iterator: string, element: HclValue): HclValue {
  if (value.kind === 'list') return { ...value, items: value.items.map((item) => substitute(item, iterator, element)) };
  if (value.kind !== 'unknown') return value;
  const match = ITERATOR_PATH.exec(value.text.replace(/\s+/g, ''));
  if (!match || match[1] !== iterator) return value;
  let current: HclValue | undefined = element;
  for (const [, dotted, quoted] of match[2]!.matchAll(/\.(\w+)|\["([^"]*)"\]/g)) {
    current = current ? entryOf(current, (dotted ?? quoted)!) : undefined;
  }
  return current ?? value;
}
