import { parseIdentifyNumber } from '@core/display/identify'
import './identify.css'

// "Schermen herkennen": this page shows only the number main put in its address (?n=2).
// Anything else in the address is ignored; a missing or odd number shows nothing.
const number = parseIdentifyNumber(window.location.search)
const target = document.getElementById('identify')
if (target && number !== null) target.textContent = String(number)
