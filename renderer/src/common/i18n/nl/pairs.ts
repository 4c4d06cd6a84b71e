export default {
  heading: 'Spanningen en raakvlakken ({count})',
  hint: 'Kies twee principes die in het gesprek tegen elkaar in trokken of elkaar raakten, dan spanning of raakvlak.',
  principles: 'Principes',
  onFloor: 'op de vloer',
  pair: '{a} ↔ {b}',
  pickFirst: 'Kies een principe.',
  pickSecond: 'Kies een tweede principe bij {name}.',
  kinds: 'Soort',
  kind: {
    tension: 'spanning',
    common: 'raakvlak',
  },
  mark: {
    tension: 'Spanning',
    common: 'Raakvlak',
  },
  alreadyMarked: 'al gemarkeerd met {name}: {kind}',
  marked: 'Gemarkeerd bij dit dilemma',
  none: 'Nog geen paren gemarkeerd bij dit dilemma.',
  toggleKind: '{pair}: {kind}. Maak er {other} van',
  remove: '{pair} weghalen',
}
