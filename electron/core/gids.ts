/**
 * Where the Gids Ambtelijk Vakmanschap is published (the seed's preparation step names it):
 * written into the invitation and onto the flyer for people to open; the app never loads it.
 */
export const GIDS_URL =
  'https://www.grenzeloossamenwerken.nl/ambtelijk-vakmanschap/gids-ambtelijk-vakmanschap'
