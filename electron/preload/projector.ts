import { createProjectorApi } from '../contract'
import { expose, ipcTransport } from './expose'

expose(createProjectorApi(ipcTransport))
