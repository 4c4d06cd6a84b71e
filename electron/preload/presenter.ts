import { createPresenterApi } from '../contract'
import { expose, ipcTransport } from './expose'

expose(createPresenterApi(ipcTransport))
