import { createPresenterApi } from '../ipc/api'
import { expose, ipcRoutes, ipcTransport } from './expose'

expose(createPresenterApi(ipcTransport, ipcRoutes))
