/**
 * The only styles the windows' boot shells need, inlined in each page's head so that the first
 * paint waits for nothing but the HTML: the app's stylesheets load after the shell (see
 * boot-shell-html.ts). The CSP allows exactly this text by its hash, so it must stay one constant.
 * The colours and font are base.css's --paper, --ink and font stack. The beamer's shell is the
 * welcome screen's colour with the app's name small in its middle, where the welcome screen puts
 * its title: text that large would cost the first paint tens of milliseconds to draw.
 */
export const BOOT_SHELL_STYLES = [
  'html,body,#app{margin:0;height:100%}',
  ":root{font-family:'Segoe UI',system-ui,-apple-system,'Helvetica Neue',Arial,sans-serif;color:#14213d;background:#f7f5f0}",
  '.boot-shell__bar{box-sizing:border-box;padding:.5rem 1rem;min-height:3rem;display:flex;align-items:center;background:#14213d;color:#fff;font-size:1.1rem;font-weight:700}',
  '.boot-shell--stage{box-sizing:border-box;height:100vh;display:flex;align-items:center;justify-content:center;background:#14213d;color:#fff}',
  '.boot-shell__name{margin:0;font-size:min(3.2vh,1.8vw);letter-spacing:.08em;opacity:.85}',
].join('')
