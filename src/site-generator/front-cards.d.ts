declare module 'virtual:front-cards' {
  // A relative `import type` is not allowed inside an ambient module declaration, hence import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type Lang = import('../i18n/languages').Lang;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type FrontCard = import('../article/model/front-card').FrontCard;
  const cards: Record<Lang, FrontCard[]>;
  export default cards;
}
