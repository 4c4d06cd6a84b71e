import { describeLook, LOOKS } from './harness/readability-suite'

/**
 * "Nothing on the projector is smaller than would be readable from 8 m on a 2 m wide image":
 * principle names at least 8% of the window height, every other text at least 3.5%, at every
 * beamer size, for the default deck of seven principles. Nothing sticks out of the window, the
 * page does not scroll, no word is broken over two lines or cut, and no name is clipped. In both
 * themes and at the smallest and largest text size the facilitator can choose.
 */

// In two files, so the two halves run side by side: here the standard and high-contrast
// looks at 100%.
for (const look of LOOKS.slice(0, 2)) describeLook(look)
