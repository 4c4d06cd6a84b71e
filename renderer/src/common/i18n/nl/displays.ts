export default {
  heading: 'Schermen',
  hint: 'Kies op welk scherm de projector komt. De keuze wordt onthouden voor de volgende keer.',
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
    presenter: 'Presentator',
    projector: 'Projector',
  },
  moveHere: 'Projector hierheen',
  projectorHere: 'Projector staat hier',
  fullscreenHere: 'Projector op dit scherm schermvullend',
  shrink: 'Projector verkleinen',
  shrinkHint: 'Terug met “Projector verkleinen” hieronder, of met Esc in het projectorvenster.',
  status: {
    fullscreen: 'De projector staat schermvullend op {display}.',
    window: 'De projector staat als venster op {display}.',
    hidden: 'De projector is verborgen. Gebruik “Projector tonen” bovenin.',
    covering: 'De projector bedekt nu het scherm van de presentator.',
  },
  single:
    'Er is één scherm. De projector staat als venster naast de presentator en bedekt die niet, tenzij je daarom vraagt.',
  missingRemembered: 'Het onthouden scherm “{label}” is niet aangesloten.',
  missingRememberedUnnamed: 'Het onthouden scherm is niet aangesloten.',
  settingsReset:
    'De bewaarde schermkeuze kon niet worden gelezen. Het bestand is opzij gezet, niet verwijderd. Kies het scherm voor de projector opnieuw.',
}
