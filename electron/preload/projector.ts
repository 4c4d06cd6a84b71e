import { createProjectorApi } from '../ipc/api'
import { expose, ipcRoutes, ipcTransport } from './expose'

expose(createProjectorApi(ipcTransport, ipcRoutes))
