/**
 * A page can register a custom property of ours with `@property` and a syntax that makes our colours
 * invalid. Each of Scrollwise's layers renames its properties with a prefix the page cannot guess.
 */
export function privateProperties(css: string): string {
  const prefix = `--p${crypto.randomUUID().slice(0, 8)}-`;
  return css.replace(/--(?=[a-z])/g, prefix);
}
