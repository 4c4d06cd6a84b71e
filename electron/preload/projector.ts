import { createProjectorApi } from '../ipc/api'
import { expose, ipcTransport } from './expose'

expose(createProjectorApi(ipcTransport))
