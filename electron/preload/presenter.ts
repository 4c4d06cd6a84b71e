import { createPresenterApi } from '../ipc/api'
import { expose, ipcTransport } from './expose'

expose(createPresenterApi(ipcTransport))
