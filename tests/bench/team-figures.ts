import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { teamOverview } from '@core/team/team-overview'
import { readTeamFolder } from '@node/team/read-team-folder'
import { writeTeamFolder } from '../support/team-folder'
import { medianOf, type Figure } from './table'

const RUNS = 5
export const TEAM_FILES = 50

/**
 * "Teamoverzicht": reading a folder of 50 session files (and the few damaged ones beside them)
 * and making the overview, as the facilitator waits for it after choosing the folder.
 */
export async function teamFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dd-bench-team-'))
  try {
    await writeTeamFolder(dir, TEAM_FILES)
    const read = async () => {
      const content = await readTeamFolder(dir)
      return teamOverview({ folderName: 'Team', ...content })
    }
    return [
      {
        name: `Teamoverzicht: ${TEAM_FILES} sessiebestanden lezen, median of ${RUNS}`,
        unit: 'ms',
        budget: 1000,
        measured: await medianOf(RUNS, read),
      },
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
