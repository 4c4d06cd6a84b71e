export default {
  heading: 'Schermen',
  hint: 'Kies op welk scherm het beamerscherm komt. De keuze wordt onthouden voor de volgende keer.',
  loading: 'Schermen opvragen…',
  listLabel: 'Aangesloten schermen',
  identify: 'Schermen herkennen',
  identifying: 'Elk scherm toont nu zijn nummer…',
  identifyHint: 'Toont drie seconden een groot nummer op elk scherm.',
  unnamed: 'Scherm {number}',
  number: 'Scherm {number}',
  resolution: '{width} × {height}',
  badges: {
    primary: 'Hoofdscherm',
    presenter: 'Begeleidersscherm',
    projector: 'Beamer',
  },
  moveHere: 'Beamer hierheen',
  projectorHere: 'Beamer staat hier',
  fullscreenHere: 'Beamer op dit scherm schermvullend',
  shrink: 'Beamer verkleinen',
  shrinkHint: 'Terug met “Beamer verkleinen” hieronder, of met Esc in het beamerscherm.',
  status: {
    fullscreen: 'Het beamerscherm staat schermvullend op {display}.',
    window: 'Het beamerscherm staat als venster op {display}.',
    hidden: 'Het beamerscherm is verborgen. Gebruik “Beamer tonen” bovenin.',
    covering: 'Het beamerscherm bedekt nu het begeleidersscherm.',
  },
  single:
    'Er is één scherm. Het beamerscherm staat als venster naast het begeleidersscherm en bedekt dat niet, tenzij je daarom vraagt.',
  missingRemembered: 'Het onthouden scherm “{label}” is niet aangesloten.',
  missingRememberedUnnamed: 'Het onthouden scherm is niet aangesloten.',
  settingsReset:
    'De bewaarde schermkeuze kon niet worden gelezen. Het bestand is niet verwijderd, maar verplaatst naar een bestand met “beschadigd” in de naam, in de instellingenmap van de app. Kies het scherm voor de beamer opnieuw.',
}
