export default {
  heading: 'Deelnemers',
  privacy: 'Namen blijven op deze laptop. Ze komen alleen in het verslag als jij daarvoor kiest.',
  pasteLabel: 'Namen toevoegen',
  pasteHint:
    'Plak of typ een lijst. Scheid namen met komma’s, puntkomma’s, tabs of nieuwe regels. Ctrl+Enter voegt toe.',
  pastePlaceholder: 'Anna, Bram, Cees…',
  add: 'Toevoegen',
  added: 'Geen nieuwe namen toegevoegd. | 1 naam toegevoegd. | {count} namen toegevoegd.',
  alreadyThere: '1 stond er al. | {count} stonden er al.',
  tooLong:
    '1 naam is langer dan {max} tekens en staat nog in het veld. | {count} namen zijn langer dan {max} tekens en staan nog in het veld.',
  nothingToAdd: 'Er staan geen namen in het veld.',
  counter: '{present} aanwezig van {total}',
  empty: 'Nog geen deelnemers. Plak hierboven de namen van de groep.',
  tooMany:
    'Er zijn {present} mensen aanwezig. De werkvorm werkt het best met hoogstens {max} deelnemers: overweeg twee groepen, of laat een deel observeren.',
  present: 'Aanwezig',
  spoken: 'heeft gesproken',
  spokenHint:
    'Bij variant 2 praten per dilemma vier nieuwe deelnemers; wie al sprak is gemarkeerd.',
  rename: 'Wijzigen',
  renameFor: 'Naam van {name} wijzigen',
  nameLabel: 'Naam',
  save: 'Opslaan',
  cancel: 'Annuleren',
  remove: 'Verwijderen',
  removeFor: '{name} verwijderen',
  confirmRemove: 'Zeker verwijderen?',
  confirmRemoveFor: 'Zeker {name} verwijderen?',
  listLabel: 'Lijst van deelnemers',
}
