import { DOMParser } from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';

export type { Element };

/**
 * Parses an XML part, or `undefined` when it is not well-formed. Elements and attributes are found by
 * their local name (`p`, `val`), whatever prefix the producer gave the namespace.
 */
export function parseXml(text: string): Element | undefined {
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return document.documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

const elementNode = 1;

/** The child elements of `node`, in order; with `name`, only those with that local name. */
export function childElements(node: Node, name?: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === elementNode && (name === undefined || (child as Element).localName === name))
      found.push(child as Element);
  }
  return found;
}

/** The first child element with that local name. */
export const childElement = (node: Node, name: string): Element | undefined => childElements(node, name)[0];

/** Follows a path of local names from `node`: `pathElement(p, 'pPr', 'numPr', 'numId')`. */
export function pathElement(node: Node, ...names: string[]): Element | undefined {
  let at: Element | undefined = node as Element;
  for (const name of names) {
    at = at && childElement(at, name);
    if (!at) return undefined;
  }
  return at;
}

/** The attribute with that local name (`val` finds `w:val`), or `undefined`. */
export function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const item = attributes.item(i);
    if (item && (item.localName ?? item.name) === name) return item.value;
  }
  return undefined;
}

/** Every descendant element with that local name, in document order. */
export function descendants(node: Node, name: string): Element[] {
  const found: Element[] = [];
  const walk = (at: Node) => {
    for (const child of childElements(at)) {
      if (child.localName === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}
