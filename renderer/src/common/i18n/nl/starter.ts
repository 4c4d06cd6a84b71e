export default {
  heading: 'Starter: lijnopstelling',
  explanation:
    'Iedereen doet meteen mee. Lees de stelling voor; deelnemers kiezen een plek op een denkbeeldige lijn door de zaal, tussen de twee uitersten. Vraag daarna een paar mensen waarom ze juist daar staan. Zo spreekt iedereen in het begin, en zie je hoeveel de groep al weet van ambtelijk vakmanschap.',
  statement: 'Stelling',
  statementHint: 'Kort en prikkelend; de beamer volgt terwijl je typt.',
  leftEnd: 'Linkeruiteinde',
  rightEnd: 'Rechteruiteinde',
  observation: 'Wat viel op?',
  observationHint: 'Alleen voor jou: niet op de beamer en niet in het verslag.',
  observationPlaceholder:
    'Bijvoorbeeld: de meesten stonden in het midden; weinig kennis van de Gids.',
  previewHeading: 'Zo ziet de beamer het',
  previewHint: 'De beamer toont de lijn zodra het programma bij de starter is.',
}
